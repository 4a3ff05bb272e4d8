"""Recognising a database's own files, so `storyline ingest .` never reads its own store.

The default database is ./storyline.db, so ingesting the current folder meets
the database, its -wal and -shm companions and the story index beside it.
Reading them fails (binary) on every run and makes the exit code useless; they
are skipped with a note instead. Any SQLite database is skipped the same way
(it is never an article), recognised by its header rather than its name.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["SQLITE_HEADER", "store_file_reason"]

SQLITE_HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-shm", "-journal")
_INDEX_SUFFIXES = (".usearch",)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False  # reading it will report why


def store_file_reason(path: str | Path) -> str | None:
    """Why `path` is a database file to skip ("SQLite database", ...), or None to read it."""
    p = Path(path)
    name = p.name
    for suffix in _COMPANIONS:
        if name.endswith(suffix) and len(name) > len(suffix):
            owner = p.with_name(name[: -len(suffix)])
            if owner.is_file() and _is_sqlite(owner):
                return f"{suffix[1:]} file of the SQLite database {owner.name}"
    if name.endswith(_INDEX_SUFFIXES):
        return "a story index file (usearch)"
    if _is_sqlite(p):
        return "an SQLite database (a store, not articles)"
    return None
