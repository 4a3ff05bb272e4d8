"""Parts of a page whose names are credits, not people in the story.

A byline ("By Peter Marsh"), a timestamped author line ("Sam Ortiz | 18:00 UK
time"), a wire credit ("(Reporting by Ana Ruiz; Editing by Tom Hale)") and a caption's
credit ("Photo : Ana Ruiz / The Times") name the people who made the page. They never
said the story's quotes, so a name written there is neither a speaker nor the
antecedent of a later "he said".
The shapes are generic page layout, not any outlet's wording. A correction note's
source ("An earlier version of this article said ...") is the page itself, which
says what the note corrects, not anyone in the story; nor is a time phrase ("Last
night's announcement that ...") anyone.
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["CreditSpans", "credit_spans", "in_label_role", "no_source", "the_page_itself"]

_BYLINE = re.compile(r"^[ \t]*(?:By|BY|by)[ \t]+[A-Z][^\n]{1,80}$", re.MULTILINE)
"""A line of its own opening with "By" and a capitalised name."""
_STAMPED_AUTHOR = re.compile(
    r"^[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*\|[ \t]*[^\n]{0,40}?"
    r"\d{1,2}[:.]\d{2}[^\n]{0,40}$",
    re.MULTILINE,
)
"""A name and a clock time on one line ("Sam Ortiz | 18:00 UK time")."""
_CREDIT = re.compile(
    r"(?:\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|[Rr]eported|"
    r"[Pp]hotos?|[Pp]hotograph|[Ii]llustration|[Pp]ictures?|[Vv]ideo|[Gg]raphics?)"
    r"(?:[ \t]+(?:and|&)[ \t]+\w+)?[ \t]+by|[Aa]dditional[ \t]+reporting[ \t]+by)"
    r"[^\n()]{1,200}"
)
"""A credit naming who reported, wrote, edited or photographed ("Editing by Tom Hale")."""


_MEDIA_LINE = re.compile(
    r"^[ \t]*(?:(?:Photo|Photograph|Picture|Image|Video|Watch|Listen|Audio|Gallery|Credit)s?"
    r"[ \t]*:[^\n`\"“]{1,80}|(?:Watch|Listen[ \t]+to)[ \t]+[A-Z][^\n`\"“.!?]{1,80}$)",
    re.MULTILINE,
)
"""A line of the page's media furniture: a caption credit or a link to a clip ("Photo :
Ana Ruiz / The Harbour Times", "Video : Ana Ruiz speaks", "Watch Ana Ruiz discuss the
vote"). A name in it is who took the picture or who is in the clip, not a speaker of the
story's words, and the line holds no quote of its own."""


class CreditSpans:
    """The character ranges of an article that are credits; `covers(pos)` asks about one
    offset in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self._starts = [a for a, _ in self.spans]

    def covers(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]


def credit_spans(text: str) -> CreditSpans:
    """Bylines, timestamped author lines, reporting/editing/photo credits and media lines
    (caption credits, links to clips) of `text`."""
    spans = [(m.start(), m.end()) for m in _BYLINE.finditer(text) if _short_name_line(m.group())]
    spans += [(m.start(), m.end()) for m in _STAMPED_AUTHOR.finditer(text)]
    spans += [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    spans += [(m.start(), m.end()) for m in _MEDIA_LINE.finditer(text)]
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return CreditSpans(merged)


def _short_name_line(line: str) -> bool:
    """A byline holds names, not a sentence: no sentence end inside it, few lower-case
    words ("By Ana Ruiz and Tom Hale, Staff Writers" but not "By noon the road was shut.")."""
    words = line.split()[1:]
    lower = [w for w in words if w[:1].islower() and w not in ("and", "in", "of", "for")]
    return len(lower) <= 1 and not line.rstrip().endswith((".", "!", "?"))


_PAGE_ITSELF = re.compile(
    r"(?:\b(?:version|original|draft|edition)|\bthis\s+(?:article|story|report|page|piece|"
    r"post|column))\s*(?:of\s+this\s+(?:article|story|report|page|piece|post|column))?\s*$",
    re.IGNORECASE,
)
"""A phrase ending in "version", "original" or "this article": the page speaking of itself."""


def the_page_itself(phrase: str) -> bool:
    """Whether a source phrase is the page in an earlier form ("An earlier version of this
    article", "The original", "this story"): a correction note's source, never a speaker."""
    return _PAGE_ITSELF.search(phrase) is not None


_TIME_PHRASE = re.compile(
    r"(?:(?:last|this|next|early|late|on|that)\s+)?"
    r"(?:yesterday|today|tonight|tomorrow|night|morning|afternoon|evening|week|weekend|month|"
    r"year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s*['’]s?)?",
    re.IGNORECASE,
)
"""A phrase that is only a time ("Last night", "Tuesday morning", "yesterday's")."""


def no_source(phrase: str) -> bool:
    """Whether a source phrase names no one: the page speaking of itself, or a time that
    owns a speaking noun ("Last night's announcement that ..."), which says when, not who."""
    return the_page_itself(phrase) or _TIME_PHRASE.fullmatch(phrase.strip()) is not None


_ROLE_LABEL = re.compile(
    r"[ \t]*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}\s*,\s*[A-Z][A-Z .,'’/&-]{1,60}?\s*:\s"
)
"""A transcript turn's label with the speaker's role and outlet after a comma ("MONA
VELL , COLUMNIST , KESTREL POST :")."""
_LABEL_NAME_END = re.compile(r"\s*,")


def in_label_role(text: str, start: int) -> bool:
    """Whether offset `start` lies in the role part of a transcript turn's label, after
    the speaker's name ("MONA VELL , COLUMNIST , KESTREL POST : Well , I ..."): the
    outlet or title written there is no person a later "he" or "she" can stand for."""
    line = text.rfind("\n", 0, start) + 1
    label = _ROLE_LABEL.match(text, line)
    if label is None or start >= label.end():
        return False
    comma = _LABEL_NAME_END.search(text, line, label.end())
    return comma is not None and start > comma.start()
