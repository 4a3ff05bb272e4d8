"""The embedding begun on another thread as an article's run begins (analyze/embed_ahead.py).

What must hold: the same vector as the stage run in turn, the article's other stages
untouched, failures still raised by the run, and no second thread where the process has
one core to itself."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pytest

from storyline.analyze.embed import EmbedStage, HashingEmbedder, default_embedder
from storyline.analyze.embed_ahead import cores_to_spare
from storyline.analyze.pipeline import Pipeline
from storyline.model import Article
from storyline.run.executors import THREADS_ENV

ARTICLES = [
    Article(id="a", title="Ferry strike", text="Crews of the Tallow Bay ferries stopped work."),
    Article(id="b", title=None, text="The Orvane river rose two metres overnight. " * 40),
    Article(id="c", title="Orchard fire", text="Orchard fire\nA fire spread through Kessal."),
]


class Recording(HashingEmbedder):
    """HashingEmbedder that notes the thread each call ran on."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:  # type: ignore[type-arg]
        self.threads.append(threading.current_thread().name)
        return super().embed(texts)


class Retitle:
    """A stage (not a real one) that changes the title: the early vector no longer fits."""

    name = "retitle"
    requires: frozenset[str] = frozenset()
    assigns: frozenset[str] = frozenset({"flags"})

    def __call__(self, article: Article) -> Article:
        return replace(article, title="Harbour reopens")


class Broken(HashingEmbedder):
    def embed(self, texts: Sequence[str]) -> np.ndarray:  # type: ignore[type-arg]
        raise RuntimeError("model file gone")


@pytest.fixture()
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(THREADS_ENV, "2")


def test_the_vector_is_the_one_the_stage_gives_in_turn_with_the_real_model(
    two_cores: None,
) -> None:
    stage = EmbedStage(default_embedder())
    in_turn = stage.embed_many(ARTICLES)
    ahead = [Pipeline(["sentences", stage]).run(a) for a in ARTICLES]
    for mine, theirs in zip(ahead, in_turn, strict=True):
        assert mine.embedding is not None
        assert mine.embedding == theirs.embedding  # to the bit
        assert mine.sentences and "embedding" in mine.annotated


def test_it_runs_on_the_embedding_thread_with_a_core_to_spare(two_cores: None) -> None:
    embedder = Recording()
    Pipeline(["sentences", EmbedStage(embedder)]).run(ARTICLES[0])
    assert embedder.threads and embedder.threads[0].startswith("storyline-embed")


def test_with_one_core_it_runs_in_turn_on_the_callers_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(THREADS_ENV, "1")
    assert not cores_to_spare()
    embedder = Recording()
    done = Pipeline(["sentences", EmbedStage(embedder)]).run(ARTICLES[0])
    assert embedder.threads == [threading.current_thread().name]
    assert done.embedding is not None


def test_a_title_changed_on_the_way_is_embedded_as_it_arrives(two_cores: None) -> None:
    stage = EmbedStage(HashingEmbedder())
    done = Pipeline([Retitle(), stage]).run(ARTICLES[0])
    expected = stage.embed_many([replace(ARTICLES[0], title="Harbour reopens")])[0]
    assert done.embedding == expected.embedding
    assert done.embedding != stage.embed_many([ARTICLES[0]])[0].embedding


def test_an_empty_text_gets_no_vector(two_cores: None) -> None:
    done = Pipeline([EmbedStage(HashingEmbedder())]).run(Article(id="e", text="  "))
    assert done.embedding is None


def test_a_failing_model_fails_the_run(two_cores: None) -> None:
    with pytest.raises(RuntimeError, match="model file gone"):
        Pipeline(["sentences", EmbedStage(Broken())]).run(ARTICLES[0])
