"""Flags of a story (by outlet), of an article, and across the store: one query each.

A story's flags are its articles' own (raised at ingest: undated, no attribution,
near copy...) and those its cross-checking raises (contradicted, uncorroborated,
anachronism against the story's span), the same source as `storyline flags`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.engine import Storyline
from storyline.model import Article
from storyline.query.access import page_reads
from storyline.query.reads import FlagWhere
from storyline.query.records import ArticleRef, FlagList, FlagView, OutletFlags

if TYPE_CHECKING:
    from storyline.corpus.flags import StoryReview

__all__ = ["article_flags", "flag_list", "story_flags"]

_UNKNOWN = "(unknown)"


def story_flags(
    engine: Storyline, story_id: str, review: StoryReview | None = None
) -> tuple[OutletFlags, ...]:
    """Each outlet of the story with its article count and the flags on its articles
    (`review`: the story's, when the caller already has it)."""
    reads = page_reads(engine)
    by_outlet: dict[str, list[FlagView]] = {}
    for item in engine.flags(story_id, review):
        ref = ArticleRef(item.article_id, item.title, item.outlet, item.published)
        for flag in item.flags:
            by_outlet.setdefault(item.outlet or _UNKNOWN, []).append(
                FlagView(ref, flag.code, flag.severity, flag.message, flag.evidence)
            )
    found = [(o, by_outlet.get(o.outlet, [])) for o in reads.story_outlets(story_id)]
    return tuple(OutletFlags(o.outlet, o.count, tuple(fs), len(fs)) for o, fs in found)


def article_flags(article: Article, review: StoryReview | None) -> tuple[FlagView, ...]:
    """The article's own flags, then those its story's cross-checking (`review`) raised on it."""
    ref = ArticleRef(article.id, article.title, article.outlet, article.published)
    flags = article.flags
    if review is not None:
        flags = flags + tuple(review.flags.get(article.id, ()))
    return tuple(FlagView(ref, f.code, f.severity, f.message, f.evidence) for f in flags)


def flag_list(engine: Storyline, where: FlagWhere, *, offset: int, limit: int) -> FlagList:
    """Flags stored with articles (raised at ingest), newest first; asks for one more than
    `limit` to know whether a next page exists. Story-level flags are on story pages."""
    rows = page_reads(engine).flags(where, offset, limit + 1)
    items = tuple(FlagView(r, f.code, f.severity, f.message, f.evidence) for r, f in rows[:limit])
    return FlagList(
        items=items, limit=limit, next_offset=offset + limit if len(rows) > limit else None
    )
