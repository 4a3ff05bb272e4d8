"""Story reads before/after a store change: one checkout's code on one store, in turns.

Issue 19 made quote, claim and timex rows keep '' as text when it is the article's
slice (0601_span_texts), read back first with substr per row in SQL, now by
`with_span_texts` (each body fetched once, sliced in Python). This prints what that
costs where a reader waits: per story of the store, the page reads that now take the slice
(`story_claims`, `story_quotes`, `story_timeline_articles`) and the views built on
them (`query.story_claims`, the ledger of a story; `build_story_timeline`). Each
`--run NAME=SRC:DB` is a checkout's `src` directory and a store (for "before", a copy
of the store as that checkout wrote it; for "after", a copy migrated by this one); the
runs take turns, `--rounds` times, each in a fresh process, so the machine's load
falls on both alike. Median milliseconds per story over all rounds.

    flock /tmp/storyline-heavy.lock .venv/bin/python bench/span_reads.py \\
        --run before=/tmp/base/src:/tmp/old.db --run after=src:/tmp/new.db [--rounds 3]

Prints figures; never asserts timings.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

READS = ("pages.story_claims", "pages.story_quotes", "pages.timeline_articles")
VIEWS = ("query.story_claims", "query.story_timeline")


def measure(db: str) -> dict[str, list[float]]:
    """Milliseconds per story of each read, every story of `db` once (in this process)."""
    from storyline.engine import Storyline
    from storyline.query.claims import story_claims
    from storyline.query.timeline import build_story_timeline

    out: dict[str, list[float]] = {name: [] for name in (*READS, *VIEWS)}
    with Storyline(db) as engine:
        pages = engine.store.page_reads()
        stories = pages.stories_by_size(0, 10_000)
        calls = {
            "pages.story_claims": pages.story_claims,
            "pages.story_quotes": pages.story_quotes,
            "pages.timeline_articles": pages.story_timeline_articles,
            "query.story_claims": lambda s: story_claims(engine, s),
            "query.story_timeline": lambda s: build_story_timeline(engine, s),
        }
        for story in stories:
            for name, call in calls.items():
                start = time.perf_counter()
                call(story)
                out[name].append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--run", action="append", default=[], help="NAME=SRC:DB")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    runs = [(name, *rest.split(":", 1)) for name, rest in (r.split("=", 1) for r in args.run)]
    times: dict[str, dict[str, list[float]]] = {name: {} for name, _, _ in runs}
    for _ in range(args.rounds):
        for name, src, db in runs:
            env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
            done = subprocess.run(
                [sys.executable, __file__, "--one", db],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            for read, values in json.loads(done.stdout.splitlines()[-1]).items():
                times[name].setdefault(read, []).extend(values)
    names = [name for name, _, _ in runs]
    print(f"{'read (ms per story, median; p90)':34}" + "".join(f"{n:>22}" for n in names))
    for read in (*READS, *VIEWS):
        cells = []
        for name in names:
            values = sorted(times[name][read])
            p90 = values[int(0.9 * (len(values) - 1))]
            cells.append(f"{statistics.median(values):>13.3f}; {p90:>7.3f}")
        print(f"{read:34}" + "".join(cells))
    counts = {name: len(times[name][READS[0]]) // args.rounds for name in names}
    print(f"stories per round: {counts}, rounds: {args.rounds}")


if __name__ == "__main__":
    main()
