"""The same quote attributed to different people by different reports.

Only direct quotes of at least `MIN_QUOTE_WORDS` words whose speaker is a
person named in the attribution itself are compared (`storyline.corpus.ledger.
inputs`), by the words they quote: a speaker reached through a pronoun, a role
or a quote running on is the quote stage's guess, and two guesses differing is
no news (read on Timeline17: every attribution conflict resting on such a guess,
on an organisation against its own officer, or on an outlet quoting a person was
a false alarm). Two speakers are the same person when every word of one name is
a word of the other or a spelling of it ("Oberg", "Patrik Oberg", "Governor
Patrik Oberg"; transliterations a letter or two apart), so a surname in one report
and the full name in another is no disagreement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher

from storyline.corpus.ledger.records import Conflict, Evidence, QuotePrint

__all__ = ["attribution_conflicts", "same_person"]

_NAME_WORDS = re.compile(r"[a-z]+")
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "sir", "president", "minister", "governor", "general", "the"}
)


_BRACKET_TOKENS = frozenset({"lrb", "rrb", "lsb", "rsb", "lcb", "rcb"})
"""Penn Treebank spellings of brackets, left in tokenised text ("ET -RRB- Shafiq")."""


def _name(speaker: str) -> frozenset[str]:
    """The words a name is told apart by: no titles, no bracket tokens, and no words of one
    or two letters (initials, time zones and stray tokens would tell one person from
    himself; a conflict missed costs less than one invented)."""
    words = [w for w in _NAME_WORDS.findall(speaker.lower()) if w not in _TITLES]
    return frozenset(w for w in words if w not in _BRACKET_TOKENS and len(w) > 2)


SPELLING_RATIO = 0.75
"""Two name words this alike (difflib ratio) are spellings of one name ("Usama"/"Osama")."""


def _spelled_alike(a: str, b: str) -> bool:
    return a == b or SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO


def _within(short: frozenset[str], long: frozenset[str]) -> bool:
    return all(any(_spelled_alike(w, v) for v in long) for w in short)


def same_person(a: str, b: str) -> bool:
    """Whether two speaker names can name one person (one's words all in the other's,
    each word the same or a spelling of it)."""
    wa, wb = _name(a), _name(b)
    if not wa or not wb:
        return True  # nothing to tell them apart
    return _within(wa, wb) or _within(wb, wa)


def _evidence(q: QuotePrint) -> Evidence:
    return Evidence(q.article, q.start, q.end, q.text, None, q.outlet, None, q.speaker)


def attribution_conflicts(quotes: Iterable[QuotePrint]) -> list[Conflict]:
    """One conflict per quote and pair of speakers who cannot be one person."""
    by_print: dict[str, list[QuotePrint]] = defaultdict(list)
    for q in quotes:
        if q.fingerprint:
            by_print[q.fingerprint].append(q)
    out: list[Conflict] = []
    for _fp, found in sorted(by_print.items()):
        speakers: list[QuotePrint] = []
        for q in sorted(found, key=lambda q: (q.article, q.start)):
            if not any(same_person(q.speaker, s.speaker) for s in speakers):
                speakers.append(q)
        for other in speakers[1:]:
            first = speakers[0]
            if other.article == first.article:
                continue
            out.append(
                Conflict(
                    "attribution",
                    None,
                    f"the same words are attributed to {first.speaker} by "
                    f"{first.outlet or first.article} and to {other.speaker} by "
                    f"{other.outlet or other.article}",
                    (_evidence(first), _evidence(other)),
                )
            )
    return out
