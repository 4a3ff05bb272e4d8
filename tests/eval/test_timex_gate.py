"""Eval gate: the temporal tagger must not fall below the committed floors on a fixed slice.

The floors in eval/floors/timex.json were measured on the first 25 TimeBank
documents (sorted by file name) and set slightly below; raise them when the
tagger improves, never lower them silently.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scores(shared_dir: Path) -> dict[str, float]:
    sys.path.insert(0, str(REPO))
    try:
        from eval.timex import slice_scores
    finally:
        sys.path.remove(str(REPO))
    return slice_scores(shared_dir, "TimeBank", first=25)


@pytest.mark.parametrize("metric", ["value_f1", "relaxed_f1"])
def test_timex_slice_meets_floor(scores: dict[str, float], metric: str) -> None:
    floors = json.loads((REPO / "eval/floors/timex.json").read_text())
    assert scores[metric] >= floors[metric], f"{metric} {scores[metric]:.3f} < {floors[metric]}"
