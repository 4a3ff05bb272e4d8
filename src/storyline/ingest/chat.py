"""Readers' questions in a live online discussion ("Live Q&A"), kept out of analysis.

Such a page prints each reader's question headed by the reader's place ("Port Elm,
Westshire: When will ...?") and the guest's answer under the guest's name label ("Ann Lee:
The wall ..."). Left in, a reader's question is read as a statement and the place as its
speaker. A page is read so by its layout only: at least MIN_QUESTIONS lines headed by a
"Place, Region:" label, a name label used two or more times for the answers, and the
questions' lines in a reader's voice. A question runs from its label to the next label
line (an answer or the next question); the answers stay. Where the page's opening names the
guest whose label heads answers ("Ann Lee was online Monday ..."), another label after the
first question ("Anonymous:", "Westshire:") heads a reader's question too when its turn
reads as one (_readers_turns); the guest's points under labels of their own ("First: ...")
stay.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

__all__ = ["ANONYMOUS", "MIN_QUESTIONS", "drop_chat_questions"]

_WORD = r"(?:[A-Z][a-z][\w'.-]*|St\.?)"
_REGION = r"[A-Z][\w.'-]*"
_PLACE_LABEL = re.compile(
    rf"^\s*{_WORD}(?:\s+{_WORD}){{0,3}}\s*,\s*{_REGION}(?:\s+{_REGION}){{0,2}}\s*:(?:\s|$)"
)
"""A reader's place heading a question ("Great Falls, Va.: ...")."""
_NAME_LABEL = re.compile(r"^\s*([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*:(?:\s|$)")
"""A speaker's name label ("Ann Lee: ..."), no comma in it."""
_OTHER_LABEL = re.compile(
    r"^\s*(?:--\s*)?([A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|and|from|in|at)){0,4})"
    r"\s*:(?:\s|$)"
)
"""Any label of a few capitalised words and a colon ("Anonymous:", "Port Elm:", "Westshire:"):
in a discussion already shown by its place-headed questions, a label not the guest's heads a
reader's question too."""
MIN_QUESTIONS = 3
"""Place-headed questions before a page's lines are cut as readers' (ingest drops them; the
quote stage's `colons.reader_chat`, which only reads a label as a handle, asks for two)."""
ANONYMOUS = re.compile(r"(?i)anonymous|anon\.?")
"""A reader who signs with no name or place: one definition for ingest and the quote stage."""


def _guest_labels(lines: list[str], first_question: int) -> set[str]:
    """The name labels whose name the page's opening (the lines before the first question)
    names: the guest's or the host's ("Ann Lee was online Monday ..." over "Ann Lee: ...")."""
    opening = " ".join(" ".join(line.split()) for line in lines[:first_question])
    names = {
        " ".join(m.group(1).split())
        for line in lines[first_question:]
        if not _PLACE_LABEL.match(line) and (m := _NAME_LABEL.match(line))
    }
    return {name for name in names if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", opening)}


def _answer_labels(lines: list[str]) -> set[str]:
    """The name labels used two or more times: the guest's (or the host's) answers."""
    names = Counter(
        " ".join(m.group(1).split())
        for line in lines
        if not _PLACE_LABEL.match(line) and (m := _NAME_LABEL.match(line))
    )
    return {name for name, n in names.items() if n >= 2}


def drop_chat_questions(
    lines: list[str], reads_as_readers: Callable[[list[str]], bool]
) -> list[str]:
    """`lines` without the readers' questions of a live discussion; `reads_as_readers` tells
    whether lines read as readers' writing (comments.py's reading, with its share of lines
    in a reader's voice), which the questions' lines must."""
    heads = [i for i, line in enumerate(lines) if _PLACE_LABEL.match(line)]
    if len(heads) < MIN_QUESTIONS:
        return lines
    guests = _guest_labels(lines, heads[0])
    if not guests and not _answer_labels(lines):
        return lines
    if guests:
        heads = _readers_turns(lines, heads, guests)
    drop: set[int] = set()
    for i in heads:
        drop.add(i)
        for k in range(i + 1, len(lines)):
            if (
                _NAME_LABEL.match(lines[k])
                or _PLACE_LABEL.match(lines[k])
                or (guests and _OTHER_LABEL.match(lines[k]))
            ):
                break
            drop.add(k)
    if not reads_as_readers([lines[i] for i in sorted(drop)]):
        return lines
    return [
        line if i not in drop else answer
        for i, line in enumerate(lines)
        if i not in drop or (answer := _answer_run_in(line, guests))
    ]


def _readers_turns(lines: list[str], heads: list[int], guests: set[str]) -> list[int]:
    """The place-headed questions `heads` and, after the first, every other label that heads
    a reader's turn ("Anonymous: ...", "Westshire: ..."): where the page names its guest,
    a label not the guest's is a reader's when its turn asks something ("?"), is signed
    "Anonymous", gets the guest's answer next, or follows a reader's turn (questions put one
    after another). A guest's own answer can set out its points under labels ("First: the
    seabed ...", "Second: ..."); those follow the guest, neither ask nor get an answer, and
    stay."""
    readers = set(heads)
    previous_readers = False
    for i in range(heads[0], len(lines)):
        if _PLACE_LABEL.match(lines[i]):
            previous_readers = True
            continue
        m = _OTHER_LABEL.match(lines[i]) or _NAME_LABEL.match(lines[i])
        if m is None:
            continue
        label = " ".join(m.group(1).split())
        if label in guests or not _OTHER_LABEL.match(lines[i]):
            previous_readers = False
            continue
        previous_readers = previous_readers or _readers_turn(lines, i, label, guests)
        if previous_readers:
            readers.add(i)
    return sorted(readers)


def _readers_turn(lines: list[str], i: int, label: str, guests: set[str]) -> bool:
    """Whether the turn under the label at line `i` (up to the next label line) asks
    something, is signed "Anonymous", or gets the guest's answer next."""
    if ANONYMOUS.fullmatch(label):
        return True
    for k in range(i, len(lines)):
        if k > i and _PLACE_LABEL.match(lines[k]):
            return False
        if k > i and (m := _OTHER_LABEL.match(lines[k]) or _NAME_LABEL.match(lines[k])):
            return " ".join(m.group(1).split()) in guests
        if "?" in lines[k]:
            return True
    return False


def _answer_run_in(line: str, guests: set[str]) -> str:
    """The guest's answer run onto the end of a reader's question's line ("... a big tax bill
    ?? Ann Lee : This is a real risk ."), from the guest's label on; "" when none is."""
    for name in guests:
        m = re.search(rf"(?<=\s){re.escape(name)}\s*:\s", " ".join(line.split()))
        if m is not None:
            return " ".join(line.split())[m.start() :]
    return ""
