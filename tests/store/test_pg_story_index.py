"""The story index on PostgreSQL: pgvector's HNSW over `story_vectors` (migration 0600).

The test server is PostgreSQL 18 with pgvector, so the store must hand out the
pgvector index; it must find what the usearch index finds on the same stories, keep
the time window, agree with an exact search (recall@8 over 40 queries), and be
rebuilt when it is out of step with the stories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import numpy as np
import pytest

from storyline.corpus.stories.buckets import bucket_of, buckets_near
from storyline.corpus.stories.index import UsearchCentroidIndex
from storyline.store.pg_story_index import PgVectorCentroidIndex
from storyline.store.postgres import PostgresStore

DIM = 384


class _Centroids:
    """The two things an index rebuild reads from a story repository."""

    def __init__(self, rows: list[tuple[int, str | None, str | None, np.ndarray]]) -> None:
        self.rows = rows

    def iter_centroids(self) -> Iterator[tuple[int, str | None, str | None, np.ndarray]]:
        yield from self.rows

    def count_active(self) -> int:
        return len(self.rows)

    def count_indexed(self) -> int:
        return len(self.rows)


def _stories(n: int, seed: int = 5) -> list[tuple[int, str | None, str | None, np.ndarray]]:
    """Unit vectors around 20 topics, dated over two years (every tenth undated)."""
    rng = np.random.default_rng(seed)
    topics = rng.normal(size=(20, DIM))
    out = []
    for key in range(1, n + 1):
        v = topics[key % 20] + 0.6 * rng.normal(size=DIM)
        v = (v / np.linalg.norm(v)).astype(np.float32)
        if key % 10 == 0:
            out.append((key, None, None, v))
            continue
        start = dt.date(2020, 1, 1) + dt.timedelta(days=int(rng.integers(0, 730)))
        end = start + dt.timedelta(days=int(rng.integers(0, 60)))
        out.append((key, start.isoformat(), end.isoformat(), v))
    return out


@pytest.fixture
def pg(pg_url: str) -> Iterator[PostgresStore]:
    store = PostgresStore(pg_url)
    yield store
    store.close()


def test_the_store_hands_out_pgvector_for_its_dimension_only(pg: PostgresStore) -> None:
    assert isinstance(pg.story_index(DIM), PgVectorCentroidIndex)
    assert isinstance(pg.story_index(16), UsearchCentroidIndex)  # the column is vector(384)


def test_search_finds_what_usearch_finds_and_keeps_the_window(pg: PostgresStore) -> None:
    rows = _stories(300)
    index = pg.story_index(DIM)
    assert index.rebuild(_Centroids(rows)) == 300  # type: ignore[arg-type]
    reference = UsearchCentroidIndex(DIM)
    reference.rebuild(_Centroids(rows))  # type: ignore[arg-type]
    when = dt.date(2020, 6, 1)
    for _key, _start, _end, vector in rows[:10]:
        got = index.search(vector, 8, when, 30)
        want = reference.search(vector, 8, when, 30)
        assert [k for k, _ in got] == [k for k, _ in want]
        assert got[0][1] == pytest.approx(want[0][1], abs=1e-5)
    # outside every story's time: only the undated ones are candidates
    far = index.search(rows[0][3], 50, dt.date(2030, 1, 1), 30)
    assert far and all(k % 10 == 0 for k, _ in far)
    # undated: the undated stories and the newest ones, as usearch reads them
    for _key, _start, _end, vector in rows[:5]:
        got = index.search(vector, 8, None, 30)
        want = reference.search(vector, 8, None, 30)
        assert [k for k, _ in got] == [k for k, _ in want]


def test_recall_at_8_against_exact_search(pg: PostgresStore) -> None:
    rows = _stories(2000)
    index = pg.story_index(DIM)
    assert isinstance(index, PgVectorCentroidIndex)
    index.exact_below = 0  # every windowed search by HNSW: its recall is measured here
    index.rebuild(_Centroids(rows))  # type: ignore[arg-type]
    rng = np.random.default_rng(9)
    found = wanted = 0
    for q in range(40):
        probe = rows[int(rng.integers(0, len(rows)))][3] + 0.3 * rng.normal(size=DIM)
        when = dt.date(2020, 1, 1) + dt.timedelta(days=18 * q)
        exact = {k for k, _ in index.exact_search(probe, 8, when, 30)}
        found += len(exact & {k for k, _ in index.search(probe, 8, when, 30)})
        wanted += len(exact)
    assert wanted == 320
    assert found / wanted >= 0.95


def _many_months(n: int, seed: int = 11) -> list[tuple[int, str | None, str | None, np.ndarray]]:
    """`n` stories of a few days each over twenty years (a window holds 1-2% of them),
    every fiftieth undated, and one long story spanning all twenty years."""
    rng = np.random.default_rng(seed)
    out: list[tuple[int, str | None, str | None, np.ndarray]] = []
    for key in range(1, n + 1):
        v = rng.normal(size=DIM)
        v = (v / np.linalg.norm(v)).astype(np.float32)
        if key % 50 == 0:
            out.append((key, None, None, v))
        elif key == 1:
            out.append((key, "2001-01-01", "2020-12-31", v))
        else:
            start = dt.date(2001, 1, 1) + dt.timedelta(days=int(rng.integers(0, 7300)))
            end = start + dt.timedelta(days=int(rng.integers(0, 5)))
            out.append((key, start.isoformat(), end.isoformat(), v))
    return out


def test_a_window_of_few_stories_is_searched_exactly(pg: PostgresStore) -> None:
    """Few stories in the window: every true neighbour, as the exact search and usearch
    (the SQLite store's index) find them, the undated and the long story among them."""
    rows = _many_months(3000)
    index = pg.story_index(DIM)
    assert isinstance(index, PgVectorCentroidIndex)
    index.rebuild(_Centroids(rows))  # type: ignore[arg-type]
    reference = UsearchCentroidIndex(DIM)
    reference.rebuild(_Centroids(rows))  # type: ignore[arg-type]
    rng = np.random.default_rng(3)
    seen: set[int] = set()
    for q in range(12):
        probe = rng.normal(size=DIM).astype(np.float32)
        when = dt.date(2002, 3, 1) + dt.timedelta(days=500 * q)
        got = index.search(probe, 24, when, 30)
        exact = index.exact_search(probe, 24, when, 30)
        assert [k for k, _ in got] == [k for k, _ in exact]
        assert [k for k, _ in got] == [k for k, _ in reference.search(probe, 24, when, 30)]
        assert got[0][1] == pytest.approx(exact[0][1], abs=1e-6)
        seen |= {k for k, _ in got}
    assert 1 in seen and any(k % 50 == 0 for k in seen)


def test_a_window_of_many_stories_goes_to_hnsw_and_keeps_the_window(
    pg: PostgresStore,
) -> None:
    rows = _many_months(3000)
    span = {k: (s, e) for k, s, e, _ in rows}
    index = pg.story_index(DIM)
    assert isinstance(index, PgVectorCentroidIndex)
    index.rebuild(_Centroids(rows))  # type: ignore[arg-type]
    index.exact_below = 5  # fewer than any window holds (the undated alone are 60)
    when = dt.date(2010, 6, 1)
    got = index.search(rows[7][3], 24, when, 30)
    assert len(got) == 24
    # the window is known to be wide now: the next search goes to HNSW at once, alike
    assert index.search(rows[7][3], 24, when, 30) == got
    near = buckets_near(when, 30)
    assert near is not None
    for key, _ in got:
        start, end = span[key]
        assert start is None or (bucket_of(start) <= near[1] and bucket_of(end) >= near[0])


def test_changes_are_stored_and_a_stale_table_is_rebuilt(pg: PostgresStore) -> None:
    rows = _stories(30)
    index = pg.story_index(DIM)
    index.load_or_rebuild(_Centroids(rows), lambda m: None)  # type: ignore[arg-type]
    assert len(index) == 30
    key, start, end, vector = rows[3]
    index.remove(key)
    assert key not in {k for k, _ in index.search(vector, 5)}
    index.upsert(key, vector, start, end)
    assert index.search(vector, 1)[0][0] == key
    # another session of the same store sees the table as it is now
    assert len(pg.story_index(DIM)) == 30
    warnings: list[str] = []
    index.load_or_rebuild(_Centroids(rows[:20]), warnings.append)  # type: ignore[arg-type]
    assert len(index) == 20 and "rebuilding" in warnings[0]
