"""Reader comments signed after their words with a name and a place ("Ann Lee, Leeds, UK").

Pages that print readers' comments ("Have your say" pages, letters) close each comment
with the writer's name and where they live, on a line of its own or run into the next
comment's first words ("Tom Hale, Leeds, UK It is a scandal ..."). Left in, a reader's
words become statements of whoever they mention, and the writer a speaker. A page is read
as such a run only by its layout: at least three signature lines, none answered by an
expert's label ("Ann Lee, Leeds Dr Hale: ..." is a questions-and-answers page, whose
answers are the newsroom's), and no transcript turn between the first and last (a
broadcast's reporters sign off "Jo Day, NEWS, Port Elm." between anchors' turns). What
the comments say is never read.

A report's own "John Smith, London, said ..." is no signature: after the place comes the
end of the line or a new sentence's capital, never a lowercase verb.
"""

from __future__ import annotations

import re

__all__ = ["MIN_SIGNATURES", "is_signature", "signature_lines"]

_WORD = r"(?:[A-Z][a-z][\w'.-]*|[A-Z]\.?|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)"
_PLACE_WORD = r"(?:[A-Z][a-z][\w'.-]*|[A-Z]{2,3}\.?|St\.?)"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_PLACE = rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}"
_ALONE = re.compile(rf"^{_NAME}\s*,\s*{_PLACE}(?:\s*,\s*{_PLACE}){{0,3}}\s*\.?$")
"""A signature on its own line ("Ann Lee, Port Elm, Westshire")."""
_LEADING = re.compile(rf"^{_NAME}\s*,\s*{_PLACE}(?:\s*,\s*{_PLACE}){{1,3}}\s+(?=[A-Z])")
"""A signature run into the next comment ("Tom Hale, Leeds, UK It is ..."): with a region
after the place, so "Now, Omar Suleiman was ..." is not one."""
_ANSWER_LABEL = re.compile(r"^\s*(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*\s*:(?:\s|$)")
"""An answer's speaker label after the signature ("... Leeds Dr Hale: Yes ...")."""
_TRANSCRIPT_TURN = re.compile(r"^\W*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*\s*:")
MIN_SIGNATURES = 3
"""Signature lines a page needs to be read as a run of signed comments."""


def _signed(line: str) -> str:
    """ "alone" or "leading" for a signature line, "answered" for a signature followed by
    an answer's label, "" for any other line."""
    line = line.strip()
    if _ALONE.match(line):
        return "alone"
    m = _LEADING.match(line)
    if m is None:
        return ""
    return "answered" if _ANSWER_LABEL.match(line[m.end() :]) else "leading"


def is_signature(line: str) -> bool:
    """Whether `line` is, or starts with, a reader's "Name, Place" signature."""
    return _signed(line) in ("alone", "leading")


def signature_lines(lines: list[str]) -> list[int]:
    """The indices of the signature lines when `lines` hold a run of signed comments (at
    least MIN_SIGNATURES, no expert's answer after any, no transcript turn among them),
    else an empty list."""
    kinds = [_signed(line) for line in lines]
    if "answered" in kinds:
        return []
    found = [i for i, kind in enumerate(kinds) if kind]
    if len(found) < MIN_SIGNATURES:
        return []
    if any(_TRANSCRIPT_TURN.match(lines[k]) for k in range(found[0], found[-1] + 1)):
        return []
    return found
