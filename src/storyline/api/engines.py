"""Engines (one SQLite connection each) checked out by one request at a time, and one writer.

Requests run in a thread pool, and FastAPI may run a request's dependencies and
its handler in different worker threads, so an engine kept per thread could
serve two requests at once; a SQLite connection shared that way mixes their
transactions ("cannot start a transaction within a transaction" under load).
So a request checks an engine out of a pool for its whole length and returns it
after. Ingests go through a single writer engine, one at a time, so two uploads
never interleave their batches (and the writer loads the analysis models once).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from storyline.engine import Storyline

__all__ = ["Engines"]


class Engines:
    def __init__(self, db: str) -> None:
        self.db = db
        self._opened: list[Storyline] = []
        self._lock = threading.Lock()
        self._writer: Storyline | None = None
        self._idle: list[Storyline] = []
        self.write_lock = threading.Lock()

    @contextmanager
    def checkout(self) -> Iterator[Storyline]:
        """An engine no other request uses until this one gives it back."""
        engine = self.take()
        if engine is None:
            engine = self.open()
        try:
            yield engine
        finally:
            self.give_back(engine)

    def take(self) -> Storyline | None:
        """An idle engine, now this caller's alone, or None when all are in use (no I/O, so
        the event loop may call it)."""
        with self._lock:
            return self._idle.pop() if self._idle else None

    def open(self) -> Storyline:
        """A new engine for this caller (opens the database: call it from a worker thread)."""
        engine = Storyline(self.db)
        with self._lock:
            self._opened.append(engine)
        return engine

    def give_back(self, engine: Storyline) -> None:
        with self._lock:
            self._idle.append(engine)

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
            self._idle.clear()
            self._writer = None
