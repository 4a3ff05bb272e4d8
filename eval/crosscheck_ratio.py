"""Choosing MAX_RATIO (how far apart two reports may be and still disagree) by leave-one-topic-out.

Two reports of one quantity whose values lie far apart usually count different
things (a city and the country, one incident and the whole crisis) rather than
disagree. `storyline.corpus.ledger.numbers.MAX_RATIO` is the factor beyond which
no conflict is raised. It is set from Timeline17 conflicts read by a person and
labelled true or false (eval/labels/crosscheck_t17_conflicts.jsonl, one line per
conflict: topic, the two reports, label, reason), leave one topic out: for each
topic, the ratio that maximises true minus false conflicts on the other topics
is applied to the held-out one, whose precision is reported beside the
in-sample figure.

    .venv/bin/python -m eval.crosscheck_ratio dump --cache /tmp/storyline-t17 > conflicts.jsonl
    .venv/bin/python -m eval.crosscheck_ratio loto eval/labels/crosscheck_t17_conflicts.jsonl

`dump` lists every conflict raised with the widest candidate ratio (with the
ratio of its two values), for labelling; `loto` needs only the labels file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eval.labelled_loto import LabelIds, leave_one_topic_out, tuning_parser, write_dump
from eval.labelled_loto import choose as _choose

CANDIDATES = (1.8, 2.0, 2.5, 3.0, 4.0, 5.0)
"""Below 1.8 crosscheck-dev's same-day conflict ("21" against "12", 1.75 apart) is lost."""

__all__ = ["choose", "dump", "loto", "main"]


def _key(evidence: list[dict[str, Any]]) -> str:
    return "|".join(sorted(f"{e['article']}@{e['start']}" for e in evidence))


def dump(cache: Path, topics: list[str]) -> list[dict[str, Any]]:
    """Every number conflict of every story, raised with the widest candidate ratio."""
    from storyline.corpus.flags import review_articles
    from storyline.corpus.ledger import numbers
    from storyline.engine import Storyline

    numbers.MAX_RATIO = max(CANDIDATES)
    out: list[dict[str, Any]] = []
    for topic in topics:
        with Storyline(cache / f"{topic}.db") as s:
            label_id = LabelIds(s.store)
            for label in s.stories():
                review = review_articles(label.id, s.story_articles(label.id))
                for c in review.ledger.conflicts:
                    if c.kind != "number":
                        continue
                    values = [e.value or 0.0 for e in c.evidence]
                    hi, lo = max(max(values), 1.0), max(min(values), 1.0)
                    texts = {}
                    for e in c.evidence:
                        art = s.store.get_article(e.article)
                        text = art.text if art else ""
                        texts[e.article] = " ".join(
                            text[max(0, e.start - 150) : e.end + 100].split()
                        )
                    out.append(
                        {
                            "topic": topic,
                            "key": _key(
                                [
                                    {"article": label_id(e.article), "start": e.start}
                                    for e in c.evidence
                                ]
                            ),
                            "ratio": round(hi / lo, 3),
                            "message": c.message,
                            "context": [texts[e.article] for e in c.evidence],
                        }
                    )
    return out


def _score(rows: list[dict[str, Any]], ratio: float) -> tuple[int, int]:
    kept = [r for r in rows if r["ratio"] <= ratio]
    tp = sum(1 for r in kept if r["label"] == "tp")
    return tp, len(kept) - tp


def choose(rows: list[dict[str, Any]]) -> float:
    """The candidate ratio with the most true minus false conflicts (ties: the smaller)."""
    return _choose(rows, CANDIDATES, _score, lambda r: -r)


def loto(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Leave-one-topic-out: per topic the ratio chosen on the others and its held-out figures."""
    return leave_one_topic_out(rows, CANDIDATES, _score, lambda r: -r, "ratio")


def main(argv: list[str] | None = None) -> int:
    parser, _ = tuning_parser(__doc__.split("\n")[0])
    args = parser.parse_args(argv)
    if args.command == "dump":
        return write_dump(dump, args)
    rows = [json.loads(line) for line in args.labels.read_text().splitlines() if line.strip()]
    print(json.dumps(loto(rows), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
