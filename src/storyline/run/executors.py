"""Executors: where a pure per-article function runs, behind one streaming method.

Per-article stages are pure and picklable; an executor runs one over a stream
of items and hands the results back in input order (`imap`), each as soon as
it and every item before it are done. A stream, not batches: a slow article
holds back only the hand-back of the ones after it, never the workers, which
keep taking the next items (up to a bounded window, so memory stays bounded
however long the stream). A failure of one item comes back as the exception
object, not raised, so one bad article never sinks the rest.

The process pool implements the protocol now; a Dask executor (scale-out)
implements the same `imap` over `client.submit` and `as_completed`.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

__all__ = [
    "THREADS_ENV",
    "Executor",
    "LocalExecutor",
    "ProcessExecutor",
    "WorkerDied",
    "make_executor",
]

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """Runs `fn` over items; results (or each item's exception) in input order."""

    def imap(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R | Exception]:
        """Streaming: items are pulled as capacity frees, results yielded in input order."""
        ...

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R | Exception]:
        """All at once: `list(imap(fn, items))`."""
        ...

    def close(self) -> None: ...


class WorkerDied(RuntimeError):
    """The worker process running an item died (killed, out of memory, crashed)."""


def _guarded(fn: Callable[[T], R], item: T) -> R | Exception:
    try:
        return fn(item)
    except Exception as exc:  # one item's failure is reported, never fatal to the stream
        return exc


class LocalExecutor:
    """Runs in the calling process, one item at a time: the default, and what tests use."""

    def imap(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R | Exception]:
        for item in items:
            yield _guarded(fn, item)

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R | Exception]:
        return list(self.imap(fn, items))

    def close(self) -> None:
        return None


# In a pool worker: the function installed once by the pool's initializer, so each
# task ships only its item (a pipeline pickled with every article would cost more
# than small articles' analysis).
_INSTALLED: list[Callable[[Any], Any]] = []


THREADS_ENV = "STORYLINE_MODEL_THREADS"
"""Set in each pool worker: the threads a model there may use (its share of the cores)."""


def _install(fn: Callable[[Any], Any], threads: int) -> None:
    os.environ[THREADS_ENV] = str(threads)
    _INSTALLED[:] = [fn]


def _run_installed(item: Any) -> Any:
    return _guarded(_INSTALLED[0], item)


def _run_with(fn: Callable[[T], R], item: T) -> R | Exception:
    return _guarded(fn, item)


_InFlight = tuple[Future[Any], ProcessPoolExecutor]
"""A submitted item's future and the pool it went to."""


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

    def _pool_for(self, fn: Callable[[Any], Any]) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context(_start_method()),
                initializer=_install,
                initargs=(fn, max(1, (os.cpu_count() or 1) // self.workers)),
            )
            self._installed = fn
        return self._pool

    def _submit(self, fn: Callable[[T], R], item: T) -> _InFlight:
        pool = self._pool_for(fn)
        if fn is self._installed:
            return pool.submit(_run_installed, item), pool
        return pool.submit(_run_with, fn, item), pool

    def imap(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R | Exception]:
        pending: deque[_InFlight] = deque()
        for item in items:
            pending.append(self._submit(fn, item))
            while len(pending) >= self.window or (pending and pending[0][0].done()):
                yield self._result(*pending.popleft())
        while pending:
            yield self._result(*pending.popleft())

    def _result(self, future: Future[Any], pool: ProcessPoolExecutor) -> Any:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            if pool is self._pool:  # the pool items submitted since then went to is sound
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


def make_executor(workers: int) -> LocalExecutor | ProcessExecutor:
    """workers <= 1: in process; more: a process pool of that size."""
    return LocalExecutor() if workers <= 1 else ProcessExecutor(workers)
