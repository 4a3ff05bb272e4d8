"""The page reads go through indexes: no read scans a table that grows with the store.

Timings are never asserted; the query plans are. Each read runs with a trace
callback, and SQLite's plan for every statement it ran must search an index
rather than scan articles, annotations or story members, and must not build a
temporary (automatic) index each time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from web_store import build_web_store

from storyline.query.reads import ArticleWhere, FlagWhere
from storyline.store.sqlite import SQLiteStore
from storyline.store.sqlite_pages import SQLitePageReads

_GROWING = "articles|a|story_members|sm|claims|c|quotes|q|flags|f|entity_mentions|m|sentences|s"
_FULL_SCAN = re.compile(rf"^SCAN ({_GROWING})$")

READS: dict[str, Callable[[SQLitePageReads], object]] = {
    "latest_day": lambda r: r.latest_day(),
    "day_counts": lambda r: r.day_counts("2024-05-01"),
    "outlet_counts": lambda r: r.outlet_counts("2024-05-01", 5),
    "stories_ending_since": lambda r: r.stories_ending_since("2024-05-01", 5),
    "stories_by_size": lambda r: r.stories_by_size(0, 5),
    "story_volume": lambda r: r.story_volume("s-flood"),
    "story_version": lambda r: r.story_version("s-flood"),
    "story_articles": lambda r: r.story_articles("s-flood", 10),
    "story_related": lambda r: r.story_related("s-flood"),
    "story_member_ids": lambda r: r.story_member_ids("s-flood"),
    "story_outlets": lambda r: r.story_outlets("s-flood"),
    "story_timeline_articles": lambda r: r.story_timeline_articles("s-flood"),
    "story_claims": lambda r: r.story_claims("s-flood"),
    "story_quotes": lambda r: r.story_quotes("s-flood"),
    "story_flags": lambda r: r.story_flags("s-flood"),
    "articles": lambda r: r.article_page(ArticleWhere(), ("2024-05-03", 9), 5),
    "articles undated": lambda r: r.article_page(ArticleWhere(), (None, 9), 5),
    "articles by outlet": lambda r: r.article_page(ArticleWhere(outlet="x"), None, 5),
    "articles by day": lambda r: r.article_page(ArticleWhere(since="2024-05-01"), None, 5),
    "articles of a story": lambda r: r.article_page(ArticleWhere(story_id="s-flood"), None, 5),
    "article_ref": lambda r: r.article_ref("h:flood1"),
    "story_of": lambda r: r.story_of("h:flood1"),
    "article_versions": lambda r: r.article_versions("h:warning"),
    "speaker_quotes": lambda r: r.speaker_quotes(["Jane Roe", "Roe"], 5),
    "mention_days": lambda r: r.mention_days(["Tarnwick"]),
    "mention_stories": lambda r: r.mention_stories(["Tarnwick"], 5),
    "search": lambda r: r.search("Tarnwick", ArticleWhere(), 5, 3, "tarnwick"),
    "search by outlet": lambda r: r.search("Tarnwick", ArticleWhere(outlet="x"), 5, 3, "t"),
    "flags by code": lambda r: r.flags(FlagWhere(code="uncorroborated"), 0, 5),
    "flags of an article": lambda r: r.flags(FlagWhere(article_id="h:flood2"), 0, 5),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    path = Path(tmp_path_factory.mktemp("pages")) / "pages.db"
    build_web_store(path)
    return SQLiteStore(path)


@pytest.mark.parametrize("name", sorted(READS))
def test_read_searches_indexes(store: SQLiteStore, name: str) -> None:
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        READS[name](SQLitePageReads(store))
    finally:
        store.conn.set_trace_callback(None)
    # FTS5 runs statements of its own on its shadow tables: only ours are judged
    ours = [sql for sql in statements if not sql.startswith("--") and "'main'." not in sql]
    assert ours
    for sql in ours:
        plan = [row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        scans = [step for step in plan if _FULL_SCAN.match(step) or "AUTOMATIC" in step]
        assert not scans, f"{name}: {sql[:120]} -> {plan}"
