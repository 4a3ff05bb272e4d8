"""Quality gate: attribution scores on a fixed PolNeAR dev slice never fall below the floors.

The floors in eval/floors/quotes.json were measured, then set a little under
the measurement; raising them is fine, lowering them needs a reason in review.
The slice's content hash is pinned so a changed corpus cannot pass silently.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest


def _eval_quotes(repo: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_quotes", repo / "eval" / "quotes.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _slice_hash(split_dir: Path, first: int) -> str:
    digest = hashlib.sha256()
    names = sorted(p.stem for p in (split_dir / "text").glob("*.txt"))
    names = [n for n in names if any((split_dir / "attributions").glob(f"{n}*.ann"))][:first]
    for name in names:
        digest.update((split_dir / "text" / f"{name}.txt").read_bytes())
        for ann in sorted((split_dir / "attributions").glob(f"{name}*.ann")):
            digest.update(ann.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def floors(repo_dir: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((repo_dir / "eval/floors/quotes.json").read_text())
    return data


def test_slice_is_the_pinned_one(shared_dir: Path, floors: dict[str, object]) -> None:
    split_dir = shared_dir / "data" / "polnear" / str(floors["split"])
    assert _slice_hash(split_dir, int(str(floors["first"]))) == floors["sha256"]


def test_quote_scores_stay_above_floors(
    repo_dir: Path, shared_dir: Path, floors: dict[str, object]
) -> None:
    module = _eval_quotes(repo_dir)
    result = module.slice_scores(shared_dir, str(floors["split"]), int(str(floors["first"])))
    minimum = floors["min"]
    assert isinstance(minimum, dict)
    assert result["content"]["f1"] >= minimum["content_f1"], result
    assert result["content"]["p"] >= minimum["content_p"], result
    assert result["speaker_accuracy"] >= minimum["speaker_accuracy"], result
    assert result["direct_recall"] >= minimum["direct_recall"], result
