"""Full-text search with snippets and filters (the same search as `storyline search`)."""

from __future__ import annotations

from storyline.engine import Storyline
from storyline.query.params import QueryError, check_day
from storyline.query.records import ArticleRef, SearchPage, SearchResult

__all__ = ["MAX_HITS", "search_page"]

MAX_HITS = 100


def search_page(
    engine: Storyline,
    query: str,
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    limit: int = 20,
) -> SearchPage:
    """The best matches first (bm25); an empty query finds nothing rather than everything."""
    if not 1 <= limit <= MAX_HITS:
        raise QueryError(f"limit: must be between 1 and {MAX_HITS}, got {limit}")
    since, until = check_day(since, "since"), check_day(until, "until")
    query = query.strip()
    hits = (
        engine.search(query, since=since, until=until, outlet=outlet or None, limit=limit)
        if query
        else []
    )
    return SearchPage(
        query=query,
        since=since,
        until=until,
        outlet=outlet or None,
        hits=tuple(
            SearchResult(
                ArticleRef(h.article_id, h.title, h.outlet, h.published), h.snippet, h.score
            )
            for h in hits
        ),
    )
