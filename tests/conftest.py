"""Shared fixtures: the repository, ../shared (real evaluation data), real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pg_server"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEMO_DIR = REPO / "data" / "demo"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.fail(f"../shared/data not found beside the repository at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return DEMO_DIR


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
