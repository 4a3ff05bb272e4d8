"""Timeline summarisation on Timeline17 (../shared/data/timeline17), the news-tls protocol.

    python -m eval.tls                 # in-process, every task, analysis cached
    python -m eval.tls --only H1N1     # one topic
    python -m eval.tls --official      # ../shared/tools/score_tls.py over the CLI contract

The in-process mode builds the same tasks as score_tls.py (imported from
../shared/tools, never copied) and scores with the same tilse evaluator, but
analyses each topic's collection once and keeps it in the analysis cache
(storyline.corpus.timeline.cache, here in the temp directory), so tuning the
summariser does not re-run spaCy. `--official` is the figure to report: it
times the whole command with an empty analysis cache, so the first task of each
topic pays for analysing the collection and the others reuse it, as
`storyline timeline --articles` does for a user. Prints AR1/AR2 (alignment
ROUGE F1), concat ROUGE and date F1 per task and macro-averaged, with seconds
per task.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from storyline.corpus.timeline import TimelineOptions, build_timeline
from storyline.corpus.timeline.collection import default_workers, read_collection
from storyline.model import Article

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = SHARED / "data" / "timeline17"
CACHE = Path(tempfile.gettempdir()) / "storyline-tls-cache"

__all__ = ["analysed_collection", "main", "run_tasks", "score_tool"]


def score_tool() -> ModuleType:
    """../shared/tools/score_tls.py as a module (read-only, used as is)."""
    spec = importlib.util.spec_from_file_location("score_tls", SHARED / "tools" / "score_tls.py")
    if spec is None or spec.loader is None:
        raise SystemExit("cannot load ../shared/tools/score_tls.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def analysed_collection(raw: list[dict[str, Any]], cache: Path | None = CACHE) -> list[Article]:
    """The collection after the timeline stages, each article from the cache when it is there."""
    collection = read_collection(
        (json.dumps(a) for a in raw), workers=default_workers(), cache_dir=cache
    )
    for message in collection.errors + collection.notes:
        print(f"   {message}", file=sys.stderr)
    return collection.articles


def run_tasks(
    only: str | None = None,
    *,
    data: Path = DATA,
    stride: int = 1,
    cache: Path | None = CACHE,
    rouge: str = "original",
    quiet: bool = False,
) -> dict[str, Any]:
    """Score every task (or one topic's); returns {"tasks": [...], "mean": {...}}.

    `stride` keeps every stride-th article of each collection (a fixed slice for the gate).
    """
    tool = score_tool()
    import tilse.data.timelines as tilse_timelines  # type: ignore[import-untyped]
    from tilse.evaluation import rouge as tilse_rouge  # type: ignore[import-untyped]

    evaluator = tilse_rouge.TimelineRougeEvaluator(
        measures={"rouge_1", "rouge_2"}, rouge_computation=rouge
    )
    analysed: dict[str, tuple[list[Article], float]] = {}
    rows: list[dict[str, Any]] = []
    for task in tool.load_tasks(data, only):
        raw = task["articles"][::stride]
        if task["topic"] not in analysed:
            began = time.monotonic()
            analysed[task["topic"]] = (analysed_collection(raw, cache), time.monotonic() - began)
        articles, analysis_seconds = analysed[task["topic"]]
        began = time.monotonic()
        options = TimelineOptions(
            max_dates=task["dates"],
            sentences_per_date=task["sentences"],
            start=dt.date.fromisoformat(task["start"]),
            end=dt.date.fromisoformat(task["end"]),
            keywords=tuple(task["keywords"]),
        )
        result = build_timeline(articles, options)
        seconds = time.monotonic() - began
        predicted: dict[dt.date, list[str]] = {}
        for e in result.entries:
            predicted.setdefault(dt.date.fromisoformat(e.date), []).extend(e.sentences)
        gold = task["gold"]
        gt = tilse_timelines.GroundTruth([tilse_timelines.Timeline(gold)])
        start = dt.date.fromisoformat(task["start"])
        pred = tilse_timelines.Timeline(predicted or {start: [""]})
        align = evaluator.evaluate_align_date_content_costs_many_to_one(pred, gt)
        concat = evaluator.evaluate_concat(pred, gt)
        hit = len(set(predicted) & set(gold))
        p = hit / len(predicted) if predicted else 0.0
        r = hit / len(gold)
        row = {
            "task": task["name"],
            "summarise_seconds": round(seconds, 2),
            "analysis_seconds": round(analysis_seconds, 1),
            "ar1": align["rouge_1"]["f_score"],
            "ar2": align["rouge_2"]["f_score"],
            "cr1": concat["rouge_1"]["f_score"],
            "cr2": concat["rouge_2"]["f_score"],
            "date_f1": 2 * p * r / (p + r) if p + r else 0.0,
        }
        rows.append(row)
        if not quiet:
            print(
                f"{row['task']:28} AR1={row['ar1']:.3f} AR2={row['ar2']:.3f} "
                f"date-F1={row['date_f1']:.3f} ({seconds:.1f}s)",
                file=sys.stderr,
            )
    if not rows:
        raise SystemExit(f"no tasks found in {data} (only={only})")
    keys = ("ar1", "ar2", "cr1", "cr2", "date_f1", "summarise_seconds")
    mean = {k: statistics.mean(float(r[k]) for r in rows) for k in keys}
    return {"tasks": rows, "mean": mean}


def official(only: str | None, warm: bool = False) -> int:
    """The published protocol: score_tls.py runs `storyline timeline` once per task.

    The CLI's analysis cache starts empty (a fresh directory) unless `warm`, so
    the seconds per task include analysing each topic's collection once.
    """
    exe = Path(sys.executable).with_name("storyline")
    cmd = [sys.executable, str(SHARED / "tools" / "score_tls.py"), str(DATA)]
    if only:
        cmd += ["--only", only]
    cmd += ["--", str(exe), "timeline", "--articles", "{articles}", "--keywords", "{keywords}"]
    cmd += ["--max-dates", "{dates}", "--sentences-per-date", "{sentences}"]
    cmd += ["--start", "{start}", "--end", "{end}", "--format", "json"]
    if warm:
        return subprocess.run(cmd, check=False).returncode
    with tempfile.TemporaryDirectory(prefix="storyline-tls-cold-") as cold:
        env = {**os.environ, "STORYLINE_CACHE_DIR": cold}
        return subprocess.run(cmd, check=False, env=env).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="one topic (e.g. H1N1)")
    parser.add_argument("--official", action="store_true", help="run score_tls.py on the CLI")
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument(
        "--warm", action="store_true", help="--official with the user's analysis cache as it is"
    )
    args = parser.parse_args(argv)
    if args.official:
        return official(args.only, args.warm)
    result = run_tasks(args.only, cache=None if args.no_cache else CACHE)
    m = result["mean"]
    print(
        f"tasks={len(result['tasks'])} AR1-F={m['ar1']:.3f} AR2-F={m['ar2']:.3f} "
        f"concat-R1={m['cr1']:.3f} concat-R2={m['cr2']:.3f} Date-F1={m['date_f1']:.3f} "
        f"summarise-seconds={m['summarise_seconds']:.1f} (in-process, rouge=original)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
