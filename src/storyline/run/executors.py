"""Executors: where a pure per-article function runs, behind one streaming method.

Per-article stages are pure and picklable; an executor runs one over a stream
of items and hands the results back in input order (`imap`), each as soon as
it and every item before it are done. A stream, not batches: a slow article
holds back only the hand-back of the ones after it, never the workers, which
keep taking the next items (up to a bounded window, so memory stays bounded
however long the stream). A failure of one item comes back as the exception
object, not raised, so one bad article never sinks the rest.

The process pool and the Dask executor (run/dask_executor.py, imported only
when asked for) share the windowed, in-order hand-back (run/batches.py): the
pool as `in_input_order`, one item a task; Dask in batches. What both executors' workers
share (the guarded call, `WorkerDied`, the thread share) is in run/workers.py, which both
import, so the Dask executor never imports this module.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, NamedTuple, Protocol, TypeVar

from storyline.run.batches import in_input_order_batched
from storyline.run.wire import pack, unpack
from storyline.run.workers import CONNECT_TIMEOUT_S, THREADS_ENV, WorkerDied, guarded, thread_share

__all__ = [
    "EXECUTOR_KINDS",
    "Executor",
    "LocalExecutor",
    "ProcessExecutor",
    "in_input_order",
    "make_executor",
]

T = TypeVar("T")
R = TypeVar("R")
F = TypeVar("F", bound="_Pending")


class Executor(Protocol):
    """Runs `fn` over items; results (or each item's exception) in input order."""

    def imap(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        *,
        cost: Callable[[T], float] | None = None,
    ) -> Iterator[R | Exception]:
        """Streaming: items are pulled as capacity frees, results yielded in input order.

        `cost(item)`: how long the item's work is relative to the others' (an article's
        length); an executor with several workers may send a long item before its turn
        so that no worker is left alone with it at the end (run/dispatch.py)."""
        ...

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R | Exception]:
        """All at once: `list(imap(fn, items))`."""
        ...

    def close(self) -> None: ...


class _Pending(Protocol):
    def done(self) -> bool: ...


def in_input_order(
    items: Iterable[T],
    submit: Callable[[T], F],
    collect: Callable[[F], Any],
    window: int,
    *,
    workers: int | None = None,
    cost: Callable[[T], float] | None = None,
) -> Iterator[Any]:
    """Submit items as they are pulled; collect them in input order, at most `window` in flight.

    A result is handed back as soon as it and every one before it are done, or
    when the window is full (then the oldest is waited for): the workers keep
    taking new items behind a slow one, and a long stream never sits in memory.

    The batched hand-back (run/batches.py) with batches of one (a process pool's task
    costs it little). Given its `workers` and the items' `cost`, half the window is read
    ahead so that a long item is sent before the short ones around it near a stream's end
    (run/dispatch.py); without `workers` every item is submitted as it is read.
    """
    return in_input_order_batched(
        items,
        lambda batch: submit(batch[0]),
        lambda task, _batch: (collect(task),),
        _is_done,
        window=window,
        workers=workers or window,
        most=1,
        cost=cost,
    )


def _is_done(task: _Pending) -> bool:
    return task.done()


class LocalExecutor:
    """Runs in the calling process, one item at a time: the default, and what tests use."""

    def imap(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        *,
        cost: Callable[[T], float] | None = None,
    ) -> Iterator[R | Exception]:
        for item in items:  # one worker: the order of the work changes nothing
            yield guarded(fn, item)

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R | Exception]:
        return list(self.imap(fn, items))

    def warm(self, fn: Callable[[T], R], items: Sequence[T]) -> None:
        """The one worker is this process: `fn` over `items` here."""
        self.map(fn, items)

    def close(self) -> None:
        return None


# In a pool worker: the function installed once by the pool's initializer, so each
# task ships only its item (a pipeline pickled with every article would cost more
# than small articles' analysis).
_INSTALLED: list[Callable[[Any], Any]] = []


def _install(fn: Callable[[Any], Any], threads: int, warm: Sequence[Any] = ()) -> None:
    os.environ[THREADS_ENV] = str(threads)
    _INSTALLED[:] = [fn]
    for item in warm:  # before the worker takes its first task (see ProcessExecutor.warm)
        guarded(fn, item)


def _worker_pid() -> int:
    """Which worker ran this: a call a worker takes only once its initializer is done."""
    return os.getpid()


def _run_installed(item: Any) -> bytes:
    return pack(guarded(_INSTALLED[0], item))


def _run_with(fn: Callable[[T], R], item: T) -> bytes:
    return pack(guarded(fn, item))


class _InFlight(NamedTuple):
    """A submitted item's future and the pool it went to."""

    future: Future[Any]
    pool: ProcessPoolExecutor

    def done(self) -> bool:
        return self.future.done()


def _start_method() -> str:
    """forkserver where there is one: workers never inherit the driver's threads or locks."""
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


class ProcessExecutor:
    """A local process pool; each worker loads its models once and keeps them.

    `window` bounds the items in flight (submitted, not yet handed back): enough
    to keep every worker busy behind one slow article (by default 16 per worker:
    the others go on while one reads a page 15 times the usual length), few
    enough that a long stream never sits in memory. A worker that dies fails the items it and the
    pool had in flight (each reported as `WorkerDied`); the pool is rebuilt for
    the rest of the stream.
    """

    def __init__(self, workers: int | None = None, *, window: int | None = None) -> None:
        self.workers = workers or max(1, os.cpu_count() or 1)
        self.window = window or self.workers * 16
        self._pool: ProcessPoolExecutor | None = None
        self._installed: Callable[[Any], Any] | None = None
        self._warm_fn: Callable[[Any], Any] | None = None
        self._warm_items: tuple[Any, ...] = ()

    def _pool_for(self, fn: Callable[[Any], Any]) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context(_start_method()),
                initializer=_install,
                # the warm-up items are for the function they were given with
                initargs=(
                    fn,
                    thread_share(self.workers),
                    self._warm_items if fn == self._warm_fn else (),
                ),
            )
            self._installed = fn
        return self._pool

    def warm(self, fn: Callable[[T], R], items: Sequence[T]) -> None:
        """Every worker runs `fn` over `items` as it starts, before its first task; returns
        once all the workers have started (so all are warm).

        A pool hands a task to whichever worker is free first, so warm-up items sent as
        tasks could all go to one worker while another loads its models mid-run (and a
        worker given only a non-English item never loads the English model). In the
        initializer each worker runs every item, and so does a worker of a pool rebuilt
        after a death. `fn` becomes the installed function (the pool is started again if
        it ran another).
        """
        self.close()
        self._warm_fn, self._warm_items = fn, tuple(items)
        pool = self._pool_for(fn)
        started: set[int] = set()
        # the pool starts a worker for each call submitted while none is idle, and a worker
        # takes calls only once its initializer is done: ask until every worker has answered
        while len(started) < self.workers:
            calls = [pool.submit(_worker_pid) for _ in range(self.workers)]
            try:
                started.update(call.result() for call in calls)
            except BrokenProcessPool:
                self._discard_pool()
                return
            if len(started) < self.workers:
                time.sleep(0.05)  # the others are still warming

    def _submit(self, fn: Callable[[T], R], item: T) -> _InFlight:
        pool = self._pool_for(fn)
        if fn is self._installed:
            return _InFlight(pool.submit(_run_installed, item), pool)
        return _InFlight(pool.submit(_run_with, fn, item), pool)

    def imap(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        *,
        cost: Callable[[T], float] | None = None,
    ) -> Iterator[R | Exception]:
        return in_input_order(
            items,
            lambda item: self._submit(fn, item),
            self._result,
            self.window,
            workers=self.workers,
            cost=cost,
        )

    def _result(self, submitted: _InFlight) -> Any:
        try:
            return unpack(submitted.future.result())
        except BrokenProcessPool as exc:
            if submitted.pool is self._pool:  # the pool items submitted since then went to is sound
                self._discard_pool()
            return WorkerDied(f"worker process died ({exc})")
        except Exception as exc:  # e.g. a result that could not be pickled back
            return exc

    def _discard_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
            self._installed = None

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R | Exception]:
        return list(self.imap(fn, items))

    def worker_pids(self) -> list[int]:
        """The live workers' process ids (for memory reports); [] before the first item."""
        if self._pool is None:
            return []
        processes = getattr(self._pool, "_processes", None) or {}
        return sorted(int(pid) for pid in processes)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
            self._installed = None


EXECUTOR_KINDS = ("process", "dask")
"""How `--workers N` runs: a local process pool (the default) or a local Dask cluster."""


def make_executor(
    workers: int,
    *,
    kind: str = "process",
    scheduler: str | None = None,
    timeout_s: float = CONNECT_TIMEOUT_S,
) -> Executor:
    """Where analysis runs: a Dask scheduler if one is named; else in process for one
    worker, or `workers` local processes (a process pool, or a Dask LocalCluster).

    Dask is imported here only when asked for, so the default path never loads it.
    Raises ExecutorUnavailable (one line) if a named scheduler cannot be reached
    within `timeout_s`.
    """
    if kind not in EXECUTOR_KINDS:
        raise ValueError(f"unknown executor {kind!r} (known: {', '.join(EXECUTOR_KINDS)})")
    if scheduler is not None or kind == "dask":
        from storyline.run.dask_executor import DaskExecutor

        if scheduler is not None:
            return DaskExecutor(scheduler, timeout_s=timeout_s)
        return DaskExecutor(workers=workers)
    return LocalExecutor() if workers <= 1 else ProcessExecutor(workers)
