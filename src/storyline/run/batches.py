"""In-order streaming in batches: several items a task where a task costs the driver dearly.

A Dask task costs the driver 4-5 ms of CPU (the client's and, for a LocalCluster, the
scheduler's threads run in the driver's process) whatever it carries, about a fifth of
what the driver does for an article besides; the process pool's task costs under 1 ms.
Sending articles in batches shares that cost, but a batch must not be formed where
it delays the work:

- at the start of a stream, or whenever fewer tasks are in flight than there are
  workers, what has been read goes at once (a worker would otherwise wait for a batch
  to fill);
- at the end of a stream the last batches shrink to one item (guided self-scheduling:
  a batch takes its share of what is read and not sent, over twice the workers), so no
  worker is left alone with a large last batch while the others idle.

To see the end coming, items are read ahead (`reach` of them, at most the window):
the end is known once the source runs dry. Results are handed back in input order,
each batch's as soon as it and every batch before it are done, or when the window is
full (then the oldest batch is waited for).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

__all__ = ["batch_size", "in_input_order_batched"]

T = TypeVar("T")
F = TypeVar("F")


def batch_size(unsent: int, workers: int, most: int) -> int:
    """The next batch's size: its share of the `unsent` items read ahead, over twice the
    workers, at most `most` (so a batch shrinks as the end of a stream nears)."""
    return max(1, min(most, -(-unsent // (2 * workers))))


def in_input_order_batched(
    items: Iterable[T],
    submit: Callable[[list[T]], F],
    collect: Callable[[F, list[T]], Sequence[Any]],
    done: Callable[[F], bool],
    *,
    window: int,
    workers: int,
    most: int,
) -> Iterator[Any]:
    """Each item's result in input order; items sent `submit(batch)` in batches of up to
    `most`, at most `window` items read and not handed back; `collect(task, batch)` gives
    one result per item of the batch."""
    source = iter(items)
    reach = max(1, min(window // 2, 2 * workers * most))
    ahead: deque[T] = deque()
    pending: deque[tuple[F, list[T]]] = deque()
    in_flight = 0
    exhausted = False
    while True:
        if not exhausted and in_flight + len(ahead) < window:
            try:
                ahead.append(next(source))
            except StopIteration:
                exhausted = True
        # a full window waits for the oldest batch (below), unless none is in flight
        while ahead and (exhausted or len(ahead) >= reach or len(pending) < workers):
            batch = [ahead.popleft() for _ in range(batch_size(len(ahead), workers, most))]
            pending.append((submit(batch), batch))
            in_flight += len(batch)
        if not pending:
            if exhausted:
                return
            continue
        stuck = exhausted or in_flight + len(ahead) >= window
        while pending and (stuck or done(pending[0][0])):
            task, batch = pending.popleft()
            in_flight -= len(batch)
            yield from collect(task, batch)
            stuck = False  # handed back: there is room to read or send again
