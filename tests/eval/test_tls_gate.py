"""Quality gate: timelines on a fixed Timeline17 slice must not fall below their floors."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest


def test_tls_slice_meets_floors(repo_dir: Path, shared_dir: Path) -> None:
    if importlib.util.find_spec("tilse") is None:
        pytest.fail("the TLS gate needs tilse: run `make test` (scripts/test-deps.sh installs it)")
    spec_file = importlib.util.spec_from_file_location("eval_tls", repo_dir / "eval" / "tls.py")
    assert spec_file is not None and spec_file.loader is not None
    tls = importlib.util.module_from_spec(spec_file)
    spec_file.loader.exec_module(tls)

    spec = json.loads((repo_dir / "eval" / "floors" / "tls.json").read_text())
    result = tls.run_tasks(
        spec["topic"],
        data=shared_dir / "data" / "timeline17",
        stride=spec["stride"],
        cache=None,
        rouge=spec["rouge"],
        quiet=True,
    )
    assert len(result["tasks"]) == 3
    mean = result["mean"]
    failures = {
        k: (round(mean[k], 4), floor) for k, floor in spec["floors"].items() if mean[k] < floor
    }
    assert not failures, f"below floor (measured, floor): {failures}"
