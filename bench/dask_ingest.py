"""Ingest on Dask against one process and the process pool, on real Timeline17 articles.

Prints figures, asserts nothing. Four executors ingest the same sample, each
into its own SQLite file, with the default stages, embeddings and stories:

  1 process      LocalExecutor (what `storyline ingest` does by default)
  pool x2        ProcessExecutor(2) (`--workers 2`)
  dask x1        DaskExecutor, a LocalCluster of 1 worker process (`--executor dask --workers 1`)
  dask x2        DaskExecutor, a LocalCluster of 2 worker processes (`--executor dask --workers 2`)

Every executor's models are loaded before the clock starts (a warm-up article
per worker). The sample is cut into chunks and each chunk is ingested by all
four in an order that rotates from chunk to chunk, so a machine whose speed
drifts (cores shared with other work) favours none of them. The ratios are
taken within this one run.

    .venv/bin/python bench/dask_ingest.py [--articles 120] [--chunk 20]
"""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Callable
from pathlib import Path

from floor_common import sample_folder, write_chunks
from floor_runs import _warm

from storyline.run.executors import Executor


def _executors() -> dict[str, tuple[int, Callable[[], Executor]]]:
    """Name -> (workers, factory); built lazily so Dask starts only when measured."""
    from storyline.run import LocalExecutor, ProcessExecutor
    from storyline.run.dask_executor import DaskExecutor

    return {
        "1 process": (1, LocalExecutor),
        "pool x2": (2, lambda: ProcessExecutor(2)),
        "dask x1": (1, lambda: DaskExecutor(workers=1)),
        "dask x2": (2, lambda: DaskExecutor(workers=2)),
    }


def measure(chunks: list[Path], tmp: Path) -> dict[str, float]:
    from storyline.analyze.pipeline import DEFAULT_STAGES
    from storyline.engine import Storyline

    engines = {}
    for n, (name, (workers, factory)) in enumerate(_executors().items()):
        engine = Storyline(tmp / f"run-{n}.db", stages=DEFAULT_STAGES, executor=factory())
        _warm(engine, workers)
        engines[name] = engine
    names = list(engines)
    seconds = dict.fromkeys(names, 0.0)
    stored = dict.fromkeys(names, 0)
    for n, chunk in enumerate(chunks):
        for name in names[n % len(names) :] + names[: n % len(names)]:
            start = time.perf_counter()
            report = engines[name].ingest([str(chunk)])
            seconds[name] += time.perf_counter() - start
            stored[name] += report.new
    for engine in engines.values():
        engine.close()
    for name in names:
        print(f"  {name:<10} {seconds[name]:6.1f} s  ({stored[name]} articles stored)")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--chunk", type=int, default=20)
    args = parser.parse_args()
    logging.getLogger("distributed").setLevel(logging.ERROR)  # worker start/stop chatter
    with sample_folder(args.articles) as (tmp, sample, count, words):
        write_chunks(sample, tmp / "chunks", args.chunk)
        chunks = sorted((tmp / "chunks").glob("chunk-*.jsonl"))
        print(
            f"sample: {count} Timeline17 articles, {words:,} words, {len(chunks)} chunks "
            "each ingested by every executor in rotating order (models warm)"
        )
        seconds = measure(chunks, tmp)
    one = seconds["1 process"]
    print(f"  pool x2 / 1 process: {one / seconds['pool x2']:.2f}x faster")
    print(f"  dask x1 / 1 process: {one / seconds['dask x1']:.2f}x faster")
    print(f"  dask x2 / dask x1:   {seconds['dask x1'] / seconds['dask x2']:.2f}x faster")
    print(f"  dask x2 / pool x2:   {seconds['pool x2'] / seconds['dask x2']:.2f}x faster")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
