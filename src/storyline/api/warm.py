"""Building the reviews and page parts of the latest stories as the server starts.

A story page's first view, and the first view of any of its articles, would build
the story's review and page parts (seconds for a story of a hundred articles on a
large store); every later view reads them from the database. The stories on the
home page are the ones readers open first, so a background thread builds theirs
as the server starts (`storyline warm` builds every story's ahead of time). It uses
its own engine and only writes the caches, so a request never waits for it; a
story that fails is logged and the others are built.
"""

from __future__ import annotations

import logging
import threading

from storyline.engine import Storyline
from storyline.query.warm import latest_stories, warm_stories

__all__ = ["warm_latest"]

log = logging.getLogger("storyline.api")


def _warm(db: str, stories: int, stop: threading.Event) -> None:
    shown = "the database"  # until opened: the raw --db value may hold a password
    try:
        with Storyline(db) as engine:
            shown = engine.store.location  # a URL without its password
            report = warm_stories(engine, latest_stories(engine, stories), stop=stop)
        for error in report.errors:
            log.warning("warming %s: %s", shown, error)
    except Exception:
        log.exception("warming the latest stories of %s stopped", shown)


def warm_latest(db: str, stories: int) -> tuple[threading.Thread, threading.Event]:
    """Start building the reviews and page parts of the `stories` latest stories; set the
    event to stop after the current one."""
    stop = threading.Event()
    thread = threading.Thread(
        target=_warm, args=(db, stories, stop), name="storyline-warm", daemon=True
    )
    thread.start()
    return thread, stop
