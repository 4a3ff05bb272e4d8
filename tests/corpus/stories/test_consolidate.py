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
