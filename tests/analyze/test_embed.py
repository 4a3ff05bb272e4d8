"""The offline MiniLM embedder: real model, real files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storyline.analyze.embed import (
    DIM,
    MAX_TOKENS,
    EmbeddingModelError,
    EmbedStage,
    HashingEmbedder,
    MiniLMEmbedder,
    _verified,
    article_embedding_text,
    default_embedder,
)
from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def model() -> MiniLMEmbedder:
    return default_embedder()


def test_similar_sentences_score_higher_than_unrelated(model: MiniLMEmbedder) -> None:
    v = model.embed(
        [
            "A strong earthquake struck northern California on Sunday morning.",
            "A powerful quake shook the San Francisco Bay Area at dawn.",
            "The actress checked into a rehabilitation clinic for alcohol abuse.",
        ]
    )
    assert v.shape == (3, DIM)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.3


def test_batching_and_order_do_not_change_vectors(model: MiniLMEmbedder) -> None:
    texts = ["short one", "a much longer sentence about the central bank raising rates", "x y"]
    together = model.embed(texts)
    alone = np.vstack([model.embed([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-3)
    assert model.embed([]).shape == (0, DIM)


def test_long_text_is_truncated_not_rejected(model: MiniLMEmbedder) -> None:
    v = model.embed(["word " * 5000])
    assert v.shape == (1, DIM) and np.isfinite(v).all()


def _whole(model: MiniLMEmbedder, text: str) -> list[int]:
    return list(model._tokenizer.encode(text).ids)


def test_the_tokenizer_reads_a_prefix_that_gives_the_same_ids(model: MiniLMEmbedder) -> None:
    lead = (
        "The harbour board voted on Tuesday to close the old ferry pier, saying repairs "
        "would cost more than a new one. Fishermen who moor there asked for a delay. "
    )
    text = lead * 40  # about 6,000 characters: the window fills long before the cut
    (enc,) = model._encode([text])
    assert len(enc.ids) == MAX_TOKENS
    assert list(enc.ids) == _whole(model, text)


def test_a_prefix_that_does_not_fill_the_window_is_read_whole(model: MiniLMEmbedder) -> None:
    # words over 100 characters are one unknown piece each: 1,024 characters hold ten
    text = " ".join(chr(ord("a") + i % 26) * 120 for i in range(30))
    (enc,) = model._encode([text])
    assert list(enc.ids) == _whole(model, text)
    assert len(enc.ids) == 32  # all 30 words and the two markers, not the prefix's ten
    short, unbroken = "a few words", "x" * 3000
    assert [list(e.ids) for e in model._encode([short, unbroken])] == [
        _whole(model, short),
        _whole(model, unbroken),
    ]


def test_wrong_checksum_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not a model")
    with pytest.raises(EmbeddingModelError, match="sha256"):
        _verified(fake, "0" * 64)


def test_stage_sets_a_384_float_embedding_and_skips_empty_text(model: MiniLMEmbedder) -> None:
    stage = EmbedStage(model)
    pipeline = Pipeline([stage])
    done = pipeline.run(Article(id="a", text="Floods hit the city.", title="Floods"))
    assert done.embedding is not None and len(done.embedding) == DIM
    assert "embedding" in done.annotated
    empty = pipeline.run(Article(id="b", text="   "))
    assert empty.embedding is None


def test_registered_stage_name() -> None:
    assert Pipeline(["embed"]).names == ["embed"]


def test_embedding_text_puts_the_title_first() -> None:
    a = Article(id="a", text="Body text here.", title="Headline")
    assert article_embedding_text(a).startswith("Headline. Body")
    same = Article(id="b", text="Headline\nBody", title="Headline")
    assert article_embedding_text(same).count("Headline") == 1


def test_hashing_embedder_is_a_deterministic_stand_in() -> None:
    fake = HashingEmbedder(32)
    a, b, c = fake.embed(["flood in the city", "city flood warning", "stock market rally"])
    assert a @ b > a @ c
    assert np.array_equal(fake.embed(["flood in the city"])[0], a)
