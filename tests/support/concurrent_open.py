"""The body of a process that opens a SQLite store at a barrier, for the concurrent
first-open test. It lives on the tests' import path (tests/support) rather than in the
test module so that a spawned child can import it however pytest was started: the
child re-imports the target by module name, and a test module's name depends on
whether the checkout's root is on sys.path (`python -m pytest`) or not (`pytest`)."""

from __future__ import annotations

import multiprocessing as mp
import multiprocessing.synchronize

from storyline.store.sqlite import SQLiteStore

__all__ = ["open_at_once"]


def open_at_once(
    path: str, barrier: multiprocessing.synchronize.Barrier, out: mp.Queue[str]
) -> None:
    barrier.wait()
    try:
        with SQLiteStore(path) as store:
            out.put(f"ok {store.count_articles()}")
    except Exception as exc:
        out.put(f"error {exc!r}")
