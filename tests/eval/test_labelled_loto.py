"""Leave-one-topic-out choice (eval/labelled_loto.py) on labels written for the test."""

from __future__ import annotations

from typing import Any

from eval.labelled_loto import choose, leave_one_topic_out


def _score(rows: list[dict[str, Any]], limit: int) -> tuple[int, int]:
    kept = [r for r in rows if r["value"] <= limit]
    tp = sum(1 for r in kept if r["label"] == "tp")
    return tp, len(kept) - tp


ROWS = [
    {"topic": "a", "value": 1, "label": "tp"},
    {"topic": "a", "value": 5, "label": "fp"},
    {"topic": "b", "value": 1, "label": "tp"},
    {"topic": "b", "value": 5, "label": "fp"},
    {"topic": "c", "value": 5, "label": "tp"},  # the one topic where the wide setting pays
]


def test_the_setting_with_most_true_minus_false_is_chosen_ties_by_the_tie_key() -> None:
    assert choose(ROWS, (1, 5), _score, lambda c: -c) == 1  # 2-0 against 3-2
    assert choose(ROWS[4:], (1, 5), _score, lambda c: -c) == 5
    assert choose(ROWS[:1], (1, 5), _score, lambda c: c) == 5  # a tie: the higher key


def test_each_topic_is_scored_with_the_setting_chosen_on_the_others() -> None:
    result = leave_one_topic_out(ROWS, (1, 5), _score, lambda c: -c, "limit")
    assert result["in_sample"] == {"limit": 1, "tp": 2, "fp": 0, "precision": 1.0}
    assert {t: r["limit"] for t, r in result["per_topic"].items()} == {"a": 1, "b": 1, "c": 1}
    assert result["left_out"] == {"tp": 2, "fp": 0, "precision": 1.0}  # c's true item is lost
    assert result["per_limit"] == {"1": {"tp": 2, "fp": 0}, "5": {"tp": 3, "fp": 2}}
