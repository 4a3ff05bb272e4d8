"""Cross-checking over a real SQLite file: cached, incremental reviews, merges, exports.

Stories are written into the story tables by hand (the assigner is another stage),
articles are short texts written for the tests, run through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.flags import review, review_articles
from storyline.corpus.stories.records import Membership, MergeRecord, StoryState
from storyline.crosscheck import article_flags, export_stories, story_review
from storyline.model import Article
from storyline.store.sqlite import SQLiteStore
from storyline.store.sqlite_review import SQLiteReviewStore
from storyline.store.sqlite_stories import SQLiteStoryRepository

TEXTS = {
    "a1": ("2031-02-01", "w.example", "At least 8 people died when the dam burst, police said."),
    "a2": ("2031-02-02", "x.example", "Police said 19 people were killed by the flood."),
    "a3": ("2031-02-02", "y.example", "Officials said 12 people were killed by the flood."),
    "a4": ("2031-02-03", "z.example", "About 400 people are missing after the flood, police said."),
    "b1": ("2031-02-05", "w.example", "The flood has killed 25 people, officials said."),
}


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims", "flags"])
    return {
        aid: pipeline.run(Article(id=aid, text=text, published=day, outlet=outlet))
        for aid, (day, outlet, text) in TEXTS.items()
    }


def _story(repo: SQLiteStoryRepository, story_id: str, key: int) -> None:
    repo.add_story(StoryState(story_id, key, np.zeros(4, dtype=np.float32)))


def _join(repo: SQLiteStoryRepository, article: Article, story_id: str, seq: int) -> None:
    repo.add_member(Membership(article.id, story_id, seq, 1.0, article.published))


@pytest.fixture()
def store(tmp_path: Path, articles: dict[str, Article]) -> SQLiteStore:
    s = SQLiteStore(tmp_path / "cc.db")
    for a in articles.values():
        s.put_article(a)
    repo = SQLiteStoryRepository(s)
    _story(repo, "s-1", 1)
    for seq, aid in enumerate(("a1", "a2"), 1):
        _join(repo, articles[aid], "s-1", seq)
    return s


def test_one_more_article_recomputes_only_its_groups(
    store: SQLiteStore, articles: dict[str, Article]
) -> None:
    first = story_review(store, "s-1")
    assert first.loaded_articles == 2 and first.ledger.conflicts == ()
    again = story_review(store, "s-1")
    assert (again.loaded_articles, again.recomputed_groups) == (0, 0)
    assert again.ledger == first.ledger
    repo = SQLiteStoryRepository(store)
    _join(repo, articles["a3"], "s-1", 3)
    _join(repo, articles["a4"], "s-1", 4)
    grown = story_review(store, "s-1")
    assert grown.loaded_articles == 2  # only the new ones
    assert grown.recomputed_groups == 2  # killed and missing, nothing else
    scratch = review_articles("s-1", [articles[a] for a in ("a1", "a2", "a3", "a4")])
    assert grown.ledger == scratch.ledger
    assert grown.flags == scratch.flags
    (conflict,) = grown.ledger.conflicts  # 12 killed against 19 on the same day
    assert {e.article for e in conflict.evidence} == {"a2", "a3"}


def test_a_merged_story_resolves_and_its_articles_join_the_target(
    store: SQLiteStore, articles: dict[str, Article]
) -> None:
    repo = SQLiteStoryRepository(store)
    _story(repo, "s-2", 2)
    _join(repo, articles["b1"], "s-2", 3)
    alone = story_review(store, "s-2")
    assert alone.articles == ("b1",)
    story_review(store, "s-1")
    repo.record_merge(MergeRecord("s-2", "s-1", 0.9, 4))
    merged = story_review(store, "s-2")
    assert merged.story_id == "s-1" and set(merged.articles) == {"a1", "a2", "b1"}
    assert merged.loaded_articles == 1
    assert SQLiteReviewStore(store).review_state("s-2") is None  # the old cache is gone
    with pytest.raises(KeyError):
        story_review(store, "s-404")


def test_an_article_that_left_or_new_code_rebuilds(
    store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    story_review(store, "s-1")
    cache = SQLiteReviewStore(store)
    rebuilt = review.review_story(cache, "s-1", ["a2"], store.get_articles)
    assert rebuilt.articles == ("a2",) and rebuilt.loaded_articles == 1
    monkeypatch.setattr(review, "REVIEW_VERSION", "another")
    again = review.review_story(cache, "s-1", ["a1", "a2"], store.get_articles)
    assert again.loaded_articles == 2


def test_listing_and_exports_carry_story_flags(
    store: SQLiteStore, articles: dict[str, Article]
) -> None:
    repo = SQLiteStoryRepository(store)
    _join(repo, articles["a3"], "s-1", 3)
    listed = {a.article_id: a for a in article_flags(store, "s-1")}
    assert set(listed) == {"a1", "a2", "a3"}
    assert "contradicted" in [f.code for f in listed["a3"].flags]
    (story,) = list(export_stories(store))
    assert story["id"] == "s-1" and story["articles"] == ["a1", "a2", "a3"]
    assert story["conflicts"][0]["kind"] == "number"
    point = story["claim_series"][0]["points"][0]
    assert {"article", "outlet", "value", "low", "high", "qualifier", "as_of"} <= set(point)
