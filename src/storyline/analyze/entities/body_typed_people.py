"""A person's full name the recogniser typed a body everywhere, while it typed the surname
alone a person: "Marisol Quenby action figures" read as a company, "Quenby said" as a
person.

A name that opens a noun compound ("the Marisol Quenby mystique", "Marisol Quenby
dolls") is often typed an organisation, and an article that writes the full name only so
then has no person named in full: every "Quenby said" stays a bare surname. Where the
article writes the last word alone as a person again and again, never as anything else,
and names no other person of that surname in full (or names this very one typed a person
elsewhere, as a headline's name typed a body), the two-word or three-word name ending in it
is that person. Only the shape of the names is read: capitalised words of letters,
no body's kind word, no designator, and a first word the article never writes alone as a
body or a place.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.kind_words import BODY_KINDS
from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = ["relabel_body_typed_people"]

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?\Z")
"""A capitalised word of letters ("Quenby", "O'Dell"): no initials, no capitals only."""
_TYPED_BODY = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})
_MIN_LONE = 2
"""Times the surname must be written alone as a person: once may be the recogniser's slip."""


def relabel_body_typed_people(work: list[PreparedMention]) -> None:
    """Type a person every mention of a full name typed a body whose surname the article
    writes alone only as a person, at least `_MIN_LONE` times (see the module doc)."""
    lone: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for w in work:
        if " " not in w.name:
            key = cached_name_key(w.name)
            lone.setdefault(key, set()).add(w.label)
            counts[key] = counts.get(key, 0) + (w.label == "PERSON")
    full_names = {cached_name_key(w.name) for w in work if w.label == "PERSON" and " " in w.name}
    surnames = {name.split()[-1] for name in full_names}
    people: set[str] = set()
    for w in work:
        words = w.name.split()
        if w.label not in _TYPED_BODY or w.business or w.product or not 2 <= len(words) <= 3:
            continue
        if not all(_NAME_WORD.match(x) for x in words):
            continue
        last, first = cached_name_key(words[-1]), cached_name_key(words[0])
        if (
            lone.get(last) == {"PERSON"}
            and counts[last] >= _MIN_LONE
            # no other person of the surname, or this very name typed a person elsewhere
            and (last not in surnames or cached_name_key(w.name) in full_names)
            and lone.get(first, {"PERSON"}) == {"PERSON"}
            and not {cached_name_key(x) for x in words} & BODY_KINDS
        ):
            people.add(cached_name_key(w.name))
    # "The Notorious Marisol Quenby" beside "Marisol Quenby": a work's title holding the
    # name, not a longer name of the person
    people = {p for p in people if not any(p.endswith(" " + q) for q in people)}
    for w in work:
        if w.label in _TYPED_BODY and cached_name_key(w.name) in people:
            w.label = "PERSON"
