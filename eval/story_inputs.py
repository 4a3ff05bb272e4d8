"""The documents of the story evaluations, embedded once and kept on disk between runs.

Leave-one-topic-out clusters the same documents many times (one run per setting and
held-out topic). Embedding is nearly all the cost of a run, and an embedding depends
only on the text the model sees and the model itself, so each document's vector is
kept in a cache file (in the temp directory) under a hash of that text and of the
model graph's sha256 (embed_graph.graph_sha256); a changed text or model simply
misses. The documents come from ../shared/tools/score_clusters.py (ECB+ topics and
seminal events, Timeline17 topics), read with its own functions, never copied.
"""

from __future__ import annotations

import hashlib
import importlib.util
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from storyline.analyze.embed import article_embedding_text
from storyline.analyze.embed_graph import graph_sha256
from storyline.analyze.inputs import article_from_input
from storyline.model import Article

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SOURCES = {
    "ecb": SHARED / "data" / "ecbplus" / "ECBplus_train_dev_docs.tar.gz",
    "t17": SHARED / "data" / "timeline17",
}
CACHE = Path(tempfile.gettempdir()) / "storyline-story-embeddings.npz"

__all__ = ["documents", "embedded_articles", "load_scorer", "topic_of"]


def load_scorer(shared: Path = SHARED) -> ModuleType:
    """The shared scorer as a module (it is a standalone script, not a package)."""
    spec = importlib.util.spec_from_file_location(
        "score_clusters", shared / "tools" / "score_clusters.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(corpus: str, shared: Path = SHARED) -> list[dict[str, Any]]:
    """{"id", "text", "published", "label"} per document, in the scorer's order."""
    scorer = load_scorer(shared)
    source = shared / SOURCES[corpus].relative_to(SHARED)
    reader = scorer.ecb_docs if corpus == "ecb" else scorer.t17_docs
    return list(reader(source))


def topic_of(corpus: str, doc: dict[str, Any]) -> str:
    """The topic a document is held out with: ECB+ topic number, Timeline17 topic."""
    label = str(doc["label"])
    return label.split("-")[0] if corpus == "ecb" else label


def _key(text: str) -> str:
    return hashlib.sha256(f"{graph_sha256()}\0{text}".encode()).hexdigest()[:32]


def embedded_articles(docs: Sequence[dict[str, Any]], cache: Path | None = CACHE) -> list[Article]:
    """The documents as Articles with their embeddings (from the cache, else computed)."""
    from dataclasses import replace

    from storyline.analyze.embed import default_embedder

    articles = [article_from_input(d, d["id"]) for d in docs]
    texts = [article_embedding_text(a) for a in articles]
    keys = [_key(t) for t in texts]
    stored: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        with np.load(cache) as data:
            stored = {k: data[k] for k in data.files}
    todo = [i for i, k in enumerate(keys) if k not in stored and len(texts[i].split()) >= 3]
    if todo:
        rows = default_embedder().embed([texts[i] for i in todo])
        for row, i in enumerate(todo):
            stored[keys[i]] = rows[row]
        if cache is not None:
            tmp = cache.with_name(cache.name + ".tmp.npz")
            np.savez(tmp, **stored)
            tmp.replace(cache)
    return [
        replace(a, embedding=tuple(float(x) for x in stored[k])) if k in stored else a
        for a, k in zip(articles, keys, strict=True)
    ]
