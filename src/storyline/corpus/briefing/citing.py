"""Cited text: what a briefing line shows and where in which article it comes from."""

from __future__ import annotations

from typing import Protocol

from storyline.corpus.briefing.records import Cited
from storyline.model import Article

__all__ = ["cite", "cite_ledger", "shortened"]


def cite(article: Article, start: int, end: int, text: str | None = None) -> Cited:
    return Cited(
        text if text is not None else " ".join(article.text[start:end].split()),
        article.id,
        start,
        end,
        article.outlet,
        article.published,
    )


class _LedgerSpan(Protocol):
    @property
    def article(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...


def cite_ledger(span: _LedgerSpan, published: str | None) -> Cited:
    """A ledger point or a conflict's evidence as a citation (its words on one line)."""
    return Cited(
        " ".join(span.text.split()), span.article, span.start, span.end, span.outlet, published
    )


def shortened(cited: Cited, max_chars: int) -> Cited:
    """The same citation with its text cut at a word to `max_chars` (0: never cut)."""
    text = " ".join(cited.text.split())
    if not max_chars or len(text) <= max_chars:
        return cited if text == cited.text else _with_text(cited, text)
    cut = text[: max_chars - 3].rsplit(" ", 1)[0].rstrip(",;:")
    return _with_text(cited, cut + "...")


def _with_text(cited: Cited, text: str) -> Cited:
    return Cited(text, cited.article_id, cited.start, cited.end, cited.outlet, cited.published)
