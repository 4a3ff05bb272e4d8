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


def _write_first_format(path: Path, dim: int, stories: dict[int, tuple[object, str, str]]) -> None:
    """A story index file as the first format wrote it (magic STORYIDX1): one usearch
    index per 30-day bucket, each story in every bucket of its span."""
    import json
    import struct

    from usearch.index import Index

    from storyline.corpus.stories.buckets import buckets_of

    buckets: dict[int, Index] = {}
    for key, (vector, start, end) in stories.items():
        for bucket in buckets_of(start, end):
            if bucket not in buckets:
                buckets[bucket] = Index(ndim=dim, metric="cos", dtype="f32")
            buckets[bucket].add(key, vector)
    blobs = [(b, bytes(index.save())) for b, index in sorted(buckets.items())]
    toc = json.dumps({"dim": dim, "buckets": [[b, len(data)] for b, data in blobs]})
    path.write_bytes(
        b"STORYIDX1" + struct.pack("<I", len(toc)) + toc.encode() + b"".join(d for _, d in blobs)
    )


def test_a_first_format_file_is_read_and_its_long_stories_moved(tmp_path: Path) -> None:
    """An index file written before nodes existed is read as it is, without a rebuild:
    short stories stay in their buckets, a long one moves to the nodes tiling its span;
    saved again, it is in the current format and reads back without a message."""
    import datetime as dt

    import numpy as np

    from storyline.corpus.stories import InMemoryStoryRepository
    from storyline.corpus.stories.records import StoryState

    dim = 4
    short, long_ = np.eye(dim, dtype=np.float32)[:2]
    path = tmp_path / "old.stories.usearch"
    _write_first_format(
        path, dim, {1: (short, "2024-01-05", "2024-03-01"), 2: (long_, "2004-02-01", "2024-02-10")}
    )
    repo = InMemoryStoryRepository()
    for key, vector, start, end in (
        (1, short, "2024-01-05", "2024-03-01"),
        (2, long_, "2004-02-01", "2024-02-10"),
    ):
        repo.add_story(StoryState(id=f"s{key}", key=key, vector_sum=vector, start=start, end=end))
    messages: list[str] = []
    index = UsearchCentroidIndex(dim, path)
    index.load_or_rebuild(repo, messages.append)
    assert messages == [] and len(index) == 2
    assert len(index._where[1]) == 3  # its three buckets, as read
    assert len(index._where[2]) <= 16  # not its 245 buckets
    fresh = UsearchCentroidIndex(dim)
    fresh.rebuild(repo)
    assert sorted(index._where[2]) == sorted(fresh._where[2])
    for when in ("2004-02-03", "2014-06-01", "2024-02-01", "2024-02-20"):
        date = dt.date.fromisoformat(when)
        got = index.search(long_, 5, date, 30)
        assert [k for k, _ in got] == [k for k, _ in fresh.search(long_, 5, date, 30)]
        assert got[0][0] == 2 and got[0][1] > 0.999  # its vector came through intact
    index.save()
    assert path.read_bytes().startswith(b"STORYIDX2")
    again = UsearchCentroidIndex(dim, path)
    again.load_or_rebuild(repo, messages.append)
    assert messages == [] and sorted(again._where[2]) == sorted(index._where[2])


def test_an_index_laid_out_for_another_long_span_is_rebuilt(db_path: Path) -> None:
    import json
    import struct

    _fill(db_path)
    raw = index_path(db_path).read_bytes()
    (size,) = struct.unpack_from("<I", raw, 9)
    toc = json.loads(raw[13 : 13 + size])
    toc["long_span"] = 6
    text = json.dumps(toc).encode()
    index_path(db_path).write_bytes(
        raw[:9] + struct.pack("<I", len(text)) + text + raw[13 + size :]
    )
    index, messages = _reopen(db_path)
    assert len(messages) == 1 and "long stories from 6 buckets" in messages[0]
    assert len(index) == 3 and index_path(db_path).read_bytes().startswith(b"STORYIDX2")


def test_a_future_dated_story_does_not_move_the_undated_reach(db_path: Path) -> None:
    """An undated article searches the 13 months up to the newest dated story, capped at
    today: a story wrongly dated a year ahead (still a plausible date) no longer pulls
    the reach forward past the current story the undated article belongs to."""
    import datetime as dt

    from story_texts import FLOOD, MARKET

    today = dt.date.today()
    with SQLiteStore(db_path) as store:
        repo = SqlStoryRepository(store)
        index = UsearchCentroidIndex(384, index_path(db_path))
        index.load_or_rebuild(repo, lambda m: None)
        assigner = StoryAssigner(repo, HashingEmbedder(384), index=index, dim=384)
        ago = str(today - dt.timedelta(days=100))
        current = assigner.assign(Article(id="c", text=FLOOD.format(day="Monday"), published=ago))
        ahead = str(today + dt.timedelta(days=360))
        future = assigner.assign(Article(id="f", text=MARKET, published=ahead))
        assert future.created and "implausible_date" not in future.flags
        undated = assigner.assign(Article(id="u", text=FLOOD.format(day="Friday")))
        assert "undated" in undated.flags
        assert undated.story_id == current.story_id


def test_a_story_without_a_vector_does_not_rebuild_the_index_at_every_open(
    db_path: Path,
) -> None:
    """A story of pages that are not news only has no centroid, so the index never holds
    it: the index is checked against the stories with a vector, and opens quietly."""
    _fill(db_path)
    with SQLiteStore(db_path) as store:
        store.conn.execute(
            "UPDATE stories SET vector_sum = zeroblob(length(vector_sum)) "
            "WHERE key = (SELECT MIN(key) FROM stories)"
        )
        store.conn.commit()
    index, messages = _reopen(db_path)  # the index still holds the story: rebuilt once
    assert len(messages) == 1 and len(index) == 2
    index, messages = _reopen(db_path)
    assert messages == [] and len(index) == 2
