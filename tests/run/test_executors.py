"""Executors stream items and hand results back in input order, failures as values."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from executor_jobs import (
    die_on_three,
    fail_on_odd,
    model_threads_here,
    sleep_then_echo,
    square,
)

from storyline.run import LocalExecutor, ProcessExecutor, WorkerDied, make_executor


def test_local_imap_is_lazy_and_ordered() -> None:
    pulled: list[int] = []

    def items() -> Iterator[int]:
        for n in range(5):
            pulled.append(n)
            yield n

    results = LocalExecutor().imap(square, items())
    assert next(results) == 0
    assert pulled == [0]  # nothing read ahead in process
    assert list(results) == [1, 4, 9, 16]


def test_failures_come_back_as_values_in_place() -> None:
    for executor in (LocalExecutor(), ProcessExecutor(2)):
        try:
            out = executor.map(fail_on_odd, [0, 1, 2, 3])
        finally:
            executor.close()
        assert out[0] == 0 and out[2] == 2
        assert isinstance(out[1], ValueError) and "odd: 1" in str(out[1])
        assert isinstance(out[3], ValueError)


def test_process_imap_keeps_input_order_behind_a_slow_item() -> None:
    executor = ProcessExecutor(2)
    try:
        items = [(0, 0.6)] + [(n, 0.0) for n in range(1, 12)]
        assert list(executor.imap(sleep_then_echo, items)) == list(range(12))
    finally:
        executor.close()


def test_process_imap_reads_at_most_a_window_ahead() -> None:
    pulled: list[int] = []

    def items() -> Iterator[int]:
        for n in range(100):
            pulled.append(n)
            yield n

    executor = ProcessExecutor(2, window=4)
    try:
        results = executor.imap(square, items())
        assert next(results) == 0
        assert len(pulled) <= 4
        assert list(results) == [n * n for n in range(1, 100)]
    finally:
        executor.close()


def test_a_dead_worker_fails_its_items_and_the_stream_goes_on() -> None:
    executor = ProcessExecutor(2, window=2)
    try:
        out = list(executor.imap(die_on_three, range(8)))
    finally:
        executor.close()
    assert isinstance(out[3], WorkerDied)
    assert out[:2] == [0, 1]  # handed back before 3 was submitted (window of 2)
    # items in flight with the dead one may fail too; everything after is run again
    assert out[-1] == 7
    assert all(o == n or isinstance(o, WorkerDied) for n, o in enumerate(out))


def test_a_second_function_runs_on_the_same_pool() -> None:
    executor = ProcessExecutor(2)
    try:
        assert executor.map(square, [2, 3]) == [4, 9]
        assert executor.map(fail_on_odd, [2]) == [2]
        assert len(executor.worker_pids()) >= 1
    finally:
        executor.close()
    assert executor.worker_pids() == []


@pytest.mark.parametrize(("workers", "kind"), [(1, LocalExecutor), (2, ProcessExecutor)])
def test_make_executor(workers: int, kind: type) -> None:
    executor = make_executor(workers)
    assert isinstance(executor, kind)
    executor.close()


def test_pool_workers_are_told_their_share_of_the_cores() -> None:
    executor = ProcessExecutor(2)
    try:
        (threads,) = executor.map(model_threads_here, [0])
    finally:
        executor.close()
    assert threads == max(1, (os.cpu_count() or 1) // 2)
