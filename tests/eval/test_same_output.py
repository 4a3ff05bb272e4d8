"""eval.same_output reports every difference between two checkouts' sentences and timexes."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def _module() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "eval" / "same_output.py"
    spec = importlib.util.spec_from_file_location("eval_same_output", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_differences = _module()._differences


def _doc(sentences: list[list[int]], timexes: list[list[object]]) -> dict[str, object]:
    return {"id": "a", "sentences": sentences, "timexes": timexes}


def test_identical_output_has_no_difference() -> None:
    doc = _doc([[0, 10]], [[3, 9, "DATE", "2024-05-03"]])
    assert _differences(doc, _doc([[0, 10]], [[3, 9, "DATE", "2024-05-03"]])) == []


def test_a_moved_sentence_boundary_and_a_changed_value_are_reported() -> None:
    ref = _doc([[0, 10], [11, 20]], [[3, 9, "DATE", "2024-05-03"]])
    new = _doc([[0, 20]], [[3, 9, "DATE", "2024-05"]])
    found = _differences(ref, new)
    assert found[0].startswith("sentences: 2 -> 1")
    assert "only in reference: (3, 9, 'DATE', '2024-05-03')" in found
    assert "only in this checkout: (3, 9, 'DATE', '2024-05')" in found


def test_the_same_timexes_in_another_order_are_reported() -> None:
    a, b = [1, 2, "DATE", "2024"], [5, 6, "DATE", "2025"]
    assert _differences(_doc([], [a, b]), _doc([], [b, a])) == ["timexes in another order"]
