"""Reproducers for per-article steps whose cost grows faster than the text (issue 19).

Each step is timed on the same real news text cut to 1/4, 1/2 and all of a long page
(Timeline17 articles of one topic joined, as `ingest_floor.py --sections pages`
builds it), with the stages before it run once beforehand, so only the step is timed.
A linear step doubles its time when the text doubles; the last column says how
much more than that it grows (1.0 = linear, 2.0 = quadratic over a doubling).

    .venv/bin/python bench/stage_scaling.py [--words 40000]
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from floor_store import write_pages


def _prepared(text: str, stages: list[str]) -> Any:
    """The article after `stages` (the scratch Doc kept, as the next stage would see it)."""
    from storyline.analyze.pipeline import Pipeline
    from storyline.model import Article

    pipeline = Pipeline(stages)
    article = Article(id="page", text=text, published="2011-02-11", language="en")
    for stage in pipeline.stages:
        article = pipeline._run_stage(stage, article)
    return article


def _steps() -> dict[str, Callable[[Any], object]]:
    """step name -> the step, run on the article prepared by the stages before it."""
    from storyline.analyze.entities.canonical import RawMention, canonicalize
    from storyline.analyze.pipeline import make_stage

    def canonical_names(article: Any) -> object:
        doc = article.scratch["doc"]
        raw = [RawMention(e.start_char, e.end_char, e.label_) for e in doc.ents]
        return canonicalize(article.text, raw)

    return {
        "entities: canonical names (analyze/entities/canonical.py)": canonical_names,
        "claims stage (analyze/claims/stage.py)": make_stage("claims"),
        "quotes stage (analyze/quotes/stage.py)": make_stage("quotes"),
        "time stage (analyze/time/stage.py)": make_stage("time"),
        "sentences stage (analyze/sentences.py)": make_stage("sentences"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=40_000, help="words of the longest text")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        _, long = write_pages(Path(folder), long_words=args.words)
        text = long.read_text()
    sizes = [len(text) // 4, len(text) // 2, len(text)]
    texts = [text[: text.rfind("\n", 0, n) if "\n" in text[:n] else n] for n in sizes]
    print(f"texts of {', '.join(f'{len(t.split()):,}' for t in texts)} words")
    prepared = [_prepared(t, ["sentences", "entities", "time", "quotes"]) for t in texts]
    for name, step in _steps().items():
        seconds = []
        for article in prepared:
            start = time.perf_counter()
            step(article)
            seconds.append(time.perf_counter() - start)
        growth = [b / a / 2 for a, b in itertools.pairwise(seconds) if a > 0]
        shown = ", ".join(f"{s:.3f} s" for s in seconds)
        factors = ", ".join(f"{g:.2f}" for g in growth)
        print(f"  {name:<58} {shown}   growth per doubling beyond linear: {factors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
