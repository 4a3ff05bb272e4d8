"""Fixtures of the API and page tests: apps over a real SQLite file (the hand-written store of
web_store.py) reached through an in-process client. Conftests import them by name."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_store import WebStore, build_web_store

from storyline.api.app import create_app
from storyline.api.settings import ServerSettings
from storyline.store.sqlite import SQLiteStore
from storyline.store.sqlite_tokens import SQLiteTokens

__all__ = ["LOOPBACK", "client", "exposed", "token", "web_store", "web_store_template"]

LOOPBACK = "http://127.0.0.1:8000"


@pytest.fixture(scope="session")
def web_store_template(tmp_path_factory: pytest.TempPathFactory) -> WebStore:
    return build_web_store(Path(tmp_path_factory.mktemp("api")) / "template.db")


@pytest.fixture(scope="module")
def web_store(web_store_template: WebStore, tmp_path_factory: pytest.TempPathFactory) -> WebStore:
    """A fresh copy per module: modules that ingest never change another module's store."""
    path = Path(tmp_path_factory.mktemp("api")) / "web.db"
    shutil.copy(web_store_template.path, path)
    return WebStore(path)


@pytest.fixture(scope="module")
def token(web_store: WebStore) -> str:
    with SQLiteStore(web_store.path) as store:
        return SQLiteTokens(store).issue()


@pytest.fixture(scope="module")
def client(web_store: WebStore, token: str) -> Iterator[TestClient]:
    app = create_app(ServerSettings(db=str(web_store.path), max_body=64 * 1024))
    with TestClient(app, base_url=LOOPBACK, follow_redirects=False) as c:
        yield c


@pytest.fixture(scope="module")
def exposed(web_store: WebStore, token: str) -> Iterator[TestClient]:
    """The same database served on every address: reads need the token too."""
    app = create_app(ServerSettings(db=str(web_store.path), host="0.0.0.0"))
    with TestClient(app, base_url="http://192.0.2.10:8000", follow_redirects=False) as c:
        yield c
