"""A body's last word written alone for the body ("the Harriers" once "Velmar Falls
Harriers" is named): news writes a team by its nickname and a force by its kind, as it
writes a company by its first word (resolve._org_short_form reads that one).

Word classes only, never a list of names: the article's own long name is the evidence, and
only when exactly one body of the article ends so.
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.analyze.entities.kind_words import BODY_KINDS, INDUSTRY_WORDS
from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = [
    "FORCE_KINDS",
    "MAX_BODY_WORDS",
    "bodies_by_last_word",
    "body_ending_in",
    "ending_variant",
    "may_name_a_body_alone",
]

_SHARED_HEADS = BODY_KINDS | frozenset(
    {
        *("house", "court", "bank", "department", "party", "parliament", "assembly"),
        *("senate", "congress", "union", "government", "ministry", "board", "office"),
        *("university", "college", "school", "club", "association", "foundation", "fund"),
        *("police", "church", "times", "news", "post", "press", "service"),
    }
)
"""Last words that close the names of many bodies, each a country's or a town's own one
("Parliament", "the Police", "the Bank"), or a kind resolve._LONE_KINDS reads after
"the": written alone they may be another body of that kind than the one the article names
in full, so this rule leaves them; company words (`INDUSTRY_WORDS`) likewise. A force's
kind ("Navy", "Army") is read: an article on another country's force names it in full
too ("the Kestrian Navy"), and two long names leave the word as written."""

MAX_BODY_WORDS = 4
"""Words of a long name a last word may stand for: a team's or a body's name, no phrase."""

FORCE_KINDS = frozenset({"navy", "army", "marines", "militia", "coastguard", "guard"})
"""A force's kind ("Navy"): across a corpus any country's own (corpus/entity_tails); inside
an article the one force it names in full ending so (`body_ending_in`)."""


def bodies_by_last_word(work: Iterable[PreparedMention]) -> dict[str, dict[str, int]]:
    """The article's body names of two to four capitalised words (no "of": the "Washington"
    of "University of Washington" is no short form of it) by their last word's key, each
    with where it is first written."""
    found: dict[str, dict[str, int]] = {}
    for o in work:
        words = o.name.split()
        if o.label != "ORG" or not 2 <= len(words) <= MAX_BODY_WORDS:
            continue
        if not all(w[:1].isupper() for w in words) or words[-1].isupper():
            continue
        first = found.setdefault(cached_name_key(words[-1]), {})
        first[o.name] = min(first.get(o.name, o.start), o.start)
    return found


def body_ending_in(word: str, bodies: dict[str, dict[str, int]], at: int) -> str | None:
    """The one body of `bodies` (`bodies_by_last_word`) named before `at` whose name `word`
    ends, the shortest where they nest ("Harriers" of "Tarn Harriers" and "Velmar Tarn
    Harriers"); None for a word that is initials, a kind or company word (`_SHARED_HEADS`),
    or that ends two bodies' names neither of which holds the other ("Harriers" beside
    "Velmar Harriers" and "Tarn Harriers", wherever each is written). The one body must be
    named (by any of its nested names) before `at`, unless the word is a plural (a team's
    nickname, which a lead may write first): a singular word written first is a name of its
    own ("Orchard" the company, then "the Big Orchard" for a city)."""
    key = cached_name_key(word)
    if not may_name_a_body_alone(word):
        return None
    named = bodies.get(key, {})
    names = sorted(named, key=lambda n: (len(n.split()), n))
    if not names:
        return None
    shortest = names[0]
    nested = all(cached_name_key(n).endswith(" " + cached_name_key(shortest)) for n in names[1:])
    if not nested:
        return None
    # a team's plural nickname may come first ("the Harriers" in the lead, the full name
    # below); a singular word written before the long name is a name of its own
    return shortest if min(named.values()) < at or key.endswith("s") else None


def may_name_a_body_alone(word: str) -> bool:
    """Whether `word`, a body's last word, may be written alone for that body: capitalised,
    no initials, no kind or company word (`_SHARED_HEADS`, `INDUSTRY_WORDS`)."""
    key = cached_name_key(word)
    if word.isupper() or not word[:1].isupper() or not key.isalpha():
        return False
    return key not in _SHARED_HEADS and key not in INDUSTRY_WORDS


def ending_variant(a: str, b: str) -> bool:
    """Whether the keys `a` and `b` are the same words but the last, whose endings differ
    past a stem of five letters or more by four letters at most ("velmar distribution",
    "velmar distributors"): one company's name as two writers spelled its trade."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wa) != len(wb) or wa[:-1] != wb[:-1] or wa[-1] == wb[-1]:
        return False
    x, y = wa[-1], wb[-1]
    stem = next(
        (i for i, (c, d) in enumerate(zip(x, y, strict=False)) if c != d), min(len(x), len(y))
    )
    return stem >= _STEM and max(len(x), len(y)) - stem <= _ENDING


_STEM = 5
"""Letters two spellings of a trade word share at least ("distribut")."""
_ENDING = 4
"""Letters past the stem either spelling has at most ("ion", "ors")."""
