"""The web/API search (`PageReads.search`) on both backends returns what the shared SQL
returns (`SqlPageReads.search`: count every match, the `candidates`-th newest match as a
cutoff over all of them, rank from it on). PostgreSQL finds its candidates in windows of
rowid instead (`postgres.newest_ranked`, shared with `Store.search`); SQLite keeps the
shared SQL, so there the comparison holds trivially and checks the suite's cases.

The windows are made small (one or a few rows, growing) so that a store of a few dozen
articles is searched in many of them; words common and rare, filters (dates, outlet in
another case, a story), fewer matches than candidates or than the limit, and equal
scores (identical texts) are compared. Equal scores may come in any order from the
shared SQL: there the comparison is of which rows, not their order.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from window_articles import window_article

from storyline.corpus.stories import Membership, StoryState
from storyline.query.reads import ArticleWhere, SearchRow
from storyline.store import SQLiteStore, Store
from storyline.store.postgres import PostgresStore
from storyline.store.sql_pages import SqlPageReads

CANDIDATES = 7

WHERE = [
    ArticleWhere(),
    ArticleWhere(outlet="GULL.example"),
    ArticleWhere(since="2031-01-10", until="2031-01-30"),
    ArticleWhere(since="2031-01-10", until="2031-01-12"),
    ArticleWhere(outlet="gull.example", since="2031-01-05"),
    ArticleWhere(story_id="s-ferry"),
    ArticleWhere(story_id="s-ferry", outlet="tern.example"),
]

QUERIES = ["ferry", "harbour", "lighthouse", "ferry strike", '"ferry strike"', "nowhereword"]


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "postgres":
        backend: Store = PostgresStore(request.getfixturevalue("pg_url"))
    else:
        backend = SQLiteStore(tmp_path / "windows.db")
    for n in range(40):
        backend.put_article(window_article(n))
    repo = backend.stories()
    key = repo.next_key()
    vector = np.ones(384, dtype=np.float32)
    own = [f"w{n}" for n in range(0, 40, 3)]  # every third article, ties among them
    repo.add_story(StoryState("s-ferry", key, vector, len(own), "2031-01-01", "2031-01-28"))
    for aid in own:
        repo.add_member(Membership(aid, "s-ferry", repo.next_seq(), 0.7, "2031-01-01", "T", "x"))
    yield backend
    backend.close()


def _same(got: list[SearchRow], expected: list[SearchRow], every: list[SearchRow]) -> None:
    """`got` holds the rows of `expected` in its order, but among equal scores, where it
    holds rows of that score from `every` (all the candidates, ranked)."""
    assert [r.score for r in got] == [r.score for r in expected]
    for row, want in zip(got, expected, strict=True):
        tied = [r for r in every if r.score == want.score]
        assert row == want if len(tied) == 1 else row in tied
    assert len({r.article for r in got}) == len(got)


@pytest.mark.parametrize(("first", "growth"), [(1, 2), (3, 8), (10**9, 4)])
@pytest.mark.parametrize("limit", [3, 20])
def test_page_search_returns_what_the_shared_sql_returned(
    store: Store, monkeypatch: pytest.MonkeyPatch, first: int, growth: int, limit: int
) -> None:
    monkeypatch.setattr("storyline.store.postgres.FIRST_WINDOW", first)
    monkeypatch.setattr("storyline.store.postgres.WINDOW_GROWTH", growth)
    reads = store.page_reads()
    assert isinstance(reads, SqlPageReads)
    for query in QUERIES:
        for where in WHERE:
            got = reads.search(query, where, limit, CANDIDATES, "ferry")
            expected = SqlPageReads.search(reads, query, where, limit, CANDIDATES, "ferry")
            every, _, _ = SqlPageReads.search(reads, query, where, CANDIDATES, CANDIDATES, "ferry")
            assert got[1:] == expected[1:], (query, where)  # matches, capped
            _same(got[0], expected[0], every)


def test_the_cases_the_comparison_covers(store: Store) -> None:
    """The store above holds what the comparison is meant to cover."""
    reads = store.page_reads()
    ferry, matches, capped = reads.search("ferry", ArticleWhere(), 3, CANDIDATES, "ferry")
    assert (len(ferry), matches, capped) == (3, 40, True)  # more matches than candidates
    rare, matches, capped = reads.search("lighthouse", ArticleWhere(), 20, CANDIDATES, "x")
    assert (len(rare), matches, capped) == (2, 2, False)  # fewer than candidates and limit
    dated = ArticleWhere(since="2031-01-10", until="2031-01-12")
    few, _, capped = reads.search("ferry", dated, 20, CANDIDATES, "ferry")
    assert 0 < len(few) < CANDIDATES and not capped  # a filter leaving fewer
    story, _, _ = reads.search("ferry", ArticleWhere(story_id="s-ferry"), 20, 100, "ferry")
    assert {r.article.id for r in story} == {f"w{n}" for n in range(0, 40, 3)}
    tied, _, _ = reads.search('"ferry strike"', ArticleWhere(), 20, CANDIDATES, "ferry")
    scores = [r.score for r in tied]
    assert len(scores) > len(set(scores))  # equal scores
    assert reads.search("nowhereword", ArticleWhere(), 20, CANDIDATES, "x") == ([], 0, False)


COUNTS = [("ferry", 10, 11), ("ferry", 39, 40), ("ferry", 40, 40), ("ferry", 100, 40)]
COUNTS += [("lighthouse", 1, 2), ("lighthouse", 2, 2), ("nowhereword", 0, 0)]


@pytest.mark.parametrize(("query", "cap", "counted"), COUNTS)
def test_the_count_stops_one_past_its_cap(store: Store, query: str, cap: int, counted: int) -> None:
    """With a cap the matches are counted up to cap + 1 (more than the cap can be told
    from the cap itself); the hits and the candidates' flag are those of the full count."""
    reads = store.page_reads()
    rows, matches, capped = reads.search(query, ArticleWhere(), 5, CANDIDATES, "ferry", cap)
    assert matches == counted
    every, _, every_capped = reads.search(query, ArticleWhere(), 5, CANDIDATES, "ferry")
    assert (rows, capped) == (every, every_capped)
