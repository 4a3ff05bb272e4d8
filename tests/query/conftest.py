"""A hand-written store (tests/support/web_store.py) and an engine over it, per module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_store import WebStore, build_web_store

from storyline.engine import Storyline


@pytest.fixture(scope="module")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> WebStore:
    return build_web_store(Path(tmp_path_factory.mktemp("web")) / "web.db")


@pytest.fixture()
def engine(web_store: WebStore) -> Iterator[Storyline]:
    with Storyline(web_store.path) as opened:
        yield opened
