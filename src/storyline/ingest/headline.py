"""A headline set as the first line of a body that came without a title.

Plain-text inputs often carry the headline as their first line. Read as text it
runs into the first sentence (it has no full stop), and the story is titled by
whatever the first line is. A first line shaped as a headline (short, opening
with a capital, no sentence-final full stop, and more text after it) is taken as
the article's title and kept out of the body that is analysed.
"""

from __future__ import annotations

import re

from storyline.ingest.headers import CLOCK_PATTERN, MONTH_PATTERN

__all__ = ["split_headline"]

_MAX_HEADLINE_WORDS = 15
_SENTENCE_END = re.compile(r"[.;,:]\s*[\"'”’)\]]*\s*$|[\"”’]\s*$|''\s*$")
"""A line ending as a sentence (or a quotation) does, never as a headline."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PAGE_LINE = re.compile(
    rf"\b{CLOCK_PATTERN}(?!\d)"  # a clock time: "Posted 12:30", "Last updated at 09:43 GMT"
    rf"|\b{MONTH_PATTERN}\s+\d{{1,4}}\b"  # "June 4", "Sept. 2010"; never "Market 500"
    rf"|\b\d{{1,2}}\s+{MONTH_PATTERN}(?!\w)"
    r"|^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b"
    r"|^[A-Z][A-Z.'’ -]+[,(]"  # a dateline in capitals: "PORT TOWN, Region (Agency)"
    r"|,\s*(?:[A-Z][a-z]+\s+)?(?:Writer|Correspondent|Reporter|Editor|Columnist|Contributor)s?\s*$"
)
"""A date, a clock time, a dateline or a byline with its role: the page's own line
above a story, never its headline."""


def _is_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= _MAX_HEADLINE_WORDS or _SENTENCE_END.search(line):
        return False
    if _PAGE_LINE.search(line):
        return False
    first = _WORD.search(line)
    return first is not None and first.start() == 0 and line[0].isupper()


def split_headline(text: str) -> tuple[str | None, str]:
    """(headline, rest of the body) when the first line of `text` is a headline with more
    text after it, else (None, `text`)."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    if not sep or not rest.strip() or not _is_headline(first.strip()):
        return None, text
    return " ".join(first.split()), rest.strip()
