"""PostgreSQL's `search` looks for the newest matches in windows of rowid, newest first:
it must find exactly what one query over the whole table finds.

The reference is that one query (the newest `SEARCH_CANDIDATES` matches passing the
filter, by rowid, then ts_rank), written out here. The windows are made small (one
or a few rows, doubling) so that a store of a few dozen articles is searched in many
of them; words common and rare, filters, fewer matches than candidates, and equal
scores (identical texts: the order between them is the rowid's) are all compared.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from window_articles import window_article

from storyline.store import ArticleFilter
from storyline.store.postgres import PostgresStore

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
