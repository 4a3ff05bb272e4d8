"""Leave-one-topic-out choice (eval/labelled_loto.py) on labels written for the test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eval.labelled_loto import LabelIds, choose, leave_one_topic_out

from storyline.ingest.identity import legacy_article_id
from storyline.ingest.records import RawRecord, build_article
from storyline.model import Article
from storyline.store import SQLiteStore


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


def test_label_ids_name_a_fresh_store_s_articles_as_the_labels_do(tmp_path: Path) -> None:
    # labels name an article without URL by its clean-text id ("h:"); a fresh store by
    # its source id ("t:"): the mapping gives the id the labels were written with
    built = build_article(RawRecord(text="Rain fell on the hills.", published="2024-05-01"), "x")
    assert isinstance(built, Article) and built.id.startswith("t:")
    with SQLiteStore(tmp_path / "l.db") as store:
        store.put_article(built)
        label_id = LabelIds(store)
        assert label_id(built.id) == legacy_article_id(built.text, published="2024-05-01")
        assert label_id("u:0123456789abcdef") == "u:0123456789abcdef"
        assert label_id("t:not-stored") == "t:not-stored"
