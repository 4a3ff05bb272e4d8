"""The first articles of an ingest sent to the workers as they are read, before admission.

What an ingest analyses is decided in the driver, in input order: the recurring-openings
filter (ingest/openings.py) holds a window of up to 256 items to see which first lines
are page furniture, then admission (run/admit.py) drops what is stored and links copies.
So the first article reached the executor only once the whole window was read and
cleaned (about 5 ms an article): for a call of 20 articles, 0.1 s of reading with every
worker idle, for a call of 120 about 0.6 s, in every call. On 2 cores that serial start
weighed on two workers twice what it weighed on one (bench/dask_ingest.py).

Here the first `prime` articles read (those not stored unchanged) go to the workers at
once, and the window is read while they are analysed. Their results are used only for
the article admission then queues with the same content: one whose opening the filter
removed (its text changed) or that admission dropped has its early result thrown away,
and the article as queued is analysed like any other. So what is stored is what the
unprimed stream stores; at most `prime` analyses a call are wasted, and only when the
filter or admission changes one of the first articles. An executor in this process
(`LocalExecutor`, one worker that is the driver) is never primed: there is nothing
to overlap.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import chain
from typing import Any, TypeVar

from storyline.errors import InputError
from storyline.model import Article
from storyline.run.admit import Queued
from storyline.run.executors import Executor
from storyline.run.stream import analysis_cost

__all__ = ["PRIME_READ_MOST", "prime_count", "primed_stream"]

R = TypeVar("R")

PRIME_READ_MOST = 256
"""Items read at most while looking for the first articles worth sending (the recurring-
openings filter holds as many anyway): a source whose articles are all stored already is
not held in memory whole before admission reads it."""

_PENDING = object()
"""A direct job's result not handed back yet."""


def prime_count(executor: Executor) -> int:
    """How many articles go to the workers before the window is read: two a worker (the
    tasks the executors send at once, one running and one queued behind it); none for an
    executor without worker processes of its own (no `workers` attribute, or 0)."""
    workers = getattr(executor, "workers", 0)
    return 2 * workers if isinstance(workers, int) and workers > 0 else 0


def _same_content(early: Article, queued: Article) -> bool:
    """Whether the article admission queued is the one analysed early, but for the copy it
    was linked to (`duplicate_of`, which the analysis does not read)."""
    return queued is early or queued == replace(early, duplicate_of=queued.duplicate_of)


def _linked(result: Any, queued: Article) -> Any:
    """The early result with the link admission gave the article (the row stores it)."""
    if isinstance(result, Exception):
        return result
    article = result if isinstance(result, Article) else getattr(result, "article", None)
    if not isinstance(article, Article) or article.duplicate_of == queued.duplicate_of:
        return result
    linked = replace(article, duplicate_of=queued.duplicate_of)
    return linked if isinstance(result, Article) else replace(result, article=linked)


def primed_stream(
    executor: Executor,
    make_run: Callable[[], Callable[[Article], R]],
    items: Iterable[Article | InputError],
    queue: Callable[[Iterable[Article | InputError]], Iterable[Queued]],
    *,
    worth: Callable[[Article], bool],
    prime: int,
) -> Iterator[tuple[Queued, R | Exception]]:
    """Each article `queue(items)` yields with what `make_run()` made of it, in its order.

    The first `prime` articles of `items` that `worth` accepts (not stored unchanged) are
    sent to `executor` as soon as each is read; then `queue` reads the rest, and every
    queued article whose early result does not fit it (see the module) is sent as read.
    `make_run` (the pipeline, 0.7 s to build) and the executor are not touched when nothing
    is to be analysed.
    """
    source = iter(items)
    early: dict[str, Article] = {}  # id -> the article sent early
    early_results: dict[str, Any] = {}
    # what each result handed back is for: an early article's id, or a queued one's slot
    jobs: deque[tuple[str, list[Any] | None]] = deque()
    in_flight: deque[tuple[Queued, list[Any] | None]] = deque()  # queued, its slot if direct

    def feed() -> Iterator[Article]:
        read: list[Article | InputError] = []
        if prime > 0:
            for item in source:
                read.append(item)
                if isinstance(item, Article) and item.id not in early and worth(item):
                    early[item.id] = item
                    jobs.append((item.id, None))
                    yield item
                    if len(early) >= prime:
                        break
                if len(read) >= PRIME_READ_MOST:
                    break
        for queued in queue(chain(read, source)):
            article = queued.article
            sent = early.pop(article.id, None)
            if sent is not None and _same_content(sent, article):
                in_flight.append((queued, None))
                continue
            slot: list[Any] = [_PENDING]
            in_flight.append((queued, slot))
            jobs.append((article.id, slot))
            yield article

    def ready() -> Iterator[tuple[Queued, Any]]:
        while in_flight:
            queued, slot = in_flight[0]
            if slot is None:
                if queued.article.id not in early_results:
                    return
                result = _linked(early_results.pop(queued.article.id), queued.article)
            elif slot[0] is _PENDING:
                return
            else:
                result = slot[0]
            in_flight.popleft()
            yield queued, result

    jobs_fed = feed()
    first = next(jobs_fed, None)
    if first is None:
        return
    for result in executor.imap(make_run(), chain([first], jobs_fed), cost=analysis_cost):
        article_id, slot = jobs.popleft()
        if slot is None:
            early_results[article_id] = result
        else:
            slot[0] = result
        yield from ready()
    yield from ready()
