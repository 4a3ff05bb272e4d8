"""Readers' comments known by the shape of their entries, at the end of a page.

A comment section whose furniture was lost in flattening ("Report abuse", "Leave a
comment") still keeps each comment's header: a reader's name or handle with the date and
time of posting and a bar ("Ann_K February 3, 2011 06:30 am at 6:30 am | ..."), or a
signature after the words ("Posted by Ann K on April 2, 2005 11:01 PM"). Such headers, two
or more of them a few lines apart and the last near the end of the page, with the lines
from the first on reading as readers' writing, are a run of comments: it is cut from the
first entry on. A blog post's own closing lines ("This post was last changed at ...",
"You can email the author at ...") with a signed comment after them end the post there.

False cuts are worse than misses, so one header alone never cuts (an article may quote a
post "Posted by the ministry at 10:02"), a header needs a calendar date AND a clock time
(a live report's "Update 4:18 a.m. in Cairo" has no date), the run must reach the end of
the page, and the entries must read as readers' (their "I" and "you", questions,
exclamations), which a live report's dated updates do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.ingest.headers import CLOCK_PATTERN, DATE_PATTERN

__all__ = ["entry_run_start"]

_STAMP = rf"{DATE_PATTERN}\s*,?\s*(?:;\s*)?(?:at\s+)?{CLOCK_PATTERN}"
_LED_HEADER = re.compile(
    rf"^\W*(?:[^\s.!?]+\s+){{0,4}}?{_STAMP}(?:\s*(?:at\s+)?{CLOCK_PATTERN})?\s*(?:[|:]|$)",
    re.IGNORECASE,
)
"""A comment headed by its stamp and the bar or colon after it, after at most a short
handle ("river_fox February 3, 2011 06:30 am at 6:30 am | I think ..."). A stamp run
straight into words ("-- June 2, 2010 2:03 PM How do you ...") is a live chat's or a live
report's entry, where the host's answers are the newsroom's own text: never cut."""
_SIGNATURE = re.compile(
    rf"^\W*posted\s+by\s+[^.!?]{{1,60}}?\s+(?:on|at)\s+(?:{_STAMP}|{CLOCK_PATTERN}\s*,?\s*"
    rf"(?:on\s+)?{DATE_PATTERN})\W*$",
    re.IGNORECASE,
)
"""A comment's signature line after its words, nothing else on it ("Posted by Ann K on
April 2, 2005 11:01 PM .")."""
_ENTRY_SPAN = 12
"""Non-blank lines within which the next entry's header follows (a comment is a few short
paragraphs); the last header stands this near the end of the page."""
_MIN_ENTRIES = 2
_POST_END = re.compile(
    r"^\W*(?:this\s+(?:post|entry)\s+was\s+(?:last\s+(?:changed|updated|edited)|posted|"
    r"written)\s+(?:at|on|by)\b|you\s+can\s+e-?mail\s+the\s+author\b)",
    re.IGNORECASE,
)
"""A blog post's own closing lines: when it was last changed, how to e-mail its author."""
_POST_END_GAP = 2
"""Non-blank lines within which a post's closing lines follow one another."""


def _is_header(line: str) -> bool:
    return bool(_LED_HEADER.match(line) or _SIGNATURE.match(line))


def entry_run_start(
    lines: list[str], reads_as_comments: Callable[[list[str]], bool]
) -> tuple[int, bool] | None:
    """Where the readers' comments at the end of the page start, and whether the first
    comment's words may stand before that line (a run of entries, each signed or stamped
    after the words of the comment before); the start is at a post's closing line
    followed by signed comments (_post_end_start), or else at the first header of a run of
    _MIN_ENTRIES or more comment entries reaching the end of the page, each header within
    _ENTRY_SPAN non-blank lines of the next and the last within it of the end, when the
    lines from there read as readers' writing (`reads_as_comments`); never the first
    line, so the article before it always stays."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    post_end = _post_end_start(lines, filled, reads_as_comments)
    if post_end is not None:
        # the post's own closing lines end it: the lines before are the post's
        return post_end, False
    headers = [k for k, i in enumerate(filled) if i > 0 and _is_header(lines[i].strip())]
    if len(headers) < _MIN_ENTRIES or len(filled) - 1 - headers[-1] > _ENTRY_SPAN:
        return None
    run = [headers[-1]]
    for k in reversed(headers[:-1]):
        if run[0] - k > _ENTRY_SPAN:
            break
        run.insert(0, k)
    if len(run) < _MIN_ENTRIES:
        return None
    body = [_after_header(lines[i]) if k in run else lines[i] for k, i in enumerate(filled)]
    return (filled[run[0]], True) if reads_as_comments(body[run[0] :]) else None


def _post_end_start(
    lines: list[str], filled: list[int], reads_as_comments: Callable[[list[str]], bool]
) -> int | None:
    """The first of a post's closing lines ("This post was last changed at 6:36 PM",
    "You can email the author at ...") when a comment signature ("Posted by Ann K on DATE
    TIME") follows within _ENTRY_SPAN non-blank lines of the last of them and the lines
    after them read as readers' writing: the post ends there, readers' comments follow."""
    ends = [k for k, i in enumerate(filled) if i > 0 and _POST_END.match(lines[i])]
    if not ends:
        return None
    first = last = ends[0]
    for k in ends[1:]:
        if k - last > _POST_END_GAP:
            break
        last = k
    after = [lines[i] for i in filled[last + 1 : last + 1 + _ENTRY_SPAN]]
    if not any(_SIGNATURE.match(line.strip()) for line in after):
        return None
    rest = [lines[i] for i in filled[last + 1 :] if not _SIGNATURE.match(lines[i].strip())]
    return filled[first] if reads_as_comments(rest) else None


def _after_header(line: str) -> str:
    """A header line's words after its stamp (the comment itself), or nothing."""
    match = _LED_HEADER.match(line.strip())
    return line.strip()[match.end() :] if match else ""
