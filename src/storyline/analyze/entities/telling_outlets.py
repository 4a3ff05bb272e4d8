"""An outlet the recogniser ran into the name after it, behind a verb of telling
("commanders told Reuters Kell 's troops were near"): the outlet is the one told, the
name after it is whom the sentence is about; and an acronym typed a place behind such a
verb ("told KNN") is a body, not a place.

An article-wide pass over prepared mentions, run by canonical.py beside
strip_opening_verbs; it reads only the article's own text and mentions (the outlet must
be written alone as a body elsewhere in the article), never a list of outlets or names.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.aliases import ALIASES
from storyline.analyze.entities.mention_labels import (
    PreparedMention,
    cached_name_key,
    cut_point,
)

__all__ = ["split_told_outlets"]

_TOLD_BEFORE = re.compile(r"(?<![\w-])(?:told|tell|tells|telling)\s+\Z")
"""A verb of telling right before the mention: its object is whom the news was told."""
_BODY_LABELS = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART"})


def split_told_outlets(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """`_told_acronyms` typed, then each person mention right after a verb of telling
    whose first words the article writes alone as a body ("Reuters", typed ORG) and whose
    remaining words it writes as (the end of) a person's name ("Kell", "Tarvo Kell") is
    two mentions: the body, then the person. A name the article also writes whole away
    from a verb of telling is a real name ("told Ford Lane", where "Ford Lane" recurs) and
    stays whole."""
    _told_acronyms(text, work)
    bodies = {cached_name_key(w.name) for w in work if w.label in _BODY_LABELS}
    if not bodies:
        return work
    tails: set[str] = set()
    elsewhere: set[str] = set()
    for w in work:
        if w.label == "PERSON" and not _told(text, w.start):
            # names written away from a verb of telling: the told mention's own words
            # are no evidence for themselves
            words = w.name.split()
            tails.update(cached_name_key(" ".join(words[i:])) for i in range(len(words)))
            elsewhere.add(cached_name_key(w.name))
    out: list[PreparedMention] = []
    for w in work:
        split = _split(text, w, bodies, tails, elsewhere)
        if split is None:
            out.append(w)
            continue
        body, person = split
        where = cut_point(text, w, body, person)
        if where is None:
            out.append(w)
            continue
        body_end, offset = where
        out.append(PreparedMention(w.start, body_end, "ORG", body, None))
        w.start, w.name = offset, person
        out.append(w)
    return out


def _told_acronyms(text: str, work: list[PreparedMention]) -> None:
    """An acronym of three letters or more typed a place right after a verb of telling ("a
    witness told KNN") is a body, an outlet most often: a place is not told. Marked a
    business, so the article's other mentions of it follow (retype_businesses). A country's
    short form ("told the US") is an alias of the place and stays."""
    for w in work:
        if (
            w.label in {"GPE", "LOC"}
            and w.name.isupper()
            and len(w.name) >= _ACRONYM_LETTERS
            and cached_name_key(w.name) not in ALIASES
            and _told(text, w.start)
        ):
            w.label, w.business = "ORG", True


_ACRONYM_LETTERS = 3


def _told(text: str, start: int) -> bool:
    return _TOLD_BEFORE.search(text, max(0, start - 12), start) is not None


def _split(
    text: str, w: PreparedMention, bodies: set[str], tails: set[str], elsewhere: set[str]
) -> tuple[str, str] | None:
    """(body, person) of a told-outlet mention, else None."""
    words = w.name.split()
    if w.label != "PERSON" or len(words) < 2 or not _told(text, w.start):
        return None
    if cached_name_key(w.name) in elsewhere or not text.startswith(words[0], w.start):
        return None
    for k in range(1, len(words)):
        body, rest = " ".join(words[:k]), " ".join(words[k:])
        if cached_name_key(body) in bodies and cached_name_key(rest) in tails:
            return body, rest
    return None
