"""What the words right around a recogniser's span say about it: a title before it ("the
health secretary Ana Vell", "President Dorvan"), a title in apposition before it, a
degree's letters after a person's name and a comma ("Ana Reyes, MD", not Maryland).

Split from prepare.py (past 500 lines), which calls these while it prepares a mention.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.analyze.entities.roles import is_role_modifier, leading_role

if TYPE_CHECKING:
    from storyline.analyze.entities.prepare import SpanIndex

__all__ = ["apposed_role", "degree_after_person", "role_before"]

_DEGREE = frozenset(
    {"MD", "PHD", "DO", "RN", "NP", "DDS", "DMD", "DVM", "MPH", "MBA", "JD", "ESQ", "FACS", "FRCS"}
)
"""A degree's or a licence's letters written after a person's name ("Ana Reyes, MD",
"M.D."): a closed class, upper-cased with its stops and spaces taken out."""


_MARYLAND = "Md."
"""The one state abbreviation that reads as a degree's letters: news writes the state "Md."
and the degree "MD" or "M.D.", so a town a recogniser took for a person keeps its state."""


_NAME_COMMA = re.compile(r"[ \t]*,[ \t]*\Z")


def degree_after_person(text: str, start: int, end: int, spans: SpanIndex) -> bool:
    """Whether text[start:end] is a degree's letters after a person's name and a comma
    ("Ana Reyes, MD, said"): the recogniser reads "MD" as a place (Maryland), but a place
    after a comma follows a town, never a person."""
    written = text[start:end].replace(" ", "")
    if written == _MARYLAND or written.replace(".", "").upper() not in _DEGREE:
        return False  # "Velmar Falls, Md.": the state, as news abbreviates it
    comma = _NAME_COMMA.search(text, max(0, start - 6), start)
    if comma is None:
        return False
    if spans.person_ends_at(comma.start()):
        return True
    # "Quenby, MD" read as a town and its state: a surname the article names a person by
    before = [s for s in spans.spans if s.end == comma.start() and s.start < s.end]
    people = {
        word for s in spans.spans if s.label == "PERSON" for word in text[s.start : s.end].split()
    }
    return any(text[s.start : s.end] in people for s in before)


def role_before(text: str, start: int, spans: SpanIndex) -> tuple[str | None, int]:
    before = text[max(0, start - 120) : start]
    before = before[before.rfind("\n") + 1 :]  # a heading above is never a role
    role = leading_role(before)
    if role is None:
        return None, -1
    role_start = start - len(before) + before.rfind(role)
    opened = _APPOSITIVE_OPEN.search(text, max(0, role_start - 60), role_start)
    if opened is not None and spans.person_ends_at(opened.start()):
        # "Vale , the longtime security chief Reyes picked": the title is in Vale's
        # appositive, and the name after it opens a clause about Vale
        return None, -1
    words = role.split()
    offset = role_start
    # drop leading words that belong to another entity ("US" of "US Secretary of State");
    # a title's own qualifier ("Health" of "Health Secretary") stays in it, whatever the
    # recogniser tagged
    while len(words) > 1 and spans.covers(offset, start) and not is_role_modifier(words[0]):
        offset += len(words[0]) + 1
        words.pop(0)
    return " ".join(words), offset


_APPOSITIVE_OPEN = re.compile(
    r"\s*,\s*(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w'’-]*\s+){0,3}\Z"
)
"""A comma and a determiner before a title: an appositive opened after the word before."""


_APPOSED_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+([^,;:.!?\n]{2,60}?)\s*,\s*\Z")


_APPOSITION_CLOSE = re.compile(r"\s*[,.;]")


def apposed_role(text: str, start: int, end: int) -> str | None:
    """A title in apposition before a name ("the Defence Secretary , Ana Vell , said"):
    the title after its determiner, with the name closed by a comma or a full stop."""
    if _APPOSITION_CLOSE.match(text, end) is None:
        return None
    before = _APPOSED_BEFORE.search(text, max(0, start - 80), start)
    if before is None:
        return None
    role = leading_role(before.group(1) + " ")
    return role if role is not None and before.group(1).endswith(role) else None
