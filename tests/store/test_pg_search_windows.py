"""PostgreSQL's `search` looks for the newest matches in windows of rowid, newest first:
it must find exactly what one query over the whole table finds.

The reference is that one query (the newest `SEARCH_CANDIDATES` matches passing the
filter, by rowid, then ts_rank), written out here. The windows are made small (one
or a few rows, doubling) so that a store of a few dozen articles is searched in many
of them; words common and rare, filters, fewer matches than candidates, and equal
scores (identical texts: the order between them is the rowid's) are all compared.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from window_articles import window_article

from storyline.store import ArticleFilter
from storyline.store.pg_connection import PgConnection
from storyline.store.pg_windows import estimated_density, window_rows
from storyline.store.postgres import LATER_REACH, WINDOW_GROWTH, PostgresStore, _later_width

CANDIDATES = 7

WHERE = [
    ArticleFilter(),
    ArticleFilter(limit=3),
    ArticleFilter(outlet="gull.example"),
    ArticleFilter(since="2031-01-10", until="2031-01-30"),
    ArticleFilter(include_duplicates=False, limit=50),
    ArticleFilter(outlet="GULL.EXAMPLE", since="2031-01-05", limit=50),
]

QUERIES = ["ferry", "harbour", "lighthouse", "ferry -strike", '"ferry strike"', "nowhereword"]


@pytest.fixture
def pg(pg_url: str) -> Iterator[PostgresStore]:
    store = PostgresStore(pg_url)
    for n in range(40):
        store.put_article(window_article(n, duplicates=True))
    store.conn.execute("DELETE FROM articles WHERE id IN ('w30', 'w31')")  # a gap in the rowids
    yield store
    store.close()


def _one_query(store: PostgresStore, query: str, where: ArticleFilter) -> list[tuple[int, float]]:
    """The newest matches from one query over the whole table (the search before windows)."""
    clause, params = store._filter_sql(where, prefix="AND")
    rows = store.conn.execute(
        "SELECT c.rowid, ts_rank('{0, 0, 0.2, 1.0}', c.vector, c.q, 1) "
        "FROM (SELECT a.rowid, a.search_vector AS vector, q "
        "FROM articles a, websearch_to_tsquery('english', ?) q "
        f"WHERE a.search_vector @@ q {clause} ORDER BY a.rowid DESC LIMIT ?) c",
        (query, *params, CANDIDATES),
    ).fetchall()
    return [(int(r), float(s)) for r, s in rows]


@pytest.mark.parametrize(("first", "growth"), [(1, 2), (3, 8), (10**9, 8)])
def test_windows_find_the_newest_matches_of_one_query(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch, first: int, growth: int
) -> None:
    monkeypatch.setattr("storyline.store.postgres.SEARCH_CANDIDATES", CANDIDATES)
    monkeypatch.setattr("storyline.store.postgres.FIRST_WINDOW", first)
    monkeypatch.setattr("storyline.store.postgres.WINDOW_GROWTH", growth)
    for query in QUERIES:
        for where in WHERE:
            clause, params = pg._filter_sql(where, prefix="AND")
            expected = _one_query(pg, query, where)
            assert sorted(pg._newest_ranked(query, clause, params)) == sorted(expected)
            limit = where.limit if where.limit is not None else 20
            best = sorted(expected, key=lambda rs: (-rs[1], rs[0]))[:limit]
            hits = pg.search(query, where)
            assert [h.score for h in hits] == pytest.approx([s for _, s in best])
            ids = dict(
                pg.conn.execute(
                    "SELECT rowid, id FROM articles WHERE rowid = ANY(?)", ([r for r, _ in best],)
                ).fetchall()
            )
            assert [h.article_id for h in hits] == [ids[r] for r, _ in best]


def test_the_cases_the_comparison_covers(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store above holds what the comparison is meant to cover: a word with more
    matches than candidates, one with fewer, a filter that leaves fewer, and ties."""
    monkeypatch.setattr("storyline.store.postgres.SEARCH_CANDIDATES", CANDIDATES)
    assert len(_one_query(pg, "ferry", ArticleFilter())) == CANDIDATES
    assert len(_one_query(pg, "lighthouse", ArticleFilter())) == 2
    dated = ArticleFilter(since="2031-01-10", until="2031-01-12")
    assert 0 < len(_one_query(pg, "ferry", dated)) < CANDIDATES
    scores = [s for _, s in _one_query(pg, '"ferry strike"', ArticleFilter())]
    assert len(scores) > len(set(scores))  # equal scores: ordered by rowid
    assert pg.search("nowhereword") == []


def _window_statements(pg: PostgresStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The window statements `search` runs from now on (each reads the GIN bitmap)."""
    seen: list[str] = []
    execute = PgConnection.execute

    def spy(self: PgConnection, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        if "ORDER BY a.rowid + 0 DESC" in sql:
            seen.append(sql)
        return execute(self, sql, parameters)

    monkeypatch.setattr(PgConnection, "execute", spy)
    return seen


def test_a_common_word_takes_one_window(pg: PostgresStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word in every article: the planner expects it in every row, so the first window
    is sized for the candidates (7 x 1.3 rows at that density) and finds them all. With
    windows of fixed sizes (1 row, then 4x each) "ferry" took three."""
    pg.refresh_statistics()
    monkeypatch.setattr("storyline.store.postgres.SEARCH_CANDIDATES", CANDIDATES)
    monkeypatch.setattr("storyline.store.postgres.FIRST_WINDOW", 1)
    monkeypatch.setattr("storyline.store.postgres.FIRST_REACH", 100)
    windows = _window_statements(pg, monkeypatch)
    assert len(pg.search("ferry")) == CANDIDATES
    assert len(windows) == 1


@pytest.mark.parametrize("density", [None, 0.0, 1e-9, 0.05, 1.0, 50.0])
def test_windows_find_the_same_matches_whatever_the_estimate(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch, density: float | None
) -> None:
    """A wrong estimate (none, nil, far too low or too high) changes how many windows
    find the candidates, never which: the same rows as the one query."""
    monkeypatch.setattr("storyline.store.postgres.SEARCH_CANDIDATES", CANDIDATES)
    monkeypatch.setattr("storyline.store.postgres.FIRST_WINDOW", 1)
    monkeypatch.setattr("storyline.store.postgres.LATER_REACH", 3)
    monkeypatch.setattr("storyline.store.postgres.estimated_density", lambda plan, rows: density)
    for query in QUERIES:
        for where in WHERE:
            clause, params = pg._filter_sql(where, prefix="AND")
            expected = _one_query(pg, query, where)
            assert sorted(pg._newest_ranked(query, clause, params)) == sorted(expected)


def test_a_window_is_sized_for_the_matches_missing() -> None:
    assert window_rows(1000, 0.25, 2_000, 16_000) == 5_200  # 1000 x 1.3 / 0.25
    assert window_rows(1000, 0.9, 2_000, 16_000) == 2_000  # never below the least
    assert window_rows(1000, 0.001, 2_000, 16_000) == 16_000  # nor above the most
    assert window_rows(1000, None, 2_000, 16_000) == 16_000  # no estimate: the most
    assert window_rows(1000, 0.0, 2_000, 16_000) == 16_000


def test_a_later_window_grows_by_the_density_found() -> None:
    assert _later_width(2_000, 0, 2_000, 1000) == 2_000 * WINDOW_GROWTH  # none found
    assert _later_width(2_000, 500, 2_000, 500) == 4_000  # 500 x 1.3 / 0.25 = 2,600: 2x
    assert _later_width(2_000, 10, 2_000, 990) == 2_000 * LATER_REACH  # at most 32x
    assert _later_width(16_000, 40, 16_000, 960) == 499_200  # 960 x 1.3 x 400


def test_the_estimate_is_read_from_the_plan() -> None:
    plan = [{"Plan": {"Node Type": "Bitmap Heap Scan", "Plan Rows": 250}}]
    assert estimated_density(plan, 1_000) == 0.25
    assert estimated_density([{}], 1_000) is None
    assert estimated_density(plan, 0) is None
