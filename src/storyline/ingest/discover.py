"""Expand what the user named into the items to read: files under folders, URLs as given."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from storyline.ingest.options import Source

__all__ = ["discover"]

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
