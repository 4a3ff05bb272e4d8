"""The Dask executor: per-article work on a Dask cluster, behind the same `imap`.

`--dask ADDRESS` runs the analysis on an existing scheduler's workers;
`--executor dask --workers N` starts a LocalCluster of N single-threaded worker
processes on 127.0.0.1 for the run. Imported only when one of those is asked
for: `distributed` costs a second of start-up that no other command should pay.

The function (the pipeline) reaches each worker once, as a worker plugin: the
scheduler installs it on every worker, including one that joins or restarts
later, and each task ships only its article. The models therefore load once per
worker, as in the process pool. A worker runs one installed function call at a
time (a lock), so a worker started with several threads stays correct with
models that are not thread-safe; give workers `--nthreads 1` and the cores go
to the models' own threads instead.

Items go to the workers in small batches (run/batches.py): a Dask task costs the
driver 4-5 ms of CPU whatever it carries, the pool's under 1 ms, so one task an
article made Dask's driver the larger share of a 2-worker run. A batch is one item
at the start of a stream and whenever a worker may be idle, and shrinks to one
item at its end. Results come back in input order through a bounded window as
with the process pool. An item's own failure comes back as its exception. A
worker that dies mid-batch has the batch retried on another worker by the
scheduler (up to its `allowed-failures`, 3 by default); a batch given up on is
run again one item a task, and an item given up on beside another is run once
more alone, so only an item that kills every worker it runs on is reported as
`WorkerDied`. Either way each item yields exactly one result, so
the driver stores each article once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import dask.config
from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin

from storyline.errors import ExecutorUnavailable
from storyline.run.batches import in_input_order_batched
from storyline.run.wire import pack, unpack
from storyline.run.workers import (
    CONNECT_TIMEOUT_S,
    THREADS_ENV,
    WorkerDied,
    guarded,
    thread_share,
)

__all__ = ["DaskExecutor"]

T = TypeVar("T")
R = TypeVar("R")

WINDOW_PER_THREAD = 16
"""Items in flight per worker thread: the process pool's figure, for the same reason."""

BATCH_MOST = 4
"""Items a task carries at most: the driver's cost per task (4-5 ms) shared by four
articles (~190 ms of analysis each), while the batches at a stream's end still shrink
to one (with 2 workers, 16 items are read ahead to see the end coming)."""

LOCAL_WORKER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ": {},
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.scheduler.work-stealing": False,
    "distributed.scheduler.worker-saturation": 1.0,
}
"""Dask settings the workers of a LocalCluster this executor starts run with: those of
the process pool's workers, so `--executor dask` and `--executor process` analyse alike.

- No statistical profiler: by default a Dask worker samples the stack of every running
  task every 10 ms (for the dashboard), a thread that takes the GIL from the analysis
  and walks spaCy's deep stacks; nobody reads that profile here.
- The driver's environment, as a pool worker has it: a nanny otherwise starts its worker
  with MALLOC_TRIM_THRESHOLD_=65536 (glibc hands freed memory back to the system at 64 kB
  and the analysis's arrays fault it in again) and OMP/MKL/OPENBLAS_NUM_THREADS=1, and
  sets them in its own process first, which in a LocalCluster is the driver's.
- Fewer wake-ups on a machine with few cores: every Dask server (scheduler, nannies,
  workers) checks its event loop's latency every 20 ms and samples its process's use
  every 500 ms, each wake-up a GIL request beside the analysis. An idle 2-worker cluster
  took 7% of a core here (driver 3.5%, workers 3.9%); checking every second, sampling
  every 5 s and no work stealing (tasks are queued at the scheduler and handed to the
  first free worker anyway), 1.3%. Only the "event loop unresponsive" warnings and the
  dashboard's plots lose resolution.
- One task on a worker at a time (worker-saturation 1.0; Dask's default 1.1 rounds up to two
  for a single-threaded worker): when a worker dies, Dask counts every task it held as
  suspect, so an item queued behind one that kills its workers was given up on with it
  (the fault test saw 2 of 8 items lost so under load). The next task now waits at the
  scheduler, one round trip per task of about four articles.

A cluster named by address keeps the settings its workers were started with."""

# On a worker: the functions installed by `_InstallFunction`, by plugin name, each
# with the lock that makes the worker run it one call at a time.
_INSTALLED: dict[str, tuple[Callable[[Any], Any], threading.Lock]] = {}


class _InstallFunction(WorkerPlugin):
    """Puts one function on a worker when the worker starts (or now, if it runs)."""

    def __init__(self, name: str, fn: Callable[[Any], Any], threads: int | None) -> None:
        self.name = name
        self.fn = fn
        self.threads = threads
        self.driver_pid = os.getpid()

    def setup(self, worker: Any) -> None:
        # The models' threads: the share given for a local cluster, else the worker's
        # own. Not in a cluster of threads: that worker's environment is the driver's.
        if os.getpid() != self.driver_pid:
            threads = self.threads or max(1, int(worker.state.nthreads))
            os.environ[THREADS_ENV] = str(threads)
        _INSTALLED[self.name] = (self.fn, threading.Lock())

    def teardown(self, worker: Any) -> None:
        _INSTALLED.pop(self.name, None)


def _run_installed(name: str, item: Any) -> Any:
    try:
        fn, lock = _INSTALLED[name]
    except KeyError:
        return RuntimeError(f"function {name} is not installed on this Dask worker")
    with lock:
        return guarded(fn, item)


def _run_installed_batch(name: str, items: list[Any]) -> list[bytes]:
    """One result (or the item's exception) per item, in order, each packed for the
    driver (run/wire.py)."""
    return [pack(_run_installed(name, item)) for item in items]


class DaskExecutor:
    """Runs items on a Dask cluster: an existing scheduler, or a LocalCluster it starts.

    Connects (or starts the cluster) when built, so an unreachable scheduler is
    reported before anything is read; raises ExecutorUnavailable with one line.
    `processes=False` (a LocalCluster of threads) is for tests of the protocol.
    """

    def __init__(
        self,
        scheduler: str | None = None,
        *,
        workers: int = 1,
        window: int | None = None,
        timeout_s: float = CONNECT_TIMEOUT_S,
        processes: bool = True,
        batch: int = BATCH_MOST,
    ) -> None:
        self._cluster: LocalCluster | None = None
        self._threads: int | None = None
        if scheduler is None:
            self._threads = thread_share(workers) if processes else 1
            # each worker's nanny keeps the settings in force here, for restarts too
            with dask.config.set(LOCAL_WORKER_CONFIG):
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=processes,
                    host="127.0.0.1",
                    protocol="tcp",  # a cluster of threads too: the wire of workers elsewhere
                    # its HTTP server on a free loopback port (None would still take 8787)
                    dashboard_address="127.0.0.1:0",
                    memory_limit=0,  # as the process pool: no per-worker memory limit
                    silence_logs=logging.ERROR,  # a restarted worker is reported per item
                )
            scheduler = self._cluster.scheduler_address
        try:
            self._client = Client(scheduler, timeout=timeout_s, set_as_default=False)
        except (OSError, ValueError, TypeError) as exc:
            self._close_cluster()
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ExecutorUnavailable(
                f"Dask scheduler {scheduler}: cannot be reached within {timeout_s:g}s ({reason})"
            ) from None
        threads = sum(self._client.nthreads().values())
        self.window = window or max(1, threads) * WINDOW_PER_THREAD
        self.batch = max(1, batch)
        self._plugins: list[tuple[Callable[[Any], Any], str]] = []

    @property
    def workers(self) -> int:
        """The cluster's worker threads now (it may grow or shrink later)."""
        threads: int = sum(self._client.nthreads().values())
        return max(1, threads)

    @property
    def client(self) -> Client:
        """The Dask client (for tests and benchmarks that look at the workers)."""
        return self._client

    def _installed(self, fn: Callable[[Any], Any]) -> str:
        for known, name in self._plugins:
            if known == fn:  # a bound method is a new object on each access, but equal
                return name
        name = f"storyline-fn-{uuid.uuid4().hex}"
        self._client.register_plugin(_InstallFunction(name, fn, self._threads), name=name)
        self._plugins.append((fn, name))
        return name

    def imap(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        *,
        cost: Callable[[T], float] | None = None,
    ) -> Iterator[R | Exception]:
        name = self._installed(fn)

        def submit(batch: list[T]) -> Future[Any]:
            # pure=False: two equal batches are two tasks, and no item is hashed
            return self._client.submit(_run_installed_batch, name, batch, pure=False)

        def collect(future: Future[Any], batch: list[T]) -> list[Any]:
            return self._batch_results(name, future, batch)

        # the threads of the workers there are now (a cluster may grow or shrink later)
        workers = max(1, sum(self._client.nthreads().values()))
        return in_input_order_batched(
            items,
            submit,
            collect,
            lambda future: future.done(),
            window=self.window,
            workers=workers,
            most=self.batch,
            cost=cost,
        )

    def _batch_results(self, name: str, future: Future[Any], batch: list[Any]) -> list[Any]:
        """The batch's results; a batch whose workers died until Dask gave up on it is
        run again one item a task, so only the item that kills its workers fails.

        Dask counts every task queued on a worker when it dies as suspect, so an item
        re-run beside the killer may be given up on with it. Once all of the batch's
        singles are done (the killer given up on), each single given up on is run once
        more alone, one after another: then nothing of this batch can kill its worker
        but the item itself.
        """
        outcome = self._result(future)
        if not isinstance(outcome, Exception):
            return [unpack(packed) for packed in outcome]
        if not isinstance(outcome, WorkerDied) or len(batch) == 1:
            return [outcome] * len(batch)
        singles = [
            self._client.submit(_run_installed_batch, name, [item], pure=False) for item in batch
        ]
        results = [self._single_result(single) for single in singles]
        for at, result in enumerate(results):
            if isinstance(result, WorkerDied):
                alone = self._client.submit(_run_installed_batch, name, [batch[at]], pure=False)
                results[at] = self._single_result(alone)
        return results

    def _single_result(self, future: Future[Any]) -> Any:
        outcome = self._result(future)
        return outcome if isinstance(outcome, Exception) else unpack(outcome[0])

    def warm(self, fn: Callable[[T], R], items: Sequence[T]) -> None:
        """Run `fn` over every item on every worker now (each loads its models before the work).

        Items sent as ordinary tasks go where the scheduler likes: with two English and two
        other-language warm-up texts over two workers, one worker may get only the English
        ones and the other only the rest (and never load the English model until mid-run).
        Each item is pinned to each worker here (loosely: a worker gone meanwhile has its
        items run elsewhere rather than waited for). An item's failure is the stream's to report.
        """
        name = self._installed(fn)
        futures = [
            self._client.submit(
                _run_installed, name, item, pure=False, workers=[address], allow_other_workers=True
            )
            for address in self._client.nthreads()
            for item in items
        ]
        for future in futures:
            self._result(future)

    @staticmethod
    def _result(future: Future[Any]) -> Any:
        try:
            return future.result()
        except KilledWorker as exc:
            first_sentence = str(exc).split(". ")[0]
            return WorkerDied(f"Dask workers died running this item ({first_sentence})")
        except Exception as exc:  # the scheduler went away, a result that would not unpickle
            return exc
        finally:
            future.release()

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R | Exception]:
        return list(self.imap(fn, items))

    def close(self) -> None:
        """Remove the installed functions from the workers; stop a cluster this started."""
        for _fn, name in self._plugins:
            with contextlib.suppress(Exception):  # a scheduler gone has nothing to remove
                self._client.unregister_worker_plugin(name)
        self._plugins = []
        self._client.close()
        self._close_cluster()

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
