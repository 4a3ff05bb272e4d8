"""An article page's claims and story flags come from its story's review through the page
cache: built by warming from one read of the review, the same as from the whole article, and
built again when the story or the article changes."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from web_store import WebStore, join_story

from storyline.crosscheck import forget_review_of
from storyline.engine import Storyline
from storyline.model import Claim, Sentence
from storyline.query import article_claims, article_flags, article_page
from storyline.query.article_parts import members_parts_are_current
from storyline.query.warm import latest_stories, warm_stories
from storyline.store.sqlite_pages import SQLitePageReads


@pytest.fixture()
def copy(web_store: WebStore, tmp_path: Path) -> Path:
    path = tmp_path / "copy.db"
    shutil.copy(web_store.path, path)
    return path


def _members(engine: Storyline, story_id: str) -> list[str]:
    return [a.id for a in SQLitePageReads(engine.store).story_articles(story_id, 100)[0]]


def _no_review(engine: Storyline, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every review read (and still answer it)."""
    asked: list[str] = []
    real = engine.review

    def review(story_id: str) -> object:
        asked.append(story_id)
        return real(story_id)

    monkeypatch.setattr(engine, "review", review)
    return asked


def test_warmed_parts_are_those_of_the_whole_article_and_review(
    copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Storyline(copy) as engine:
        warm_stories(engine)
        asked = _no_review(engine, monkeypatch)
        compared = 0
        for story_id in latest_stories(engine):
            assert members_parts_are_current(engine, story_id)
            review = engine.review(story_id)
            for article_id in _members(engine, story_id):
                article = engine.article(article_id)
                assert article is not None
                asked.clear()
                page = article_page(engine, article_id)
                assert page is not None
                assert asked == []  # read from the cache, not from the review
                assert page.claims == article_claims(engine, article, review.ledger)
                assert page.flags == article_flags(article, review)
                compared += 1
        assert compared >= 5


def test_a_story_that_gains_an_article_rebuilds_its_members_parts(
    copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Storyline(copy) as engine:
        warm_stories(engine)
        text = "The Tarnwick flood barrier held on Sunday, the river agency said."
        join_story(engine.store, "s-flood", "h:late", text, "2024-05-05")
        assert not members_parts_are_current(engine, "s-flood")
        asked = _no_review(engine, monkeypatch)
        page = article_page(engine, "h:flood2")
        assert asked == ["s-flood"]  # stale: built again from the review
        assert page is not None and page.flags
        asked.clear()
        assert article_page(engine, "h:flood2") == page  # then cached again
        assert asked == []
        warm_stories(engine)
        assert members_parts_are_current(engine, "s-flood")


def test_an_updated_article_shows_its_new_claim(copy: Path) -> None:
    with Storyline(copy) as engine:
        warm_stories(engine)
        before = article_page(engine, "h:flood2")
        assert before is not None
        assert [p.value for s in before.claims.series for p in s.points] == [15.0]
        article = engine.article("h:flood2")
        assert article is not None
        added = " Rescuers found 30 people."
        text = article.text + added
        start = len(article.text) + len(" Rescuers found ")
        claim = Claim(
            start, start + len("30 people"), "30 people", 30.0, "exact", "people", "killed",
            None, "Tarnwick", "2024-05-03", None,
        )  # fmt: skip
        sentences = (*article.sentences, Sentence(len(article.text) + 1, len(text), None, "none"))
        updated = replace(
            article, text=text, claims=(*article.claims, claim), sentences=sentences,
            content_hash="flood2-v2",
        )  # fmt: skip
        engine.store.update_article(updated)
        forget_review_of(engine.store, "h:flood2")  # what ingest does when an article changes
        assert not members_parts_are_current(engine, "s-flood")  # the cached parts are stale
        after = article_page(engine, "h:flood2")
        assert after is not None
        values = sorted(p.value for s in after.claims.series for p in s.points)
        assert values == [15.0, 30.0]
        review = engine.review("s-flood")
        assert after.claims == article_claims(engine, updated, review.ledger)
