"""`storyline ingest` on Dask or a process pool stores what an ingest in process stores, even
when a worker dies.

Real Dask: a LocalCluster on 127.0.0.1 started by the command (`--executor dask`)
or by the test (`--dask ADDRESS`, a scheduler the command did not start), real
models in the worker processes, real SQLite files compared through `export`.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from cli_runner import BIN, run
from distributed import Client, LocalCluster
from story_texts import FLOOD, MARKET

ARTICLE_COUNT = 9


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory, demo_dir: Path) -> Path:
    """The bundled sample (5 articles) and 4 written ones: two stories of our own."""
    folder = tmp_path_factory.mktemp("articles")
    for path in sorted(demo_dir.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    for n, day in enumerate(("Monday", "Tuesday", "Wednesday")):
        (folder / f"flood_{n}.txt").write_text(FLOOD.format(day=day) + "\n")
    (folder / "market.txt").write_text(MARKET + "\n")
    assert len(list(folder.iterdir())) == ARTICLE_COUNT
    return folder


def _exports(db: Path) -> dict[str, str]:
    exported = {}
    for kind in ("articles", "stories"):
        result = run("export", kind, "--db", str(db))
        assert result.returncode == 0, result.stderr
        exported[kind] = result.stdout
    return exported


@pytest.fixture(scope="module")
def in_process(articles: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    db = tmp_path_factory.mktemp("local") / "local.db"
    result = run("ingest", str(articles), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return _exports(db)


def test_a_local_dask_cluster_stores_what_one_process_stores(
    articles: Path, in_process: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "dask.db"
    result = run("ingest", str(articles), "--db", str(db), "--executor", "dask", "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert f"{ARTICLE_COUNT} new" in result.stdout
    assert len(in_process["articles"].splitlines()) == ARTICLE_COUNT
    assert _exports(db) == in_process


def test_a_process_pool_stores_what_one_process_stores(
    articles: Path, in_process: dict[str, str], tmp_path: Path
) -> None:
    """`--workers 2` (the process pool): the workers read each article's words and names for
    story assignment, the driver assigns in order; the stories are those of one process."""
    db = tmp_path / "pool.db"
    result = run("ingest", str(articles), "--db", str(db), "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert f"{ARTICLE_COUNT} new" in result.stdout
    assert _exports(db) == in_process


def test_a_worker_killed_mid_ingest_loses_nothing_and_stores_nothing_twice(
    articles: Path, in_process: dict[str, str], tmp_path: Path
) -> None:
    """Kill a worker while it holds an article: Dask runs that article again on a
    worker that lives (the nanny restarts the dead one), and the driver, which
    stores results in input order, stores each article exactly once."""
    db = tmp_path / "killed.db"
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address="127.0.0.1:0"
        ) as cluster,
        Client(cluster) as client,
    ):
        env = {**os.environ, "NO_COLOR": "1"}
        ingest = subprocess.Popen(
            [BIN, "ingest", str(articles), "--db", str(db), "--dask", cluster.scheduler_address],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        killed = _kill_a_busy_worker(client, deadline_s=120)
        stdout, stderr = ingest.communicate(timeout=300)
    assert killed, "no worker ever held an article"
    assert ingest.returncode == 0, stderr
    assert f"{ARTICLE_COUNT} new" in stdout
    assert _exports(db) == in_process


def _kill_a_busy_worker(client: Client, *, deadline_s: float) -> bool:
    """SIGKILL the process of the first worker seen with a task in hand."""
    pids = client.run(os.getpid)
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        for address, tasks in client.processing().items():
            if tasks:
                os.kill(pids[address], signal.SIGKILL)
                return True
        time.sleep(0.05)
    return False


def test_an_unreachable_scheduler_is_one_line_and_exit_2(articles: Path, tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    address = "tcp://127.0.0.1:9"  # port 9 (discard): nobody listens
    result = run("ingest", str(articles), "--db", str(db), "--dask", address, "--dask-timeout", "1")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"Dask scheduler {address}" in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_workers_with_a_named_scheduler_is_a_usage_error(articles: Path) -> None:
    result = run("ingest", str(articles), "--dask", "tcp://127.0.0.1:9", "--workers", "2")
    assert result.returncode == 2
    assert "--workers" in result.stderr and "Traceback" not in result.stderr
