"""Splitting: a story holding two events of the same kind is cut where its words part."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from storyline.analyze.embed import HashingEmbedder
from storyline.corpus.stories import StoryConfig
from storyline.corpus.stories.recluster import recluster_stored
from storyline.corpus.stories.split import (
    balanced_split,
    split_members,
    split_partition,
    split_story_id,
)
from storyline.corpus.stories.stored import assign_stored
from storyline.model import Article
from storyline.store.sql_stories import SqlStoryRepository
from storyline.store.sqlite import SQLiteStore

SHARED = {"quake": 2.0, "magnitude": 1.5, "rescuers": 1.0, "collapsed": 1.0}


def _event(place: str, figure: str, n: int) -> list[dict[str, float]]:
    """n reports of one quake: the shared words of every quake, plus this one's specifics."""
    out = []
    for i in range(n):
        terms = dict(SHARED)
        terms.update({place: 2.0, figure: 1.0, f"{place}-detail-{i % 3}": 1.0})
        out.append(terms)
    return out


def _blocks(sizes: list[int], inside: float = 0.8, across: float = 0.1) -> np.ndarray:
    n = sum(sizes)
    sims = np.full((n, n), across)
    start = 0
    for size in sizes:
        sims[start : start + size, start : start + size] = inside
        start += size
    np.fill_diagonal(sims, 1.0)
    return sims


def test_balanced_split_finds_two_blocks() -> None:
    cut = balanced_split(_blocks([4, 4]), min_part=3)
    assert cut is not None
    assert sorted(map(list, cut)) == [[0, 1, 2, 3], [4, 5, 6, 7]]


def test_balanced_split_looks_past_a_few_odd_members() -> None:
    """Two near-copies unlike everything else sit at the top of the tree; the cut is below."""
    sims = _blocks([6, 6, 2], across=0.2)
    sims[12:, :6] = sims[:6, 12:] = 0.05  # the odd pair leans to the second block
    sims[12:, 6:12] = sims[6:12, 12:] = 0.15
    sims[:6, 6:12] = sims[6:12, :6] = 0.3
    cut = balanced_split(sims, min_part=5)
    assert cut is not None
    assert sorted(map(list, cut)) == [list(range(6)), list(range(6, 14))]


def test_balanced_split_needs_two_parts_of_the_minimum() -> None:
    assert balanced_split(_blocks([6, 3]), min_part=5) is None
    assert balanced_split(_blocks([9, 2, 2]), min_part=5) is None


def test_two_events_of_one_kind_are_split_one_event_is_not() -> None:
    two = _event("almsbury", "6.1", 8) + _event("corvena", "7.4", 9)
    parts = split_members(two)
    assert sorted(map(sorted, parts)) == [list(range(8)), list(range(8, 17))]
    assert parts[0] == list(range(8, 17))  # the largest part first
    assert split_members(_event("almsbury", "6.1", 12)) == [list(range(12))]


def test_parts_smaller_than_the_minimum_stay() -> None:
    few = _event("almsbury", "6.1", 9) + _event("corvena", "7.4", 3)
    assert len(split_members(few, StoryConfig())) == 1
    assert len(split_members(few, StoryConfig(split_min_part=3))) == 2


def test_a_small_share_of_a_big_story_stays() -> None:
    """Seven odd reports beside forty are an angle of the story, not a second event."""
    lopsided = _event("almsbury", "6.1", 40) + _event("corvena", "7.4", 7)
    assert len(split_members(lopsided)) == 1
    assert len(split_members(lopsided, StoryConfig(split_share=0.1))) == 2


def test_split_partition_keeps_the_id_for_the_largest_part() -> None:
    terms = _event("almsbury", "6.1", 7) + _event("corvena", "7.4", 9)
    ids = [f"a{i}" for i in range(len(terms))] + ["short"]
    terms_of = dict(zip(ids, terms, strict=False))
    final = split_partition({"s-1": ids}, terms_of)
    assert {final[f"a{i}"] for i in range(7, 16)} == {"s-1"}
    assert {final[f"a{i}"] for i in range(7)} == {split_story_id("s-1", "a0")}
    assert final["short"] == "s-1"  # nothing to compare: stays with the story


def _quake(aid: str, place: str, figure: str, day: int) -> Article:
    text = (
        f"A magnitude {figure} quake struck {place.title()} on Monday. Rescuers searched "
        f"collapsed buildings in {place.title()} as aftershocks rattled the region around "
        f"{place.title()} and officials in {place.title()} counted the damage."
    )
    return Article(id=aid, text=text, published=f"2024-03-{day:02d}", content_hash=aid)


def test_recluster_splits_a_merged_story_and_records_the_moves(tmp_path: Path) -> None:
    embedder = HashingEmbedder(384)
    with SQLiteStore(tmp_path / "quakes.db") as store:
        for i in range(8):
            store.put_article(_quake(f"alm-{i}", "almsbury", "6.1", 1 + i))
        for i in range(8):
            store.put_article(_quake(f"cor-{i}", "corvena", "7.4", 2 + i))
        # an over-eager online setting puts both quakes in one story
        eager = StoryConfig(threshold=-1.0)
        assign_stored(store, embedder=embedder, config=eager)
        repo = SqlStoryRepository(store)
        assert (
            len({repo.resolve(m.story_id) for m in map(repo.membership, ["alm-0", "cor-0"]) if m})
            == 1
        )

        report = recluster_stored(store, embedder=embedder, config=eager)

        story_of = {}
        for aid in [f"alm-{i}" for i in range(8)] + [f"cor-{i}" for i in range(8)]:
            member = repo.membership(aid)
            assert member is not None
            story_of[aid] = repo.resolve(member.story_id)
        assert len({story_of[f"alm-{i}"] for i in range(8)}) == 1
        assert len({story_of[f"cor-{i}"] for i in range(8)}) == 1
        assert story_of["alm-0"] != story_of["cor-0"]
        assert report.moved == 8
        moves = store.conn.execute("SELECT COUNT(*) FROM story_moves").fetchone()[0]
        assert moves == 8
