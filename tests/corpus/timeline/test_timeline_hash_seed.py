"""A timeline is the same in every process: no order taken from a set of strings.

Python salts string hashes per process (PYTHONHASHSEED), so a set of sentences iterates
in another order in the next run; the topic profile summed in that order differs in its
last bits, and two lines of one day that tie (two sentences of one article, each the
same distance from the day's centroid) swapped between two calls of `storyline brief`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_SCRIPT = r"""
import json
from storyline.corpus.timeline import TimelineOptions, build_timeline
from storyline.model import Article, Sentence

def article(ident, day, sentences):
    text, spans, at = "", [], 0
    for s in sentences:
        spans.append(Sentence(at, at + len(s), day, "published"))
        text += s + " "
        at += len(s) + 1
    return Article(id=ident, text=text, published=day, sentences=tuple(spans))

pool = [
    article("k1", "2031-05-02", [
        "Ferry crews in Vantoor stopped work at the northern quay after pay talks failed.",
        "Harbour pilots joined the ferry crews and cargo ships waited at the quay.",
    ]),
    article("k2", "2031-05-03", [
        "The Vantoor port authority said forty ships were waiting at the quay.",
        "Grain traders warned of shortages at inland mills within a week.",
        "Bakers reported thinner flour deliveries across Ostrel county.",
        "Ferry crews and port pilots marched past the port authority offices.",
    ]),
    article("k3", "2031-05-04", [
        "Mediators proposed a pay rise of four percent for the ferry crews.",
        "The ferry crews rejected the offer at the quay.",
    ]),
]
result = build_timeline(pool, TimelineOptions(max_dates=3, sentences_per_date=4))
print(json.dumps([list(e.sentences) for e in result.entries]))
"""


def _timeline_in_a_process(seed: int) -> list[list[str]]:
    src = Path(__file__).resolve().parents[3] / "src"
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    lines: list[list[str]] = json.loads(done.stdout)
    return lines


def test_the_same_lines_in_the_same_order_whatever_the_hash_seed() -> None:
    runs = [_timeline_in_a_process(seed) for seed in range(1, 9)]
    for run in runs[1:]:
        assert run == runs[0]
    tied = runs[0][1]
    # the two sentences of May 3 that share no word with any other sentence score the
    # same: the earlier one comes first
    grain = tied.index("Grain traders warned of shortages at inland mills within a week.")
    bakers = tied.index("Bakers reported thinner flour deliveries across Ostrel county.")
    assert grain < bakers
