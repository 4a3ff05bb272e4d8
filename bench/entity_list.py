"""Small ingests into a large store, and the canonical entity list they leave stale.

A store of N generated articles (20 person mentions each, over 3,000 names) is
written directly; then three ingests of 5 articles go through `Storyline` with a
stand-in "entities" stage (the mentions are generated, so the timing is the
store and corpus work, not spaCy). Prints the seconds per ingest, then the first
`entities` read, which rebuilds the list from every mention, and a second read.
Before the list was rebuilt on read, every ingest paid that rebuild.

    .venv/bin/python bench/entity_list.py [--articles 20000]

Prints figures; never asserts timings.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from storyline.engine import Storyline
from storyline.model import Article, EntityMention, Sentence

NAMES = [f"Person{i} Name{i}" for i in range(3000)]


class GivenEntities:
    """The entities stage's name, without its model: the articles carry their mentions."""

    name = "entities"
    requires: frozenset[str] = frozenset()
    assigns = frozenset({"entities"})

    def __call__(self, article: Article) -> Article:
        return article


def article(i: int, rng: random.Random) -> Article:
    text = "word " * 400
    mentions = tuple(
        EntityMention(j * 5, j * 5 + 4, rng.choice(NAMES), "PERSON", None) for j in range(20)
    )
    return Article(
        id=f"a{i}",
        text=text,
        published=f"2024-0{1 + i % 9}-1{i % 10}",
        content_hash=f"h{i}",
        entities=mentions,
        sentences=(Sentence(0, len(text), None, "none"),),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(1)
    with (
        tempfile.TemporaryDirectory() as tmp,
        Storyline(Path(tmp) / "e.db", stages=[GivenEntities()], stories=False) as s,
    ):
        for i in range(args.articles):
            s.store.put_article(article(i, rng))
        per_ingest = []
        for k in range(3):
            batch = [article(args.articles + 10 * k + j, rng) for j in range(5)]
            start = time.perf_counter()
            s.ingest_articles(batch)
            per_ingest.append(time.perf_counter() - start)
        start = time.perf_counter()
        count = len(s.entities(limit=None))
        first = time.perf_counter() - start
        start = time.perf_counter()
        s.entities(limit=None)
        second = time.perf_counter() - start
    print(f"store: {args.articles:,} articles, {args.articles * 20:,} mentions")
    print("ingest of 5 articles, s: " + ", ".join(f"{t:.3f}" for t in per_ingest))
    print(f"first entities read (rebuild, {count:,} entities): {first:.2f} s")
    print(f"second entities read: {second:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
