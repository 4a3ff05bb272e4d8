"""One canonical entity being built: its mentions' labels, spellings, aliases, roles and
the evidence for its merges, and the helpers every merge pass shares (its type, its best
name, folding one group into another).

Split from entities.py, which builds the groups from stored mentions and runs the merges.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = ["DOMINANT_SHARE", "MISTYPED_RATIO", "Group", "absorb", "best_name", "type_of"]

DOMINANT_SHARE = 0.8
"""Share of a surname's full-name mentions one person must hold to take its lone uses."""
MISTYPED_RATIO = 3
"""A lone surname the recogniser typed as a place or body ("Halvi" ORG) joins the full
name it ends when that person is written in full at least this many times as often
and the word was read as a person at least once; a body's lone word joins a long name it
shortens only when it is written at most this many times as often as the long name."""


@dataclass(slots=True)
class Group:
    """The mentions merged into one entity so far, counted by label, spelling and role."""

    labels: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    aliases: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    evidence: list[str] = field(default_factory=list)
    first_word_reads: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(written text, label) of mentions an article wrote by the name's first word alone."""
    keys: set[str] = field(default_factory=set)
    """The comparison keys of every name merged into this group (a story's mentions are
    counted against the store's canonical entities by them)."""


def best_name(g: Group) -> str:
    """The most written spelling, preferring ordinary case: a name in capitals is a
    dateline ("CAIRO") or a transcript's speaker label ("DANA REYES:"), and a reader is
    shown "Dana Reyes" whether or not the corpus also writes it so."""
    ordinary = [n for n in g.names if not _shouted(n)]
    best = max(sorted(ordinary or g.names), key=lambda n: (g.names[n], len(n)))
    if _shouted(best) and " " in best:
        # words of four letters or more are words, shorter ones may be initials ("ABC NEWS")
        return " ".join(w.capitalize() if len(w) > 3 and w.isalpha() else w for w in best.split())
    return best


def _shouted(name: str) -> bool:
    """A name in capitals that is no acronym: several words, or one of five letters or more
    ("WASHINGTON"; "NATO" and "WHO" are written so)."""
    words = name.split()
    if not name.isupper() or any(len(w) < 2 for w in words):
        return False
    return len(words) > 1 or len(name) >= 5


def absorb(target: Group, g: Group, *, keep_name: bool = False) -> None:
    """`g`'s mentions become `target`'s; with `keep_name`, `g` is a shorter form (a
    surname, a plural, initials) whose spellings must not outvote the target's name."""
    target.labels.update(g.labels)
    if not keep_name:
        target.names.update(g.names)
    target.aliases.update(g.aliases)
    target.roles.update(g.roles)
    target.mentions += g.mentions
    target.evidence.extend(g.evidence)
    target.keys.update(g.keys)


def type_of(g: Group) -> str:
    return max(sorted(g.labels), key=lambda k: g.labels[k])
