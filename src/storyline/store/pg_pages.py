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
from storyline.store.postgres import PostgresStore, newest_ranked
from storyline.store.sql_pages import SqlPageReads, article_filters

__all__ = ["PostgresPageReads"]

_WORK_MEM = "SET LOCAL work_mem = '32MB'"
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
        of rowid, newest first (`postgres.newest_ranked`, as `Store.search` finds its
        own): the shared SQL found the `candidates`-th newest match over a GIN bitmap of
        every match, a top-N sort reading the heap page of each (at 1M articles, seconds
        for a common word). The same rows come back; equal scores are ordered by rowid,
        oldest first (`Store.search`'s order; the shared SQL leaves them in any order).

        The count: when no filter applies and the windows found fewer than `candidates`,
        they found every match, and their number is the count; else it is counted
        (`_count_matches`)."""
        prefix, parts, params = article_filters(self.conn, where, self.outlet_match, self.dialect)
        first = params[:1] if prefix else []  # a story's merged ids (the WITH) come first
        found = newest_ranked(
            self.pg,
            words,
            "".join(f" AND {part}" for part in parts),
            params[len(first) :],
            candidates,
            prefix=prefix,
            prefix_params=first,
        )
        if not parts and len(found) < candidates:  # unfiltered, fewer than asked: all
            matches = len(found) if count_cap is None else min(len(found), count_cap + 1)
        else:
            matches = self._count_matches(words, count_cap)
        best = sorted(found, key=lambda rs: (-rs[1], rs[0]))[:limit]
        return self._search_rows(dict(best), near), matches, len(found) >= candidates

    def _count_matches(self, words: str, cap: int | None = None) -> int:
        """The shared count, with `work_mem` raised as for the search windows
        (`postgres.newest_ranked`): a common word's GIN bitmap at 1M articles covers more
        heap pages than 4 MB of bitmap holds exactly, and the heap scan of a lossy one
        tests `@@` on every row of its pages, detoasting each vector."""
        with self.pg.transaction() as tx:
            tx.execute(_WORK_MEM)
            return super()._count_matches(words, cap)
