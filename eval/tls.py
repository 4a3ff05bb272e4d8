"""Timeline summarisation on Timeline17 (../shared/data/timeline17), the news-tls protocol.

    python -m eval.tls                 # in-sample and leave-one-topic-out, side by side
    python -m eval.tls --only H1N1     # one topic, in-sample only (nothing to hold out)
    python -m eval.tls --official      # ../shared/tools/score_tls.py over the CLI contract

The default run builds the same tasks as score_tls.py (imported from ../shared/tools,
never copied), analyses each topic's collection once (the analysis cache,
storyline.corpus.timeline.cache, here in the temp directory) and reuses it for every
setting. It then:
- builds every task's timeline under each setting of `tls_grid.GRID` and scores it
  with tilse's ROUGE reimplementation (fast; `--select-rouge original` to choose with
  the Perl ROUGE instead);
- for each topic, chooses the setting with the best AR1 + AR2 + 0.1 x date F1 on the
  other topics' tasks (eval/loto.py) and keeps its scores on the held-out tasks;
- scores the shipped default on every task (in-sample) and each held-out task under
  its chosen setting (leave-one-topic-out) with `--rouge` (default original, as
  published figures are), and prints both side by side;
- does the same for timelines whose number of days the system decides (no
  --max-dates; `tls_grid.AUTO_GRID`), scored by date F1 with the task's range.
A topic is all the outlet folders of one subject (H1N1 = bbc + guardian + reuters).

`--official` is the in-sample figure through the CLI: it times the whole command
with an empty analysis cache, so the first task of each topic pays for analysing the
collection and the others reuse it, as `storyline timeline --articles` does.
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
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from storyline.corpus.timeline import TimelineOptions, build_timeline
from storyline.corpus.timeline.collection import default_workers, read_collection
from storyline.corpus.timeline.settings import DEFAULT_SETTINGS, TimelineSettings
from storyline.model import Article

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = SHARED / "data" / "timeline17"
CACHE = Path(tempfile.gettempdir()) / "storyline-tls-cache"
METRICS = ("ar1", "ar2", "cr1", "cr2", "date_f1")

__all__ = [
    "analysed_collection",
    "load_tasks",
    "main",
    "objective",
    "predict",
    "run_loto",
    "run_tasks",
    "score_tool",
    "task_scores",
]

Predicted = dict[dt.date, list[str]]


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


def load_tasks(
    only: str | Sequence[str] | None,
    data: Path = DATA,
    stride: int = 1,
    cache: Path | None = CACHE,
) -> tuple[list[dict[str, Any]], dict[str, list[Article]]]:
    """The tasks of score_tls.py (all, one topic's or some topics') and each topic's
    analysed collection (every stride-th article)."""
    tool = score_tool()
    if only is None or isinstance(only, str):
        tasks = tool.load_tasks(data, only)
    else:
        tasks = [t for topic in only for t in tool.load_tasks(data, topic)]
    if not tasks:
        raise SystemExit(f"no tasks found in {data} (only={only})")
    collections: dict[str, list[Article]] = {}
    for task in tasks:
        if task["topic"] not in collections:
            collections[task["topic"]] = analysed_collection(task["articles"][::stride], cache)
    return tasks, collections


def predict(
    task: Mapping[str, Any],
    articles: Sequence[Article],
    settings: TimelineSettings = DEFAULT_SETTINGS,
    *,
    auto: bool = False,
) -> Predicted:
    """The timeline of one task as {day: sentences}; `auto` lets the system choose how many days."""
    options = TimelineOptions(
        max_dates=None if auto else task["dates"],
        sentences_per_date=task["sentences"],
        start=dt.date.fromisoformat(task["start"]),
        end=dt.date.fromisoformat(task["end"]),
        keywords=tuple(task["keywords"]),
    )
    predicted: Predicted = {}
    for e in build_timeline(articles, options, settings=settings).entries:
        predicted.setdefault(dt.date.fromisoformat(e.date), []).extend(e.sentences)
    return predicted


def _evaluator(rouge: str) -> Any:
    from tilse.evaluation import rouge as tilse_rouge  # type: ignore[import-untyped]

    return tilse_rouge.TimelineRougeEvaluator(
        measures={"rouge_1", "rouge_2"}, rouge_computation=rouge
    )


def task_scores(task: Mapping[str, Any], predicted: Predicted, evaluator: Any) -> dict[str, float]:
    """AR1/AR2 (alignment ROUGE F1), concat ROUGE and date F1 of one predicted timeline."""
    import tilse.data.timelines as tilse_timelines  # type: ignore[import-untyped]

    gold = task["gold"]
    gt = tilse_timelines.GroundTruth([tilse_timelines.Timeline(gold)])
    start = dt.date.fromisoformat(task["start"])
    pred = tilse_timelines.Timeline(predicted or {start: [""]})
    align = evaluator.evaluate_align_date_content_costs_many_to_one(pred, gt)
    concat = evaluator.evaluate_concat(pred, gt)
    hit = len(set(predicted) & set(gold))
    p = hit / len(predicted) if predicted else 0.0
    r = hit / len(gold)
    return {
        "ar1": align["rouge_1"]["f_score"],
        "ar2": align["rouge_2"]["f_score"],
        "cr1": concat["rouge_1"]["f_score"],
        "cr2": concat["rouge_2"]["f_score"],
        "date_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "dates": float(len(predicted)),
    }


def run_tasks(
    only: str | None = None,
    *,
    data: Path = DATA,
    stride: int = 1,
    cache: Path | None = CACHE,
    rouge: str = "original",
    quiet: bool = False,
    settings: TimelineSettings = DEFAULT_SETTINGS,
) -> dict[str, Any]:
    """Score every task (or one topic's) under one setting; {"tasks": [...], "mean": {...}}.

    `stride` keeps every stride-th article of each collection (a fixed slice for the gate).
    """
    tasks, collections = load_tasks(only, data, stride, cache)
    evaluator = _evaluator(rouge)
    rows: list[dict[str, Any]] = []
    for task in tasks:
        began = time.monotonic()
        predicted = predict(task, collections[task["topic"]], settings)
        seconds = time.monotonic() - began
        row: dict[str, Any] = {"task": task["name"], "summarise_seconds": round(seconds, 2)}
        row |= task_scores(task, predicted, evaluator)
        rows.append(row)
        if not quiet:
            print(
                f"{row['task']:28} AR1={row['ar1']:.3f} AR2={row['ar2']:.3f} "
                f"date-F1={row['date_f1']:.3f} ({seconds:.1f}s)",
                file=sys.stderr,
            )
    keys = (*METRICS, "summarise_seconds")
    mean = {k: statistics.mean(float(r[k]) for r in rows) for k in keys}
    return {"tasks": rows, "mean": mean}


def objective(rows: Mapping[str, Mapping[str, float]], names: Sequence[str]) -> float:
    """What LOTO maximises over a set of tasks: mean AR1 + AR2 + 0.1 x date F1.

    AR1 and AR2 say whether the right things are said on the right days; date F1
    (about ten times larger in value) is scaled so it counts about as much as AR2.
    """
    return statistics.mean(
        rows[n]["ar1"] + rows[n]["ar2"] + 0.1 * rows[n]["date_f1"] for n in names
    )


def run_loto(
    tasks: Sequence[Mapping[str, Any]],
    collections: Mapping[str, Sequence[Article]],
    grid: Sequence[tuple[str, Mapping[str, Any]]],
    *,
    auto: bool = False,
    select_rouge: str = "reimpl",
    report_rouge: str = "original",
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """In-sample (the grid's first setting, the shipped one) and LOTO scores of every task.

    Returns {"choices": {topic: Choice}, "in_sample": {task: scores},
    "held_out": {task: scores}, "selection": {setting: {task: scores}}}.
    """
    from eval.loto import choose_held_out

    selector = _evaluator(select_rouge)
    predicted: dict[str, dict[str, Predicted]] = {}
    selection: dict[str, dict[str, dict[str, float]]] = {}
    for name, changes in grid:
        settings = DEFAULT_SETTINGS.varied(**changes)
        began = time.monotonic()
        predicted[name] = {
            t["name"]: predict(t, collections[t["topic"]], settings, auto=auto) for t in tasks
        }
        selection[name] = {
            t["name"]: task_scores(t, predicted[name][t["name"]], selector) for t in tasks
        }
        if progress is not None:
            value = objective(selection[name], [t["name"] for t in tasks])
            progress(f"{name:24} objective {value:.4f} ({time.monotonic() - began:.0f} s)")
    topic_of = {t["name"]: t["topic"] for t in tasks}
    order = [name for name, _ in grid]
    choices = choose_held_out(selection, topic_of, objective, order)
    if report_rouge == select_rouge:
        report = selection
    else:
        reporter = _evaluator(report_rouge)
        needed = {(order[0], t["name"]) for t in tasks}
        needed |= {(choices[t["topic"]].setting, t["name"]) for t in tasks}
        by_name = {t["name"]: t for t in tasks}
        report = {name: {} for name in order}
        for name, task_name in sorted(needed):
            task = by_name[task_name]
            report[name][task_name] = task_scores(task, predicted[name][task_name], reporter)
    return {
        "choices": choices,
        "in_sample": {t["name"]: report[order[0]][t["name"]] for t in tasks},
        "held_out": {t["name"]: report[choices[t["topic"]].setting][t["name"]] for t in tasks},
        "selection": selection,
    }


def _print_loto(title: str, result: Mapping[str, Any], rouge: str) -> None:
    print(title)
    for choice in result["choices"].values():
        print(
            f"  held out {choice.topic:16} chosen: {choice.setting:24} "
            f"objective on the others {choice.objective:.4f} "
            f"(default {choice.default_objective:.4f})"
        )
    print(f"  {'':28} {'in-sample (shipped)':>26}   {'leave-one-topic-out':>26}")
    print(
        f"  {'task':28} {'AR1':>7} {'AR2':>7} {'date-F1':>8} {'dates':>5}   "
        f"{'AR1':>7} {'AR2':>7} {'date-F1':>8} {'dates':>5}"
    )
    inside, held = result["in_sample"], result["held_out"]
    for name in inside:
        a, b = inside[name], held[name]
        print(
            f"  {name:28} {a['ar1']:7.3f} {a['ar2']:7.3f} {a['date_f1']:8.3f} {a['dates']:5.0f}   "
            f"{b['ar1']:7.3f} {b['ar2']:7.3f} {b['date_f1']:8.3f} {b['dates']:5.0f}"
        )
    mean_in = {k: statistics.mean(r[k] for r in inside.values()) for k in (*METRICS, "dates")}
    mean_out = {k: statistics.mean(r[k] for r in held.values()) for k in (*METRICS, "dates")}
    print(
        f"  {'mean (' + str(len(inside)) + ' tasks)':28} {mean_in['ar1']:7.3f} "
        f"{mean_in['ar2']:7.3f} {mean_in['date_f1']:8.3f} {mean_in['dates']:5.1f}   "
        f"{mean_out['ar1']:7.3f} {mean_out['ar2']:7.3f} {mean_out['date_f1']:8.3f} "
        f"{mean_out['dates']:5.1f}"
    )
    print(
        f"  in-sample AR1-F={mean_in['ar1']:.3f} AR2-F={mean_in['ar2']:.3f} "
        f"Date-F1={mean_in['date_f1']:.3f} | LOTO AR1-F={mean_out['ar1']:.3f} "
        f"AR2-F={mean_out['ar2']:.3f} Date-F1={mean_out['date_f1']:.3f} (rouge={rouge})"
    )


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
    from eval.tls_grid import AUTO_GRID, GRID

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="one topic (e.g. H1N1): in-sample only")
    parser.add_argument("--official", action="store_true", help="run score_tls.py on the CLI")
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument(
        "--warm", action="store_true", help="--official with the user's analysis cache as it is"
    )
    parser.add_argument("--rouge", default="original", choices=["original", "reimpl"])
    parser.add_argument("--select-rouge", default="reimpl", choices=["original", "reimpl"])
    parser.add_argument("--no-auto", action="store_true", help="skip the system-chosen dates")
    args = parser.parse_args(argv if argv is not None else [])
    if args.official:
        return official(args.only, args.warm)
    cache = None if args.no_cache else CACHE
    if args.only:
        result = run_tasks(args.only, cache=cache, rouge=args.rouge)
        m = result["mean"]
        print(
            f"tasks={len(result['tasks'])} AR1-F={m['ar1']:.3f} AR2-F={m['ar2']:.3f} "
            f"concat-R1={m['cr1']:.3f} concat-R2={m['cr2']:.3f} Date-F1={m['date_f1']:.3f} "
            f"summarise-seconds={m['summarise_seconds']:.1f} (in-process, rouge={args.rouge})"
        )
        return 0
    tasks, collections = load_tasks(None, cache=cache)

    def progress(line: str) -> None:
        print(f"   {line}", file=sys.stderr, flush=True)

    topics = len(collections)
    result = run_loto(
        tasks,
        collections,
        GRID,
        select_rouge=args.select_rouge,
        report_rouge=args.rouge,
        progress=progress,
    )
    _print_loto(
        f"Timeline17: {len(tasks)} tasks, {topics} topics; {len(GRID)} settings "
        f"(eval/tls_grid.py GRID), chosen on the other topics by AR1 + AR2 + 0.1 x date F1 "
        f"(selection rouge={args.select_rouge})",
        result,
        args.rouge,
    )
    if not args.no_auto:
        auto = run_loto(
            tasks,
            collections,
            AUTO_GRID,
            auto=True,
            select_rouge=args.select_rouge,
            report_rouge=args.rouge,
            progress=progress,
        )
        _print_loto(
            f"Days chosen by the system (no --max-dates; the task's range given): "
            f"{len(AUTO_GRID)} settings (AUTO_GRID)",
            auto,
            args.rouge,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
