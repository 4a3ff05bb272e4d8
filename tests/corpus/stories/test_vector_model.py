"""A store records which embedding model made its vectors; another model re-embeds first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from storyline.analyze.embed import HashingEmbedder, article_embedding_text
from storyline.analyze.embed_graph import GRAPH_ENV, EmbeddingModelError
from storyline.corpus.stories.recluster import recluster_stored
from storyline.corpus.stories.stored import assign_stored
from storyline.corpus.stories.vector_model import code_of, stale_model
from storyline.model import Article
from storyline.store.sql_stories import SqlStoryRepository
from storyline.store.sqlite import SQLiteStore

DIM = 384


class RolledEmbedder(HashingEmbedder):
    """Another 'model': the hashing vectors with their columns rolled (another space)."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.roll(super().embed(texts), 7, axis=1)


def _article(aid: str, words: str, day: int) -> Article:
    text = f"{words} were reported on Monday, officials said, and {words} continued."
    return Article(id=aid, text=text, published=f"2024-05-{day:02d}", content_hash=aid)


def _fill(store: SQLiteStore) -> list[Article]:
    articles = [_article(f"f{i}", "floods in the river valley", 1 + i) for i in range(4)]
    articles += [_article(f"t{i}", "tariffs on imported steel", 2 + i) for i in range(4)]
    for article in articles:
        store.put_article(article)
    return articles


def _as_stored(stored: object, expected: np.ndarray) -> bool:
    """Whether a stored embedding is `expected` as the store keeps it: one byte a
    dimension, each value within half a step (the largest |value| / 127) of its own."""
    step = float(np.abs(expected).max()) / 127
    return bool(np.allclose(np.asarray(stored), expected, rtol=0, atol=step / 2 + 1e-6))


def test_an_empty_store_records_the_model_of_its_first_vectors(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        assert store.embedding_model() == 0
        _fill(store)
        assign_stored(store, embedder=HashingEmbedder(DIM, model_code=2))
        assert store.embedding_model() == 2


def test_an_embedder_without_a_model_number_records_nothing(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        _fill(store)
        assign_stored(store, embedder=HashingEmbedder(DIM))
        assert store.embedding_model() == 0
        assert store.has_embeddings()


def test_vectors_stored_before_the_record_count_as_the_shipped_graph(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        _fill(store)
        assign_stored(store, embedder=HashingEmbedder(DIM))  # an older store: no record
        assert stale_model(store, HashingEmbedder(DIM, model_code=2)) == 1
        assert store.embedding_model() == 0  # asking records nothing while stale
        assert stale_model(store, HashingEmbedder(DIM, model_code=1)) is None
        assert store.embedding_model() == 1


def test_another_model_re_embeds_every_article_before_assigning(tmp_path: Path) -> None:
    old, new = HashingEmbedder(DIM, model_code=1), RolledEmbedder(DIM, model_code=2)
    warnings: list[str] = []
    with SQLiteStore(tmp_path / "s.db") as store:
        articles = _fill(store)
        assign_stored(store, embedder=old)
        assert store.embedding_model() == 1
        late = _article("f9", "floods in the river valley", 9)
        store.put_article(late)

        assign_stored(store, embedder=new, warn=warnings.append)

        assert store.embedding_model() == 2
        assert any("re-embedding 9 articles" in w for w in warnings)
        repo = SqlStoryRepository(store)
        for article in [*articles, late]:
            stored = store.get_article(article.id)
            assert stored is not None and stored.embedding is not None
            expected = new.embed([article_embedding_text(article)])[0]
            assert _as_stored(stored.embedding, expected)
            assert repo.membership(article.id) is not None
        floods = {repo.resolve(repo.membership(f"f{i}").story_id) for i in range(4)}  # type: ignore[union-attr]
        assert len(floods) == 1
        # the same model again: nothing to redo
        warnings.clear()
        assign_stored(store, embedder=new, warn=warnings.append)
        assert not any("re-embedding" in w for w in warnings)


def test_recluster_with_another_model_re_embeds_and_records_it(tmp_path: Path) -> None:
    old, new = HashingEmbedder(DIM, model_code=1), RolledEmbedder(DIM, model_code=2)
    with SQLiteStore(tmp_path / "s.db") as store:
        articles = _fill(store)
        assign_stored(store, embedder=old)
        report = recluster_stored(store, embedder=new)
        assert report.articles == len(articles)
        assert store.embedding_model() == 2
        stored = store.get_article("t0")
        assert stored is not None and stored.embedding is not None
        expected = new.embed([article_embedding_text(articles[4])])[0]
        assert _as_stored(stored.embedding, expected)


def test_the_default_embedder_model_follows_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(GRAPH_ENV, raising=False)
    assert code_of(None) == 2  # the quantised graph is the default
    monkeypatch.setenv(GRAPH_ENV, "shipped")
    assert code_of(None) == 1
    monkeypatch.setenv(GRAPH_ENV, "fastest")
    with pytest.raises(EmbeddingModelError, match="fastest"):
        code_of(None)
