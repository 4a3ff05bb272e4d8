"""Fixtures of the ingest tests: a local HTTP server, options for it, a reader."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from ingest_http import LocalServer

from storyline.ingest import IngestOptions


@pytest.fixture()
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    try:
        yield srv
    finally:
        srv.close()


@pytest.fixture()
def local_options() -> IngestOptions:
    """The address guard lifted: these tests talk to their own server on loopback."""
    return IngestOptions(allow_private=True, timeout_s=5.0)


Reader = Callable[..., list[object]]


@pytest.fixture()
def read() -> Reader:
    """read(path_or_url, **options) -> every Article / InputError read_source yields."""
    from storyline.ingest import Source, read_source

    def _read(location: object, **options: object) -> list[object]:
        loc = str(location)
        kind = "url" if loc.startswith(("http://", "https://")) else "file"
        return list(read_source(Source(kind, loc), IngestOptions(**options)))  # type: ignore[arg-type]

    return _read
