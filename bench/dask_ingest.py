"""Ingest on Dask and on the process pool against one process, on real Timeline17 articles.

Prints figures, asserts nothing. Five executors ingest the same sample, each
into its own SQLite file, with the default stages, embeddings and stories:

  1 process      LocalExecutor (what `storyline ingest` does by default, `--workers 1`)
  pool x1        ProcessExecutor(1) (analysis in one worker process beside the driver)
  pool x2        ProcessExecutor(2) (`--workers 2`)
  dask x1        DaskExecutor, a LocalCluster of 1 worker process (`--executor dask --workers 1`)
  dask x2        DaskExecutor, a LocalCluster of 2 worker processes (`--executor dask --workers 2`)

Every worker of every executor runs the same warm-up articles before the clock
starts (`warm`: each worker, not whichever was free, so no worker loads a model
mid-run), and each engine ingests one article first (the driver's own imports).
The sample is cut into chunks and each chunk is ingested by all of them in an
order that rotates from chunk to chunk, so a machine whose speed drifts (cores
shared with other work) favours none. The ratios are taken within this one run.
Besides the wall time it counts CPU seconds during each executor's turns: the
driver's (this process, with a LocalCluster's scheduler and nannies) and its
worker processes'. On a machine shared with other work the wall time measures
the share of the cores the run got, the CPU seconds what the run needed.

    PYTHONPATH=src:.:bench .venv/bin/python bench/dask_ingest.py [--articles 120] [--chunk 20]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from floor_common import sample_folder, write_chunks
from floor_runs import WARM_TEXT, WARM_TEXT_OTHER

from storyline.run.executors import Executor


def _executors() -> dict[str, tuple[int, Callable[[], Executor]]]:
    """Name -> (workers, factory); built lazily so Dask starts only when measured."""
    from storyline.run import LocalExecutor, ProcessExecutor
    from storyline.run.dask_executor import DaskExecutor

    return {
        "1 process": (1, LocalExecutor),
        "pool x1": (1, lambda: ProcessExecutor(1)),
        "pool x2": (2, lambda: ProcessExecutor(2)),
        "dask x1": (1, lambda: DaskExecutor(workers=1)),
        "dask x2": (2, lambda: DaskExecutor(workers=2)),
    }


def _warm(engine: Any, workers: int, tmp: Path) -> None:
    """Every worker's models loaded (each worker runs every warm-up article), then one
    article ingested (what the write, story and review paths import in the driver)."""
    from storyline.model import Article

    warm = [
        Article(id=f"warm-{n}", text=text, title="Warm up", published="2020-01-01")
        for n, text in enumerate((WARM_TEXT, WARM_TEXT_OTHER))
    ]
    warm_each = getattr(engine.executor, "warm", None)
    if warm_each is not None:
        warm_each(engine.analyse, warm)
    else:  # older code: the items go as tasks to whichever worker is free
        engine.executor.map(engine.analyse, warm * workers)
    first = tmp / "warm-ingest.jsonl"
    first.write_text(json.dumps({"id": "warm-ingest", "time": "2020-01-01", "text": WARM_TEXT}))
    engine.ingest([str(first)])


def _children_cpu_s() -> float:
    """CPU seconds of this process's children (pool workers; Dask workers under their nannies)."""
    import psutil

    total = 0.0
    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            times = child.cpu_times()
            total += times.user + times.system
    return total


class Figures(NamedTuple):
    workers: int
    wall: float
    driver_cpu: float
    workers_cpu: float


def _quiet_s(f: Figures, cores: int = 2) -> float:
    """What the run would take on `cores` cores of its own, from its CPU seconds: the
    largest of its busiest part (the driver, or one worker's share) and all of it spread
    over the cores."""
    return max(f.driver_cpu, f.workers_cpu / f.workers, (f.driver_cpu + f.workers_cpu) / cores)


def measure(chunks: list[Path], tmp: Path, only: list[str] | None = None) -> dict[str, Figures]:
    from storyline.analyze.pipeline import DEFAULT_STAGES
    from storyline.engine import Storyline

    engines = {}
    count = {}
    executors = _executors()
    for n, name in enumerate(only or list(executors)):
        workers_of, factory = executors[name]
        count[name] = workers_of
        engine = Storyline(tmp / f"run-{n}.db", stages=DEFAULT_STAGES, executor=factory())
        _warm(engine, workers_of, tmp)
        engines[name] = engine
    names = list(engines)
    seconds = dict.fromkeys(names, 0.0)
    driver = dict.fromkeys(names, 0.0)
    workers = dict.fromkeys(names, 0.0)
    stored = dict.fromkeys(names, 0)
    for n, chunk in enumerate(chunks):
        for name in names[n % len(names) :] + names[: n % len(names)]:
            children, own = _children_cpu_s(), time.process_time()
            start = time.perf_counter()
            report = engines[name].ingest([str(chunk)])
            seconds[name] += time.perf_counter() - start
            driver[name] += time.process_time() - own
            workers[name] += _children_cpu_s() - children
            stored[name] += report.new + report.duplicates
    for engine in engines.values():
        engine.close()
    figures = {
        name: Figures(count[name], seconds[name], driver[name], workers[name]) for name in names
    }
    for name, f in figures.items():
        per_article = 1000 * f.driver_cpu / max(1, stored[name])
        print(
            f"  {name:<10} {f.wall:6.1f} s wall; CPU {f.driver_cpu:5.1f} s driver "
            f"({per_article:4.1f} ms an article), {f.workers_cpu:5.1f} s workers  "
            f"({stored[name]} articles stored)"
        )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--chunk", type=int, default=20)
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated executors to run (e.g. 'pool x2'), no ratios: the driver's "
        "peak RSS is then theirs alone (1 process loads every model in the driver)",
    )
    args = parser.parse_args()
    only = [name.strip() for name in args.only.split(",") if name.strip()] or None
    logging.getLogger("distributed").setLevel(logging.ERROR)  # worker start/stop chatter
    with sample_folder(args.articles) as (tmp, sample, count, words):
        write_chunks(sample, tmp / "chunks", args.chunk)
        chunks = sorted((tmp / "chunks").glob("chunk-*.jsonl"))
        print(
            f"sample: {count} Timeline17 articles, {words:,} words, {len(chunks)} chunks "
            "each ingested by every executor in rotating order (models warm)"
        )
        load = os.getloadavg()[0]
        figures = measure(chunks, tmp, only)
    print(f"  machine load (1 min) {load:.1f} before, {os.getloadavg()[0]:.1f} after")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  driver peak RSS {peak_mib:.0f} MiB (this process: every engine's driver)")
    if only:
        return 0
    for faster, slower, what in (
        ("pool x2", "1 process", "--workers 2 / --workers 1"),
        ("pool x2", "pool x1", ""),
        ("dask x2", "dask x1", ""),
        ("dask x1", "1 process", ""),
        ("dask x2", "pool x2", ""),
    ):
        ratio = figures[slower].wall / figures[faster].wall
        quiet = _quiet_s(figures[slower]) / _quiet_s(figures[faster])
        print(f"  {faster} / {slower}: {ratio:.2f}x faster ({quiet:.2f}x from CPU) {what}".rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
