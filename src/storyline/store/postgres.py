"""The server backend: PostgreSQL through psycopg 3 and a psycopg-pool connection pool.

Everything but connecting and searching is the SQL shared with SQLite
(`storyline.store.sql_articles`, `sql_stories`, `sql_review`, `sql_tokens`) over a
`PgConnection`. Search ranks with `ts_rank` over a stored tsvector (title weighted
A, body B, weights 1.0 and 0.2: the 5:1 of SQLite's bm25 call) with a GIN index,
and cuts snippets with `ts_headline`, only for the hits kept. Where the ranking
differs from SQLite's bm25: ts_rank has no inverse document frequency (a rare
word counts no more than a common one), and normalises by log(document length)
instead of bm25's length ratio to the average; the English stemmer is Snowball's,
SQLite's is Porter's. Queries are read as web-search syntax (`websearch_to_tsquery`:
"quoted phrases", `or`, `-word`), which never raises on odd input.

The story ANN index is the `story_vectors` table with pgvector's HNSW index when
the server has the extension (`storyline.store.pg_story_index`); else, having no
database file to sit beside, usearch rebuilt in memory from the story centroids
when a session first assigns stories.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from storyline.errors import StorageError
from storyline.model import Article
from storyline.store.base import ArticleFilter, SearchHit
from storyline.store.pg_connection import DatabaseUnavailable, PgConnection
from storyline.store.pg_headline import headline_params, headline_sql
from storyline.store.pg_migrate import apply_pg_migrations
from storyline.store.pg_windows import estimated_density, window_rows
from storyline.store.sql import SEARCH_CANDIDATES, search_hits
from storyline.store.sql_articles import SqlArticleStore

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from storyline.corpus.stories.index import StoryIndex
    from storyline.query.reads import PageReads

__all__ = ["PostgresStore"]

_CONNECT_TIMEOUT = 10.0
FIRST_WINDOW = 2_000
"""The fewest rows (by rowid) the first window of `search` covers: the newest 2,000."""
FIRST_REACH = 8
"""The first window covers at most this many times `FIRST_WINDOW` rows, however rare the
planner expects the query's matches to be (a word newly common may be rare in the
statistics: its first window reads at most 16,000 rows' matches)."""
WINDOW_GROWTH = 4
"""How much wider a later window is than the one before when no window found a match."""
LATER_REACH = 32
"""A later window covers 2 to this many times the rows of the one before, as the density
of the matches found so far asks."""
_WINDOW_PLAN = ("SET LOCAL enable_indexscan = off", "SET LOCAL work_mem = '32MB'")
"""Set for the window queries of `search`: see `newest_ranked`."""


def _redacted(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://…"
    host = info.get("host") or "localhost"
    return f"postgresql://{info.get('user') or ''}@{host}/{info.get('dbname') or ''}"


def _url_timeout(url: str) -> float:
    try:
        given = psycopg.conninfo.conninfo_to_dict(url).get("connect_timeout")
        return float(given) if given is not None else _CONNECT_TIMEOUT
    except (psycopg.ProgrammingError, TypeError, ValueError):
        return _CONNECT_TIMEOUT


class PostgresStore(SqlArticleStore):
    """A `Store` in a PostgreSQL database. Migrations run on open; safe to open many times."""

    conn: PgConnection
    dialect = "postgresql"

    def __init__(
        self, url: str, *, max_connections: int = 4, connect_timeout: float | None = None
    ) -> None:
        """`connect_timeout` (default: the URL's own `connect_timeout`, else 10 s) bounds how
        long opening, and each later wait for a connection, may take."""
        self.location = _redacted(url)  # it goes into messages: never the password
        if connect_timeout is None:
            connect_timeout = _url_timeout(url)
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max_connections,
            kwargs={"autocommit": True},
            check=ConnectionPool.check_connection,
            open=False,
            name="storyline",
            timeout=connect_timeout,  # how long a borrow waits for a connection
        )
        try:
            self.pool.open(wait=True, timeout=connect_timeout)
            with self.pool.connection() as conn:
                apply_pg_migrations(conn)
        except PoolTimeout:
            self.pool.close()
            raise StorageError(
                f"{self.location}: cannot connect to PostgreSQL within {connect_timeout:g} s"
            ) from None
        except psycopg.Error as exc:
            self.pool.close()
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StorageError(
                f"{self.location}: not a usable storyline database ({reason})"
            ) from None
        self.conn = PgConnection(self.pool, self.location)

    def close(self) -> None:
        self.pool.close()

    def transaction(self) -> AbstractContextManager[PgConnection]:
        return self.conn.transaction()

    def put_article(
        self, article: Article, *, signature: bytes | None = None, bands: Sequence[int] = ()
    ) -> bool:
        """As `Store.put_article`; once more on a fresh connection if the server went away.

        Safe to repeat whatever the first attempt left: writing the same article
        again replaces it with itself (an update, by contrast, would make a second
        version, and is not repeated)."""
        try:
            return super().put_article(article, signature=signature, bands=bands)
        except DatabaseUnavailable:
            return super().put_article(article, signature=signature, bands=bands)

    def stream(self, sql: str, parameters: Sequence[Any] = ()) -> Iterator[Any]:
        return self.conn.stream(sql, parameters)

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        self.conn.copy_rows(table, columns, rows)

    def refresh_statistics(self) -> None:
        """ANALYZE: after a bulk load the planner would otherwise guess (until autovacuum
        gets to it), and a story page's joins went from index lookups to scans."""
        self.conn.execute("ANALYZE")

    def _nocase(self, column: str) -> str:
        return f"lower({column}) = lower(?)"

    def table_columns(self, table: str) -> list[str]:
        """Columns a row is written with: generated ones (rowid, search_vector) left out."""
        rows = self.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? AND is_generated = 'NEVER' "
            "AND is_identity = 'NO' ORDER BY ordinal_position",
            (table,),
        )
        return [str(r[0]) for r in rows]

    def story_index_path(self) -> Path | None:
        return None

    def story_index(self, dim: int) -> StoryIndex:
        """pgvector's HNSW over the `story_vectors` table (migration 0600) when the
        extension was there to make it and the vectors are its 384 dimensions; else
        usearch, rebuilt in memory from the centroids when a session first needs it."""
        from storyline.corpus.stories.index import UsearchCentroidIndex
        from storyline.store.pg_story_index import PgVectorCentroidIndex, has_story_vectors

        if has_story_vectors(self.conn, dim):
            return PgVectorCentroidIndex(self.conn, dim)
        return UsearchCentroidIndex(dim, None)

    def page_reads(self) -> PageReads:
        from storyline.store.pg_pages import PostgresPageReads

        return PostgresPageReads(self)

    def search(self, query: str, where: ArticleFilter = ArticleFilter()) -> list[SearchHit]:
        """Best matches among the `SEARCH_CANDIDATES` (1,000) most recently stored ones
        (ts_rank, title 5:1), each with a `[marked]` snippet.

        ts_rank detoasts the tsvector of each article it scores, so only the newest
        1,000 matches are scored (`_newest_ranked`). A match older than those is not
        returned even if it would rank higher (SQLite's `search` keeps the same rule).
        Headlines are cut for the hits kept only: ts_headline re-parses a whole text
        (for a one-word query, only its opening when that gives the same headline:
        `pg_headline`).
        """
        clause, params = self._filter_sql(where, prefix="AND")
        limit = int(where.limit) if where.limit is not None else 20
        scored = self._newest_ranked(query, clause, params)
        ranked = sorted(scored, key=lambda rs: (-rs[1], rs[0]))[:limit]
        if not ranked:
            return []
        marks = ", ".join("?" * len(ranked))
        snippet, opening = headline_sql("a.text", "q")
        opening_params, snippet_params = headline_params()
        rows = self.conn.execute(
            f"SELECT a.rowid, a.id, a.title, a.outlet, a.published, {snippet} "
            f"FROM articles a, websearch_to_tsquery('english', ?) q, LATERAL {opening} "
            f"WHERE a.rowid IN ({marks})",
            (*snippet_params, query, *opening_params, *(r[0] for r in ranked)),
        ).fetchall()
        return search_hits(dict(ranked), rows)

    def _newest_ranked(
        self, query: str, clause: str, params: Sequence[object]
    ) -> list[tuple[int, float]]:
        """`newest_ranked` of the `SEARCH_CANDIDATES` newest matches passing the filter."""
        return newest_ranked(self.conn, query, clause, params, SEARCH_CANDIDATES)


def newest_ranked(
    conn: PgConnection,
    query: str,
    clause: str,
    params: Sequence[object],
    candidates: int,
    *,
    prefix: str = "",
    prefix_params: Sequence[object] = (),
) -> list[tuple[int, float]]:
    """(rowid, ts_rank) of the newest `candidates` matches passing the filter, looked
    for in windows of rowid, newest first, until enough are found or the windows cover
    the table. Each window is sized for the matches still missing (`pg_windows`): the
    first by the planner's estimate of the matches (`EXPLAIN` of the query over the whole
    table), `FIRST_WINDOW` to `FIRST_REACH` times that; a later one by the density the
    windows before found, 2 to `LATER_REACH` times the one before (`WINDOW_GROWTH` times
    when none found a match). Each window reads the query's whole GIN bitmap, so a word
    should take one window where it can (with windows of 2,000 rows, then 4x each, most
    words took two, a rare one five at 1M).

    Asked of the whole table at once, the newest matches came from a GIN bitmap of
    every match and a top-N sort on rowid: for a common word the bitmap heap scan
    read the heap page of every matching row (1M articles, 29 GB: p95 3.1 s). With
    `rowid > lo` the GIN bitmap is ANDed with the rowid index's range, and only the
    window's matching rows are read; a common word fills the first window, and a
    rare word's bitmap is small anyway. The windows do not overlap, and each asks
    only for the matches still missing: together the same rows as the one query.
    Ordered by `rowid + 0`: by the bare column the planner may walk the rowid index
    backwards and test every row (480 ms for a rare word at 100k, one query).

    Index scans are off for these queries (`SET LOCAL`, this transaction only): the
    rowid range is perfectly correlated with the table's order, so the planner
    prefers walking the window's rows by the rowid index and testing `@@` on each,
    which detoasts the tsvector of every row in the window, matching or not; its
    cost model does not see that. At 100k, a 20,000-row window: "minister" (18% of
    articles) 210 ms by the index scan, 31 ms by the BitmapAnd. `work_mem` is raised for
    them (32 MB, from 4): the GIN bitmap of a common word holds nearly every heap page of
    the table (1M articles: about 77,000), more than 4 MB of bitmap holds exactly, and a
    lossy bitmap has the heap scan test `@@` on every row of its pages, detoasting each
    vector.

    `clause` ("AND ...", on `a`, the articles) and `params` are the filters; `prefix` is a
    `WITH ...` the clause reads (a story's merged ids, `PageReads.search`), its parameters
    `prefix_params`. `Store.search` and the web/API search (`PostgresPageReads.search`)
    both find their candidates here.
    """
    top = conn.execute("SELECT max(rowid) FROM articles").fetchone()[0]
    if top is None:
        return []
    found: list[tuple[int, float]] = []
    hi = int(top)
    with conn.transaction() as tx:
        for setting in _WINDOW_PLAN:
            tx.execute(setting)
        plan = tx.execute(
            f"EXPLAIN (FORMAT JSON) {prefix}SELECT 1 "
            "FROM articles a, websearch_to_tsquery('english', ?) q "
            f"WHERE a.search_vector @@ q {clause}",
            (*prefix_params, query, *params),
        ).fetchone()[0]
        density = estimated_density(plan, hi)
        width = window_rows(candidates, density, FIRST_WINDOW, FIRST_WINDOW * FIRST_REACH)
        while len(found) < candidates and hi > 0:
            lo = max(hi - width, 0)
            bound = "a.rowid > ? AND a.rowid <= ?" if lo > 0 else "a.rowid <= ?"
            found += tx.execute(
                f"{prefix}SELECT c.rowid, ts_rank('{{0, 0, 0.2, 1.0}}', c.vector, c.q, 1) "
                "FROM (SELECT a.rowid, a.search_vector AS vector, q "
                "FROM articles a, websearch_to_tsquery('english', ?) q "
                f"WHERE a.search_vector @@ q AND {bound} {clause} "
                "ORDER BY a.rowid + 0 DESC LIMIT ?) c",
                (
                    *prefix_params,
                    query,
                    *((lo, hi) if lo > 0 else (hi,)),
                    *params,
                    candidates - len(found),
                ),
            ).fetchall()
            hi = lo
            width = _later_width(width, len(found), int(top) - hi, candidates - len(found))
    return [(int(rowid), float(score)) for rowid, score in found]


def _later_width(width: int, found: int, covered: int, missing: int) -> int:
    """Rows of the window after one of `width` rows, the windows so far having found
    `found` matches in `covered` rows: sized for the `missing` at that density, 2 to
    `LATER_REACH` times `width` (each window wider, so their number stays small); with
    nothing found yet (a density of none says nothing), `WINDOW_GROWTH` times `width`."""
    if not found:
        return width * WINDOW_GROWTH
    return window_rows(missing, found / covered, width * 2, width * LATER_REACH)
