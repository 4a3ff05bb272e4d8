"""Splitting: a story holding two events of the same kind is cut where its words part."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from storyline.analyze.embed import HashingEmbedder
from storyline.corpus.stories import StoryConfig
from storyline.corpus.stories.recluster import recluster_stored
from storyline.corpus.stories.split import (
    split_members,
    split_partition,
    split_story_id,
    top_split,
)
from storyline.corpus.stories.stored import assign_stored
from storyline.model import Article
from storyline.store.sqlite import SQLiteStore
from storyline.store.sqlite_stories import SQLiteStoryRepository

SHARED = {"quake": 2.0, "magnitude": 1.5, "rescuers": 1.0, "collapsed": 1.0}


def _event(place: str, figure: str, n: int) -> list[dict[str, float]]:
    """n reports of one quake: the shared words of every quake, plus this one's specifics."""
    out = []
    for i in range(n):
        terms = dict(SHARED)
        terms.update({place: 2.0, figure: 1.0, f"{place}-detail-{i % 3}": 1.0})
        out.append(terms)
    return out


def test_top_split_finds_two_blocks() -> None:
    sims = np.full((8, 8), 0.1)
    sims[:4, :4] = sims[4:, 4:] = 0.8
    np.fill_diagonal(sims, 1.0)
    second = top_split(sims)
    assert set(second[:4]) == {bool(second[0])} and set(second[4:]) == {not second[0]}


def test_two_events_of_one_kind_are_split_one_event_is_not() -> None:
    two = _event("almsbury", "6.1", 6) + _event("corvena", "7.4", 7)
    parts = split_members(two)
    assert sorted(map(sorted, parts)) == [list(range(6)), list(range(6, 13))]
    assert parts[0] == list(range(6, 13))  # the largest part first
    assert split_members(_event("almsbury", "6.1", 12)) == [list(range(12))]


def test_parts_smaller_than_the_minimum_stay() -> None:
    few = _event("almsbury", "6.1", 9) + _event("corvena", "7.4", 3)
    assert len(split_members(few, StoryConfig())) == 1
    assert len(split_members(few, StoryConfig(split_min_part=3))) == 2


def test_split_partition_keeps_the_id_for_the_largest_part() -> None:
    terms = _event("almsbury", "6.1", 5) + _event("corvena", "7.4", 7)
    ids = [f"a{i}" for i in range(len(terms))] + ["short"]
    terms_of = dict(zip(ids, terms, strict=False))
    final = split_partition({"s-1": ids}, terms_of)
    assert {final[f"a{i}"] for i in range(5, 12)} == {"s-1"}
    assert {final[f"a{i}"] for i in range(5)} == {split_story_id("s-1", "a0")}
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
        for i in range(6):
            store.put_article(_quake(f"alm-{i}", "almsbury", "6.1", 1 + i))
        for i in range(6):
            store.put_article(_quake(f"cor-{i}", "corvena", "7.4", 2 + i))
        # an over-eager online setting puts both quakes in one story
        eager = StoryConfig(threshold=-1.0)
        assign_stored(store, embedder=embedder, config=eager)
        repo = SQLiteStoryRepository(store)
        assert (
            len({repo.resolve(m.story_id) for m in map(repo.membership, ["alm-0", "cor-0"]) if m})
            == 1
        )

        report = recluster_stored(store, embedder=embedder, config=eager)

        story_of = {}
        for aid in [f"alm-{i}" for i in range(6)] + [f"cor-{i}" for i in range(6)]:
            member = repo.membership(aid)
            assert member is not None
            story_of[aid] = repo.resolve(member.story_id)
        assert len({story_of[f"alm-{i}"] for i in range(6)}) == 1
        assert len({story_of[f"cor-{i}"] for i in range(6)}) == 1
        assert story_of["alm-0"] != story_of["cor-0"]
        assert report.moved == 6
        moves = store.conn.execute("SELECT COUNT(*) FROM story_moves").fetchone()[0]
        assert moves == 6
