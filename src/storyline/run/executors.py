"""One-method executors, so the engine does not care where a pure per-article stage runs.

Per-article stages are pure and picklable; an executor maps one over a batch
and returns results in input order. A failure of one item comes back as the
exception object, not raised, so one bad article never sinks its batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Generic, Protocol, TypeVar

__all__ = ["Executor", "LocalExecutor", "ProcessExecutor", "make_executor"]

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R | Exception]: ...

    def close(self) -> None: ...


def _guarded(fn: Callable[[T], R], item: T) -> R | Exception:
    try:
        return fn(item)
    except Exception as exc:  # one item's failure is reported, never fatal to the batch
        return exc


class LocalExecutor:
    """Runs in the calling process: the default, and what tests use."""

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R | Exception]:
        return [_guarded(fn, item) for item in items]

    def close(self) -> None:
        return None


class _Call(Generic[T, R]):
    """Picklable (fn, item) -> guarded result, for process pools."""

    def __init__(self, fn: Callable[[T], R]) -> None:
        self.fn = fn

    def __call__(self, item: T) -> R | Exception:
        return _guarded(self.fn, item)


class ProcessExecutor:
    """A local process pool; each worker loads models once and keeps them."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or max(1, (os.cpu_count() or 1))
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R | Exception]:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
        chunk = max(1, len(items) // (self.workers * 4))
        return list(self._pool.map(_Call(fn), items, chunksize=chunk))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


def make_executor(workers: int) -> LocalExecutor | ProcessExecutor:
    """workers <= 1: in process; more: a process pool of that size."""
    return LocalExecutor() if workers <= 1 else ProcessExecutor(workers)
