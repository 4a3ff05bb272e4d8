"""bench/web_latency.copied_sum: the copies of a pool story get centroids of their own,
the same at every build, near the original's."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from storyline.corpus.stories import StoryState

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from web_latency import COPY_TURN, copied_sum


def _story(sid: str) -> StoryState:
    vector = np.linspace(-1.0, 2.0, 384, dtype=np.float32) * 3.0  # a sum: not unit length
    return StoryState(id=sid, key=1, vector_sum=vector, count=3)


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_copy_zero_is_the_pool_story() -> None:
    story = _story("s-harbour")
    assert np.array_equal(copied_sum(story, 0), story.vector_sum)


def test_each_copy_is_turned_a_little_and_alike_every_time() -> None:
    story = _story("s-harbour")
    copies = [copied_sum(story, k) for k in range(1, 6)]
    assert all(c.dtype == np.float32 and c.shape == (384,) for c in copies)
    assert all(np.array_equal(c, copied_sum(story, k)) for k, c in enumerate(copies, 1))
    near = 1.0 / np.sqrt(1.0 + COPY_TURN**2)  # noise of COPY_TURN of the length, orthogonal
    for c in copies:
        assert abs(_cosine(c, story.vector_sum) - near) < 0.003
    # no two copies share a centroid, nor two stories with the same sum
    assert len({c.tobytes() for c in copies}) == len(copies)
    assert not np.array_equal(copied_sum(_story("s-quarry"), 1), copies[0])
