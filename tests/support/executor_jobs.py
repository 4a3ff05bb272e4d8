"""Small picklable jobs for executor tests (a worker process imports them by module name)."""

from __future__ import annotations

import os
import time

__all__ = ["die_on_three", "fail_on_odd", "model_threads_here", "sleep_then_echo", "square"]


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
