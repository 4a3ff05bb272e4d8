"""The dynamically quantised MiniLM graph against the shipped one (issue 19).

Prints figures, asserts nothing. The shipped int8 model stores its weights as
int8 but dequantises them in the graph, so ONNX Runtime folds them back to float
and every MatMul runs in float. The engine now embeds with a graph built from
that installed, pinned model (storyline.analyze.embed_graph: weights folded to
float, then `quantize_dynamic`, int8 weights per channel), one text per call.
This compares both quantised variants (per tensor, and the engine's per channel)
with the shipped graph on the embedding texts of a Timeline17 sample: time per
article (one article at a time, as ingest calls it, turns taken
shipped/quantised/quantised/shipped), and how far the vectors move (cosine to
the shipped vector, the largest change of any pairwise similarity, how often an
article's nearest neighbour stays the same). The quality gates of the switch are
`eval.clusters` and `eval.tls` (README, "Quality, measured").

    .venv/bin/python bench/embed_quant.py [--articles 150]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from floor_common import sample_folder

from storyline.analyze.embed import MiniLMEmbedder, article_embedding_text, session_options
from storyline.analyze.embed_graph import QUANTISED_SHA256, _sha256, build_quantised


def _articles(sample: Path) -> list[Any]:
    from storyline.ingest import IngestOptions, read_source
    from storyline.ingest.discover import discover_items
    from storyline.model import Article

    out = []
    for source in discover_items([str(sample)]).sources:
        out.extend(a for a in read_source(source, IngestOptions()) if isinstance(a, Article))
    return out


def _with_graph(path: Path) -> MiniLMEmbedder:
    import onnxruntime as ort

    embedder = MiniLMEmbedder(graph="shipped", batch_size=1)
    embedder._session = ort.InferenceSession(
        str(path), sess_options=session_options(1), providers=["CPUExecutionProvider"]
    )
    return embedder


def _timed(embedder: MiniLMEmbedder, texts: list[str]) -> tuple[float, np.ndarray]:
    start = time.perf_counter()
    rows = [embedder.embed([t]) for t in texts]
    return time.perf_counter() - start, np.vstack(rows)


def _fidelity(shipped: np.ndarray, other: np.ndarray) -> str:
    cos = (shipped * other).sum(axis=1)
    sims_a, sims_b = shipped @ shipped.T, other @ other.T
    np.fill_diagonal(sims_a, -2.0)
    np.fill_diagonal(sims_b, -2.0)
    same = float((sims_a.argmax(axis=1) == sims_b.argmax(axis=1)).mean())
    return (
        f"cosine to shipped min {cos.min():.4f}, 1st pct {np.percentile(cos, 1):.4f}, "
        f"mean {cos.mean():.4f}; largest pairwise-similarity change "
        f"{np.abs(sims_a - sims_b).max():.3f}; same nearest neighbour {100 * same:.0f}%"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    args = parser.parse_args()
    with sample_folder(args.articles) as (tmp, sample, count, _words):
        texts = [t for t in (article_embedding_text(a) for a in _articles(sample)) if t.strip()]
        print(f"sample: {count} Timeline17 articles, {len(texts)} embedding texts")
        shipped = MiniLMEmbedder(graph="shipped")
        for per_channel in (False, True):
            name = "per channel" if per_channel else "per tensor"
            graph = build_quantised(tmp, per_channel=per_channel)
            if per_channel:
                same = _sha256(graph) == QUANTISED_SHA256
                print(f"  per-channel graph built here is the engine's (pinned sha256): {same}")
            quant = _with_graph(graph)
            for embedder in (shipped, quant):
                embedder.embed(texts[:4])
            seconds: dict[str, float] = {"shipped": 0.0, name: 0.0}
            vectors: dict[str, np.ndarray] = {}
            for label, embedder in (
                ("shipped", shipped),
                (name, quant),
                (name, quant),
                ("shipped", shipped),
            ):
                took, vectors[label] = _timed(embedder, texts)
                seconds[label] += took / 2
                print(f"  {label}: {1000 * took / len(texts):.1f} ms an article")
            print(
                f"  {name}: {seconds['shipped'] / seconds[name]:.2f}x the shipped graph's speed; "
                + _fidelity(vectors["shipped"], vectors[name])
            )
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
