"""Temporal tagging speed on TimeBank, against dateparser's search_dates in the same run.

Prints expressions/s and documents/s for `tag_timexes` (the tagging itself, no
sentence splitter; with its default POS tagging of the sentences that hold a
bare weekday or month, and with `pos=False`), then the same documents through dateparser's
`search_dates` anchored on each document's creation date (RELATIVE_BASE), and
the ratio. Figures only: timings are never asserted.

    .venv/bin/python bench/time_speed.py [--docs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def load_docs(limit: int | None) -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location("score_timex", SHARED / "tools/score_timex.py")
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    docs = list(scorer.load_gold(SHARED / "data/timebank-aquaint-tbaq-cleaned/TimeBank").values())
    return docs[:limit] if limit else docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=None, help="only the first N documents")
    args = parser.parse_args()
    docs = load_docs(args.docs)
    dcts = [dt.date.fromisoformat(d["dct"]) if d["dct"] else None for d in docs]

    from storyline.analyze.time import tag_timexes

    tag_timexes("warm up on Friday", dt.date(2000, 1, 1))  # loads the POS tagger once
    start = time.perf_counter()
    cues = sum(
        len(tag_timexes(d["text"], dct, pos=False)) for d, dct in zip(docs, dcts, strict=True)
    )
    cues_s = time.perf_counter() - start
    start = time.perf_counter()
    ours = sum(len(tag_timexes(d["text"], dct)) for d, dct in zip(docs, dcts, strict=True))
    ours_s = time.perf_counter() - start

    from dateparser.search import search_dates

    search_dates("warm up on Friday", languages=["en"])
    start = time.perf_counter()
    theirs = 0
    for d, dct in zip(docs, dcts, strict=True):
        base = dt.datetime.combine(dct, dt.time()) if dct else dt.datetime(2000, 1, 1)
        found = search_dates(d["text"], languages=["en"], settings={"RELATIVE_BASE": base})
        theirs += len(found or [])
    theirs_s = time.perf_counter() - start

    n = len(docs)
    print(f"documents: {n}, words: {sum(len(d['text'].split()) for d in docs)}")
    print(
        f"storyline tag_timexes (POS tenses, default): {ours} expressions in {ours_s:.2f} s = "
        f"{ours / ours_s:,.0f} expressions/s, {n / ours_s:,.1f} documents/s"
    )
    print(
        f"storyline tag_timexes (pos=False, cue words): {cues} expressions in {cues_s:.2f} s = "
        f"{cues / cues_s:,.0f} expressions/s, {n / cues_s:,.1f} documents/s"
    )
    print(
        f"dateparser search_dates: {theirs} expressions in {theirs_s:.2f} s = "
        f"{theirs / theirs_s:,.0f} expressions/s, {n / theirs_s:,.1f} documents/s"
    )
    print(f"ratio (documents/s, storyline / dateparser): {theirs_s / ours_s:.1f}x")
    print(f"ratio without POS tagging: {theirs_s / cues_s:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
