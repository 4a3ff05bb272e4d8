"""What an ingest without analysis keeps per article: tracemalloc snapshots at two sizes, diffed.

bench/ingest_memory.py measures the resident set; this names what grows. One
process ingests `--sizes A B` articles into a new SQLite store (the same
distinct Timeline17-based texts, no stages, no stories), takes a tracemalloc
snapshot after A and after B articles (read by the ingest, so the last few may
still be in flight), and prints the allocations that grew between them, grouped
by traceback (`--frames` deep), largest first, in bytes per article.

    .venv/bin/python bench/ingest_growth.py [--sizes 2000 6000] [--frames 6] [--top 12]

Prints figures; never asserts.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from ingest_memory import _POOL, _articles
from web_latency import T17, pool_records

from storyline.engine import Storyline
from storyline.model import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[2000, 6000])
    parser.add_argument("--frames", type=int, default=6)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    if not T17.is_dir():
        raise SystemExit(f"{T17} not found: the articles come from ../shared/data/timeline17")
    first, last = args.sizes
    pool = pool_records(_POOL)
    snaps: list[tracemalloc.Snapshot] = []
    counted = [0]

    def articles() -> Iterator[Article]:
        made = [0]
        for i, article in enumerate(_articles(pool, last, made)):
            if i == first:
                gc.collect()
                snaps.append(tracemalloc.take_snapshot())
            yield article
        counted[0] = made[0] - first
        gc.collect()
        snaps.append(tracemalloc.take_snapshot())

    with tempfile.TemporaryDirectory(prefix="storyline-growth-") as tmp:
        tracemalloc.start(args.frames)
        start = time.perf_counter()
        with Storyline(Path(tmp) / "growth.db", stages=(), stories=False) as engine:
            report = engine.ingest_articles(articles())
        seconds = time.perf_counter() - start
        tracemalloc.stop()
    n = counted[0]
    diff = snaps[1].compare_to(snaps[0], "traceback")
    total = sum(d.size_diff for d in diff)
    print(
        f"{report.new} stored, {report.duplicates} duplicates, {seconds:.0f} s (traced); "
        f"grew {total / n:,.0f} B/article between article {first} and {first + n}"
    )
    for d in diff[: args.top]:
        print(f"\n{d.size_diff / n:8,.0f} B/article  {d.count_diff / n:6.2f} blocks/article")
        for line in d.traceback.format()[-2 * args.frames :]:
            if line.startswith("  File"):
                print("   ", line.strip())


if __name__ == "__main__":
    main()
