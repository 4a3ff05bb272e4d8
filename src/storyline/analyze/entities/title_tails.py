"""A body's name run into the title of the person named after it: "Velmar Aero Executive
Vice President Orrin Daske" read with the body "Velmar Aero Executive" and the person
"Orrin Daske". The title ("Executive Vice President") is the person's, so the body's name
ends before it; left whole, the run-on form becomes the body's canonical name and a reader
is shown "Velmar Aero Executive" for every "Velmar Aero" said.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.analyze.entities.canonical import RawMention
from storyline.analyze.entities.roles import ROLE_HEADS, is_role_modifier, leading_role

__all__ = ["without_title_tail"]

_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})
"""Types of what a place's name written alone is: no evidence the body goes by it."""


def without_title_tail(text: str, m: RawMention, raw: Sequence[RawMention]) -> RawMention:
    """`m` (no person) cut before the title its last words open, when the title runs on
    to a person's name right after it with no mark between and the article writes what is
    left alone elsewhere, and not as a place ("Dorvex said"); `m` as it is otherwise
    ("Velm Police Chief Ana Ruiz": the police is a body of its own, and "Velm" alone the
    town)."""
    if m.label == "PERSON":
        return m
    after = text[m.end : m.end + 40].split()[:1]
    if not after or not (is_role_modifier(after[0]) or after[0].casefold() in ROLE_HEADS):
        return m  # the title goes on right after the body's mention, or there is none
    person = next((p for p in raw if p.label == "PERSON" and m.end < p.start <= m.end + 80), None)
    if person is None:
        return m
    role = leading_role(text[: person.start])
    if role is None:
        return m
    role_start = person.start - 1 - len(role)
    if not m.start < role_start < m.end or text[role_start : person.start - 1] != role:
        return m
    kept = text[m.start : role_start].rstrip()
    if not kept or not any(
        o.label not in _PLACES and o is not m and text[o.start : o.end] == kept for o in raw
    ):
        return m  # "Velm Police Chief Ana Ruiz": "Velm" is written alone only for the town
    return RawMention(m.start, m.start + len(kept), m.label)
