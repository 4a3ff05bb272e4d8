"""Story tests: a fake embedder for the logic, repositories of both kinds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.analyze.embed import HashingEmbedder
from storyline.corpus.stories import InMemoryStoryRepository, StoryAssigner, StoryRepository
from storyline.store.postgres import PostgresStore
from storyline.store.sqlite import SQLiteStore

DIM = 384


@pytest.fixture()
def fake_embedder() -> HashingEmbedder:
    return HashingEmbedder(DIM)


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def repository(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoryRepository]:
    if request.param == "memory":
        yield InMemoryStoryRepository()
        return
    store = (
        PostgresStore(request.getfixturevalue("pg_url"))
        if request.param == "postgres"
        else SQLiteStore(tmp_path / "stories.db")
    )
    try:
        yield store.stories()
    finally:
        store.close()


@pytest.fixture()
def assigner(repository: StoryRepository, fake_embedder: HashingEmbedder) -> StoryAssigner:
    return StoryAssigner(repository, fake_embedder, dim=DIM)
