"""A story's page reads take its merged ids as a list the planner can count (sql_merged).

Timings are never asserted. Asserted: the reads answer exactly as with the recursive
CTE they replaced (on the web test store, where one story is merged into another, and
on a chain of merges), an unknown story reads as empty, and on PostgreSQL the planner's
estimate of how many stories a read covers is the true count however many merges are
stored (the recursive CTE's estimate grows with the merges: the cause of the sequential
scans of quotes and story members this module removes), and that each read there is one
statement that resolves the ids itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from web_store import build_web_store

from storyline.corpus.stories.records import MergeRecord
from storyline.query.reads import ArticleWhere
from storyline.store import sql_merged
from storyline.store.pg_pages import PostgresPageReads
from storyline.store.postgres import PostgresStore
from storyline.store.sql import SqlConnection
from storyline.store.sql_merged import IN_ONE, RECURSIVE, merged_cte, merged_ids
from storyline.store.sqlite import SQLiteStore
from storyline.store.sqlite_pages import SQLitePageReads
from storyline.store.sqlite_stories import SQLiteStoryRepository
from storyline.store.transfer import transfer_store

from .test_sqlite_pages import READS

STORY_READS = sorted(
    name for name in READS if name.startswith("story_") or name == "articles of a story"
)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    build_web_store(tmp_path / "pages.db")
    with SQLiteStore(tmp_path / "pages.db") as lite:
        yield lite


def test_merged_ids_follow_a_chain_of_merges(store: SQLiteStore) -> None:
    assert merged_ids(store.conn, "s-flood") == ["s-flood", "s-old"]
    repo = SQLiteStoryRepository(store)
    repo.record_merge(MergeRecord("s-market", "s-old", 0.7, repo.next_seq()))
    assert merged_ids(store.conn, "s-flood") == ["s-flood", "s-market", "s-old"]
    assert merged_ids(store.conn, "s-market") == ["s-market"]
    assert merged_ids(store.conn, "no-such-story") == []


@pytest.mark.parametrize("chained", [False, True])
def test_story_reads_answer_as_with_the_recursive_cte(
    store: SQLiteStore, monkeypatch: pytest.MonkeyPatch, chained: bool
) -> None:
    if chained:
        repo = SQLiteStoryRepository(store)
        repo.record_merge(MergeRecord("s-market", "s-old", 0.7, repo.next_seq()))
    reads = SQLitePageReads(store)
    listed = {name: READS[name](reads) for name in STORY_READS}
    members = SQLiteStoryRepository(store).members("s-flood")
    monkeypatch.setattr(sql_merged, "MAX_LISTED", 0)  # every story takes the recursive form
    assert merged_cte(store.conn, "s-flood") == (RECURSIVE, ("s-flood",))
    assert {name: READS[name](reads) for name in STORY_READS} == listed
    assert SQLiteStoryRepository(store).members("s-flood") == members
    assert listed["story_quotes"] and listed["story_claims"] and len(members) == 5 + chained


def test_an_unknown_story_reads_as_empty(store: SQLiteStore) -> None:
    reads = SQLitePageReads(store)
    assert reads.story_quotes("no-such-story") == []
    assert reads.story_articles("no-such-story", 10) == ([], 0)
    assert reads.story_member_ids("no-such-story") == set()
    assert reads.article_page(ArticleWhere(story_id="no-such-story"), None, 5) == []
    assert SQLiteStoryRepository(store).members("no-such-story") == []


class _Recorder:
    """A connection that keeps every statement run through it, with its parameters."""

    def __init__(self, conn: SqlConnection) -> None:
        self.conn = conn
        self.statements: list[tuple[str, Sequence[Any]]] = []

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        self.statements.append((sql, parameters))
        return self.conn.execute(sql, parameters)


def _estimates(conn: SqlConnection, sql: str, params: Sequence[Any], node: str) -> list[int]:
    """The planner's row estimates of the plan nodes of type `node`."""
    (plan,) = conn.execute("EXPLAIN (FORMAT JSON) " + sql, params).fetchone()
    found: list[int] = []
    todo = [(json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]]
    while todo:
        step = todo.pop()
        if step["Node Type"] == node:
            found.append(int(step["Plan Rows"]))
        todo.extend(step.get("Plans", []))
    return found


def _store_many_merges(pg: PostgresStore) -> None:
    """300 merges of other stories, as a store that has run a while holds."""
    pg.conn.executemany(
        "INSERT INTO stories (id, key, vector_sum, created_at) VALUES (?, ?, ?, ?)",
        [(f"s-other-{i}", 10_000 + i, b"", "2024-05-01") for i in range(600)],
    )
    pg.conn.executemany(
        "INSERT INTO story_merges (source, target, score, seq, merged_at) "
        "VALUES (?, ?, 0.9, ?, '2024-05-01')",
        [(f"s-other-{2 * i}", f"s-other-{2 * i + 1}", 10_000 + i) for i in range(300)],
    )
    pg.conn.execute("ANALYZE stories")
    pg.conn.execute("ANALYZE story_merges")


def test_postgres_counts_the_merged_stories_however_many_merges_are_stored(
    tmp_path: Path, pg_url: str
) -> None:
    build_web_store(tmp_path / "pages.db")
    with SQLiteStore(tmp_path / "pages.db") as lite, PostgresStore(pg_url) as pg:
        assert transfer_store(lite, pg).ok
        reads = PostgresPageReads(pg)
        recorder = _Recorder(pg.conn)
        reads.conn = recorder  # type: ignore[assignment]
        listed = {name: READS[name](reads) for name in STORY_READS}
        # one statement per read: the merged ids are resolved inside it, no round trip
        # of their own (the list form ran a recursive query before every read)
        reading = [sql for sql, _ in recorder.statements if "merged" in sql]
        assert len(reading) >= len(STORY_READS)
        assert all(sql.startswith(IN_ONE) for sql in reading)
        assert not any(sql.startswith(RECURSIVE) for sql, _ in recorder.statements)
        same = [name for name in STORY_READS if name != "story_version"]  # rowids differ
        assert {n: listed[n] for n in same} == {n: READS[n](SQLitePageReads(lite)) for n in same}
        recorder.statements.clear()
        assert reads.story_quotes("s-flood")
        (sql, params), texts = recorder.statements  # the rows, then their articles' texts
        assert texts[0].startswith("SELECT id, text FROM articles")
        assert list(params) == ["s-flood"]
        before = _estimates(pg.conn, sql, params, "ProjectSet")  # unnest: the merged ids
        _store_many_merges(pg)
        # the estimate does not move with the merges stored (the array is unseen: a few)
        assert _estimates(pg.conn, sql, params, "ProjectSet") == before == [10]
        # the form the list replaced: the planner expects 1 + 10 x the merges stored
        body = sql[len(IN_ONE) :]
        (recursive,) = _estimates(pg.conn, RECURSIVE + body, ("s-flood",), "Recursive Union")
        assert recursive > 100


def test_postgres_reads_a_chain_of_merges_in_one_statement(tmp_path: Path, pg_url: str) -> None:
    build_web_store(tmp_path / "pages.db")
    with SQLiteStore(tmp_path / "pages.db") as lite, PostgresStore(pg_url) as pg:
        repo = lite.stories()
        repo.record_merge(MergeRecord("s-market", "s-old", 0.7, repo.next_seq()))
        assert transfer_store(lite, pg).ok
        assert merged_cte(pg.conn, "s-flood", "postgresql") == (IN_ONE, ("s-flood",))
        same = [name for name in STORY_READS if name != "story_version"]  # rowids differ
        on_pg = {name: READS[name](PostgresPageReads(pg)) for name in same}
        assert on_pg == {name: READS[name](SQLitePageReads(lite)) for name in same}
        assert pg.stories().members("s-flood") == lite.stories().members("s-flood")
        assert len(pg.stories().members("s-flood")) == 6
        assert PostgresPageReads(pg).story_articles("no-such-story", 10) == ([], 0)
