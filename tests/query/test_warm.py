"""Warming builds every story's review and page parts ahead; what changes is built again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from web_store import WebStore, join_story

from storyline.crosscheck import forget_review_of
from storyline.engine import Storyline
from storyline.query import article_page, story_page
from storyline.query.story_parts import parts_are_current
from storyline.query.warm import (
    latest_stories,
    review_is_current,
    stories_of_articles,
    warm_stories,
)
from storyline.store.sql_pages import SqlPageReads
from storyline.store.sqlite_stories import SQLiteStoryRepository


@pytest.fixture()
def copy(web_store: WebStore, tmp_path: Path) -> Path:
    path = tmp_path / "copy.db"
    shutil.copy(web_store.path, path)
    return path


def _ready(engine: Storyline, story_id: str) -> bool:
    return review_is_current(engine, story_id) and parts_are_current(engine, story_id)


def _join_flood(engine: Storyline) -> None:
    text = "The Tarnwick flood barrier held on Sunday, the river agency said."
    join_story(engine.store, "s-flood", "h:late", text, "2024-05-05")


def test_every_story_is_built_once_then_only_checked(copy: Path) -> None:
    with Storyline(copy) as engine:
        stories = latest_stories(engine)
        assert stories == ["s-flood", "s-market"]  # latest first; the merged story is not one
        assert not any(_ready(engine, s) for s in stories)
        first = warm_stories(engine)
        assert (first.stories, first.built, first.errors) == (2, 2, [])
        assert all(_ready(engine, s) for s in stories)
        again = warm_stories(engine)
        assert (again.stories, again.built) == (2, 0)
        # the ids a check compares: every member, those of the story merged in too
        members = SQLiteStoryRepository(engine.store).members("s-flood")
        assert {m.story_id for m in members} == {"s-flood", "s-old"}
        reads = SqlPageReads(engine.store)
        assert reads.story_member_ids("s-flood") == {m.article_id for m in members}
        assert latest_stories(engine, 1) == ["s-flood"]


def test_checking_a_warm_store_reads_no_cached_payload(
    copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Storyline(copy) as engine:
        assert warm_stories(engine).built == 2
        checked: list[str] = []
        real = SqlPageReads.has_cached

        def has_cached(self: SqlPageReads, key: str, version: str) -> bool:
            checked.append(key)
            return real(self, key, version)

        def cached(self: SqlPageReads, key: str, version: str) -> str | None:
            raise AssertionError(f"payload of {key} read by a check")

        monkeypatch.setattr(SqlPageReads, "has_cached", has_cached)
        monkeypatch.setattr(SqlPageReads, "cached", cached)
        again = warm_stories(engine)
        assert (again.stories, again.built, again.errors) == (2, 0, [])
        # each story's parts and its articles' parts were checked, by existence only
        assert {"story:s-flood", "story-articles:s-flood", "story:s-market"} <= set(checked)


def test_a_story_that_gains_an_article_is_built_again_and_its_pages_show_it(copy: Path) -> None:
    with Storyline(copy) as engine:
        warm_stories(engine)
        _join_flood(engine)
        assert not review_is_current(engine, "s-flood")
        assert not parts_are_current(engine, "s-flood")
        assert _ready(engine, "s-market")  # the other story is untouched
        assert stories_of_articles(engine, ["h:late", "h:late"]) == ["s-flood"]
        report = warm_stories(engine, stories_of_articles(engine, ["h:late"]))
        assert (report.stories, report.built) == (1, 1)
        assert _ready(engine, "s-flood")
        page = story_page(engine, "s-flood")
        assert page is not None
        assert "h:late" in {a.id for a in page.articles}
        found = article_page(engine, "h:late")
        assert found is not None and found.story is not None
        assert found.story.id == "s-flood"


def test_an_updated_article_drops_its_story_review_and_warming_builds_it_again(
    copy: Path,
) -> None:
    with Storyline(copy) as engine:
        warm_stories(engine)
        member = SQLiteStoryRepository(engine.store).members("s-flood")[0].article_id
        forget_review_of(engine.store, member)  # what ingest does when an article changes
        assert not review_is_current(engine, "s-flood")
        assert warm_stories(engine).built == 1
        assert review_is_current(engine, "s-flood")


def test_a_story_that_fails_is_reported_and_the_others_are_built(
    copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Storyline(copy) as engine:
        real = engine.review

        def review(story_id: str) -> object:
            if story_id == "s-flood":
                raise ValueError("unreadable ledger")
            return real(story_id)

        monkeypatch.setattr(engine, "review", review)
        report = warm_stories(engine)
        assert report.errors == ["story s-flood: ValueError: unreadable ledger"]
        assert report.built == 1
        assert _ready(engine, "s-market")
        assert "1 failed" in report.summary()
