"""Sentences that are someone's words, not the reporter's: no development line alone.

A brief's development is a sentence of news a reader can place. A quotation that runs over
several sentences ('Another man said, "I did not cry when my father died. I cried when she
spoke yesterday. ..."') is split into pieces; a middle piece shown alone reads as the
reporter's news, with nobody to say it ("I cried when she spoke yesterday."). And a
sentence that is mostly a direct quote of someone the text does not name ("a protester")
is an anonymous voice, no event; so is a question-and-answer page's turn ("Mr Vell : The
virus ..."). All are read from the article's own quotation marks and
quotes, never from words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.ingest.turns import PAGE_MARKERS
from storyline.model import Article, Quote, Sentence

__all__ = ["UNNAMED_SHARE", "without_quoted_sentences"]

_QUOTE = re.compile(r"(?P<reopen>\n\s*(?:``|\u201c|\")(?=\S))|``|''|\u201c|\u201d|\"")
"""A quotation mark; `reopen` is one opening a line: a quotation running over paragraphs
leaves each paragraph but the last unclosed and opens the next with a mark (news
convention), so that mark continues the quotation, it does not open a second one."""
_LOOK_BACK = 6
"""How many sentences before one a quotation still open at its start may have opened in."""

_TURN = re.compile(
    r"\s*(?P<label>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})"
    r"\s*:\s+(?P<next>\S)"
)
"""A speaker's turn in a question-and-answer page or a transcript ("Mr Vell : The virus
breeds ...", "Q : How ..."): a name of one to three capitalised words and a colon opening
the sentence. "Countries with cases : ..." (a lower-case word) is a list, not a turn."""

_OPENING = 2
"""Sentences at an article's start (a headline line, then the body's first) where a lone
label and colon is the body's dateline or a heading ("KESSEL: The government on Monday
...", "Flood update: The river ..."), not a speaker's turn."""


def _turns(article: Article) -> set[int]:
    """The sentences opening with a speaker's turn (`_TURN`). A page of turns has several;
    a lone one among the article's first `_OPENING` sentences, its label a place in
    capitals or ending in a page's marker ("KESSEL:", "Flood update:") and a sentence opening
    after it, is a dateline or a heading opening the news: the lead it opens is the
    reporter's. A toolbar or a caption ("This Story : Read + | ...", "Ivo Dell : the
    minister ...") stays out."""
    found = {
        k: m
        for k, s in enumerate(article.sentences)
        if (m := _TURN.match(article.text, s.start, s.end)) is not None
    }
    if len(found) == 1:
        k, m = next(iter(found.items()))
        if k < _OPENING and m["next"].isupper() and _dateline_or_heading(m["label"]):
            return set()
    return set(found)


def _dateline_or_heading(label: str) -> bool:
    """Whether a label before a colon is a place in capitals ("KESSEL") or ends in a page's
    marker ("Flood Update", `ingest.turns.PAGE_MARKERS`)."""
    return label.isupper() or label.split()[-1].upper() in PAGE_MARKERS


UNNAMED_SHARE = 0.5
"""The share of a sentence's characters inside direct quotes of unnamed speakers from which
the sentence is that voice's words rather than news."""


def _depth(text: str) -> int:
    """The depth of double quotes at the end of `text`: each opening quote opens one, each
    closing one closes one (a close with none open is read as a stray mark, depth 0). A
    straight double quote opens when none is open and closes otherwise. A mark opening a
    line reopens the one quotation a paragraph left open ('"We lost everything.<newline>
    <newline>"Now we rebuild," she said.' ends at depth 0, not 1)."""
    depth = 0
    for m in _QUOTE.finditer(text):
        mark = m.group()
        if m["reopen"] is not None:
            depth = 1
        elif mark in ("``", "\u201c") or (mark == '"' and depth == 0):
            depth += 1
        else:
            depth = max(0, depth - 1)
    return depth


def inside_quotation(article: Article, k: int) -> bool:
    """Whether sentence `k` starts inside a quotation opened in a sentence before it (at
    most `_LOOK_BACK` sentences back) and not closed by its start."""
    if k <= 0:
        return False
    first = article.sentences[max(0, k - _LOOK_BACK)].start
    return _depth(article.text[first : article.sentences[k].start]) > 0


def _quotes_without_speaker(article: Article, s: Sentence) -> list[Quote]:
    """The direct quotes overlapping sentence `s` that it shows without their speaker."""
    return [
        q
        for q in article.quotes
        if q.start < s.end and s.start < q.end and _unattributed(q, s.start, s.end)
    ]


def _unnamed_share(article: Article, start: int, end: int, quotes: list[Quote]) -> float:
    """The share of [start, end) inside direct quotes whose speaker the text does not name."""
    if end <= start:
        return 0.0
    covered = 0
    for q in quotes:
        lo, hi = max(start, q.start), min(end, q.end)
        if lo < hi:
            covered += hi - lo
    return covered / (end - start)


def _unnamed(q: Quote) -> bool:
    """A direct quote of nobody the text names ("a protester"); "he" read back to a named
    person is that person's."""
    speaker = q.speaker
    return q.kind == "direct" and (speaker is None or not (speaker.named or speaker.canonical))


def _unattributed(q: Quote, start: int, end: int) -> bool:
    """A direct quote a sentence from `start` to `end` shows without its speaker: nobody the
    text names, or a speaker written outside the sentence ('... says Ana Ruiz. "If the fever
    spreads, we close."': the second sentence alone is nobody's)."""
    if q.kind != "direct":
        return False
    if _unnamed(q):
        return True
    at = q.speaker.start if q.speaker is not None else None
    return at is None or not start <= at < end


def opens_quotation(text: str) -> bool:
    """Whether `text` ends inside a quotation it opened ('"The one thing to recognise is that
    we have had few deaths.' and the quote goes on in the next sentence): the first piece of
    someone's words, whose speaker the text names further on."""
    return _depth(text) > 0


def without_quoted_sentences(article: Article) -> Article:
    """The article without the sentences that start inside a quotation (`inside_quotation`)
    or end inside one they open (`opens_quotation`), open with a speaker's turn (`_turns`), or
    lie mostly (`UNNAMED_SHARE`) in direct quotes of unnamed speakers or of speakers written
    outside the sentence (`_unattributed`): what a brief's
    developments may choose from. The text is unchanged, so every span still points into it."""
    turns = _turns(article)
    kept = tuple(
        s
        for k, s in enumerate(article.sentences)
        if not inside_quotation(article, k)
        and not opens_quotation(article.text[s.start : s.end])
        and k not in turns
        and _unnamed_share(article, s.start, s.end, _quotes_without_speaker(article, s))
        < UNNAMED_SHARE
    )
    return article if len(kept) == len(article.sentences) else replace(article, sentences=kept)
