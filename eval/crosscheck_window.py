"""Choosing FELL_WINDOW_DAYS (how far back a running count binds a later report) by
leave-one-topic-out.

A cumulative count cannot fall, so a report below an earlier report's lower
bound is a conflict. Read on Timeline17, such "falls" between reports weeks
apart were nearly always two counts of different things (one clash's dead and
a later one's, a suspected toll and the confirmed one), not one toll told two
ways. `storyline.corpus.ledger.numbers.FELL_WINDOW_DAYS` limits how many days
back the rule looks. It is set from Timeline17 number conflicts read by a
person and labelled tp / fp (eval/labels/crosscheck_t17_window.jsonl: topic,
key, label, reason), leave one topic out: for each topic, the window that
maximises true minus false conflicts on the other topics is applied to the
held-out one, whose figures are reported beside the in-sample ones.

    .venv/bin/python -m eval.crosscheck_window dump --cache /tmp/t17-xc > window.jsonl
    .venv/bin/python -m eval.crosscheck_window loto eval/labels/crosscheck_t17_window.jsonl \
        window.jsonl

`dump` lists every number conflict raised with any candidate window and the
windows that raise it; `loto` joins it with the labels.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval.labelled_loto import LabelIds, leave_one_topic_out, tuning_parser, write_dump
from eval.labelled_loto import choose as _choose

CANDIDATES: tuple[int | None, ...] = (3, 7, 14, 30, 60, None)
"""None: no window (every earlier report binds). Below 3 days a toll's fall over a
weekend would be missed."""

__all__ = ["choose", "dump", "loto", "main"]


def _key(evidence: Any, label_id: Callable[[str], str]) -> str:
    return "|".join(sorted(f"{label_id(e.article)}@{e.start}" for e in evidence))


def dump(cache: Path, topics: list[str]) -> list[dict[str, Any]]:
    """Every number conflict of every story under each candidate window."""
    from storyline.corpus.flags import review_articles
    from storyline.corpus.ledger import numbers
    from storyline.engine import Storyline

    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for topic in topics:
        with Storyline(cache / f"{topic}.db") as s:
            label_id = LabelIds(s.store)
            for label in s.stories():
                articles = s.story_articles(label.id)
                for window in CANDIDATES:
                    numbers.FELL_WINDOW_DAYS = window
                    review = review_articles(label.id, articles)
                    for c in review.ledger.conflicts:
                        if c.kind != "number":
                            continue
                        key = _key(c.evidence, label_id)
                        row = rows.setdefault(
                            (topic, key),
                            {"topic": topic, "key": key, "message": c.message, "windows": []},
                        )
                        row["windows"].append(window)
    return list(rows.values())


def _score(rows: list[dict[str, Any]], window: int | None) -> tuple[int, int]:
    kept = [r for r in rows if window in r["windows"]]
    tp = sum(1 for r in kept if r["label"] == "tp")
    return tp, len(kept) - tp


def _order(window: int | None) -> float:
    return float("inf") if window is None else float(window)


def choose(rows: list[dict[str, Any]]) -> int | None:
    """The candidate with the most true minus false conflicts (ties: the widest window)."""
    return _choose(rows, CANDIDATES, _score, _order)


def loto(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Leave-one-topic-out: per topic the window chosen on the others and its held-out
    figures (topics with no number conflict under any window count as none kept)."""
    return leave_one_topic_out(rows, CANDIDATES, _score, _order, "window")


def main(argv: list[str] | None = None) -> int:
    parser, choosing = tuning_parser(__doc__.split("\n")[0])
    choosing.add_argument("dumped", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        return write_dump(dump, args)
    labels = {
        (r["topic"], r["key"]): r
        for line in args.labels.read_text().splitlines()
        if line.strip()
        for r in [json.loads(line)]
    }
    rows = []
    for line in args.dumped.read_text().splitlines():
        row = json.loads(line)
        found = labels.get((row["topic"], row["key"]))
        if found is None:
            print(f"unlabelled: {row['topic']} {row['key']}: {row['message']}", file=sys.stderr)
            return 1
        rows.append({**row, "label": found["label"]})
    print(json.dumps(loto(rows), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
