"""Peak memory of an ingest without analysis, and how it grows with the articles read.

What one ingest process holds while it reads a large input: the near-duplicate
index of the articles in flight (the store's band keys answer for the rest; before
issue 18's second pass, the in-memory index of the whole store, rebuilt at start and
grown per article), the ids and hashes in flight, the report's list of new ids, the
store's connection and caches; the analysis models are left out (`stages=()`, no stories):
they are a constant per process, measured by bench/ingest_floor.py. Each size runs
in a fresh child process that ingests N articles into a new SQLite store and
reports the peak of its RSS sampled every 20 ms during the ingest, and its RSS
before the first article (the interpreter, the libraries and the text pool), so
the growth per article is read from the difference between sizes. (The process's
own peak, ru_maxrss, is printed too: reading the pool's JSON tops it, and hides
the growth at small sizes.)

The articles: real Timeline17 texts, round robin over the topics; past the first
pass each copy has every third word changed (a suffix per copy), so no copy is a
near-duplicate of another and every article enters the near-duplicate index, its
largest case. They are made one at a time as the ingest reads them.

    .venv/bin/python bench/ingest_memory.py [--sizes 1000 2000 8000] [--every SECONDS]
        [--keep DIR]   # keep the stores (memory-N.db) in DIR, e.g. for bench/dedup_open.py

Prints figures; never asserts.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from web_latency import T17, pool_records

from storyline.engine import Storyline
from storyline.ingest.records import RawRecord, build_article
from storyline.model import Article

_POOL = 4000


def _rss_mb() -> float:
    """The current resident set (Linux /proc), MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _articles(pool: list[RawRecord], n: int, made: list[int]) -> Iterator[Article]:
    for i in range(n):
        made[0] = i
        record = pool[i % len(pool)]
        copy = i // len(pool)
        if copy:
            words = record.text.split(" ")
            text = " ".join(w + f"q{copy}" if j % 3 == 0 else w for j, w in enumerate(words))
            record = RawRecord(text=text, published=record.published, outlet=record.outlet)
        article = build_article(record, f"memory[{i}]")
        if isinstance(article, Article):
            yield article


def child(n: int, db: Path, every: float) -> None:
    pool = pool_records(_POOL)
    gc.collect()
    seen: list[float] = []
    made = [0]
    done = threading.Event()

    def sample() -> None:
        """The resident set every 20 ms while the ingest runs; every `every` seconds a
        line on stderr (articles read, RSS now, peak so far), so that a long run that is
        stopped still shows how its memory grew."""
        start = last = time.perf_counter()
        while not done.wait(0.02):
            seen.append(_rss_mb())
            now = time.perf_counter()
            if every and now - last >= every:
                last = now
                print(
                    f"  {now - start:7.0f} s  {made[0]:>9} articles  RSS {seen[-1]:7.0f} MB  "
                    f"peak {max(seen):7.0f} MB",
                    file=sys.stderr,
                    flush=True,
                )

    with Storyline(db, stages=(), stories=False) as engine:
        before = _rss_mb()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        start = time.perf_counter()
        report = engine.ingest_articles(_articles(pool, n, made))
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        seen.append(_rss_mb())
    peak = max(seen)
    process_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "n": n,
                "new": len(report.new_ids),
                "duplicates": report.duplicates,
                "before_mb": before,
                "peak_mb": peak,
                "process_peak_mb": process_peak,
                "seconds": seconds,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 8000])
    parser.add_argument(
        "--every", type=float, default=0.0, help="Print RSS every this many seconds (stderr)."
    )
    parser.add_argument("--keep", type=Path, help="Keep the stores in this folder.")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.every)
        return
    if not T17.is_dir():
        raise SystemExit(f"{T17} not found: the articles come from ../shared/data/timeline17")
    results = []
    every = ["--every", str(args.every)]
    with tempfile.TemporaryDirectory(prefix="storyline-memory-") as tmp:
        for n in args.sizes:
            db = (args.keep or Path(tmp)) / f"memory-{n}.db"
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(n), "--db", str(db), *every],
                check=True,
                stdout=subprocess.PIPE,  # stderr passes through: the --every lines
                text=True,
            ).stdout
            row = json.loads(out.strip().splitlines()[-1])
            row["db_mb"] = db.stat().st_size / 1e6
            results.append(row)
            print(
                f"{n:>8} articles: peak RSS during the ingest {row['peak_mb']:.0f} MB (before "
                f"the first article {row['before_mb']:.0f} MB; the process's peak, loading "
                f"the text pool included, {row['process_peak_mb']:.0f} MB), {row['new']} stored, "
                f"{row['duplicates']} duplicates, {row['seconds']:.1f} s "
                f"({n / row['seconds']:.0f} articles/s), database {row['db_mb']:.0f} MB"
            )
    if len(results) >= 2:
        a, b = results[-2], results[-1]
        slope = (b["peak_mb"] - a["peak_mb"]) / (b["n"] - a["n"])
        million = b["peak_mb"] + slope * (1_000_000 - b["n"])
        print(
            f"growth {slope * 1024:.2f} kB/article between {a['n']} and {b['n']}; "
            f"a straight line to 1,000,000 articles: {million:,.0f} MB peak; "
            f"database {b['db_mb'] / b['n'] * 1e6 / 1e3:,.1f} GB at that rate"
        )


if __name__ == "__main__":
    main()
