"""What story assignment reads off one article: the date it may use (or the flag saying
why none), the evidence it compares with stories, and whether its headline titles the
story better than the title held. Split from assign.py, which places articles into
stories and keeps their state; these read one article and no story index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from storyline.corpus.stories.lexical import Lexical, article_lexical
from storyline.corpus.stories.records import Vector
from storyline.corpus.stories.scoring import ArticleEvidence
from storyline.corpus.stories.titles import CLEAN, article_headline, title_quality
from storyline.model import Article

__all__ = ["article_evidence", "better_title", "dating", "plausible_date"]

_MIN_YEAR = 1901
_FUTURE_DAYS = 366


def plausible_date(article: Article, today: dt.date | None = None) -> dt.date | None:
    """The publication date if it can be one; None for undated or implausible dates."""
    date = article.published_date
    if date is None:
        return None
    today = today or dt.date.today()
    if date.year < _MIN_YEAR or date > today + dt.timedelta(days=_FUTURE_DAYS):
        return None
    return date


def dating(article: Article) -> tuple[dt.date | None, list[str], str | None]:
    """The date assignment may use, the flags saying why it has none, and a message."""
    date = plausible_date(article)
    if article.published_date is None:
        return date, ["undated"], None
    if date is None:
        message = f"publication date {article.published} is implausible: assigned by content"
        return None, ["implausible_date"], message
    return date, [], None


def article_evidence(
    article: Article, vector: Vector, date: dt.date | None, lexical: Lexical | None = None
) -> ArticleEvidence:
    """What assignment compares: the vector, and the words, names and entities of the
    article (`lexical` when the worker that analysed it computed them already)."""
    found = lexical if lexical is not None else article_lexical(article)
    return ArticleEvidence(
        vector=vector,
        terms=found.terms,
        entities=found.entities,
        date=date,
        names=found.names,
    )


def _opens_with(article: Article, title: str) -> bool:
    """Whether `title` (cut or not) is read off the first line of `article`'s text."""
    first = next((line for line in article.text.splitlines() if line.strip()), "")
    head = title[:-3] if title.endswith("...") else title
    return bool(head.strip()) and head.strip() in " ".join(first.split())


def better_title(
    current: str, article: Article, *, central: bool, seen: Callable[[], bool] = lambda: False
) -> str:
    """The story's title after `article` joins: the most central article's headline unless
    it reads worse than the title held (a caption, a fragment), and a clean headline of
    any article in place of a held title that is not clean. Both titles come out of
    `article_headline` already cleaned, so they are not cleaned again. `seen` says whether
    another stored article of the outlet opens with the same line (see `opening_key`): a
    read of the store, made only when the article's headline is read."""
    if current and _opens_with(article, current) and seen():
        # the held title is the line this article opens with too (another stored article of
        # the outlet opened with it first, when nothing showed it was furniture): read again
        # as a repeated opening, it is passed over unless it is plainly about this article
        candidate = article_headline(article, opening_seen=True)
        if candidate != current and title_quality(candidate, cleaned=True) == CLEAN:
            return candidate
    held = title_quality(current, cleaned=True)
    if current and held == CLEAN and not central:
        return current
    candidate = article_headline(article, opening_seen=seen())
    got = title_quality(candidate, cleaned=True)
    if current and held == CLEAN:
        return candidate if got == CLEAN else current
    if central or not current:
        return candidate if got >= held else current
    return candidate if got > held else current
