"""Executors: where per-article work runs (in process, a local process pool, Dask later)."""

from storyline.run.executors import (
    Executor,
    LocalExecutor,
    ProcessExecutor,
    WorkerDied,
    make_executor,
)

__all__ = ["Executor", "LocalExecutor", "ProcessExecutor", "WorkerDied", "make_executor"]
