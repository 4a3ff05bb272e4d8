"""What re-indexing a story costs as its span grows: `UsearchCentroidIndex.upsert`.

Each article joining a story re-indexes it (removed, added again with its new
centroid). An in-memory index is filled with --stories short stories (1-3 buckets)
spread over 20 years, random unit vectors; then, for each span, one more story of that
many 30-day buckets, ending in the newest bucket, is upserted --repeat times, and a
dated search (window 30 days) inside its span is timed as often. With --before SRC
(another checkout's src/, e.g. main's), its index.py runs the same work in the same
process, first, on the same vectors.

    .venv/bin/python bench/story_index_span.py [--stories 20000] [--repeat 30]
        [--before /tmp/main/src]

Prints figures; never asserts timings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from storyline.corpus.stories import index as this_index

SPANS = (1, 12, 24, 25, 60, 230, 657)
DIM = 384


def _module(src: Path) -> Any:
    spec = importlib.util.spec_from_file_location(
        "before_index", src / "storyline/corpus/stories/index.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _day(bucket: int) -> str:
    return dt.date.fromordinal(bucket * 30 + 10).isoformat()


def run(label: str, module: Any, vectors: np.ndarray, firsts: list[int], repeat: int) -> None:
    index = module.UsearchCentroidIndex(DIM)
    newest = max(firsts) + 2
    start = time.perf_counter()
    for key, (vector, first) in enumerate(zip(vectors[:-1], firsts, strict=True)):
        index.upsert(key, vector, _day(first), _day(first + key % 3))
    print(f"  {label}: {len(firsts)} short stories indexed in {time.perf_counter() - start:.1f} s")
    probe = vectors[-1]
    for span in SPANS:
        first = newest - span + 1
        upserts, searches = [], []
        for n in range(repeat):
            t0 = time.perf_counter()
            index.upsert(10**7, probe, _day(first), _day(newest))
            upserts.append((time.perf_counter() - t0) * 1000)
            inside = dt.date.fromisoformat(_day(first + (n * 7919) % span))
            t0 = time.perf_counter()
            index.search(probe, 10, inside, 30)
            searches.append((time.perf_counter() - t0) * 1000)
        print(
            f"  {label}: span {span:3} buckets: upsert p50 {statistics.median(upserts):6.2f} ms"
            f"  max {max(upserts):6.2f} ms;  dated search p50 {statistics.median(searches):5.2f}"
            f" ms  max {max(searches):5.2f} ms"
        )
        index.remove(10**7)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--before", type=Path, help="Another checkout's src/ to compare.")
    args = parser.parse_args()
    rng = np.random.default_rng(26)
    vectors = rng.standard_normal((args.stories + 1, DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    base = this_index.bucket_of("2005-01-01")
    firsts = [base + int(b) for b in rng.integers(0, 240, args.stories)]
    if args.before:
        run(f"before ({args.before})", _module(args.before), vectors, firsts, args.repeat)
    run("this", this_index, vectors, firsts, args.repeat)


if __name__ == "__main__":
    main()
