"""`Storyline`: the library entry point the CLI, the API and users' scripts share.

    from storyline import Storyline
    s = Storyline("news.db")
    report = s.ingest(["articles/", "https://example.org/feed.xml"])
    for hit in s.search("ceasefire"):
        ...

One facade over two sides kept in their own modules: the ingest run (reading,
queueing, analysis, storing, the story stream, feeds: engine_ingest.py) and the
reads (search, stories, entities, ledger, flags, exports: engine_reads.py). This
module opens the store and the executor they share, and closes them.

Heavy modules (readers, models, the story index) are imported by the methods
that use them, so a command that only reads the database starts quickly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.analyze.pipeline import DEFAULT_STAGES
from storyline.engine_ingest import IngestMethods
from storyline.engine_reads import ReadMethods
from storyline.run.admit import Admission
from storyline.run.executors import Executor, LocalExecutor
from storyline.run.report import FeedPoll, IngestProgress, IngestReport
from storyline.store import open_store

if TYPE_CHECKING:
    from storyline.analyze.pipeline import Stage
    from storyline.ingest.options import IngestOptions

__all__ = ["FeedPoll", "IngestProgress", "IngestReport", "Storyline"]


class Storyline(IngestMethods, ReadMethods):
    """A storyline database and the operations on it: the ingest methods
    (`IngestMethods`) and the read methods (`ReadMethods`) over one store."""

    def __init__(
        self,
        db: str | Path = "storyline.db",
        *,
        stages: Sequence[str | Stage] = DEFAULT_STAGES,
        options: IngestOptions | None = None,
        executor: Executor | None = None,
        stories: bool = True,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.store = open_store(db)
        self.stages = tuple(stages)
        self._options = options
        self.executor = executor or LocalExecutor()
        self.assign_stories = stories
        self.warn = warn or (lambda _message: None)
        self._pipeline = None
        self._analyse = None
        # what was read but is not stored yet: duplicates later in a stream link to it
        self._admission = Admission(self.store)
        self._entity_index = None

    def close(self) -> None:
        self.executor.close()
        self.store.close()

    def __enter__(self) -> Storyline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
