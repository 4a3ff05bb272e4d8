"""The page reads over a PostgreSQL store: the shared SQL, and search over the tsvector.

Search keeps the SQLite contract: count every match, rank only the `candidates`
most recently stored ones (so a common word costs the same in a large store as in
a small one), return the best `limit` with an excerpt around the first `near` in
the opening of the text. Ranking is ts_rank (title 5:1 over body, length
normalised), not bm25: see storyline.store.postgres.
"""

from __future__ import annotations

from storyline.store.sql_pages import SqlPageReads

__all__ = ["PostgresPageReads"]

_RANK = "ts_rank('{0, 0, 0.2, 1.0}', a.search_vector, q, 1)"


class PostgresPageReads(SqlPageReads):
    """`PageReads` over a `PostgresStore`."""

    outlet_match = "lower(a.outlet) = lower(?)"
    match_source = "articles a, websearch_to_tsquery('english', ?) q"
    count_source = match_source
    match = "a.search_vector @@ q"
    rank = _RANK
    find_in = "strpos"
    larger = "greatest"
