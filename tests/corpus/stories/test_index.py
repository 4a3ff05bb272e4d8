"""The centroid index file: trusted when consistent, rebuilt with a message otherwise."""

from __future__ import annotations

from pathlib import Path

from storyline.analyze.embed import HashingEmbedder
from storyline.corpus.stories import StoryAssigner, UsearchCentroidIndex
from storyline.model import Article
from storyline.store.sql_stories import SqlStoryRepository, index_path
from storyline.store.sqlite import SQLiteStore

TEXTS = [
    "Wildfire spreads across the hills above the coastal town, thousands evacuated overnight.",
    "Central bank raises interest rates again as inflation stays stubbornly high this spring.",
    "The national football team wins the championship final after a dramatic penalty shootout.",
]


def _fill(db: Path) -> list[str]:
    with SQLiteStore(db) as store:
        repo = SqlStoryRepository(store)
        index = UsearchCentroidIndex(384, index_path(db))
        index.load_or_rebuild(repo, lambda m: None)
        assigner = StoryAssigner(repo, HashingEmbedder(384), index=index, dim=384)
        ids = [assigner.assign(Article(id=str(i), text=t)).story_id for i, t in enumerate(TEXTS)]
        index.save()
    return ids


def _reopen(db: Path) -> tuple[UsearchCentroidIndex, list[str]]:
    messages: list[str] = []
    with SQLiteStore(db) as store:
        index = UsearchCentroidIndex(384, index_path(db))
        index.load_or_rebuild(SqlStoryRepository(store), messages.append)
    return index, messages


def test_index_file_sits_next_to_the_database(db_path: Path) -> None:
    _fill(db_path)
    assert index_path(db_path) == db_path.with_name("test.db.stories.usearch")
    assert index_path(db_path).exists()
    index, messages = _reopen(db_path)
    assert messages == [] and len(index) == 3


def test_missing_index_is_rebuilt_with_a_message(db_path: Path) -> None:
    _fill(db_path)
    index_path(db_path).unlink()
    index, messages = _reopen(db_path)
    assert len(messages) == 1 and "missing" in messages[0] and "rebuilding" in messages[0]
    assert len(index) == 3 and index_path(db_path).exists()


def test_corrupt_index_is_rebuilt_and_nothing_is_lost(db_path: Path) -> None:
    ids = _fill(db_path)
    index_path(db_path).write_bytes(b"\x00garbage" * 10)
    index, messages = _reopen(db_path)
    assert len(messages) == 1 and "rebuilding" in messages[0]
    assert len(index) == 3
    hits = {key for key, _ in index.search(HashingEmbedder(384).embed([TEXTS[1]])[0], 3)}
    with SQLiteStore(db_path) as store:
        repo = SqlStoryRepository(store)
        keys = {repo.get_story(s).key for s in ids}  # type: ignore[union-attr]
    assert hits == keys


def test_stale_index_is_rebuilt(db_path: Path) -> None:
    _fill(db_path)
    stale = UsearchCentroidIndex(384, index_path(db_path))
    stale.save()  # an empty index for a store with three stories
    index, messages = _reopen(db_path)
    assert "holds 0 stories" in messages[0]
    assert len(index) == 3
