"""Executors: where per-article work runs (in process, a local process pool, Dask).

The Dask executor lives in `storyline.run.dask_executor` and is not imported
here: only a run that asks for Dask pays for importing `distributed`.
"""

from storyline.run.executors import (
    EXECUTOR_KINDS,
    Executor,
    LocalExecutor,
    ProcessExecutor,
    make_executor,
)
from storyline.run.workers import WorkerDied

__all__ = [
    "EXECUTOR_KINDS",
    "Executor",
    "LocalExecutor",
    "ProcessExecutor",
    "WorkerDied",
    "make_executor",
]
