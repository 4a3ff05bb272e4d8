"""Expand what the user named into the items to read: files under folders, URLs as given."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.ingest.options import Source
from storyline.ingest.storefiles import store_file_reason

__all__ = ["Discovered", "discover", "discover_items"]

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def _walk(root: Path) -> list[str]:
    """Regular files under `root`, sorted, hidden files and folders skipped, links not followed."""
    found: list[str] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                found.append(os.path.join(folder, name))
    return found


@dataclass
class Discovered:
    """The items to read, and the files skipped (path, reason) because they are a store's."""

    sources: list[Source] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def discover_items(sources: Sequence[str]) -> Discovered:
    """`discover`, with database files (SQLite, -wal, -shm, indexes) set apart and named."""
    found = Discovered()
    for source in discover(sources):
        reason = store_file_reason(source.location) if source.kind == "file" else None
        if reason is None:
            found.sources.append(source)
        else:
            found.skipped.append((source.location, reason))
    return found


def discover(sources: Sequence[str]) -> list[Source]:
    """The items to read, in a stable order.

    Folders expand recursively (sorted, hidden entries skipped); anything with a
    scheme is a URL (non-http ones fail when read, with the reason); a path that
    does not exist is kept so reading it reports a clear error instead of the
    name silently vanishing from the batch.
    """
    out: list[Source] = []
    for raw in sources:
        if _URL.match(raw):
            out.append(Source("url", raw))
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            out.extend(Source("file", f) for f in _walk(path))
        else:
            out.append(Source("file", str(path)))
    return out
