"""The page reads over a PostgreSQL store: the shared SQL, and search over the tsvector.

Search keeps the SQLite contract: count the matches (up to a cap), rank only the `candidates`
most recently stored ones (so a common word costs the same in a large store as in
a small one), return the best `limit` with an excerpt around the first `near` in
the opening of the text. Ranking is ts_rank (title 5:1 over body, length
normalised), not bm25: see storyline.store.postgres.
"""

from __future__ import annotations

from storyline.query.reads import ArticleWhere, SearchRow
from storyline.store.pg_connection import PgConnection
from storyline.store.pg_rank import RANK
from storyline.store.postgres import PostgresStore, newest_ranked
from storyline.store.sql_pages import SqlPageReads, article_filters

__all__ = ["PostgresPageReads"]


class PostgresPageReads(SqlPageReads):
    """`PageReads` over a `PostgresStore`."""

    outlet_match = "lower(a.outlet) = lower(?)"
    match_source = "articles a, websearch_to_tsquery('english', ?) q"
    count_source = match_source
    match = "a.search_vector @@ q"
    rank = RANK
    find_in = "strpos"
    larger = "greatest"

    def __init__(self, store: PostgresStore) -> None:
        super().__init__(store)
        self.pg: PgConnection = store.conn  # with transactions, for the search windows

    def search(
        self,
        words: str,
        where: ArticleWhere,
        limit: int,
        candidates: int,
        near: str,
        count_cap: int | None = None,
    ) -> tuple[list[SearchRow], int, bool]:
        """As the shared search, but the `candidates` newest matches are found in windows
        of rowid, newest first, and only those that can still enter the best are scored
        (`postgres.newest_ranked`, as `Store.search` finds and ranks its own): the shared
        SQL found the `candidates`-th newest match over a GIN bitmap of every match, a
        top-N sort reading the heap page of each (at 1M articles, seconds for a common
        word). The same rows come back; equal scores are ordered by rowid,
        oldest first (`Store.search`'s order; the shared SQL leaves them in any order)."""
        matches = self._count_matches(words, count_cap)
        prefix, parts, params = article_filters(self.conn, where, self.outlet_match, self.dialect)
        first = params[:1] if prefix else []  # a story's merged ids (the WITH) come first
        best, found = newest_ranked(
            self.pg,
            words,
            "".join(f" AND {part}" for part in parts),
            params[len(first) :],
            candidates,
            limit,
            prefix=prefix,
            prefix_params=first,
        )
        return self._search_rows(dict(best), near), matches, found >= candidates
