"""Spans between quotation marks, robust to unbalanced and never-closing marks.

Double marks come in three spellings: curly (“ ”, « », „), straight (") and
the two-character ASCII forms of tokenised or typewriter text (`` and '').
Curly marks say which way they face; a straight mark or '' opens when it
follows a space, a line start or an opening bracket and is followed by a word,
and closes otherwise (or when a space follows it while a quotation is open).
Pairs never cross a paragraph: a quote left open at the end of a paragraph (the
news convention for quotes running over several paragraphs) ends there, so a
missing mark can never swallow the rest of an article. The one exception is text
laid out a sentence a line, where a quote opened on one line closes on a later one
with no mark between. Every span is capped.

Single marks (‘ ’, ` ', and ' itself) are British news' quotation marks, but
the same characters are apostrophes ("it’s", "the ‘90s", "voters’ anger"), so
they are read only outside double-quoted spans, an opener must not start an
elision, and a single-quoted span that does not close in its paragraph is
dropped rather than run to the paragraph's end.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.cues import SPEECH_LEMMAS, cue_lemma

__all__ = ["MAX_QUOTE_CHARS", "QUOTE_CHARS", "QuoteMark", "find_quoted", "holds_words"]

MAX_QUOTE_CHARS = 2000
"""No quote is longer than this; longer candidates are cut at a sentence end."""

QUOTE_CHARS = "“”«»„\"‘’`'"
"""Every character that can be (part of) a quotation mark."""

_BRACKET_TOKENS = re.compile(r"-[LR][RSC]B-")
"""Brackets as a tokenised corpus writes them ("-LRB-", "-RSB-")."""


def holds_words(words: str) -> bool:
    """Whether a quote's text holds a word at all: a stretch of marks and brackets alone
    ("'' -LRB-", left where a transcript's turn opens with a bracket) is no quote."""
    return any(c.isalnum() for c in _BRACKET_TOKENS.sub(" ", words))


_OPENERS = frozenset({"“", "«", "„", "``"})
_CLOSERS = frozenset({"”", "»"})
_DOUBLE = re.compile(r"``|''|[“”«»„\"]")
_SINGLE = re.compile(r"(?<!')[`‘’'](?!')")
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")
_ELISION = re.compile(r"['‘’](?:\d|(?:s|ll|re|ve|d|m|t|n|em|til|cause)\b)", re.IGNORECASE)
"""An apostrophe starting a shortened word ("'90s", "'em") or a tokenised clitic ("'s")."""
_OPEN_AFTER = "([{—–-/:"


class QuoteMark:
    """A quoted stretch: `start`/`end` include the marks; `closed` is False if it never closed."""

    __slots__ = ("closed", "end", "start")

    def __init__(self, start: int, end: int, closed: bool) -> None:
        self.start = start
        self.end = end
        self.closed = closed

    def __repr__(self) -> str:
        return f"QuoteMark({self.start}, {self.end}, closed={self.closed})"


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _after(text: str, j: int) -> str:
    return text[j] if j < len(text) else " "


def _opens_double(text: str, i: int, j: int, mark: str) -> bool:
    """Whether the double mark text[i:j] opens a quotation."""
    if mark in _OPENERS:
        return True
    if mark in _CLOSERS:
        return False
    before = _before(text, i)
    opening_place = before.isspace() or before in _OPEN_AFTER or i == 0
    if mark == "''":
        # tokenised text closes with a free-standing '' ("happen . ''"): a word must follow
        return opening_place and not _after(text, j).isspace()
    return opening_place


def _inner_mark(mark: str, opens: bool, inner: bool) -> bool:
    """Whether a mark of another style than the open quotation's opens a quotation inside
    it (a curly opener, or a straight mark in an opening place) rather than closing it."""
    return not inner and (mark in _OPENERS or (opens and mark not in _CLOSERS))


def _style(mark: str) -> str:
    """Which family a double mark belongs to: curly, straight, or doubled ASCII."""
    if mark == '"':
        return "straight"
    if mark in ("``", "''"):
        return "ascii"
    return "curly"


def _cap(text: str, start: int, end: int) -> int:
    if end - start <= MAX_QUOTE_CHARS:
        return end
    cut = start + MAX_QUOTE_CHARS
    last = None
    for m in _SENTENCE_END.finditer(text, start, cut):
        last = m.end()
    return last if last is not None else cut


_LOWER_WORD = re.compile(r"\s+[a-z]")


def _closing_opener(text: str, open_at: int, i: int, j: int, end: int) -> bool:
    """Whether an opening mark at text[i:j], while the one at `open_at` is open, was typed
    for its closer ("the `` Twilight `` author confirmed the news ..."): no sentence ends
    between the two, the words after it run on in lower case, as the writer's sentence
    does, and no closing mark follows in the paragraph (up to `end`), which would make it
    a quotation inside the open one ("`` If he is `` tough '' , then ... ''"). Read as an
    opener, it would quote the writer's narration up to the paragraph's end, given to
    whoever spoke last."""
    if _SENTENCE_END.search(text, open_at, i) is not None:
        return False
    if any(c in text[j:end] for c in ("''", "”")):
        return False
    return _LOWER_WORD.match(text, j) is not None


def _in_closing_place(text: str, i: int, j: int) -> bool:
    """Whether a curly opening mark at text[i:j] stands where only a closer can: right
    after the last word or its punctuation and before a space or the line's end
    ('“It is over,“ said Ana Ruiz'), the way an editor's automatic quotes type a closer
    after a comma. An opener touches the word it opens; this one touches the word it
    ends. Read as an opener, it would quote the writer's attribution up to the next
    quotation, and its words would lose their speaker."""
    before = _before(text, i)
    if before.isspace() or before in _OPEN_AFTER or before in QUOTE_CHARS:
        return False
    return text[i:j] == "“" and _after(text, j).isspace()


def _doubles(text: str, start: int, end: int) -> list[QuoteMark]:
    out: list[QuoteMark] = []
    open_at: int | None = None
    open_style = ""
    inner = False
    for m in _DOUBLE.finditer(text, start, end):
        i, j, mark = m.start(), m.end(), m.group()
        opens = _opens_double(text, i, j, mark)
        if open_at is None:
            if opens:
                open_at, open_style, inner = i, _style(mark), False
            continue
        if _style(mark) != open_style:
            if _inner_mark(mark, opens, inner) or inner:
                # marks of another style inside a quotation quote within it
                inner = not inner
                continue
            # a closer of another style with no quotation of its own open: the page mixes
            # its marks ('"We will," he said' typed as "We will,” he said), and it closes
            out.append(QuoteMark(open_at, _cap(text, open_at, j), True))
            open_at = None
            continue
        if mark in _OPENERS and (
            _closing_opener(text, open_at, i, j, end) or _in_closing_place(text, i, j)
        ):
            # "`` Twilight `` author Ana Ruiz confirmed ...": an opener typed for the closer
            out.append(QuoteMark(open_at, _cap(text, open_at, j), True))
            open_at = None
        elif mark in _OPENERS:
            # a new opener while one is open: the earlier mark was never closed
            out.append(QuoteMark(open_at, _cap(text, open_at, i), False))
            open_at = i
        elif mark in _CLOSERS or not opens or mark == "''" or _after(text, j).isspace():
            out.append(QuoteMark(open_at, _cap(text, open_at, j), True))
            open_at = None
    if open_at is not None:
        stop = end
        while stop > open_at and text[stop - 1].isspace():
            stop -= 1
        if stop - open_at > 1:
            out.append(QuoteMark(open_at, _cap(text, open_at, stop), False))
    return out


def _opens_single(text: str, i: int) -> bool:
    mark = text[i]
    if mark == "’" or _ELISION.match(text, i):
        return False
    before = _before(text, i)
    if not (before.isspace() or before in _OPEN_AFTER or i == 0):
        return False
    # a tokenised opener stands alone ("` quick fix '"); others touch their first word
    return mark == "`" or not _after(text, i + 1).isspace()


def _closes_single(text: str, i: int) -> bool:
    if text[i] in "‘`":
        return False
    after = _after(text, i + 1)
    if after.isalnum():
        return False  # "don't", "it’s"
    before = _before(text, i)
    # a tokenised closer stands alone ("fix ' ,"); others touch their last word
    return not before.isspace() or after.isspace() or after in ",.;:!?)"


def _singles(text: str, start: int, end: int, taken: list[QuoteMark]) -> list[QuoteMark]:
    out: list[QuoteMark] = []
    open_at: int | None = None
    for m in _SINGLE.finditer(text, start, end):
        i = m.start()
        if any(t.start <= i < t.end for t in taken):
            open_at = None  # a single mark inside double quotes is a nested quotation
            continue
        if open_at is None:
            if _opens_single(text, i):
                open_at = i
        elif _closes_single(text, i):
            if not any(open_at < t.start < i for t in taken):
                out.append(QuoteMark(open_at, _cap(text, open_at, i + 1), True))
            open_at = None
    return out


def find_quoted(text: str) -> list[QuoteMark]:
    """Every quoted stretch of `text`, in order, none overlapping."""
    out: list[QuoteMark] = []
    for start, end in _blocks(text):
        doubles = _doubles(text, start, end)
        singles = _singles(text, start, end, doubles) if _has_single(text, start, end) else []
        out.extend(sorted(doubles + singles, key=lambda m: m.start))
    return out


def _blocks(text: str) -> list[tuple[int, int]]:
    """The paragraphs of `text`, except that a quotation left open at a line's end runs on
    over lines with no quotation mark when the next marked line begins by closing it: text
    laid out one sentence a line (tokenised corpora, transcripts) quotes over several lines
    that way, while a quote running over paragraphs reopens each one with a mark."""
    lines = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        i += 1
        marks = _doubles(text, start, end)
        if not marks or marks[-1].closed:
            out.append((start, end))
            continue
        opened = marks[-1].start
        j = i
        while j < len(lines) and not _DOUBLE.search(text, *lines[j]):
            j += 1
        if j < len(lines):
            first = _DOUBLE.search(text, *lines[j])
            assert first is not None
            closes = _closes_carried(text, lines[j][0], first.start(), first.end(), first.group())
            if closes and first.end() - opened <= MAX_QUOTE_CHARS:
                out.append((start, lines[j][1]))
                i = j + 1
                continue
        out.append((start, end))
    return out


def _closes_carried(text: str, line_start: int, i: int, j: int, mark: str) -> bool:
    """Whether the first mark of a line, text[i:j], closes a quotation carried over from
    an earlier line: a mark that cannot open, or a tokenised straight mark standing alone
    after a sentence's punctuation ("our children , \" said ..."), which opens nothing
    after words of its own line, when its line ends there or goes on to say who spoke
    (a page quoting a whole article closes it with "\" ( Kestra Courier article )", and
    the attributions inside are the article's own)."""
    if not _opens_double(text, i, j, mark):
        return True
    before = text[line_start:i].rstrip()
    line_end = text.find("\n", j)
    rest = _WORD.findall(text, j, len(text) if line_end < 0 else line_end)
    return (
        mark == '"'
        and _after(text, j).isspace()
        and before[-1:] in (",", ".", "!", "?")
        and any(c.isalnum() for c in before)
        and (not rest or any(cue_lemma(w) in SPEECH_LEMMAS for w in rest))
    )


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _has_single(text: str, start: int, end: int) -> bool:
    return any(c in text[start:end] for c in "‘`'")
