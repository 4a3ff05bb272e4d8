"""What every executor's workers share: one item's guarded call, the death of a worker,
the threads a worker's models may use, and how long to try reaching a scheduler.

The process pool (executors.py) and the Dask executor (dask_executor.py) both import
these from here, and neither imports the other at its top: executors.py names Dask only
inside `make_executor`, when it is asked for, so the default path never loads it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

__all__ = ["CONNECT_TIMEOUT_S", "THREADS_ENV", "WorkerDied", "guarded", "thread_share"]

T = TypeVar("T")
R = TypeVar("R")

THREADS_ENV = "STORYLINE_MODEL_THREADS"
"""Set in each pool worker: the threads a model there may use (its share of the cores)."""

CONNECT_TIMEOUT_S = 10.0
"""How long to try reaching a Dask scheduler before saying it cannot be reached."""


class WorkerDied(RuntimeError):
    """The worker process running an item died (killed, out of memory, crashed)."""


def guarded(fn: Callable[[T], R], item: T) -> R | Exception:
    """`fn(item)`, or the exception it raised: one item's failure is reported as its
    result, never fatal to the stream."""
    try:
        return fn(item)
    except Exception as exc:  # one item's failure is reported, never fatal to the stream
        return exc


def thread_share(workers: int) -> int:
    """The cores each of `workers` local worker processes may give its models' threads."""
    return max(1, (os.cpu_count() or 1) // workers)
