"""bench/store_scale.drop_stale_handles: the pgserver handle list keeps only processes
that still run, so the last bench to let go of the server stops it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from store_scale import drop_stale_handles


def _ended_pid() -> int:
    """The pid of a process that has run and been reaped."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


def test_ended_processes_leave_the_list(tmp_path: Path) -> None:
    listed = tmp_path / ".handle_pids.json"
    ended = _ended_pid()
    listed.write_text(json.dumps([ended, os.getpid()]))
    assert drop_stale_handles(tmp_path) == [ended]
    assert json.loads(listed.read_text()) == [os.getpid()]


def test_running_processes_stay(tmp_path: Path) -> None:
    listed = tmp_path / ".handle_pids.json"
    listed.write_text(json.dumps([os.getpid(), os.getppid()]))
    assert drop_stale_handles(tmp_path) == []
    assert json.loads(listed.read_text()) == [os.getpid(), os.getppid()]


def test_no_list_or_an_empty_one(tmp_path: Path) -> None:
    assert drop_stale_handles(tmp_path) == []
    (tmp_path / ".handle_pids.json").write_text("")
    assert drop_stale_handles(tmp_path) == []
