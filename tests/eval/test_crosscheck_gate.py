"""Quality gate: cross-checking on crosscheck-dev and the seed articles stays at its floors.

Runs the command-line contract end to end (ingest, export articles, export
stories) and ../shared/tools/score_crosscheck.py, as eval/crosscheck.py does.
The gold files are pinned by hash so a changed gold cannot pass silently.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


def _eval_crosscheck(repo: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "eval_crosscheck", repo / "eval" / "crosscheck.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _digest(shared: Path, paths: tuple[str, str]) -> str:
    h = hashlib.sha256()
    for rel in paths:
        p = shared / rel
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file():
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def spec(repo_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((repo_dir / "eval/floors/crosscheck.json").read_text())
    return data


@pytest.mark.parametrize("name", ["dev", "seeds"])
def test_gold_is_the_pinned_one(
    repo_dir: Path, shared_dir: Path, spec: dict[str, Any], name: str
) -> None:
    module = _eval_crosscheck(repo_dir)
    assert _digest(shared_dir, module.SETS[name]) == spec["sets"][name]["sha256"]


@pytest.mark.parametrize("name", ["dev", "seeds"])
def test_crosscheck_meets_floors(
    repo_dir: Path, shared_dir: Path, spec: dict[str, Any], name: str
) -> None:
    module = _eval_crosscheck(repo_dir)
    result = module.score_set(name, shared_dir)
    numbers = module.summary_numbers(result)
    low = {k: (numbers[k], v) for k, v in spec["floors"].items() if numbers[k] < v}
    high = {k: (numbers[k], v) for k, v in spec["ceilings"].items() if numbers[k] > v}
    assert not low and not high, f"(measured, limit) below floors: {low}, above ceilings: {high}"
