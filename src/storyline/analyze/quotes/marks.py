"""Spans between quotation marks, robust to unbalanced and never-closing marks.

Curly marks say which way they face; a straight mark opens when it follows a
space, a line start or an opening bracket, and closes otherwise. Pairs never
cross a paragraph: a quote left open at the end of a paragraph (the news
convention for quotes running over several paragraphs) ends there, so a
missing mark can never swallow the rest of an article. Every span is capped.
"""

from __future__ import annotations

import re

__all__ = ["MAX_QUOTE_CHARS", "QuoteMark", "find_quoted"]

MAX_QUOTE_CHARS = 2000
"""No quote is longer than this; longer candidates are cut at a sentence end."""

_OPENERS = "“«„"
_CLOSERS = "”»"
_STRAIGHT = '"'
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


class QuoteMark:
    """A quoted stretch: `start`/`end` include the marks; `closed` is False if it never closed."""

    __slots__ = ("closed", "end", "start")

    def __init__(self, start: int, end: int, closed: bool) -> None:
        self.start = start
        self.end = end
        self.closed = closed

    def __repr__(self) -> str:
        return f"QuoteMark({self.start}, {self.end}, closed={self.closed})"


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _OPENERS:
        return True
    if ch in _CLOSERS:
        return False
    before = text[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{—–-/:" or i == 0


def _cap(text: str, start: int, end: int) -> int:
    if end - start <= MAX_QUOTE_CHARS:
        return end
    cut = start + MAX_QUOTE_CHARS
    last = None
    for m in _SENTENCE_END.finditer(text, start, cut):
        last = m.end()
    return last if last is not None else cut


def find_quoted(text: str) -> list[QuoteMark]:
    """Every quoted stretch of `text`, in order, none overlapping."""
    out: list[QuoteMark] = []
    marks = set(_OPENERS + _CLOSERS + _STRAIGHT)
    for para in _PARAGRAPH.finditer(text):
        open_at: int | None = None
        for i in range(para.start(), para.end()):
            if text[i] not in marks:
                continue
            if open_at is None:
                if _opens(text, i):
                    open_at = i
                continue
            if text[i] in _OPENERS:
                # a new opener while one is open: the earlier mark was never closed
                out.append(QuoteMark(open_at, _cap(text, open_at, i), False))
                open_at = i
            elif text[i] in _CLOSERS or not _opens(text, i):
                out.append(QuoteMark(open_at, _cap(text, open_at, i + 1), True))
                open_at = None
        if open_at is not None:
            end = para.end()
            while end > open_at and text[end - 1].isspace():
                end -= 1
            if end - open_at > 1:
                out.append(QuoteMark(open_at, _cap(text, open_at, end), False))
    return out
