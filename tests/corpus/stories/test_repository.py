"""The StoryRepository contract, run against the in-memory and the SQLite repository."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storyline.corpus.stories import Membership, MergeRecord, StoryRepository, StoryState
from storyline.store.sql_stories import SqlStoryRepository
from storyline.store.sqlite import SQLiteStore


def _story(repo: StoryRepository, sid: str) -> StoryState:
    story = StoryState(
        id=sid,
        key=repo.next_key(),
        vector_sum=np.arange(384, dtype=np.float32),
        count=2,
        start="2024-01-01",
        end="2024-01-05",
        terms={"flood": 2.5},
        entities={"e:river": 1},
        names={"almsbury": 2.0},
        outlets={"X": 2},
        title="Floods",
        central_id="a",
        central_score=0.9,
    )
    repo.add_story(story)
    return story


def test_story_round_trip(repository: StoryRepository) -> None:
    story = _story(repository, "s-1")
    got = repository.get_story("s-1")
    assert got is not None
    assert np.array_equal(got.vector_sum, story.vector_sum)
    assert (got.terms, got.entities, got.outlets) == (story.terms, story.entities, story.outlets)
    assert got.names == {"almsbury": 2.0}
    assert (got.start, got.end, got.title, got.central_id) == (
        "2024-01-01",
        "2024-01-05",
        "Floods",
        "a",
    )
    assert repository.get_story_by_key(story.key) is not None
    got.count = 3
    repository.update_story(got)
    assert repository.get_story("s-1").count == 3  # type: ignore[union-attr]
    assert repository.get_story("s-missing") is None


def test_stories_by_keys_in_one_read(repository: StoryRepository) -> None:
    first, second = _story(repository, "s-1"), _story(repository, "s-2")
    second.merged_into = "s-1"
    repository.update_story(second)
    missing = second.key + 100
    found = repository.get_stories_by_keys([second.key, missing, first.key, second.key])
    assert sorted(found) == sorted([first.key, second.key])
    assert found[first.key].id == "s-1" and found[first.key].terms == {"flood": 2.5}
    assert found[second.key].merged_into == "s-1"  # merged stories too, as get_story_by_key
    assert np.array_equal(found[first.key].vector_sum, first.vector_sum)
    assert repository.get_stories_by_keys([]) == {}


def test_members_hashes_and_counters(repository: StoryRepository) -> None:
    _story(repository, "s-1")
    m = Membership(
        "a", "s-1", repository.next_seq(), 0.7, "2024-01-01", "T", "X", "h1", ("undated",)
    )
    repository.add_member(m)
    assert repository.membership("a") == m
    assert repository.membership("zzz") is None
    assert repository.article_with_hash("h1") == "a"
    assert repository.article_with_hash("h2") is None
    assert repository.next_seq() > m.seq
    assert repository.next_key() != repository.next_key()


def test_merges_resolve_transitively(repository: StoryRepository) -> None:
    for sid in ("s-1", "s-2", "s-3"):
        _story(repository, sid)
    repository.add_member(Membership("a", "s-1", repository.next_seq(), None))
    repository.add_member(Membership("b", "s-2", repository.next_seq(), None))
    repository.add_member(Membership("c", "s-3", repository.next_seq(), None))
    repository.record_merge(MergeRecord("s-1", "s-2", 0.8, repository.next_seq()))
    repository.record_merge(MergeRecord("s-2", "s-3", 0.8, repository.next_seq()))
    assert repository.resolve("s-1") == "s-3"
    assert repository.resolve("unknown") == "unknown"
    assert [m.article_id for m in repository.members("s-3")] == ["a", "b", "c"]
    assert repository.count_active() == 1 == repository.count_indexed()
    assert [s.id for s in repository.active_stories()] == ["s-3"]
    assert [(m.source, m.target) for m in repository.merges()] == [("s-1", "s-2"), ("s-2", "s-3")]


def test_document_frequencies(repository: StoryRepository) -> None:
    repository.add_document_terms(["flood", "river", "flood"])
    repository.add_document_terms(["flood"])
    assert repository.doc_count() == 2
    assert repository.document_frequencies(["flood", "river", "none"]) == {
        "flood": 2,
        "river": 1,
        "none": 0,
    }


def test_atomic_blocks_nest(repository: StoryRepository) -> None:
    with repository.atomic(), repository.atomic():
        _story(repository, "s-1")
    assert repository.get_story("s-1") is not None


def test_sqlite_atomic_block_rolls_back_on_error(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        repo = SqlStoryRepository(store)
        with pytest.raises(RuntimeError), repo.atomic():
            _story(repo, "s-1")
            raise RuntimeError("boom")
        assert repo.get_story("s-1") is None
        _story(repo, "s-2")
    with SQLiteStore(tmp_path / "s.db") as store:
        assert SqlStoryRepository(store).get_story("s-2") is not None


def test_iter_centroids_yields_unit_vectors_of_active_stories(repository: StoryRepository) -> None:
    story = _story(repository, "s-1")
    _story(repository, "s-2")
    repository.record_merge(MergeRecord("s-2", "s-1", 0.9, repository.next_seq()))
    rows = list(repository.iter_centroids())
    assert [(k, s, e) for k, s, e, _ in rows] == [(story.key, "2024-01-01", "2024-01-05")]
    assert np.allclose(rows[0][3], story.centroid)
    assert abs(float(np.linalg.norm(rows[0][3])) - 1.0) < 1e-5


def test_sqlite_story_maps_are_stored_as_compact_json(tmp_path: Path) -> None:
    """Issue 19: no blank after `,` or `:` in the term, name, entity and outlet maps; they
    read back as written (a map stored with blanks, as before, reads the same)."""
    with SQLiteStore(tmp_path / "s.db") as store:
        repo = SqlStoryRepository(store)
        story = _story(repo, "s-1")
        story.terms = {"flood": 2.5, "river bank": 0.125}
        repo.update_story(story)
        terms, entities, names, outlets = store.conn.execute(
            "SELECT terms, entities, names, outlets FROM stories WHERE id = 's-1'"
        ).fetchone()
        assert terms == '{"flood":2.5,"river bank":0.125}'
        assert (entities, names, outlets) == ('{"e:river":1}', '{"almsbury":2.0}', '{"X":2}')
        store.conn.execute("UPDATE stories SET terms = '{\"flood\": 2.5}' WHERE id = 's-1'")
        got = repo.get_story("s-1")
    assert got is not None and got.terms == {"flood": 2.5}
    assert (got.entities, got.names) == ({"e:river": 1}, {"almsbury": 2.0})


def test_a_merged_story_keeps_its_id_but_not_its_maps(repository: StoryRepository) -> None:
    """Issue 19: the merge added the source's term, entity, outlet and name maps into the
    target, so the source keeps none (every reader resolves it to the target first); its
    id still resolves and its title, count and dates stay."""
    _story(repository, "s-1")
    target = _story(repository, "s-2")
    repository.record_merge(MergeRecord("s-1", "s-2", 0.8, repository.next_seq()))
    merged = repository.get_story("s-1")
    assert merged is not None and merged.merged_into == "s-2"
    assert (merged.terms, merged.entities, merged.outlets, merged.names) == ({}, {}, {}, {})
    assert (merged.title, merged.count, merged.start, merged.end) == (
        "Floods",
        2,
        "2024-01-01",
        "2024-01-05",
    )
    kept = repository.get_story("s-2")
    assert kept is not None and kept.merged_into is None
    assert (kept.terms, kept.entities, kept.outlets, kept.names) == (
        target.terms,
        target.entities,
        target.outlets,
        target.names,
    )
    assert repository.resolve("s-1") == "s-2"


def test_a_story_without_a_vector_is_active_but_not_indexed(repository: StoryRepository) -> None:
    _story(repository, "s-1")
    empty = _story(repository, "s-2")
    empty.vector_sum = np.zeros(384, dtype=np.float32)
    repository.update_story(empty)
    assert repository.count_active() == 2
    assert repository.count_indexed() == 1 == len(list(repository.iter_centroids()))
