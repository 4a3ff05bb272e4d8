"""Eval gate: the temporal tagger must not fall below the committed floors.

The floors in eval/floors/timex.json were measured on the first 25 TimeBank
documents (sorted by file name) and on all of MEANTIME (Wikinews, converted
to TimeML by eval.timex), and set slightly below; raise them when the tagger
improves, never lower them silently.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def _slice_scores(shared_dir: Path, corpus: str, first: int | None) -> dict[str, float]:
    sys.path.insert(0, str(REPO))
    try:
        from eval.timex import slice_scores
    finally:
        sys.path.remove(str(REPO))
    return slice_scores(shared_dir, corpus, first=first)


@pytest.fixture(scope="module")
def floors() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((REPO / "eval/floors/timex.json").read_text())
    return loaded


@pytest.fixture(scope="module")
def scores(shared_dir: Path) -> dict[str, float]:
    return _slice_scores(shared_dir, "TimeBank", 25)


@pytest.fixture(scope="module")
def meantime_scores(shared_dir: Path) -> dict[str, float]:
    return _slice_scores(shared_dir, "MEANTIME", None)


@pytest.mark.parametrize("metric", ["value_f1", "relaxed_f1"])
def test_timex_slice_meets_floor(
    scores: dict[str, float], floors: dict[str, Any], metric: str
) -> None:
    assert scores[metric] >= floors[metric], f"{metric} {scores[metric]:.3f} < {floors[metric]}"


def test_meantime_is_read_whole(meantime_scores: dict[str, float]) -> None:
    # every document converted, every token-anchored TIMEX3 of the annotated sentences kept
    assert meantime_scores["documents"] == 120
    assert meantime_scores["gold"] == 484


@pytest.mark.parametrize("metric", ["value_f1", "relaxed_f1"])
def test_meantime_meets_floor(
    meantime_scores: dict[str, float], floors: dict[str, Any], metric: str
) -> None:
    floor = floors["meantime"][metric]
    assert meantime_scores[metric] >= floor, f"{metric} {meantime_scores[metric]:.3f} < {floor}"
