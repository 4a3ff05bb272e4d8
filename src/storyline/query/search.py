"""Full-text search with snippets and filters, over the store's FTS5 index.

Matches are ranked by bm25 (title words weigh five times body words, as in
`storyline search`), but only among the most recently stored `CANDIDATES` matches
that pass the filters: ranking every match of a common word costs time in
proportion to the store (0.7 s for a name in 30,000 of 100,000 articles), ranking a
fixed number does not. When fewer match, the ranking is exactly that of
`storyline search`; when more do, the page says so, and a date range or an outlet
reaches older ones.
"""

from __future__ import annotations

from storyline.engine import Storyline
from storyline.query.access import page_reads
from storyline.query.params import QueryError, check_day
from storyline.query.reads import ArticleWhere
from storyline.query.records import SearchPage, SearchResult

__all__ = ["CANDIDATES", "MAX_HITS", "search_page", "snippet_marks"]

MAX_HITS = 100
CANDIDATES = 2000
_OPEN, _CLOSE = "\x02", "\x03"


def snippet_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A snippet without its match markers, and the offsets of the marked words."""
    text: list[str] = []
    marks: list[tuple[int, int]] = []
    size, start = 0, None
    for ch in marked:
        if ch == _OPEN:
            start = size
        elif ch == _CLOSE:
            if start is not None and start < size:
                marks.append((start, size))
            start = None
        else:
            text.append(ch)
            size += 1
    return "".join(text), tuple(marks)


def search_page(
    engine: Storyline,
    query: str,
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    limit: int = 20,
) -> SearchPage:
    """The best matches first; an empty query finds nothing rather than everything."""
    if not 1 <= limit <= MAX_HITS:
        raise QueryError(f"limit: must be between 1 and {MAX_HITS}, got {limit}")
    since, until = check_day(since, "since"), check_day(until, "until")
    query = query.strip()
    hits: list[SearchResult] = []
    matches, capped = 0, False
    if query:
        where = ArticleWhere(since=since, until=until, outlet=outlet or None)
        rows, matches, capped = page_reads(engine).search(query, where, limit, CANDIDATES)
        hits = [SearchResult(r.article, *snippet_marks(r.snippet), r.score) for r in rows]
    return SearchPage(
        query=query,
        since=since,
        until=until,
        outlet=outlet or None,
        matches=matches,
        ranked_among=CANDIDATES if capped else None,
        hits=tuple(hits),
    )
