"""Cross-checking on real news: every Timeline17 topic, counted, and a sample to read.

Each topic folder of ../shared/data/timeline17 is ingested once into its own
database under the cache folder (`storyline ingest`, with stories), then every
story is reviewed. Printed per topic: articles, stories, series (with two or
more points), conflicts by kind, flags by code. There is no gold for this: the
precision of conflicts and flags is read by a person, from `--sample N`
random conflicts and flags (seeded, so a reading can be repeated), each
shown with its evidence and the sentence around it.

    .venv/bin/python -m eval.crosscheck_real [--cache /tmp/storyline-t17] [--sample 60]
        [--seed 1] [--topic bpoil_bbc ...] [--json] [--dump items.jsonl]

`--dump` writes every conflict and flag (one JSON object a line) so two runs
(before and after a change) can be compared item by item.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "timeline17"

__all__ = ["main", "topic_counts", "topic_db"]


def topic_db(topic: str, cache: Path) -> Path:
    """The topic's database, ingested on first use."""
    db = cache / f"{topic}.db"
    done = cache / f"{topic}.done"
    if not done.exists():
        for stale in cache.glob(f"{topic}.db*"):
            stale.unlink()
        cli = Path(sys.executable).with_name("storyline")
        source = DATA / topic / "articles.jsonl.gz"
        ran = subprocess.run(
            [str(cli), "ingest", str(source), "--db", str(db)], capture_output=True, text=True
        )
        if ran.returncode not in (0, 1):  # 1: some items failed (empty texts), the rest stored
            raise RuntimeError(f"ingest of {topic} failed: {ran.stderr[-500:]}")
        done.touch()
    return db


def topic_counts(db: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Counts of one topic's database, and every conflict and flag (for sampling)."""
    from storyline.engine import Storyline

    items: list[dict[str, Any]] = []
    kinds: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    series = points = 0
    with Storyline(db) as s:
        texts: dict[str, str] = {}

        def text_of(aid: str) -> str:
            if aid not in texts:
                found = s.store.get_article(aid)
                texts[aid] = found.text if found else ""
            return texts[aid]

        stories = s.stories()
        for label in stories:
            review = s.review(label.id)
            lined = [x for x in review.ledger.series if len(x.points) >= 2]
            series += len(lined)
            points += sum(len(x.points) for x in lined)
            for c in review.ledger.conflicts:
                kinds[c.kind] += 1
                items.append(
                    {
                        "type": "conflict",
                        "story": label.id,
                        "kind": c.kind,
                        "message": c.message,
                        "evidence": [_context(text_of(e.article), e) for e in c.evidence],
                    }
                )
        articles = s.flags()
        for a in articles:
            for f in a.flags:
                codes[f.code] += 1
                items.append(
                    {
                        "type": "flag",
                        "article": a.article_id,
                        "code": f.code,
                        "message": f.message,
                        "evidence": [_context(text_of(a.article_id), e) for e in f.evidence[:3]],
                    }
                )
        counts = {
            "articles": len(articles),
            "stories": len(stories),
            "stories_2plus": sum(1 for x in stories if x.count >= 2),
            "series_2plus": series,
            "points_in_them": points,
            "conflicts": dict(kinds),
            "flags": dict(codes),
        }
    return counts, items


def _context(text: str, span: Any) -> str:
    lo = text.rfind("\n", 0, span.start) + 1
    hi = text.find("\n", span.end)
    hi = len(text) if hi < 0 else hi
    around = text[max(lo, span.start - 160) : min(hi, span.end + 120)]
    return " ".join(around.split()).replace(span.text, f"[[{span.text}]]", 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storyline-t17"))
    parser.add_argument("--topic", action="append")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--dump", type=Path, help="write every conflict and flag here (JSONL)")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    topics = args.topic or sorted(p.name for p in DATA.iterdir() if p.is_dir())
    pool: list[dict[str, Any]] = []
    for topic in topics:
        counts, items = topic_counts(topic_db(topic, args.cache))
        for item in items:
            item["topic"] = topic
        pool += items
        if args.json:
            print(json.dumps({"topic": topic, **counts}))
        else:
            print(
                f"{topic}: {counts['articles']} articles, {counts['stories_2plus']} stories of 2+, "
                f"{counts['series_2plus']} series of 2+ points "
                f"({counts['points_in_them']} points), "
                f"conflicts {counts['conflicts']}, flags {counts['flags']}"
            )
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for item in pool:
                out.write(json.dumps(item) + "\n")
    if args.sample:
        rng = random.Random(args.seed)
        for n, item in enumerate(rng.sample(pool, min(args.sample, len(pool))), 1):
            what = item["kind"] if item["type"] == "conflict" else item["code"]
            print(f"\n#{n} {item['topic']} {item['type']} {what}: {item['message']}")
            for e in item["evidence"]:
                print(f"    | {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
