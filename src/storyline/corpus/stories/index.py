"""Nearest-story search over centroids, so assigning an article never scans every story.

`UsearchCentroidIndex` keeps one HNSW index (usearch, cosine) per time bucket of
`BUCKET_DAYS` days, a story sitting in every bucket its time span touches (so an
article arriving late, dated inside a long story, still finds it); undated
stories have a bucket of their own. A dated article searches only the buckets
within the assignment window around its date (plus the undated one), so the cost
grows with the log of the stories in those buckets, not with the corpus. An
undated article (or story) searches the undated bucket and the newest
`UNDATED_REACH_BUCKETS` + 1 dated buckets of the index (about 13 months up to its
newest story): an article without a date is most likely current news, and
searching every bucket made its cost grow with the whole history (a store
spanning 54 years: ~660 buckets, p95 108 ms an assignment). Without
buckets, a big archive of similar old stories would crowd the active ones out of
the top results.

The index is a cache of what the repository holds: when its file is missing,
unreadable or out of step with the repository it is rebuilt from the stored
centroids, and the caller is told why. File format: magic, a JSON table of
contents, then each bucket's usearch buffer.
"""

from __future__ import annotations

import datetime as dt
import json
import struct
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from storyline.corpus.stories.records import Vector
from storyline.corpus.stories.repository import StoryRepository

__all__ = [
    "BUCKET_DAYS",
    "UNDATED_REACH_BUCKETS",
    "CentroidIndex",
    "StoryIndex",
    "UsearchCentroidIndex",
    "bucket_of",
    "buckets_near",
    "buckets_of",
    "undated_reach",
]

BUCKET_DAYS = 30
UNDATED = -1
UNDATED_REACH_BUCKETS = 12
"""How many dated buckets before the newest one an undated search also reads."""
_MAGIC = b"STORYIDX1"


def bucket_of(day: str | dt.date | None) -> int:
    """The time bucket of a date (UNDATED for None)."""
    if day is None:
        return UNDATED
    date = day if isinstance(day, dt.date) else dt.date.fromisoformat(day[:10])
    return date.toordinal() // BUCKET_DAYS


def buckets_of(start: str | None, end: str | None) -> list[int]:
    """Every bucket a story spanning [start, end] sits in."""
    if start is None or end is None:
        return [UNDATED]
    return list(range(bucket_of(start), bucket_of(end) + 1))


@runtime_checkable
class CentroidIndex(Protocol):
    def upsert(self, key: int, centroid: Vector, start: str | None, end: str | None) -> None: ...

    def remove(self, key: int) -> None: ...

    def search(
        self, vector: Vector, count: int, date: dt.date | None, window_days: int
    ) -> list[tuple[int, float]]:
        """(story key, cosine similarity), most similar first, near `date` when given;
        undated: among the undated stories and the newest ones (`undated_reach`)."""
        ...

    def __len__(self) -> int: ...


@runtime_checkable
class StoryIndex(CentroidIndex, Protocol):
    """A story index a store hands out (`Store.story_index`): a `CentroidIndex` that is a
    cache of the repository's centroids, checked and rebuilt from them when needed."""

    def load_or_rebuild(self, repository: StoryRepository, warn: Callable[[str], None]) -> None:
        """Make the index agree with the repository; `warn` says why it was rebuilt."""
        ...

    def rebuild(self, repository: StoryRepository) -> int:
        """Index every active story of the repository afresh; returns how many."""
        ...

    def save(self) -> None:
        """Persist what changed (a no-op where every change is already stored)."""
        ...


def buckets_near(date: dt.date | None, window_days: int) -> tuple[int, int] | None:
    """The first and last dated bucket a search around `date` reads (None: an undated
    search, see `undated_reach`); the undated bucket is always read as well."""
    if date is None:
        return None
    low = bucket_of(date - dt.timedelta(days=window_days))
    return low, bucket_of(date + dt.timedelta(days=window_days))


def undated_reach(newest: int | None) -> tuple[int, int] | None:
    """The first and last dated bucket an undated search reads, given the newest
    bucket holding a dated story (None: there is none, and there is nothing dated to
    read). Both backends' indexes apply it, so they answer alike."""
    if newest is None:
        return None
    return newest - UNDATED_REACH_BUCKETS, newest


class UsearchCentroidIndex:
    """usearch HNSW indexes over story centroids, bucketed by time, persisted to `path`."""

    def __init__(self, dim: int, path: Path | None = None) -> None:
        self.dim = dim
        self.path = path
        self._buckets: dict[int, Any] = {}
        self._where: dict[int, set[int]] = {}

    def _new(self) -> Any:
        from usearch.index import Index

        return Index(
            ndim=self.dim,
            metric="cos",
            dtype="f32",
            connectivity=16,
            expansion_add=128,
            expansion_search=128,
        )

    def upsert(self, key: int, centroid: Vector, start: str | None, end: str | None) -> None:
        self.remove(key)
        vector = np.ascontiguousarray(centroid, dtype=np.float32)
        wanted = buckets_of(start, end)
        for bucket in wanted:
            index = self._buckets.get(bucket)
            if index is None:
                index = self._buckets[bucket] = self._new()
            index.add(key, vector)
        self._where[key] = set(wanted)

    def remove(self, key: int) -> None:
        for bucket in self._where.pop(key, set()):
            self._buckets[bucket].remove(key)

    def _buckets_near(self, date: dt.date | None, window_days: int) -> Iterable[Any]:
        near = buckets_near(date, window_days)
        if near is None:
            dated = (b for b, index in self._buckets.items() if b != UNDATED and len(index))
            near = undated_reach(max(dated, default=None))
        if near is None:
            return list(self._buckets.values())
        wanted = [*range(near[0], near[1] + 1), UNDATED]
        return [self._buckets[b] for b in wanted if b in self._buckets]

    def search(
        self, vector: Vector, count: int, date: dt.date | None = None, window_days: int = 0
    ) -> list[tuple[int, float]]:
        query = np.ascontiguousarray(vector, dtype=np.float32)
        best: dict[int, float] = {}
        for index in self._buckets_near(date, window_days):
            if len(index) == 0:
                continue
            matches = index.search(query, count)
            for k, d in zip(matches.keys, matches.distances, strict=True):
                best[int(k)] = max(best.get(int(k), -1.0), 1.0 - float(d))
        return sorted(best.items(), key=lambda kd: -kd[1])[:count]

    def __len__(self) -> int:
        return len(self._where)

    # persistence ------------------------------------------------------------
    def save(self) -> None:
        if self.path is None:
            return
        blobs = [(b, bytes(index.save())) for b, index in sorted(self._buckets.items())]
        toc = json.dumps({"dim": self.dim, "buckets": [[b, len(data)] for b, data in blobs]})
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("wb") as fh:
            fh.write(_MAGIC + struct.pack("<I", len(toc)) + toc.encode())
            for _, data in blobs:
                fh.write(data)
        tmp.replace(self.path)

    def _load(self) -> None:
        """Read the file; raises ValueError saying what is wrong with it."""
        assert self.path is not None
        from usearch.index import Index

        raw = self.path.read_bytes()
        if not raw.startswith(_MAGIC) or len(raw) < len(_MAGIC) + 4:
            raise ValueError("is not a storyline story index")
        (size,) = struct.unpack_from("<I", raw, len(_MAGIC))
        start = len(_MAGIC) + 4
        toc = json.loads(raw[start : start + size].decode())
        if toc.get("dim") != self.dim:
            raise ValueError(f"was built for {toc.get('dim')}-d vectors, not {self.dim}")
        offset = start + size
        buckets: dict[int, Any] = {}
        where: dict[int, set[int]] = {}
        for bucket, length in toc["buckets"]:
            chunk = raw[offset : offset + length]
            if len(chunk) != length:
                raise ValueError("is truncated")
            index = Index.restore(bytearray(chunk))
            if index is None:
                raise ValueError("is unreadable")
            offset += length
            buckets[int(bucket)] = index
            for key in index.keys:
                where.setdefault(int(key), set()).add(int(bucket))
        self._buckets, self._where = buckets, where

    def load_or_rebuild(self, repository: StoryRepository, warn: Callable[[str], None]) -> None:
        """Open the persisted index; rebuild it from the repository if it cannot be trusted."""
        expected = repository.count_active()
        if self.path is None or (not self.path.exists() and expected == 0):
            if expected:
                self.rebuild(repository)
            return
        problem: str | None = None
        if not self.path.exists():
            problem = "is missing"
        else:
            try:
                self._load()
            except (ValueError, RuntimeError, KeyError, TypeError, struct.error) as exc:
                problem = str(exc) if str(exc).startswith(("is ", "was ")) else "is unreadable"
            else:
                if len(self) != expected:
                    problem = f"holds {len(self)} stories but the store has {expected}"
        if problem is not None:
            warn(f"story index {self.path} {problem}: rebuilding it from the store")
            self.rebuild(repository)

    def _add_many(self, bucket: int, batch: tuple[list[int], list[Vector]]) -> None:
        keys, vectors = batch
        index = self._buckets.get(bucket)
        if index is None:
            index = self._buckets[bucket] = self._new()
        index.add(np.array(keys, dtype=np.uint64), np.stack(vectors).astype(np.float32))
        for key in keys:
            self._where.setdefault(key, set()).add(bucket)

    def rebuild(self, repository: StoryRepository) -> int:
        self._buckets, self._where = {}, {}
        pending: dict[int, tuple[list[int], list[Vector]]] = {}
        for key, start, end, centroid in repository.iter_centroids():
            for bucket in buckets_of(start, end):
                keys, vectors = pending.setdefault(bucket, ([], []))
                keys.append(key)
                vectors.append(centroid)
                if len(keys) >= 4096:
                    self._add_many(bucket, pending.pop(bucket))
        for bucket, batch in pending.items():
            self._add_many(bucket, batch)
        self.save()
        return len(self._where)
