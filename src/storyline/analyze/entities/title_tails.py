"""A body's name run into the title of the person named after it: "Velmar Aero Executive
Vice President Orrin Daske" read with the body "Velmar Aero Executive" and the person
"Orrin Daske". The title ("Executive Vice President") is the person's, so the body's name
ends before it; left whole, the run-on form becomes the body's canonical name and a reader
is shown "Velmar Aero Executive" for every "Velmar Aero" said.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.analyze.entities.canonical import RawMention
from storyline.analyze.entities.roles import leading_role

__all__ = ["without_title_tail"]


def without_title_tail(text: str, m: RawMention, raw: Sequence[RawMention]) -> RawMention:
    """`m` (no person) cut before the title its last words open, when the title runs on
    to a person's name right after it with no mark between; `m` as it is otherwise, or
    when nothing of a name would be left."""
    if m.label == "PERSON":
        return m
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
    if not kept:
        return m
    return RawMention(m.start, m.start + len(kept), m.label)
