"""Ingest throughput on the Timeline17 articles in ../shared/data (prints figures, asserts nothing).

    python bench/ingest_throughput.py [--stages none|default|a,b] [--workers N] [--limit-files K]
                                      [--no-stories]

Reads every timeline17/*/articles.jsonl.gz into a fresh SQLite file and reports
articles/s, MB/s of text and peak resident memory (this process and workers).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from storyline.analyze.pipeline import DEFAULT_STAGES
from storyline.engine import Storyline
from storyline.run import make_executor

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "timeline17"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stages", default="none", help="none, default, or a comma list")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--limit-files", type=int, default=0)
    parser.add_argument(
        "--no-stories", action="store_true", help="skip story assignment (embeddings) after ingest"
    )
    args = parser.parse_args()
    stages: tuple[str, ...]
    if args.stages == "none":
        stages = ()
    elif args.stages == "default":
        stages = DEFAULT_STAGES
    else:
        stages = tuple(s for s in args.stages.split(",") if s)
    files = sorted(str(p) for p in SHARED.glob("*/articles.jsonl.gz"))
    if args.limit_files:
        files = files[: args.limit_files]
    if not files:
        print(f"no Timeline17 articles under {SHARED}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        engine = Storyline(
            db, stages=stages, executor=make_executor(args.workers), stories=not args.no_stories
        )
        start = time.perf_counter()
        report = engine.ingest(files)
        elapsed = time.perf_counter() - start
        chars = sum(len(a.text) for a in engine.articles())
        engine.close()
        size_mb = db.stat().st_size / 1e6
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    stored = report.new
    described = ",".join(stages) or "(none: read, clean, dedup, store)"
    stories = "no stories" if args.no_stories else "stories assigned (MiniLM embeddings)"
    print(f"stages: {described}; {stories}; workers: {args.workers}")
    print(f"files: {len(files)}; {report.summary()}")
    rate, mb_rate = stored / elapsed, chars / 1e6 / elapsed
    print(f"time: {elapsed:.1f} s; {rate:.1f} articles/s; {mb_rate:.2f} MB text/s")
    print(f"database: {size_mb:.1f} MB; peak RSS: main {own:.0f} MB, largest worker {kids:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
