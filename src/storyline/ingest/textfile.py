"""Opening a text file that may be gzip-compressed, for commands that read lines from a file.

`storyline ingest` sniffs compression itself; other commands that take a file of
lines (`timeline --articles FILE.jsonl.gz`, `watch FILE_OF_FEEDS`) open it here, so
.gz works everywhere a file is taken. Compression is recognised by its magic
bytes, not the name, and undecodable bytes become U+FFFD (the line's parser
then names the line).
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import IO, cast

__all__ = ["open_text"]

_GZIP_MAGIC = b"\x1f\x8b"


def open_text(path: str | Path) -> IO[str]:
    """`path` opened for reading text (UTF-8, a BOM dropped), decompressed if it is gzip.

    Raises OSError as `open` does; a corrupt gzip raises OSError (gzip.BadGzipFile)
    or EOFError while it is read.
    """
    raw = open(path, "rb")  # noqa: SIM115 (returned to the caller, who closes it)
    try:
        compressed = raw.read(2) == _GZIP_MAGIC
        raw.seek(0)
    except OSError:
        raw.close()
        raise
    stream = cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")) if compressed else raw
    return _ClosingText(stream, raw)


class _ClosingText(io.TextIOWrapper):
    """A text wrapper that also closes the underlying file when a gzip layer sits between."""

    def __init__(self, stream: IO[bytes], raw: IO[bytes]) -> None:
        super().__init__(stream, encoding="utf-8-sig", errors="replace", newline=None)
        self._raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()
