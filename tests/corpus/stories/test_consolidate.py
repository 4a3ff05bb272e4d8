"""Consolidation: fragments rejoin the bigger story they fit; merges are recorded."""

from __future__ import annotations

import numpy as np
from story_texts import FLOOD, MARKET

from storyline.corpus.stories import StoryAssigner, StoryConfig, StoryRepository, StoryState
from storyline.corpus.stories.consolidate import is_fragment_of
from storyline.model import Article

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _article(aid: str, text: str, published: str = "2024-03-01") -> Article:
    return Article(id=aid, text=text, published=published, content_hash=aid + "h")


def _sized(count: int) -> StoryState:
    return StoryState(id=f"s{count}", key=count, vector_sum=np.ones(4, np.float32), count=count)


def test_a_fragment_is_small_beside_its_neighbour() -> None:
    config = StoryConfig()
    assert is_fragment_of(config, _sized(2), _sized(3))  # at most absorb_min articles
    assert is_fragment_of(config, _sized(5), _sized(60))  # at most a tenth of the neighbour
    assert not is_fragment_of(config, _sized(5), _sized(30))
    assert not is_fragment_of(config, _sized(3), _sized(3))  # equals merge, they do not absorb


def test_fragment_is_absorbed_and_its_id_still_resolves(
    assigner: StoryAssigner, repository: StoryRepository
) -> None:
    big = [assigner.assign(_article(f"f{i}", FLOOD.format(day=d))) for i, d in enumerate(DAYS)]
    assert len({assigner.resolve(a.story_id) for a in big}) == 1
    market = assigner.assign(_article("m", MARKET))
    # a stricter moment of online assignment leaves one more flood report on its own
    assigner.config = StoryConfig(threshold=9.0, merge_threshold=9.0)
    late = assigner.assign(_article("late", FLOOD.format(day="Saturday"), "2024-03-02"))
    assert late.created
    assigner.config = StoryConfig()

    merges = assigner.consolidate([late.story_id])

    big_id = assigner.resolve(big[0].story_id)
    assert [(m.source, m.target) for m in merges] == [(late.story_id, big_id)]
    assert assigner.resolve(late.story_id) == big_id
    assert repository.membership("late") is not None  # the article itself is not rewritten
    assert assigner.resolve(market.story_id) == market.story_id  # unrelated: left alone
    story = repository.get_story(big_id)
    assert story is not None and story.count == len(DAYS) + 1
    assert story.end == "2024-03-02"


def test_consolidating_everything_leaves_unrelated_stories_apart(
    assigner: StoryAssigner,
) -> None:
    flood = [assigner.assign(_article(f"f{i}", FLOOD.format(day=d))) for i, d in enumerate(DAYS)]
    market = assigner.assign(_article("m", MARKET))
    assert assigner.consolidate() == []
    assert assigner.resolve(market.story_id) != assigner.resolve(flood[0].story_id)


def test_absorption_counts_time_when_rare_words_are_shared() -> None:
    from storyline.corpus.stories.consolidate import absorption_score
    from storyline.corpus.stories.scoring import ArticleEvidence

    config = StoryConfig()
    story = StoryState(
        id="s",
        key=1,
        vector_sum=np.asarray([1.0, 0.0], dtype=np.float32) * 20,
        count=20,
        start="2024-03-01",
        end="2024-03-05",
        terms={"almsbury": 1.0, "levee": 1.0, "sandbags": 1.0, "barge": 1.0},
    )
    orthogonal = np.asarray([0.0, 1.0], dtype=np.float32)
    date = story.start_date
    shared = ArticleEvidence(orthogonal, {"almsbury": 1.0, "a": 1.0, "b": 1.0, "c": 1.0}, {}, date)
    unrelated = ArticleEvidence(orthogonal, {"a": 1.0, "b": 1.0, "c": 1.0, "d": 1.0}, {}, date)
    df = dict.fromkeys(["almsbury", "levee", "sandbags", "barge", "a", "b", "c", "d"], 1)

    # one shared word of four: word fit 0.25, text fit 0.4 * 0.25 = 0.1, under the text floor
    with_words = absorption_score(config, shared, story, df, 10)
    without = absorption_score(config, unrelated, story, df, 10)
    assert with_words is not None and abs(with_words - (0.1 + config.date_bonus)) < 1e-4
    assert without is not None and abs(without) < 1e-6
