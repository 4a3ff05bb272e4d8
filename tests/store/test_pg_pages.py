"""The page reads on PostgreSQL answer as on SQLite: the web test store, moved to PostgreSQL
with `transfer_store`, read through both backends' page reads, every read compared."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_store import build_web_store

from storyline.query.reads import ArticleWhere, SearchRow
from storyline.store.pg_pages import PostgresPageReads
from storyline.store.postgres import PostgresStore
from storyline.store.sqlite import SQLiteStore
from storyline.store.sqlite_pages import SQLitePageReads
from storyline.store.transfer import transfer_store

from .test_sqlite_pages import READS

SEARCHES = ("search", "search by outlet")
OWN_TOKENS = ("story_version",)
"""A version token (row numbers of each backend's own): compared by when it changes."""


@pytest.fixture()
def both(tmp_path: Path, pg_url: str) -> Iterator[tuple[SQLitePageReads, PostgresPageReads]]:
    build_web_store(tmp_path / "pages.db")
    with SQLiteStore(tmp_path / "pages.db") as lite, PostgresStore(pg_url) as pg:
        assert transfer_store(lite, pg).ok
        yield SQLitePageReads(lite), PostgresPageReads(pg)


def _ids(result: object) -> set[str]:
    rows, _matches, _capped = result  # type: ignore[misc]
    assert all(isinstance(r, SearchRow) for r in rows)
    return {r.article.id for r in rows}


def test_every_page_read_answers_as_on_sqlite(
    both: tuple[SQLitePageReads, PostgresPageReads],
) -> None:
    lite, pg = both
    compared = 0
    for name, read in sorted(READS.items()):
        if name in SEARCHES or name in OWN_TOKENS:
            continue
        assert read(pg) == read(lite), name
        compared += 1
    assert compared == len(READS) - len(SEARCHES) - len(OWN_TOKENS)
    # the articles of a story, undated ones included, page on as on SQLite
    first = pg.article_page(ArticleWhere(), None, 3)
    assert first == lite.article_page(ArticleWhere(), None, 3)
    after = first[-1][1]
    assert pg.article_page(ArticleWhere(), after, 50) == lite.article_page(
        ArticleWhere(), after, 50
    )


def test_search_finds_the_same_articles_with_an_excerpt_at_the_word(
    both: tuple[SQLitePageReads, PostgresPageReads],
) -> None:
    """Ranking differs (ts_rank is not bm25); the matches, their count and excerpts do not."""
    lite, pg = both
    for name in SEARCHES:
        assert _ids(READS[name](pg)) == _ids(READS[name](lite)), name
    on_pg = pg.search("Tarnwick", ArticleWhere(), 50, 1000, "tarnwick")
    on_lite = lite.search("Tarnwick", ArticleWhere(), 50, 1000, "tarnwick")
    assert on_pg[1] == on_lite[1] and on_pg[1] > 0
    excerpts = {r.article.id: r.excerpt for r in on_lite[0]}
    assert {r.article.id: r.excerpt for r in on_pg[0]} == excerpts
    assert pg.search("nothing-like-this", ArticleWhere(), 5, 3, "x") == ([], 0, False)


def test_story_version_changes_when_an_article_is_analysed_again(
    tmp_path: Path, pg_url: str
) -> None:
    build_web_store(tmp_path / "pages.db")
    with SQLiteStore(tmp_path / "pages.db") as lite, PostgresStore(pg_url) as pg:
        assert transfer_store(lite, pg).ok
        reads = PostgresPageReads(pg)
        before = reads.story_version("s-flood")
        assert reads.story_version("s-flood") == before
        member = pg.stories().members("s-flood")[0].article_id
        article = pg.get_article(member)
        assert article is not None
        pg.put_article(article)  # re-analysis rewrites its sentence rows
        assert reads.story_version("s-flood") != before


def test_page_cache_round_trip(both: tuple[SQLitePageReads, PostgresPageReads]) -> None:
    _lite, pg = both
    pg.store_cached("k", "v1", "{}")
    pg.store_cached("k", "v2", '{"a": 1}')
    assert pg.cached("k", "v1") is None and pg.cached("k", "v2") == '{"a": 1}'
