"""Streaming: items read lazily from the sources, articles through an executor and back.

The executor pulls articles as its workers free up; results come back in input
order, each paired with the queued record it belongs to, so the writer stores
them as they arrive without holding the whole run in memory.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from storyline.errors import InputError
from storyline.model import Article
from storyline.run.admit import Queued
from storyline.run.executors import Executor
from storyline.run.report import IngestProgress, ProgressCallback

if TYPE_CHECKING:
    from storyline.ingest.options import IngestOptions, Source

__all__ = ["analysis_cost", "counted", "read_all", "stream"]

R = TypeVar("R")


def counted(
    items: Iterable[Article | InputError],
    count: list[int],
    progress: ProgressCallback | None,
    state: IngestProgress,
) -> Iterator[Article | InputError]:
    """`items`, counting each into count[0] and reporting progress as they are read."""
    for item in items:
        count[0] += 1
        if progress:
            progress(replace(state, articles=count[0]))
        yield item


def read_all(
    sources: Sequence[Source],
    options: IngestOptions,
    count: list[int],
    progress: ProgressCallback | None,
) -> Iterator[Article | InputError]:
    """Every item of every source, in order, read lazily (the executor pulls them)."""
    from storyline.ingest.source import read_source

    for done, source in enumerate(sources):
        state = IngestProgress(count[0], done, len(sources), source.location)
        if progress:
            progress(state)
        yield from counted(read_source(source, options), count, progress, state)


def analysis_cost(article: Article) -> float:
    """How long an article's analysis is, relative to others': its length (the time of every
    stage grows with it), so a long article near a stream's end goes before short ones."""
    return float(len(article.text))


def stream(
    executor: Executor,
    run: Callable[[Article], R],
    queued: Iterable[Queued],
) -> Iterator[tuple[Queued, R | Exception]]:
    """Each queued article with what `run` made of it (or the exception that stopped it).

    In input order; the queue is read only as fast as the executor asks for work.
    """
    in_flight: deque[Queued] = deque()

    def articles() -> Iterator[Article]:
        for item in queued:
            in_flight.append(item)
            yield item.article

    for result in executor.imap(run, articles(), cost=analysis_cost):
        yield in_flight.popleft(), result
