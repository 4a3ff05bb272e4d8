"""`storyline serve` as a user runs it: token shown once, pages and API answer, --new-token."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from cli_runner import BIN, run
from live_server import free_port
from web_store import build_web_store

_TOKEN = re.compile(r"API token \(shown once, stored hashed\): (\S+)")


@contextmanager
def _serve(db: Path, *extra: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = free_port()
    process = subprocess.Popen(
        [str(BIN), "serve", "--db", str(db), "--port", str(port), *extra],
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                httpx.get(base + "/api/home", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base, process
    finally:
        process.terminate()
        process.wait(timeout=10)


def _printed(process: subprocess.Popen[str]) -> str:
    assert process.stderr is not None
    return process.stderr.read()


def test_token_once_then_only_on_request(tmp_path: Path) -> None:
    db = tmp_path / "serve.db"
    build_web_store(db)
    with _serve(db) as (base, process):
        assert httpx.get(base + "/stories/s-flood").status_code == 200
        home = httpx.get(base + "/api/home").json()
        assert home["latest_day"] == "2024-05-04"
    first = _TOKEN.search(_printed(process))
    assert first is not None
    with _serve(db) as (base, process):
        refused = httpx.post(base + "/api/ingest", json={}, headers={"authorization": "Bearer x"})
        accepted = httpx.post(
            base + "/api/ingest", json={}, headers={"authorization": f"Bearer {first.group(1)}"}
        )
        assert refused.status_code == 401 and accepted.status_code == 400  # nothing to ingest
    second_start = _printed(process)
    assert _TOKEN.search(second_start) is None and "serving" in second_start
    with _serve(db, "--new-token") as (base, process):
        old = httpx.post(
            base + "/api/ingest", json={}, headers={"authorization": f"Bearer {first.group(1)}"}
        )
        assert old.status_code == 401
    assert _TOKEN.search(_printed(process)) is not None


def test_an_unusable_database_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "not.db"
    bad.write_text("this is not a database")
    result = subprocess.run(
        [str(BIN), "serve", "--db", str(bad), "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error:") and len(result.stderr.splitlines()) == 1


def test_warm_builds_every_story_then_finds_nothing_to_do(tmp_path: Path) -> None:
    db = tmp_path / "warm.db"
    build_web_store(db)
    first = run("warm", "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "warm: 2 stories checked, 2 built in" in first.stderr
    again = run("warm", "--db", str(db), "--latest", "1")
    assert "warm: 1 stories checked, 0 built in" in again.stderr
    missing = run("warm", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 2
    assert "does not exist" in missing.stderr
