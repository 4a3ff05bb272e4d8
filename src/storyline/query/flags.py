"""Flags of a story (by outlet), of an article, and across the store: one query each.

Until the flags of issue 13 land (corpus/flags), these are the flags stored with
each article at ingest. With them, `story_flags`, `article_flags` and `flag_list`
read the new source and keep returning `FlagView` records.
"""

from __future__ import annotations

from storyline.engine import Storyline
from storyline.model import Article
from storyline.query.access import page_reads
from storyline.query.reads import FlagWhere
from storyline.query.records import ArticleRef, FlagList, FlagView, OutletFlags

__all__ = ["article_flags", "flag_list", "story_flags"]

_UNKNOWN = "(unknown)"


def story_flags(engine: Storyline, story_id: str) -> tuple[OutletFlags, ...]:
    """Each outlet of the story with its article count and the flags on its articles."""
    reads = page_reads(engine)
    by_outlet: dict[str, list[FlagView]] = {}
    for ref, flag in reads.story_flags(story_id):
        by_outlet.setdefault(ref.outlet or _UNKNOWN, []).append(
            FlagView(ref, flag.code, flag.severity, flag.message, flag.evidence)
        )
    found = [(o, by_outlet.get(o.outlet, [])) for o in reads.story_outlets(story_id)]
    return tuple(OutletFlags(o.outlet, o.count, tuple(fs), len(fs)) for o, fs in found)


def article_flags(article: Article) -> tuple[FlagView, ...]:
    ref = ArticleRef(article.id, article.title, article.outlet, article.published)
    return tuple(FlagView(ref, f.code, f.severity, f.message, f.evidence) for f in article.flags)


def flag_list(engine: Storyline, where: FlagWhere, *, offset: int, limit: int) -> FlagList:
    """Flags newest first; asks for one more than `limit` to know whether a next page exists."""
    rows = page_reads(engine).flags(where, offset, limit + 1)
    items = tuple(FlagView(r, f.code, f.severity, f.message, f.evidence) for r, f in rows[:limit])
    return FlagList(
        items=items, limit=limit, next_offset=offset + limit if len(rows) > limit else None
    )
