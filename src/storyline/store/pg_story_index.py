"""The story ANN index on PostgreSQL: pgvector's HNSW over the `story_vectors` table.

Made by migration 0600 where the server has pgvector; a cache of the active
stories' unit centroids, as the usearch file is beside a SQLite database, but kept
in the database: every session and every `serve` process shares it, and none
rebuilds it in memory on open. Each story row carries the first and last 30-day
time bucket its span touches (NULL: undated), so a search reads the stories the
usearch index would (buckets overlapping the window around the article's date, and
the undated ones).

Recall: a time filter on an HNSW scan drops most of the `ef_search` candidates it
found, so pgvector's iterative scan (`hnsw.iterative_scan`, 0.8+) keeps scanning
until enough rows pass, and `ef_search` is raised from pgvector's default 40 to
`EF_SEARCH`; the order the scan returns is re-sorted by similarity.

A window holding few of the index's stories makes that scan long: it walks the graph
until enough rows pass, and when 0.2-2% of the stories are in the window (a store of
many months) that is thousands of index entries for the 8-24 kept (at 100k articles,
11,407 stories, 89-235 in the window: 1,430-1,725 rows filtered away, 5,500-6,300
buffers, 9-11 ms). So the window's rows are found by the span index (migration 1100),
and when there are at most `EXACT_BELOW` of them they are searched exactly (a distance
each, then a sort): a few hundred distances, and every true neighbour. A window holding
more goes to the HNSW scan as before.
bench/store_scale.py measures recall@8 against `exact_search` (the same query with
the index off).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from storyline.corpus.stories.index import bucket_of, buckets_near, undated_reach
from storyline.corpus.stories.records import Vector
from storyline.corpus.stories.repository import StoryRepository
from storyline.store.pg_connection import PgConnection

__all__ = ["EF_SEARCH", "EXACT_BELOW", "PgVectorCentroidIndex", "has_story_vectors"]

EF_SEARCH = 200
"""Candidates an HNSW search keeps (pgvector's default: 40)."""
EXACT_BELOW = 4_000
"""A time window holding at most this many stories is searched exactly, not by HNSW. At
1M articles (114,800 stories) the exact read cost about 2 us a story (5.3 ms p50 for a
window of 2,584) against 9-11 ms for the filtered HNSW scan, which it would meet near 4,500
(docs/scaling.md, session 36)."""
_DIM = 384  # the column's type in migration 0600


def has_story_vectors(conn: PgConnection, dim: int) -> bool:
    """Whether this database has the pgvector table, and for vectors of `dim`."""
    if dim != _DIM:
        return False
    row = conn.execute("SELECT to_regclass('story_vectors') IS NOT NULL").fetchone()
    return bool(row[0])


def _literal(vector: Vector) -> str:
    """A vector as pgvector's text form, `[x,y,...]`."""
    values = np.asarray(vector, dtype=np.float32)
    return "[" + ",".join(f"{float(x):.8g}" for x in values) + "]"


def _buckets(start: str | None, end: str | None) -> tuple[int | None, int | None]:
    if start is None or end is None:
        return None, None
    return bucket_of(start), bucket_of(end)


_SPAN = "int4range(least(first_bucket, last_bucket), greatest(first_bucket, last_bucket), '[]')"
"""A story's buckets as a range, the expression of the span index (migration 1100): an
undated story's (NULL, NULL) is the unbounded range, which overlaps every window."""
_IN_WINDOW = "(first_bucket IS NULL OR (first_bucket <= ? AND last_bucket >= ?))"
"""The window itself (undated stories always in it), tested on the rows the span finds."""
_NO_LIMIT = 2**62


def _hits(rows: list[Any]) -> list[tuple[int, float]]:
    hits = [(int(r[0]), 1.0 - float(r[1])) for r in rows]
    return sorted(hits, key=lambda kd: -kd[1])


class PgVectorCentroidIndex:
    """A `StoryIndex` over the `story_vectors` table; every change is written at once."""

    def __init__(
        self,
        conn: PgConnection,
        dim: int,
        *,
        ef_search: int = EF_SEARCH,
        exact_below: int = EXACT_BELOW,
    ) -> None:
        self.conn = conn
        self.dim = dim
        self.ef_search = int(ef_search)
        self.exact_below = int(exact_below)
        """0: every windowed search by HNSW (what recall is measured of)."""
        self._wide: set[tuple[int, int]] = set()
        """Windows found to hold more than `exact_below` stories: an undated search reads
        the same window each time, and would otherwise read its first `exact_below` + 1
        rows before each HNSW scan. Stories are rarely fewer later; if they are, that
        window is searched by HNSW, as before the exact search, until the next session.
        It holds windows, not stories: a (first, last) pair of 30-day buckets, one per
        wide window searched, so at most a few for each month the articles' dates cover
        (hundreds for twenty years of news, a few kB), whatever the store's size. The
        exact search's rows stay on the server; the client reads the `count` nearest."""

    def upsert(self, key: int, centroid: Vector, start: str | None, end: str | None) -> None:
        first, last = _buckets(start, end)
        self.conn.execute(
            "INSERT INTO story_vectors (key, first_bucket, last_bucket, centroid) "
            "VALUES (?, ?, ?, ?::vector) ON CONFLICT (key) DO UPDATE SET "
            "first_bucket = excluded.first_bucket, last_bucket = excluded.last_bucket, "
            "centroid = excluded.centroid",
            (int(key), first, last, _literal(centroid)),
        )

    def remove(self, key: int) -> None:
        self.conn.execute("DELETE FROM story_vectors WHERE key = ?", (int(key),))

    def _search(
        self, vector: Vector, count: int, date: object, window_days: int, *, exact: bool
    ) -> list[tuple[int, float]]:
        import datetime as dt

        near = buckets_near(date if isinstance(date, dt.date) else None, window_days)
        if near is None:  # the newest dated bucket: from the last_bucket index (0800)
            newest = self.conn.execute("SELECT max(last_bucket) FROM story_vectors").fetchone()
            near = undated_reach(None if newest[0] is None else int(newest[0]))
        where, params, spanned, span_params = "", [], "", []
        if near is not None:  # the span index (1100) finds the window's rows
            where, params = f"WHERE {_IN_WINDOW}", [near[1], near[0]]
            spanned = f"WHERE {_SPAN} && int4range(?, ?, '[]') AND {_IN_WINDOW}"
            span_params = [near[0], near[1], *params]
        literal, limit = _literal(vector), int(count)
        with self.conn.transaction() as tx:
            if exact or (near is not None and self.exact_below > 0 and near not in self._wide):
                # a bitmap scan of the window's rows by the span index (or a sequential
                # scan) and a sort: the true nearest; the HNSW scan needs an index scan
                tx.execute("SET LOCAL enable_indexscan = off")
                rows = tx.execute(
                    f"WITH w AS MATERIALIZED (SELECT key, centroid <=> ?::vector AS distance "
                    f"FROM story_vectors {spanned} LIMIT ?) "
                    "SELECT key, distance, (SELECT count(*) FROM w) FROM w "
                    "ORDER BY distance LIMIT ?",
                    (literal, *span_params, _NO_LIMIT if exact else self.exact_below + 1, limit),
                ).fetchall()
                if exact or not rows or int(rows[0][2]) <= self.exact_below:
                    return _hits(rows)
                if near is not None:  # not counted again by this process: HNSW from now on
                    self._wide.add(near)
                tx.execute("SET LOCAL enable_indexscan = on")  # the window is wide: HNSW
            tx.execute(f"SET LOCAL hnsw.ef_search = {self.ef_search}")
            tx.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
            rows = tx.execute(
                f"SELECT key, centroid <=> ?::vector AS distance FROM story_vectors {where} "
                "ORDER BY centroid <=> ?::vector LIMIT ?",
                (literal, *params, literal, limit),
            ).fetchall()
        return _hits(rows)

    def search(
        self, vector: Vector, count: int, date: object = None, window_days: int = 0
    ) -> list[tuple[int, float]]:
        """(story key, cosine similarity), most similar first, near `date` when given."""
        return self._search(vector, count, date, window_days, exact=False)

    def exact_search(
        self, vector: Vector, count: int, date: object = None, window_days: int = 0
    ) -> list[tuple[int, float]]:
        """As `search`, without the index: what recall is measured against."""
        return self._search(vector, count, date, window_days, exact=True)

    def __len__(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM story_vectors").fetchone()[0])

    def load_or_rebuild(self, repository: StoryRepository, warn: Callable[[str], None]) -> None:
        """Rebuilt when it does not hold one row per active story (a store moved by
        `storyline migrate`, or stories written by a session that failed midway)."""
        held, expected = len(self), repository.count_indexed()
        if held != expected:
            if held:
                warn(
                    f"story index (pgvector) holds {held} stories but the store has "
                    f"{expected}: rebuilding it from the store"
                )
            self.rebuild(repository)

    def rebuild(self, repository: StoryRepository) -> int:
        """Every active story's centroid, read first (float32, 1.5 kB a story), then
        written in one transaction: the read streams on a connection of its own, and
        a COPY holds its connection until it ends (reading on it meanwhile deadlocks).
        So a rebuild holds them all at once (about 190 MB for 1M articles' 114,800
        stories): a stream opened inside the transaction would read on its connection."""
        keys: list[int] = []
        spans: list[tuple[int | None, int | None]] = []
        vectors: list[np.ndarray] = []
        for key, start, end, centroid in repository.iter_centroids():
            keys.append(int(key))
            spans.append(_buckets(start, end))
            vectors.append(np.asarray(centroid, dtype=np.float32))
        rows = (
            (key, first, last, _literal(vector))
            for key, (first, last), vector in zip(keys, spans, vectors, strict=True)
        )
        with self.conn.transaction() as tx:
            tx.execute("DELETE FROM story_vectors")
            tx.copy_rows("story_vectors", ("key", "first_bucket", "last_bucket", "centroid"), rows)
        return len(keys)

    def save(self) -> None:
        """Nothing to do: every change is already in the table."""
