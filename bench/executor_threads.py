"""Where each executor's CPU goes: per process and per thread, and per article in its workers.

Prints figures, asserts nothing. The executors of bench/dask_ingest.py (default: pool x2,
dask x2, dask x1, pool x1) ingest the same chunks of the Timeline17 sample in rotating
order, as that bench does. Around each turn every thread of the driver and of every
descendant process is read from /proc (CPU seconds, voluntary and involuntary context
switches): the driver's threads and the Dask workers' are named from `threading` (the
workers' through `client.run`), a pool worker is one main thread, a native thread
(the embedding model's second thread) by its /proc name. The analysis is wrapped to log,
in the worker, each article's own thread CPU and its start and end, so the same article's
analysis can be compared across executors (the median ratio) and a worker's idle time
between two articles summed (gaps under half a second: within a call, not between turns).

Why: on 2 cores, Dask's 2 workers against its 1 worker is bounded by the run's whole CPU;
`bench/dask_ingest.py` gives a total per executor, this says which thread of which
process holds it (the analysis itself, a worker's event loop, the driver's scheduler and
client), so a difference between two executors can be put where it is.

    PYTHONPATH=src:.:bench .venv/bin/python bench/executor_threads.py [--articles 120]
        [--chunk 20] [--only 'pool x2,dask x2']
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import statistics
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

TICK = os.sysconf("SC_CLK_TCK")

# thread names that carry a number per instance, counted together
_GROUPS = ("Dask-Default-Threads", "Dask-Offload", "IO loop", "ThreadPoolExecutor", "Thread-")

Counts = list[float]  # user s, system s, voluntary switches, involuntary switches


def _thread_counts(pid: int) -> dict[int, Counts]:
    """Each thread of `pid`: its CPU seconds and context switches (empty if it is gone)."""
    out: dict[int, Counts] = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/task/{tid}/status") as fh:
                status = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:
            continue
        out[int(tid)] = [
            int(fields[11]) / TICK,
            int(fields[12]) / TICK,
            int(status.get("voluntary_ctxt_switches", "0")),
            int(status.get("nonvoluntary_ctxt_switches", "0")),
        ]
    return out


def _native_name(pid: int, tid: int) -> str:
    try:
        with open(f"/proc/{pid}/task/{tid}/comm") as fh:
            return f"native:{fh.read().strip()}"
    except OSError:
        return "native"


def thread_names() -> dict[int, str]:
    """This process's threads by native id (run on a Dask worker through `client.run`)."""
    names = {t.native_id: t.name for t in threading.enumerate() if t.native_id is not None}
    main = threading.main_thread().native_id
    if main is not None:
        names[main] = "MainThread"
    return names


def _group(name: str) -> str:
    return next((prefix for prefix in _GROUPS if name.startswith(prefix)), name)


class TimedAnalysis:
    """The engine's per-article function, logging each call's thread CPU and times to a
    file per worker process (picklable: it goes to the workers like the function)."""

    def __init__(self, fn: Callable[[Any], Any], folder: str, label: str) -> None:
        self.fn = fn
        self.folder = folder
        self.label = label

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimedAnalysis) and (other.fn, other.label) == (
            self.fn,
            self.label,
        )

    def __hash__(self) -> int:
        return hash(self.label)

    def __call__(self, item: Any) -> Any:
        cpu, start = time.thread_time(), time.perf_counter()
        out = self.fn(item)
        row = {
            "id": getattr(item, "id", None),
            "cpu": time.thread_time() - cpu,
            "start": start,
            "end": time.perf_counter(),
        }
        with open(Path(self.folder) / f"{self.label}-{os.getpid()}.jsonl", "a") as fh:
            fh.write(json.dumps(row) + "\n")
        return out


class Turns:
    """CPU and switches per (process role, thread) summed over one executor's turns."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Counts] = defaultdict(lambda: [0.0, 0.0, 0, 0])
        self.wall = 0.0

    def add(
        self, before: dict[tuple[str, str], Counts], after: dict[tuple[str, str], Counts]
    ) -> None:
        for key, now in after.items():
            was = before.get(key, [0.0, 0.0, 0, 0])
            row = self.rows[key]
            for at in range(4):
                row[at] += now[at] - was[at]


def _processes(dask_pids: set[int]) -> list[tuple[int, str]]:
    import psutil

    me = psutil.Process()
    found = [(me.pid, "driver")]
    for child in me.children(recursive=True):
        try:
            forkserver = "forkserver" in " ".join(child.cmdline())
            parent = child.parent()
        except psutil.Error:
            continue
        if child.pid in dask_pids:
            found.append((child.pid, "dask worker"))
        elif forkserver and parent is not None and parent.pid != me.pid:
            found.append((child.pid, "pool worker"))
        else:
            found.append((child.pid, "other child"))
    return found


def _snapshot(names: dict[int, dict[int, str]]) -> dict[tuple[str, str], Counts]:
    out: dict[tuple[str, str], Counts] = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for pid, role in _processes(set(names) - {os.getpid()}):
        known = names.get(pid, {})
        for tid, counts in _thread_counts(pid).items():
            thread = "MainThread" if tid == pid else known.get(tid) or _native_name(pid, tid)
            row = out[(role, _group(thread))]
            for at in range(4):
                row[at] += counts[at]
    return out


def _print_turns(name: str, turns: Turns) -> None:
    total = sum(r[0] + r[1] for r in turns.rows.values())
    print(f"== {name}: wall {turns.wall:.1f} s, CPU {total:.2f} s")
    by_role: dict[str, float] = defaultdict(float)
    for (role, _thread), row in turns.rows.items():
        by_role[role] += row[0] + row[1]
    for role, cpu in sorted(by_role.items(), key=lambda kv: -kv[1]):
        if cpu < 0.01:
            continue
        print(f"  {role:<12} {cpu:6.2f} s")
        rows = [(t, r) for (p, t), r in turns.rows.items() if p == role and r[0] + r[1] >= 0.01]
        for thread, r in sorted(rows, key=lambda tr: -(tr[1][0] + tr[1][1])):
            print(
                f"      {thread:<28} user {r[0]:6.2f} sys {r[1]:5.2f}  "
                f"switches {int(r[2]):6d} voluntary {int(r[3]):6d} involuntary"
            )


def _print_articles(folder: Path, labels: list[str], since: float) -> None:
    """Per executor: the articles' analysis CPU, the median ratio to the first executor's
    for the same article, and the workers' idle time between two articles of a call."""
    calls: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    gaps: dict[str, list[float]] = defaultdict(list)
    for path in sorted(folder.glob("*.jsonl")):
        label = path.name.rsplit("-", 1)[0]
        rows = [json.loads(line) for line in path.read_text().splitlines()]
        rows = sorted((r for r in rows if r["start"] >= since), key=lambda r: r["start"])
        calls[label].update({str(r["id"]): r for r in rows})
        gaps[label] += [b["start"] - a["end"] for a, b in itertools.pairwise(rows)]
    first = calls[labels[0]]
    print("articles (each executor's own analysis, in its workers):")
    for label in labels:
        mine = calls[label]
        common = [i for i in mine if i in first and first[i]["cpu"] > 0]
        ratio = statistics.median(mine[i]["cpu"] / first[i]["cpu"] for i in common) if common else 0
        within = [g for g in gaps[label] if g < 0.5]
        cpu = sum(r["cpu"] for r in mine.values())
        print(
            f"  {label:<8} {len(mine)} articles: analysis CPU {cpu:6.2f} s; "
            f"median per article {ratio:.3f}x {labels[0]}'s; idle between articles of a call "
            f"{sum(within):.2f} s ({len(within)} gaps)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--chunk", type=int, default=20)
    parser.add_argument("--only", default="pool x2,dask x2,dask x1,pool x1")
    args = parser.parse_args()
    logging.getLogger("distributed").setLevel(logging.ERROR)
    from dask_ingest import _executors, _warm
    from floor_common import sample_folder, write_chunks

    from storyline.analyze.pipeline import DEFAULT_STAGES
    from storyline.engine import Storyline

    only = [name.strip() for name in args.only.split(",") if name.strip()]
    executors = _executors()
    with (
        sample_folder(args.articles) as (tmp, sample, count, words),
        tempfile.TemporaryDirectory() as logs,
    ):
        write_chunks(sample, tmp / "chunks", args.chunk)
        chunks = sorted((tmp / "chunks").glob("chunk-*.jsonl"))
        engines = {}
        names: dict[int, dict[int, str]] = {os.getpid(): {}}
        for n, name in enumerate(only):
            workers, factory = executors[name]
            engine = Storyline(tmp / f"run-{n}.db", stages=DEFAULT_STAGES, executor=factory())
            engine._analyse = TimedAnalysis(engine.analyse, logs, name.replace(" ", ""))
            _warm(engine, workers, tmp)
            client = getattr(engine.executor, "client", None)
            if client is not None:
                for pid, threads in client.run(lambda: (os.getpid(), thread_names())).values():
                    names[pid] = threads
            engines[name] = engine
        turns = {name: Turns() for name in only}
        since = time.perf_counter()  # the warm-up's calls are not counted (one clock for all
        # processes: perf_counter is the system's monotonic clock)
        load = os.getloadavg()[0]
        for n, chunk in enumerate(chunks):
            for name in only[n % len(only) :] + only[: n % len(only)]:
                names[os.getpid()] = thread_names()
                before = _snapshot(names)
                start = time.perf_counter()
                engines[name].ingest([str(chunk)])
                turns[name].wall += time.perf_counter() - start
                names[os.getpid()].update(thread_names())
                turns[name].add(before, _snapshot(names))
        for engine in engines.values():
            engine.close()
        print(
            f"sample: {count} Timeline17 articles, {words:,} words, chunks of {args.chunk}; "
            f"machine load (1 min) {load:.1f} before, {os.getloadavg()[0]:.1f} after"
        )
        for name in only:
            _print_turns(name, turns[name])
        _print_articles(Path(logs), [name.replace(" ", "") for name in only], since)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
