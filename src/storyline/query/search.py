"""Full-text search with snippets and filters, over the store's FTS5 index.

Matches are ranked by bm25 (title words weigh five times body words, as in
`storyline search`), but only among the most recently stored `CANDIDATES` matches
that pass the filters: ranking every match of a common word costs time in
proportion to the store (0.7 s for a name in 30,000 of 100,000 articles), ranking a
fixed number does not. When fewer match, the ranking is exactly that of
`storyline search`; when more do, the page says so, and a date range or an outlet
reaches older ones.

The matches are counted exactly up to `MATCH_CAP`; past it the page says "more than"
it, as a search page does: counting every match of a common word reads each one, a
cost that grows with the store (PostgreSQL, 300k articles: 50 / 76 ms p50 / p95, half
the search), while a count that stops at the cap does not.
"""

from __future__ import annotations

import re

from storyline.engine import Storyline
from storyline.query.access import page_reads
from storyline.query.params import QueryError, check_day
from storyline.query.reads import ArticleWhere
from storyline.query.records import SearchPage, SearchResult

__all__ = ["CANDIDATES", "MATCH_CAP", "MAX_HITS", "query_terms", "search_page", "snippet_marks"]

MAX_HITS = 100
CANDIDATES = 2000
MATCH_CAP = 10_000
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def query_terms(query: str) -> list[str]:
    """The words of a search (FTS5 operators and syntax left out), lower-cased."""
    return [w.lower() for w in re.findall(r"\w+", query) if w not in _OPERATORS]


def snippet_marks(
    excerpt: str, offset: int, length: int, terms: list[str]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The excerpt on one line, with an ellipsis where the text goes on, and the offsets of
    the words that begin with a search term (the index stems words, so "flood" also
    finds "flooding")."""
    text = " ".join(excerpt.split())
    if offset > 0:
        text = "… " + text
    if offset + len(excerpt) < length:
        text += " …"
    if not terms:
        return text, ()
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, terms)) + r")\w*", re.IGNORECASE)
    return text, tuple(m.span() for m in pattern.finditer(text))


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
        terms = query_terms(query)
        near = terms[0] if terms else query
        rows, matches, capped = page_reads(engine).search(
            query, where, limit, CANDIDATES, near, MATCH_CAP
        )
        hits = [
            SearchResult(r.article, *snippet_marks(r.excerpt, r.offset, r.length, terms), r.score)
            for r in rows
        ]
    return SearchPage(
        query=query,
        since=since,
        until=until,
        outlet=outlet or None,
        matches=min(matches, MATCH_CAP),
        more_matches=matches > MATCH_CAP,
        ranked_among=CANDIDATES if capped else None,
        hits=tuple(hits),
    )
