"""Eval gate and unit checks for the sentence event dates (eval/event_dates.py).

The floor in eval/floors/event_dates.json was measured on every dated event
mention of the SemEval-2015 Task 4 gold timelines and set slightly below;
raise it when sentence dating improves, never lower it silently.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def _eval_module() -> ModuleType:
    sys.path.insert(0, str(REPO))
    try:
        return importlib.import_module("eval.event_dates")
    finally:
        sys.path.remove(str(REPO))


event_dates = _eval_module()


@pytest.mark.parametrize(
    ("ours", "gold", "expected"),
    [
        ("2008-03-01", "2008-03-01", True),
        ("2008-03-01", "2008-03-XX", True),  # finer than asked, and agreeing
        ("2008-03", "2008-03-01", False),  # coarser than asked
        ("2008-03-01T15:00", "2008-03-01", True),
        ("2008", "2008-XX-XX", True),
        ("2007-12-31", "2008-XX-XX", False),
        (None, "2008-03-01", False),
    ],
)
def test_agreement_is_at_the_gold_precision(ours: str | None, gold: str, expected: bool) -> None:
    assert event_dates.agrees(ours, gold) is expected


def test_gold_mentions_are_read_once_and_conflicts_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "corpus_1" / "TimeLines_Gold_Standard"
    folder.mkdir(parents=True)
    airbus = ["Airbus", "1\t2008-03-01\t100-2-won\t100-3-win", "2\tXXXX-XX-XX\t7-4-plan"]
    boeing = ["Boeing", "1\t2008-03-01\t100-2-won", "1\t2008-02-29\t7-5-lost", "3\t2008\t7-5-lost"]
    (folder / "airbus.txt").write_text("\n".join(airbus) + "\n")
    (folder / "boeing.txt").write_text("\n".join(boeing) + "\n")
    mentions, conflicting = event_dates.load_gold(tmp_path)
    assert [(m.doc, m.sentence, m.word, m.date) for m in mentions] == [
        ("100", 2, "won", "2008-03-01"),
        ("100", 3, "win", "2008-03-01"),
        ("7", 4, "plan", "XXXX-XX-XX"),
    ]
    assert conflicting == 1


def test_a_trial_document_gets_its_title_back_as_sentence_zero(tmp_path: Path) -> None:
    path = tmp_path / "10718_Apple_to_lower_prices.tml"
    path.write_text(
        '<TimeML><DOCID>10718</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2008-01-09">'
        "2008-01-09</TIMEX3></DCT><EXTRAINFO>Apple to lower prices</EXTRAINFO><TEXT>"
        '<s id="1">January 09 , 2008</s><s id="2">Apple <EVENT eid="e1">announced</EVENT> '
        "it , Apple 's shop said .</s></TEXT></TimeML>"
    )
    doc = event_dates.load_document(path)
    assert (doc.name, doc.dct) == ("10718", "2008-01-09")
    lines = ["Apple to lower prices", "January 09, 2008", "Apple announced it, Apple's shop said."]
    assert doc.text == "\n".join(lines)
    announced = next(t for t in doc.tokens if t[3] == "announced")
    assert announced[2] == 2 and doc.text[announced[0] : announced[1]] == "announced"


@pytest.fixture(scope="module")
def result(shared_dir: Path) -> dict[str, Any]:
    root = shared_dir / "data" / "semeval2015-task4-timeline"
    mentions, _ = event_dates.load_gold(root)
    return event_dates.score(mentions, event_dates.load_documents(root))


def test_every_article_and_mention_is_read(result: dict[str, Any]) -> None:
    assert result["dated_mentions"] + result["undated_mentions"] > 1000
    assert result["skipped_mentions"] < 20


def test_sentence_dates_meet_the_floor_and_beat_the_publication_date(
    result: dict[str, Any],
) -> None:
    floor = json.loads((REPO / "eval/floors/event_dates.json").read_text())["ours"]
    accuracy = result["accuracy"]
    assert accuracy["ours"] >= floor, f"{accuracy['ours']:.3f} < {floor}"
    assert accuracy["ours"] > accuracy["published"]
