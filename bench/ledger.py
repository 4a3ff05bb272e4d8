"""Ledger and flags of one story of 5,000 real articles, and the update after one more.

Real Timeline17 articles are ingested once (analysed by the real pipeline) into a
cached pool database. The story is then made of rounds of copies of the pool's
analysed articles with new ids, each round's days shifted past the previous round
(one story running for years) and its reported figures scaled up a little, so that
the copies are 5,000 distinct reports, not one report copied (which the ledger
would count once). The article that joins last is one that reports figures. The
measured phases run in a fresh process that never loads a model:

1. the first review of the story: every member loaded, the ledger, the story's
   flags and estimates computed and cached (time, peak memory of the process);
2. the same review again, from the cache;
3. one more article joins the story: the review loads that article and recomputes
   the ledger groups its reports fall in, not the story.

    .venv/bin/python bench/ledger.py [--articles 5000] [--topic H1N1_guardian]

Prints figures, with (3) as a ratio of (1) measured in the same run; never asserts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "timeline17"


def _pool(workdir: Path, topic: str) -> Path:
    """A database of one Timeline17 topic, analysed by the real pipeline (cached)."""
    pool = workdir / f"pool-{topic}.db"
    if not pool.exists():
        cli = Path(sys.executable).with_name("storyline")
        source = DATA / topic / "articles.jsonl.gz"
        print(f"ingesting {source} into {pool} (once)", flush=True)
        done = subprocess.run([str(cli), "ingest", str(source), "--db", str(pool)])
        if done.returncode not in (0, 1):  # 1: some items failed (named above), the rest stored
            raise SystemExit(f"ingest of {source} failed (exit {done.returncode})")
    return pool


def _shift(day: str | None, days: int) -> str | None:
    if not day or len(day) < 10:
        return day
    try:
        moved = dt.date.fromisoformat(day[:10]) + dt.timedelta(days=days)
    except ValueError:
        return day
    return moved.isoformat() + day[10:]


def _build(pool: Path, db: Path, articles: int) -> list[str]:
    """The story database: `articles` shifted copies of the pool's articles in one story."""
    from storyline.corpus.ledger import article_input
    from storyline.corpus.stories.records import Membership, StoryState
    from storyline.store.sqlite import SQLiteStore
    from storyline.store.sqlite_stories import SQLiteStoryRepository

    source = SQLiteStore(pool)
    originals = [a for a in source.iter_articles() if a.published and a.duplicate_of is None]
    source.close()
    days = sorted(a.published[:10] for a in originals if a.published)
    span = (dt.date.fromisoformat(days[-1]) - dt.date.fromisoformat(days[0])).days + 1
    reporting = next(i for i, a in enumerate(originals) if article_input(a).points)
    store = SQLiteStore(db)
    repo = SQLiteStoryRepository(store)
    repo.add_story(StoryState("s-bench", 1, np.zeros(4, dtype=np.float32)))
    ids: list[str] = []
    for i in range(articles + 1):
        a = originals[i % len(originals) if i < articles else reporting]
        round_ = i // len(originals)
        shift = round_ * span
        scale = 1.0 + round_ / 10
        claims = tuple(
            replace(c, value=round(c.value * scale), as_of=_shift(c.as_of, shift)) for c in a.claims
        )
        copy = replace(
            a,
            id=f"b{i}",
            url=None,
            published=_shift(a.published, shift),
            claims=claims,
            flags=tuple(f for f in a.flags if f.code != "near_copy"),
        )
        store.put_article(copy)
        ids.append(copy.id)
    for seq, aid in enumerate(ids[:-1], 1):
        repo.add_member(Membership(aid, "s-bench", seq, 1.0, None))
    store.close()
    return ids


def _measure(db: Path, last: str) -> dict[str, float]:
    """Runs in a fresh process: the review phases, timed, and the process's peak memory."""
    from storyline.corpus.stories.records import Membership
    from storyline.crosscheck import story_review
    from storyline.store.sqlite import SQLiteStore
    from storyline.store.sqlite_stories import SQLiteStoryRepository

    store = SQLiteStore(db)
    start = time.perf_counter()
    first = story_review(store, "s-bench")
    full = time.perf_counter() - start
    peak_full = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    story_review(store, "s-bench")
    cached = time.perf_counter() - start
    SQLiteStoryRepository(store).add_member(Membership(last, "s-bench", 10**6, 1.0, None))
    start = time.perf_counter()
    grown = story_review(store, "s-bench")
    one_more = time.perf_counter() - start
    points = sum(len(s.points) for s in first.ledger.series)
    return {
        "articles": len(first.articles),
        "series": len(first.ledger.series),
        "points": points,
        "conflicts": len(first.ledger.conflicts),
        "flagged": len(first.flags),
        "full_s": full,
        "peak_mb": peak_full,
        "cached_s": cached,
        "one_more_s": one_more,
        "one_more_loaded": grown.loaded_articles,
        "one_more_groups": grown.recomputed_groups,
        "groups": first.recomputed_groups,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--topic", default="H1N1_guardian")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/storyline-bench-ledger"))
    parser.add_argument("--measure", nargs=2, metavar=("DB", "LAST_ID"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(_measure(Path(args.measure[0]), args.measure[1])))
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    pool = _pool(args.workdir, args.topic)
    db = args.workdir / f"story-{args.articles}.db"
    for stale in args.workdir.glob(f"story-{args.articles}.db*"):
        stale.unlink()
    ids = _build(pool, db, args.articles)
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(db), ids[-1]],
        capture_output=True,
        text=True,
        check=True,
    )
    r = json.loads(done.stdout.splitlines()[-1])
    print(
        f"story: {r['articles']:,} articles (Timeline17 {args.topic}, shifted copies), "
        f"{r['points']:,} points in {r['series']} series ({r['groups']} ledger groups), "
        f"{r['conflicts']} conflicts, {r['flagged']} articles with story-level flags"
    )
    print(f"first review (load all, ledger, flags, cache): {r['full_s']:.2f} s, "
          f"peak memory of the process {r['peak_mb']:.0f} MB")  # fmt: skip
    print(f"same review from the cache: {r['cached_s']:.2f} s")
    print(
        f"one more article: {r['one_more_s']:.2f} s ({r['one_more_loaded']} article loaded, "
        f"{r['one_more_groups']} of {r['groups']} groups recomputed), "
        f"{r['one_more_s'] / r['full_s']:.3f} of the first review"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
