"""One engine (one SQLite connection) per worker thread, and one writer behind a lock.

Requests run in a thread pool. A SQLite connection shared by threads would mix
their transactions, so each thread reads through its own engine; ingests go
through a single writer engine, one at a time, so two uploads never interleave
their batches (and the writer loads the analysis models once).
"""

from __future__ import annotations

import threading

from storyline.engine import Storyline

__all__ = ["Engines"]


class Engines:
    def __init__(self, db: str) -> None:
        self.db = db
        self._local = threading.local()
        self._opened: list[Storyline] = []
        self._lock = threading.Lock()
        self._writer: Storyline | None = None
        self.write_lock = threading.Lock()

    def reader(self) -> Storyline:
        """This thread's engine, opened on first use."""
        engine: Storyline | None = getattr(self._local, "engine", None)
        if engine is None:
            engine = Storyline(self.db)
            self._local.engine = engine
            with self._lock:
                self._opened.append(engine)
        return engine

    def writer(self) -> Storyline:
        """The engine ingests go through; hold `write_lock` while using it."""
        with self._lock:
            if self._writer is None:
                self._writer = Storyline(self.db)
                self._opened.append(self._writer)
            return self._writer

    def close(self) -> None:
        with self._lock:
            for engine in self._opened:
                engine.close()
            self._opened.clear()
            self._writer = None
        self._local = threading.local()
