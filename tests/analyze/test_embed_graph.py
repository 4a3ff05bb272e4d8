"""The quantised embedding graph: built from the pinned model only, checked, rebuilt."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storyline.analyze.embed import HashingEmbedder, MiniLMEmbedder
from storyline.analyze.embed_graph import (
    CACHE_ENV,
    GRAPH_ENV,
    QUANTISED_SHA256,
    EmbeddingModelError,
    _sha256,
    graph_name,
    graph_path,
    graph_sha256,
    model_code,
)


def test_the_graph_is_built_into_the_cache_and_a_damaged_copy_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    path = graph_path("quantised")
    assert path.parent == tmp_path / "cache"
    assert _sha256(path) == QUANTISED_SHA256
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no build folder left
    path.write_bytes(b"truncated")
    again = graph_path("quantised")
    assert again == path and _sha256(again) == QUANTISED_SHA256


def test_an_unwritable_cache_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    with pytest.raises(EmbeddingModelError, match=CACHE_ENV):
        graph_path("quantised")


def test_the_setting_chooses_the_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(GRAPH_ENV, raising=False)
    assert graph_name() == "quantised" and model_code() == 2  # the default (issue 19)
    assert graph_sha256() == QUANTISED_SHA256
    monkeypatch.setenv(GRAPH_ENV, " Shipped ")
    assert graph_name() == "shipped" and model_code() == 1
    assert graph_sha256() != QUANTISED_SHA256
    monkeypatch.setenv(GRAPH_ENV, "quantised")
    assert graph_name() == "quantised" and model_code() == 2


def test_the_quantised_vectors_stay_close_to_the_shipped_ones() -> None:
    texts = [
        "A strong earthquake struck the northern coast on Sunday morning.",
        "The central bank raised its main interest rate by half a point.",
        "Short.",
    ]
    shipped = MiniLMEmbedder(graph="shipped").embed(texts)
    quantised = MiniLMEmbedder(graph="quantised")
    assert (quantised.graph, quantised.model_code) == ("quantised", 2)
    vectors = quantised.embed(texts)
    assert ((shipped * vectors).sum(axis=1) > 0.97).all()
    # one text per call: a text's vector does not depend on the texts beside it
    alone = np.vstack([quantised.embed([t]) for t in texts])
    assert np.array_equal(vectors, alone)


def test_the_test_embedder_has_no_model_number() -> None:
    assert HashingEmbedder().model_code is None
    assert HashingEmbedder(model_code=2).model_code == 2
