"""Time per story of `storyline warm`'s check-only pass on a warm store: payload read vs existence.

On a store already warm, `storyline warm` only checks each story: its review, its page
parts and its articles' page parts are current. The page-part checks once read each
cached payload (tens of kB for a large story) and threw it away, and the review check
read every membership whole (a JSON column each) for its article id; they now ask
whether a row exists for the version (`PageReads.has_cached`) and read the member ids
alone (`PageReads.story_member_ids`). This runs the same check-only pass both ways
over the same stories, in alternating rounds (so neither way is the one that finds
the pages in the OS cache first), and prints the time per story of each and their
ratio.

    .venv/bin/python bench/warm_check.py [--db /tmp/storyline-web-bench/web-100000-400.db]
        [--stories 3000] [--rounds 3]

The store must be warm (`storyline warm --db DB`, or a bench/web_latency.py run);
stories found cold are built first so that every timed pass only checks.
Prints figures; never asserts timings.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from storyline.engine import Storyline
from storyline.query.warm import latest_stories, warm_stories
from storyline.store.sql_pages import SqlPageReads

DEFAULT_DB = Path("/tmp/storyline-web-bench/web-100000-400.db")


def _payload_check(self: SqlPageReads, key: str, version: str) -> bool:
    """The check as it was: read the payload, keep only whether there was one."""
    return self.cached(key, version) is not None


def _before(engine: Storyline) -> dict[str, object]:
    """The two reads as they were, as methods of the page reads."""

    def member_ids(self: SqlPageReads, story_id: str) -> set[str]:
        return {m.article_id for m in engine.store.stories().members(story_id)}

    return {"has_cached": _payload_check, "story_member_ids": member_ids}


def _timed_pass(engine: Storyline, ids: list[str]) -> float:
    start = time.perf_counter()
    report = warm_stories(engine, ids)
    elapsed = time.perf_counter() - start
    if report.built or report.errors:
        raise SystemExit(f"not check-only: {report.summary()} {report.errors[:3]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--stories", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} not found: build it with bench/web_latency.py --build-only")
    now = {name: getattr(SqlPageReads, name) for name in ("has_cached", "story_member_ids")}
    with Storyline(args.db) as engine:
        ids = latest_stories(engine, args.stories)
        built = warm_stories(engine, ids)  # cold stories built now, not in a timed pass
        print(f"{len(ids)} stories; before timing: {built.summary()}")
        times: dict[str, list[float]] = {"before": [], "now": []}
        for _ in range(args.rounds):
            for name, reads in (("before", _before(engine)), ("now", now)):
                for attribute, method in reads.items():
                    setattr(SqlPageReads, attribute, method)
                try:
                    times[name].append(_timed_pass(engine, ids))
                finally:
                    for attribute, method in now.items():
                        setattr(SqlPageReads, attribute, method)
    print(f"{'check':24} {'median s':>9} {'ms/story':>9}   rounds (s)")
    for name, values in times.items():
        median = statistics.median(values)
        rounds = " ".join(f"{v:.2f}" for v in values)
        print(f"{name:24} {median:9.2f} {median * 1000 / len(ids):9.3f}   {rounds}")
    before, now = (statistics.median(v) for v in times.values())
    print(f"ratio now/before: {now / before:.2f}")


if __name__ == "__main__":
    main()
