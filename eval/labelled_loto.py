"""Leave-one-topic-out choice of one setting from items labelled true or false by hand.

Each row is one labelled item of one topic ("tp" or "fp"); `score(rows, candidate)`
counts the true and false items a candidate setting keeps. For each topic the
candidate with the most true minus false items on the other topics is applied to
it, and its held-out figures are summed: the left-out figure reported beside the
in-sample one (the candidate chosen on all topics). eval/loto.py does the same for
settings scored by a per-row metric (timelines, stories); here an item is only right
or wrong, and the merit of a setting is how many more right than wrong items it keeps.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from storyline.store.base import Store

__all__ = ["LabelIds", "choose", "leave_one_topic_out", "tuning_parser", "write_dump"]

C = TypeVar("C")
Score = Callable[[list[dict[str, Any]], Any], tuple[int, int]]


def choose(
    rows: list[dict[str, Any]], candidates: Sequence[C], score: Score, tie: Callable[[C], float]
) -> C:
    """The candidate with the most true minus false items (ties: the highest `tie`)."""

    def merit(c: C) -> tuple[int, float]:
        tp, fp = score(rows, c)
        return tp - fp, tie(c)

    return max(candidates, key=merit)


def leave_one_topic_out(
    rows: list[dict[str, Any]],
    candidates: Sequence[C],
    score: Score,
    tie: Callable[[C], float],
    name: str,
) -> dict[str, Any]:
    """In-sample and left-out figures, per held-out topic and per candidate."""
    by_topic: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_topic[r["topic"]].append(r)
    held: dict[str, Any] = {}
    tp_out = fp_out = 0
    for topic, mine in sorted(by_topic.items()):
        others = [r for t, rs in by_topic.items() if t != topic for r in rs]
        chosen = choose(others, candidates, score, tie)
        tp, fp = score(mine, chosen)
        tp_out, fp_out = tp_out + tp, fp_out + fp
        held[topic] = {name: chosen, "tp": tp, "fp": fp}
    overall = choose(rows, candidates, score, tie)
    tp_in, fp_in = score(rows, overall)
    return {
        "in_sample": {name: overall, "tp": tp_in, "fp": fp_in,
                      "precision": round(tp_in / max(tp_in + fp_in, 1), 3)},
        "left_out": {"tp": tp_out, "fp": fp_out,
                     "precision": round(tp_out / max(tp_out + fp_out, 1), 3)},
        "per_topic": held,
        f"per_{name}": {str(c): dict(zip(("tp", "fp"), score(rows, c), strict=True))
                        for c in candidates},
    }  # fmt: skip


class LabelIds:
    """The id the labels name a stored article by.

    The labels were written when an article without URL was named by the hash of
    its clean text ("h:"); a store ingested since names it by the text as its
    source gave it ("t:"). Its legacy id is computed from the stored article (its
    clean text, date, outlet and title): the same id, as long as the cleaning is
    the one the labels were read on, which their character offsets need anyway.
    Any other id is its own label id.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._known: dict[str, str] = {}

    def __call__(self, article_id: str) -> str:
        from storyline.ingest.identity import SOURCE_PREFIX, legacy_article_id

        if not article_id.startswith(SOURCE_PREFIX):
            return article_id
        if article_id not in self._known:
            art = self.store.get_article(article_id)
            self._known[article_id] = (
                article_id
                if art is None
                else legacy_article_id(
                    art.text, published=art.published, outlet=art.outlet, title=art.title
                )
            )
        return self._known[article_id]


def tuning_parser(description: str) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The `dump [--cache DIR] [--topic T]` / `loto LABELS` command line the tuning scripts
    share; the loto subparser comes back too, for a script to add its own arguments."""
    parser = argparse.ArgumentParser(description=description)
    sub = parser.add_subparsers(dest="command", required=True)
    dumping = sub.add_parser("dump")
    dumping.add_argument("--cache", type=Path, default=Path("/tmp/storyline-t17"))
    dumping.add_argument("--topic", action="append")
    choosing = sub.add_parser("loto")
    choosing.add_argument("labels", type=Path)
    return parser, choosing


def write_dump(
    dump: Callable[[Path, list[str]], Iterable[dict[str, Any]]], args: argparse.Namespace
) -> int:
    """Every row `dump` gives for the chosen topics (all cached ones by default), as JSON
    lines on standard output."""
    topics = args.topic or sorted(p.stem for p in args.cache.glob("*.db"))
    for row in dump(args.cache, topics):
        sys.stdout.write(json.dumps(row) + "\n")
    return 0
