"""Nearest-story search over centroids, so assigning an article never scans every story.

`UsearchCentroidIndex` keeps one HNSW index (usearch, cosine) per node of time
(buckets.py): a story spanning up to `LONG_SPAN_BUCKETS` 30-day buckets (about two
years) sits in every bucket its span touches, a longer one in the few coarser nodes
tiling its span, and undated stories in a bucket of their own; so an article arriving
late, dated inside a long story, still finds it. A dated article searches only the
nodes over the assignment window around its date (plus the undated bucket), so the
cost grows with the log of the stories in those nodes, not with the corpus. An
undated article (or story) searches the undated bucket and the newest
`UNDATED_REACH_BUCKETS` + 1 dated buckets of the index (about 13 months up to its
newest story, never past today: `undated_reach`): an article without a date is most
likely current news, and searching every bucket made its cost grow with the whole
history (a store spanning 54 years: ~660 buckets, p95 108 ms an assignment). Without
buckets, a big archive of similar old stories would crowd the active ones out of the
top results.

What a story costs: every article joining it re-indexes it (`upsert`: removed from
its nodes, added again with its new centroid). A short story costs one add per
bucket of its span (at most 24); a long one at most 2 * log2(span) adds (at most 12
for a story of 20 years), where it used to cost one per bucket (a story spanning
decades: ~230 adds, 33 ms an upsert on a 1M-article store). A dated search reads,
besides the window's few buckets, at most two nodes of each level that holds a long
story (levels exist only once a long story needs them).

The index is a cache of what the repository holds: when its file is missing,
unreadable or out of step with the repository it is rebuilt from the stored
centroids, and the caller is told why. File format (`STORYIDX2`): magic, a JSON
table of contents (dim, the long-span limit, each node with its byte length), then
each node's usearch buffer. A file of the first format (`STORYIDX1`, one index per
bucket, long stories in every bucket) is read and its long stories moved to their
nodes, so a store needs no rebuild after the upgrade.
"""

from __future__ import annotations

import datetime as dt
import json
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from storyline.corpus.stories.buckets import (
    BUCKET_DAYS,
    LONG_SPAN_BUCKETS,
    UNDATED,
    UNDATED_REACH_BUCKETS,
    Node,
    bucket_of,
    buckets_near,
    buckets_of,
    node_span,
    nodes_of,
    nodes_over,
    undated_reach,
)
from storyline.corpus.stories.records import Vector
from storyline.corpus.stories.repository import StoryRepository
from storyline.corpus.stories.usearch_loader import usearch_index_class

__all__ = [
    "BUCKET_DAYS",
    "LONG_SPAN_BUCKETS",
    "UNDATED_REACH_BUCKETS",
    "CentroidIndex",
    "StoryIndex",
    "UsearchCentroidIndex",
    "bucket_of",
    "buckets_near",
    "buckets_of",
    "nodes_of",
    "undated_reach",
]

_MAGIC = b"STORYIDX2"
_MAGIC_V1 = b"STORYIDX1"  # one index per bucket, every story in each bucket of its span
_BATCH = 4096


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


class UsearchCentroidIndex:
    """usearch HNSW indexes over story centroids, one per node of time, persisted to `path`."""

    def __init__(self, dim: int, path: Path | None = None) -> None:
        self.dim = dim
        self.path = path
        self._nodes: dict[Node, Any] = {}
        self._where: dict[int, list[Node]] = {}
        self._levels: set[int] = {0}  # the levels holding a node: what a search reads

    def _new(self) -> Any:
        index_class = usearch_index_class()
        return index_class(
            ndim=self.dim,
            metric="cos",
            dtype="f32",
            connectivity=16,
            expansion_add=128,
            expansion_search=128,
        )

    def _node(self, node: Node) -> Any:
        index = self._nodes.get(node)
        if index is None:
            index = self._nodes[node] = self._new()
            self._levels.add(node[0])
        return index

    def upsert(self, key: int, centroid: Vector, start: str | None, end: str | None) -> None:
        self.remove(key)
        vector = np.ascontiguousarray(centroid, dtype=np.float32)
        wanted = nodes_of(start, end)
        for node in wanted:
            self._node(node).add(key, vector)
        self._where[key] = wanted

    def remove(self, key: int) -> None:
        for node in self._where.pop(key, []):
            self._nodes[node].remove(key)

    def _newest_bucket(self) -> int | None:
        """The last bucket a dated story's span touches (the nodes tile the spans)."""
        dated = (
            node_span(node)[1]
            for node, index in self._nodes.items()
            if node != (0, UNDATED) and len(index)
        )
        return max(dated, default=None)

    def _nodes_near(self, date: dt.date | None, window_days: int) -> list[Any]:
        near = buckets_near(date, window_days)
        if near is None:
            near = undated_reach(self._newest_bucket())
        # buckets oldest first, then the undated one: the order of the index before it had
        # nodes, in which stories exactly as near are returned
        wanted = [] if near is None else nodes_over(near[0], near[1], sorted(self._levels))
        wanted.append((0, UNDATED))
        return [self._nodes[n] for n in wanted if n in self._nodes]

    def search(
        self, vector: Vector, count: int, date: dt.date | None = None, window_days: int = 0
    ) -> list[tuple[int, float]]:
        query = np.ascontiguousarray(vector, dtype=np.float32)
        best: dict[int, float] = {}
        for index in self._nodes_near(date, window_days):
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
        blobs = [(node, bytes(index.save())) for node, index in sorted(self._nodes.items())]
        toc = json.dumps(
            {
                "dim": self.dim,
                "long_span": LONG_SPAN_BUCKETS,
                "nodes": [[level, number, len(data)] for (level, number), data in blobs],
            }
        )
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("wb") as fh:
            fh.write(_MAGIC + struct.pack("<I", len(toc)) + toc.encode())
            for _, data in blobs:
                fh.write(data)
        tmp.replace(self.path)

    def _load(self) -> None:
        """Read the file (either format); raises ValueError saying what is wrong with it."""
        assert self.path is not None
        index_class = usearch_index_class()

        raw = self.path.read_bytes()
        magic = raw[: len(_MAGIC)]
        if magic not in (_MAGIC, _MAGIC_V1) or len(raw) < len(_MAGIC) + 4:
            raise ValueError("is not a storyline story index")
        (size,) = struct.unpack_from("<I", raw, len(_MAGIC))
        start = len(_MAGIC) + 4
        toc = json.loads(raw[start : start + size].decode())
        if toc.get("dim") != self.dim:
            raise ValueError(f"was built for {toc.get('dim')}-d vectors, not {self.dim}")
        if magic == _MAGIC_V1:
            listed = [(0, int(bucket), int(length)) for bucket, length in toc["buckets"]]
        elif toc.get("long_span") != LONG_SPAN_BUCKETS:
            raise ValueError(f"was built with long stories from {toc.get('long_span')} buckets")
        else:
            listed = [(int(lv), int(number), int(length)) for lv, number, length in toc["nodes"]]
        offset = start + size
        nodes: dict[Node, Any] = {}
        where: dict[int, list[Node]] = {}
        for level, number, length in listed:
            chunk = raw[offset : offset + length]
            if len(chunk) != length:
                raise ValueError("is truncated")
            index = index_class.restore(bytearray(chunk))
            if index is None:
                raise ValueError("is unreadable")
            offset += length
            nodes[level, number] = index
            for key in index.keys:
                where.setdefault(int(key), []).append((level, number))
        self._nodes, self._where = nodes, where
        self._levels = {0, *(level for level, _ in nodes)}
        if magic == _MAGIC_V1:
            self._move_long_stories()

    def _move_long_stories(self) -> None:
        """After reading a first-format file: a story in more than `LONG_SPAN_BUCKETS`
        buckets goes to the nodes tiling its span (its vector read back from the index;
        its span is its buckets, which were contiguous). Shorter stories stay as read."""
        for key, held in list(self._where.items()):
            if len(held) <= LONG_SPAN_BUCKETS:
                continue
            vector = np.asarray(self._nodes[held[0]].get(key), dtype=np.float32)
            buckets = sorted(number for _, number in held)
            first, last = (dt.date.fromordinal(b * BUCKET_DAYS) for b in (buckets[0], buckets[-1]))
            self.upsert(key, vector, first.isoformat(), last.isoformat())

    def load_or_rebuild(self, repository: StoryRepository, warn: Callable[[str], None]) -> None:
        """Open the persisted index; rebuild it from the repository if it cannot be trusted."""
        expected = repository.count_indexed()
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

    def _add_many(self, node: Node, batch: tuple[list[int], list[Vector]]) -> None:
        keys, vectors = batch
        self._node(node).add(np.array(keys, dtype=np.uint64), np.stack(vectors).astype(np.float32))
        for key in keys:
            self._where.setdefault(key, []).append(node)

    def rebuild(self, repository: StoryRepository) -> int:
        self._nodes, self._where, self._levels = {}, {}, {0}
        pending: dict[Node, tuple[list[int], list[Vector]]] = {}
        for key, start, end, centroid in repository.iter_centroids():
            for node in nodes_of(start, end):
                keys, vectors = pending.setdefault(node, ([], []))
                keys.append(key)
                vectors.append(centroid)
                if len(keys) >= _BATCH:
                    self._add_many(node, pending.pop(node))
        for node, batch in pending.items():
            self._add_many(node, batch)
        self.save()
        return len(self._where)
