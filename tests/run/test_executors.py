"""Executors stream items and hand results back in input order, failures as values.

The contract tests run against every executor: in process, the process pool,
and Dask (a LocalCluster on loopback: threads where the test is about the
protocol, worker processes where it is about processes).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from executor_jobs import (
    CountsItsCopies,
    dask_setting,
    die_on_three,
    environment_value,
    fail_on_odd,
    model_threads_here,
    remember,
    samples_task_stacks,
    sleep_then_echo,
    square,
)

from storyline.errors import ExecutorUnavailable
from storyline.run import Executor, LocalExecutor, ProcessExecutor, WorkerDied, make_executor
from storyline.run.dask_executor import DaskExecutor
from storyline.run.workers import thread_share

MakeExecutor = Callable[..., Executor]

POOLED: dict[str, MakeExecutor] = {
    "process": lambda window=None: ProcessExecutor(2, window=window),
    "dask": lambda window=None: DaskExecutor(workers=2, window=window, processes=False),
}
EVERY: dict[str, MakeExecutor] = {"local": lambda window=None: LocalExecutor(), **POOLED}


@pytest.fixture(params=sorted(EVERY))
def any_executor(request: pytest.FixtureRequest) -> Iterator[MakeExecutor]:
    yield EVERY[request.param]


@pytest.fixture(params=sorted(POOLED))
def pooled(request: pytest.FixtureRequest) -> Iterator[MakeExecutor]:
    yield POOLED[request.param]


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


def test_failures_come_back_as_values_in_place(any_executor: MakeExecutor) -> None:
    executor = any_executor()
    try:
        out = executor.map(fail_on_odd, [0, 1, 2, 3])
    finally:
        executor.close()
    assert out[0] == 0 and out[2] == 2
    assert isinstance(out[1], ValueError) and "odd: 1" in str(out[1])
    assert isinstance(out[3], ValueError)


def test_imap_keeps_input_order_behind_a_slow_item(pooled: MakeExecutor) -> None:
    executor = pooled()
    try:
        items = [(0, 0.6)] + [(n, 0.0) for n in range(1, 12)]
        assert list(executor.imap(sleep_then_echo, items)) == list(range(12))
    finally:
        executor.close()


def test_imap_reads_at_most_a_window_ahead(pooled: MakeExecutor) -> None:
    pulled: list[int] = []

    def items() -> Iterator[int]:
        for n in range(100):
            pulled.append(n)
            yield n

    executor = pooled(window=4)
    try:
        results = executor.imap(square, items())
        assert next(results) == 0
        assert len(pulled) <= 4
        assert list(results) == [n * n for n in range(1, 100)]
    finally:
        executor.close()


def test_a_second_function_runs_on_the_same_workers(pooled: MakeExecutor) -> None:
    executor = pooled()
    try:
        assert executor.map(square, [2, 3]) == [4, 9]
        assert executor.map(fail_on_odd, [2]) == [2]
        assert executor.map(square, [4]) == [16]
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


def test_process_pool_worker_pids() -> None:
    executor = ProcessExecutor(2)
    try:
        executor.map(square, [2])
        assert len(executor.worker_pids()) >= 1
    finally:
        executor.close()
    assert executor.worker_pids() == []


def test_dask_retries_the_items_of_a_dead_worker_and_fails_only_the_killer() -> None:
    """The item that kills every worker it runs on is reported as WorkerDied once Dask
    gives up on it; items lost with the dead workers are run again, never dropped.

    An item queued on a worker each time it died is counted suspect with it; it is
    run once more alone, so under load too only the killer fails.
    """
    executor = DaskExecutor(workers=2)
    try:
        out = executor.map(die_on_three, range(8))
    finally:
        executor.close()
    assert len(out) == 8
    assert isinstance(out[3], WorkerDied) and "died" in str(out[3])
    assert [n for n, o in enumerate(out) if o != n] == [3]


def test_local_warm_runs_the_items_here() -> None:
    executor = LocalExecutor()
    executor.warm(remember, ["warm-a", "warm-b"])
    ((pid, seen),) = executor.map(remember, ["probe"])
    assert pid == os.getpid() and seen[-3:] == ("warm-a", "warm-b", "probe")


def test_every_pool_worker_runs_the_warm_items_before_its_first_task() -> None:
    """Not whichever worker is free first: each of them, so none loads its models mid-run."""
    executor = ProcessExecutor(2)
    try:
        executor.warm(remember, ["warm-a", "warm-b"])
        started = executor.worker_pids()
        runs = executor.map(remember, list(range(12)))
    finally:
        executor.close()
    assert len(started) == 2
    for run in runs:
        assert isinstance(run, tuple)
        pid, seen = run
        assert pid in started and seen[:2] == ("warm-a", "warm-b")


def test_every_dask_worker_runs_the_warm_items() -> None:
    executor = DaskExecutor(workers=2)
    try:
        executor.warm(remember, ["warm-a", "warm-b"])
        # what each worker process was given so far: the probe runs in the worker's own loop
        seen = executor.client.run(remember, "probe")
    finally:
        executor.close()
    assert len(seen) == 2
    assert sorted(items for _pid, items in seen.values()) == [("warm-a", "warm-b", "probe")] * 2


def test_dask_workers_unpickle_the_function_once_each_and_get_their_thread_share() -> None:
    executor = DaskExecutor(workers=2)
    try:
        runs = executor.map(CountsItsCopies(), range(40))
        (threads,) = executor.map(model_threads_here, [0])
    finally:
        executor.close()
    assert len(runs) == 40 and all(isinstance(run, tuple) for run in runs)
    pids = {run[0] for run in runs if isinstance(run, tuple)}
    copies = {run[1] for run in runs if isinstance(run, tuple)}
    assert copies == {1}  # every run in every worker saw the one copy that worker holds
    assert os.getpid() not in pids
    assert threads == thread_share(2)


NANNY_ENVIRONMENT = (
    "MALLOC_TRIM_THRESHOLD_",
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
)


def test_a_local_cluster_runs_its_workers_as_the_process_pool_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No stack sampler every 10 ms (Dask's profiler takes the GIL from the analysis), and
    the driver's environment: not the nanny's malloc trimming and one-thread BLAS, which
    it would also set in the driver. A cluster started with Dask's defaults differs."""
    from distributed import Client as DaskClient
    from distributed import LocalCluster

    for name in NANNY_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    executor = DaskExecutor(workers=2)
    try:
        sampling = executor.client.run(samples_task_stacks)
        ticks = executor.client.run(dask_setting, "distributed.admin.tick.interval")
        seen = executor.map(environment_value, list(NANNY_ENVIRONMENT))
    finally:
        executor.close()
    assert len(sampling) == 2 and not any(sampling.values())
    # each worker wakes its loop for a latency check once a second, not every 20 ms
    assert set(ticks.values()) == {"1s"}
    assert seen == [None] * len(NANNY_ENVIRONMENT)
    assert not [name for name in NANNY_ENVIRONMENT if name in os.environ]
    with (
        LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster,
        DaskClient(cluster, set_as_default=False) as client,
    ):
        assert all(client.run(samples_task_stacks).values())


def test_an_unreachable_scheduler_is_one_line_within_the_timeout() -> None:
    with pytest.raises(ExecutorUnavailable) as caught:
        DaskExecutor("tcp://127.0.0.1:9", timeout_s=1)  # port 9 (discard): nobody listens
    message = str(caught.value)
    assert "tcp://127.0.0.1:9" in message and "cannot be reached within 1s" in message
    assert "\n" not in message


@pytest.mark.parametrize(("workers", "kind"), [(1, LocalExecutor), (2, ProcessExecutor)])
def test_make_executor(workers: int, kind: type) -> None:
    executor = make_executor(workers)
    assert isinstance(executor, kind)
    executor.close()


def test_make_executor_dask_and_unknown_kinds() -> None:
    executor = make_executor(1, kind="dask")
    try:
        assert isinstance(executor, DaskExecutor)
        assert len(executor.client.nthreads()) == 1
    finally:
        executor.close()
    with pytest.raises(ValueError, match="unknown executor 'ray'"):
        make_executor(2, kind="ray")


def test_pool_workers_are_told_their_share_of_the_cores() -> None:
    executor = ProcessExecutor(2)
    try:
        (threads,) = executor.map(model_threads_here, [0])
    finally:
        executor.close()
    assert threads == max(1, (os.cpu_count() or 1) // 2)
