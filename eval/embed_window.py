"""How many tokens of an article the story embedding reads, chosen leave-one-topic-out.

Story assignment embeds the title and the opening of the body with MiniLM
(`storyline.analyze.embed`); the model's cost grows with the tokens it reads,
and is the largest part of ingest after spaCy's NER. This scores each candidate
window on story clustering exactly as `eval.clusters` clusters (StoryAssigner
over an in-memory repository, then `settle`), on ECB+ (topics: 33) and on the
Timeline17 topics mixed (topics: 6), at `eval.clusters`' level (ECB+ threads, Timeline17
stories), and chooses the window by leave-one-topic-out:
for each topic, the window with the best mean B-cubed F1 over the *other* topics
of its corpus is scored on the held-out topic. Topic scores are B-cubed over that
topic's documents and the system clusters restricted to them.

    .venv/bin/python -m eval.embed_window [--windows 256,128] [--corpus ecb,t17]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from eval.clusters import LEVEL, SOURCES, load_scorer

__all__ = ["cluster_with_window", "loto", "main", "topic_scores"]


def _topic(corpus: str, label: str) -> str:
    """ECB+ labels are topic-event ("12-ecbplus"); Timeline17 labels are the topic."""
    return label.split("-")[0] if corpus == "ecb" else label


def cluster_with_window(docs: list[dict[str, Any]], window: int) -> Any:
    """`eval.clusters`' clustering of `docs` with an embedder reading `window` tokens
    (a `Settled`: each article's thread and story)."""
    from storyline.analyze.embed import MiniLMEmbedder
    from storyline.analyze.inputs import article_from_input
    from storyline.corpus.stories import InMemoryStoryRepository, StoryAssigner
    from storyline.corpus.stories.split import article_split_terms, settle

    assigner = StoryAssigner(InMemoryStoryRepository(), MiniLMEmbedder(max_tokens=window))
    articles = [article_from_input(d, d["id"]) for d in docs]
    done = list(assigner.assign_many(articles))
    terms_of = {a.id: article_split_terms(a) for a in articles}
    return settle(assigner, [(a.article_id, a.story_id) for a in done], terms_of)


def topic_scores(
    corpus: str, docs: list[dict[str, Any]], system: dict[str, str], scorer: Any
) -> dict[str, float]:
    """B-cubed F1 per topic, over the topic's documents and the clusters restricted to them."""
    by_topic: dict[str, dict[str, str]] = defaultdict(dict)
    for d in docs:
        by_topic[_topic(corpus, d["label"])][d["id"]] = d["label"]
    out = {}
    for topic, gold in by_topic.items():
        _, _, f1 = scorer.bcubed(gold, {i: system[i] for i in gold})
        out[topic] = float(f1)
    return out


def loto(scores: dict[int, dict[str, float]]) -> tuple[dict[str, int], dict[str, float]]:
    """For each topic, the window best on the other topics, and its score on this one."""
    topics = sorted(next(iter(scores.values())))
    chosen: dict[str, int] = {}
    held_out: dict[str, float] = {}
    for topic in topics:
        others = [t for t in topics if t != topic]
        best = max(scores, key=lambda w: (statistics.fmean(scores[w][t] for t in others), w))
        chosen[topic] = best
        held_out[topic] = scores[best][topic]
    return chosen, held_out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--windows", default="256,128")
    parser.add_argument("--corpus", default="ecb,t17")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    windows = [int(w) for w in args.windows.split(",")]
    scorer = load_scorer()
    for corpus in args.corpus.split(","):
        source = Path(SOURCES[corpus])
        docs = list(scorer.ecb_docs(source) if corpus == "ecb" else scorer.t17_docs(source))
        gold = {d["id"]: d["label"] for d in docs}
        scores: dict[int, dict[str, float]] = {}
        for window in windows:
            # scored at eval.clusters' level: ECB+ on threads, Timeline17 on stories
            system = getattr(cluster_with_window(docs, window), LEVEL[corpus])
            p, r, f1 = scorer.bcubed(gold, system)
            scores[window] = topic_scores(corpus, docs, system, scorer)
            mean = statistics.fmean(scores[window].values())
            print(
                f"{corpus} window {window}: whole corpus B3 P={p:.3f} R={r:.3f} F1={f1:.3f}; "
                f"mean topic F1 {mean:.3f}",
                flush=True,
            )
        chosen, held_out = loto(scores)
        picks = ", ".join(f"{w}: {sum(1 for c in chosen.values() if c == w)}" for w in windows)
        print(
            f"{corpus} leave-one-topic-out: mean held-out topic F1 "
            f"{statistics.fmean(held_out.values()):.3f} (window chosen per held-out topic: "
            f"{picks})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
