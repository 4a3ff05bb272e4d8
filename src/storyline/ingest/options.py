"""What to read (`Source`) and how (`IngestOptions`), shared by every reader."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["DEFAULT_MAX_BYTES", "IngestOptions", "ReadContext", "Source"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Source:
    """One item named on the command line after folder expansion: a file path or a URL."""

    kind: Literal["file", "url"]
    location: str


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Limits and switches for reading.

    `max_bytes` bounds what one item may make us hold in memory (file size,
    decompressed size, download size, one JSONL line). `allow_private` lifts
    the guard against fetching private, loopback and link-local addresses,
    which exists so a URL from a feed cannot make us probe the local network.
    `ca_file` adds the certificates of a PEM file to the trusted authorities
    (a newsroom proxy's or an intranet's own CA); certificates are always
    verified against the host named in the URL.
    """

    allow_private: bool = False
    timeout_s: float = 20.0
    max_bytes: int = DEFAULT_MAX_BYTES
    fetch_pages: bool = False
    user_agent: str = "storyline/0.1 (news ingest; +https://github.com/storyline)"
    ca_file: str | None = None


@dataclass(frozen=True, slots=True)
class ReadContext:
    """Where the bytes a reader parses came from: names errors and fills path/url.

    `content_type` is the HTTP Content-Type of a fetched item (its charset is
    the declared encoding); None for files.
    """

    item: str
    options: IngestOptions
    path: str | None = None
    url: str | None = None
    content_type: str | None = None
