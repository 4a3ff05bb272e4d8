"""`python -m storyline` is the `storyline` command (readers' tools fell back to it and
built nothing while it did not exist)."""

from __future__ import annotations

import subprocess
import sys


def test_python_m_storyline_runs_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "storyline", "--help"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "ingest" in done.stdout
    assert "brief" in done.stdout


def test_python_m_storyline_reports_a_bad_command_as_the_script_does() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "storyline", "no-such-command"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    assert "no-such-command" in done.stderr + done.stdout
