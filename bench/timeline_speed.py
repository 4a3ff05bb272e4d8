"""Timeline speed: analysis and summarisation timed apart (prints figures, asserts nothing).

    python bench/timeline_speed.py [--folder H1N1_bbc] [--limit N] [--synthetic 5000] [--workers 2]

Analysis is the per-article cost (spaCy senter + the time stage), timed with an
empty analysis cache and again with the cache it filled (what a second timeline
of the same collection pays); summarisation is the collection-level cost of
`build_timeline` (date ranking, TF-IDF, sentence choice). The synthetic run
checks that a 5,000-article story stays interactive without any model.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import tempfile
import time
from pathlib import Path

from storyline.corpus.timeline import TimelineOptions, build_timeline
from storyline.corpus.timeline.collection import default_workers, read_collection
from storyline.model import Article, Sentence, Timex

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "timeline17"


def synthetic(n: int) -> list[Article]:
    """n analysed two-sentence articles over 90 days, one in four naming an earlier day."""
    out = []
    base = dt.date(2020, 1, 1)
    for i in range(n):
        day = base + dt.timedelta(days=i % 90)
        ref = base + dt.timedelta(days=(i * 7) % 90)
        s1 = f"Crews in district {i % 23} repaired {i % 11 + 2} damaged bridges and roads."
        s2 = f"The storm on {ref:%B} {ref.day} flooded {i % 40 + 3} villages along the river."
        text = f"{s1} {s2}"
        at = text.index(f"{ref:%B}")
        timex_text = f"{ref:%B} {ref.day}"
        timexes = (Timex(at, at + len(timex_text), timex_text, "DATE", ref.isoformat()),)
        out.append(
            Article(
                id=f"syn{i}",
                text=text,
                published=day.isoformat(),
                sentences=(Sentence(0, len(s1)), Sentence(len(s1) + 1, len(text))),
                timexes=timexes if i % 4 == 0 else (),
            )
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", default="H1N1_bbc", help="a Timeline17 folder")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--synthetic", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=default_workers(), help="analysis processes")
    args = parser.parse_args()

    with gzip.open(SHARED / args.folder / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        lines = f.readlines()
    if args.limit:
        lines = lines[: args.limit]
    chars = sum(len(json.loads(line)["text"]) for line in lines)
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as cache_dir:
        began = time.perf_counter()
        collection = read_collection(lines, workers=args.workers, cache_dir=Path(cache_dir))
        analysis = time.perf_counter() - began
        print(
            f"analysis ({args.workers} workers, empty cache): {len(collection.articles)} "
            f"articles, {chars / 1e6:.1f} M chars in "
            f"{analysis:.1f} s ({len(collection.articles) / analysis:.1f} articles/s, "
            f"{chars / analysis / 1e3:.0f} k chars/s)"
        )
        began = time.perf_counter()
        again = read_collection(lines, workers=args.workers, cache_dir=Path(cache_dir))
        print(
            f"analysis from the cache: {len(again.articles)} articles in "
            f"{time.perf_counter() - began:.2f} s (same result: "
            f"{again.articles == collection.articles})"
        )
    for dates, per_day in ((10, 2), (50, 2)):
        began = time.perf_counter()
        result = build_timeline(collection.articles, TimelineOptions(dates, per_day))
        print(
            f"summarise {args.folder}: {len(result.entries)} days x {per_day} in "
            f"{time.perf_counter() - began:.2f} s"
        )
    if args.synthetic:
        articles = synthetic(args.synthetic)
        began = time.perf_counter()
        result = build_timeline(articles, TimelineOptions(20, 2))
        print(
            f"summarise synthetic: {len(articles)} articles -> {len(result.entries)} days in "
            f"{time.perf_counter() - began:.2f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
