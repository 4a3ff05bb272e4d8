"""Building the timelines of the latest stories when the server starts, before anyone asks.

A story page's first view builds its timeline (a few hundred milliseconds for a
story of dozens of articles); every later view reads it from the page cache. The
stories on the home page are the ones readers open first, so a background thread
builds theirs as the server starts. It uses its own engine and only writes the
cache, so a request never waits for it; a failure is logged and ends the warming.
"""

from __future__ import annotations

import logging
import threading

from storyline.engine import Storyline
from storyline.query import home_page, story_parts

__all__ = ["warm_timelines"]

log = logging.getLogger("storyline.api")


def _warm(db: str, stories: int, stop: threading.Event) -> None:
    try:
        with Storyline(db) as engine:
            for story in home_page(engine, limit=stories).stories:
                if stop.is_set():
                    return
                story_parts(engine, story.id)
    except Exception:
        log.exception("warming the story timelines of %s stopped", db)


def warm_timelines(db: str, stories: int) -> tuple[threading.Thread, threading.Event]:
    """Start building the timelines of the `stories` largest latest stories; set the event
    to stop after the current one."""
    stop = threading.Event()
    thread = threading.Thread(
        target=_warm, args=(db, stories, stop), name="storyline-warm", daemon=True
    )
    thread.start()
    return thread, stop
