"""Throughput of the language stages against spaCy NER alone, on the same texts, same run.

Prints words per second for: spaCy tok2vec+ner alone (the reference), the
entities+quotes+claims stages on top of the sentence stage, and the full
default pipeline when every stage exists. The overhead figure is
time(pipeline) / time(NER alone) - 1; the target for our stages is <= 0.33.
Each configuration runs `--repeat` times interleaved and the best time is
kept, because the machine is shared. Both clocks are reported: CPU time of
this process (the cost of the work itself, steady when other jobs compete
for the cores) and wall time. Prints figures, asserts nothing.

    .venv/bin/python bench/language_speed.py [--docs 60] [--repeat 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from collections.abc import Callable
from pathlib import Path

from storyline.analyze.nlp import load_nlp
from storyline.analyze.pipeline import DEFAULT_STAGES, STAGE_FACTORIES, Pipeline
from storyline.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _texts(n: int) -> list[str]:
    paths = sorted((SHARED / "data" / "polnear" / "dev" / "text").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths[:n]]


def _available(stages: tuple[str, ...]) -> bool:
    for name in stages:
        module = STAGE_FACTORIES[name].partition(":")[0]
        if importlib.util.find_spec(module) is None:
            return False
    return True


def _runner(stages: tuple[str, ...]) -> Callable[[str], object]:
    pipeline = Pipeline(list(stages))

    def run(text: str) -> Article:
        return pipeline.run(Article(id="bench", text=text, published="2016-01-01"))

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = _texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    ner = load_nlp(("tok2vec", "ner"))
    ours = ("sentences", "entities", "quotes", "claims")
    runs: dict[str, Callable[[str], object]] = {"spaCy tok2vec+ner alone": ner}
    runs["sentences+entities+quotes+claims"] = _runner(ours)
    if ours != DEFAULT_STAGES and _available(DEFAULT_STAGES):
        runs["default pipeline " + ",".join(DEFAULT_STAGES)] = _runner(DEFAULT_STAGES)
    runs["sentences stage alone"] = _runner(("sentences",))
    for fn in runs.values():  # warm up: model loads are not throughput
        fn(texts[0])
    cpu = dict.fromkeys(runs, float("inf"))
    wall = dict.fromkeys(runs, float("inf"))
    for _ in range(args.repeat):
        for name, fn in runs.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            for text in texts:
                fn(text)
            cpu[name] = min(cpu[name], time.process_time() - start_cpu)
            wall[name] = min(wall[name], time.perf_counter() - start)
    print(f"{len(texts)} PolNeAR dev articles, {words} words, best of {args.repeat}")
    for clock, best in (("cpu", cpu), ("wall", wall)):
        base = best["spaCy tok2vec+ner alone"]
        for name, seconds in best.items():
            rate, overhead = words / seconds, seconds / base - 1
            print(f"  {clock:<4} {name:<56} {rate:8.0f} words/s  overhead vs NER {overhead:+.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
