"""Small picklable jobs for executor tests (a worker process imports them by module name)."""

from __future__ import annotations

import os
import time
from typing import Any

__all__ = [
    "CountsItsCopies",
    "dask_setting",
    "die_on_three",
    "environment_value",
    "fail_on_odd",
    "model_threads_here",
    "remember",
    "samples_task_stacks",
    "sleep_then_echo",
    "square",
]


def square(n: int) -> int:
    return n * n


def fail_on_odd(n: int) -> int:
    if n % 2:
        raise ValueError(f"odd: {n}")
    return n


def sleep_then_echo(item: tuple[int, float]) -> int:
    """(value, seconds): wait, then return the value (an early slow item, later fast ones)."""
    value, seconds = item
    time.sleep(seconds)
    return value


def die_on_three(n: int) -> int:
    """Kills its worker process on 3, as an out-of-memory kill or a crash in C would."""
    if n == 3:
        os._exit(1)
    return n


def model_threads_here(_: int) -> int:
    """The embedding model's thread count in the process this runs in."""
    from storyline.analyze.embed import model_threads

    return model_threads()


_COPIES_HERE = [0]


class CountsItsCopies:
    """A job that counts the copies of itself unpickled in this process (a model loaded
    per copy would load that many times); returns (process id, copies so far)."""

    def __init__(self) -> None:
        self.label = "job"  # some state, so unpickling calls __setstate__

    def __setstate__(self, state: dict[str, object]) -> None:
        _COPIES_HERE[0] += 1
        self.__dict__.update(state)

    def __call__(self, _: int) -> tuple[int, int]:
        return os.getpid(), _COPIES_HERE[0]


def samples_task_stacks(dask_worker: Any) -> bool:
    """On a Dask worker (`Client.run` passes it): whether its statistical profiler runs."""
    return "profile" in dask_worker.periodic_callbacks


def environment_value(name: str) -> str | None:
    """An environment variable as the process running this job sees it."""
    return os.environ.get(name)


_REMEMBERED: list[Any] = []


def remember(item: Any) -> tuple[int, tuple[Any, ...]]:
    """Records the item in this process: (pid, every item this process was given so far)."""
    _REMEMBERED.append(item)
    return os.getpid(), tuple(_REMEMBERED)


def dask_setting(key: str) -> Any:
    """A Dask setting as the process this runs in sees it."""
    import dask.config

    return dask.config.get(key)
