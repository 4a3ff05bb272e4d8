"""Quality gate: timelines on a fixed Timeline17 slice must not fall below their floors.

Two figures, both on every 3rd article of two topics' collections (H1N1: three tasks,
EgyptianProtest: one), with tilse's ROUGE reimplementation: the shipped settings on
H1N1 (in-sample), and leave-one-topic-out over both topics with a three-setting grid
(each topic scored with the setting chosen on the other), as eval/tls.py does on all
topics. Floors live in eval/floors/tls.json.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import sys
from pathlib import Path
from typing import Any

import pytest


def _eval_module(repo_dir: Path, name: str) -> Any:
    sys.path.insert(0, str(repo_dir))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(repo_dir))


@pytest.fixture(scope="module")
def tls(repo_dir: Path) -> Any:
    if importlib.util.find_spec("tilse") is None:
        pytest.fail("the TLS gate needs tilse: run `make test` (scripts/test-deps.sh installs it)")
    return _eval_module(repo_dir, "eval.tls")


@pytest.fixture(scope="module")
def gate_grid(repo_dir: Path) -> Any:
    return _eval_module(repo_dir, "eval.tls_grid").GATE_GRID


@pytest.fixture(scope="module")
def spec(repo_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((repo_dir / "eval" / "floors" / "tls.json").read_text())
    return data


@pytest.fixture(scope="module")
def gate_slice(tls: Any, spec: dict[str, Any], shared_dir: Path) -> Any:
    topics = [spec["topic"], *spec["loto"]["other_topics"]]
    return tls.load_tasks(
        topics, data=shared_dir / "data" / "timeline17", stride=spec["stride"], cache=None
    )


def test_tls_slice_meets_floors(tls: Any, spec: dict[str, Any], gate_slice: Any) -> None:
    tasks, collections = gate_slice
    evaluator = tls._evaluator(spec["rouge"])
    rows = [
        tls.task_scores(t, tls.predict(t, collections[t["topic"]]), evaluator)
        for t in tasks
        if t["topic"] == spec["topic"]
    ]
    assert len(rows) == 3
    mean = {k: statistics.mean(r[k] for r in rows) for k in spec["floors"]}
    failures = {k: (round(mean[k], 4), f) for k, f in spec["floors"].items() if mean[k] < f}
    assert not failures, f"below floor (measured, floor): {failures}"


def test_tls_leave_one_topic_out_meets_floors(
    tls: Any, gate_grid: Any, spec: dict[str, Any], gate_slice: Any
) -> None:
    tasks, collections = gate_slice
    result = tls.run_loto(
        tasks, collections, gate_grid, select_rouge=spec["rouge"], report_rouge=spec["rouge"]
    )
    assert set(result["choices"]) == {spec["topic"], *spec["loto"]["other_topics"]}
    held = result["held_out"].values()
    mean = {k: statistics.mean(r[k] for r in held) for k in spec["loto"]["floors"]}
    floors = spec["loto"]["floors"]
    failures = {k: (round(mean[k], 4), f) for k, f in floors.items() if mean[k] < f}
    assert not failures, f"below floor (measured, floor): {failures}"
