"""In-order streaming in batches: several items a task where a task costs the driver dearly.

A Dask task costs the driver 4-5 ms of CPU (the client's and, for a LocalCluster, the
scheduler's threads run in the driver's process) whatever it carries, about a fifth of
what the driver does for an article besides; the process pool's task costs under 1 ms.
Sending articles in batches shares that cost, but a batch must not be formed where
it delays the work:

- at the start of a stream, or whenever fewer tasks are in flight than two a worker
  (one running, one queued behind it), what has been read goes at once (a worker would
  otherwise wait for a batch to fill, or for the driver to come back from storing a
  result or reading a slow source to send it the next);
- at the end of a stream the last batches shrink to one item (guided self-scheduling:
  a batch takes its share of what is read and not sent, over twice the workers), so no
  worker is left alone with a large last batch while the others idle.

To see the end coming, and to choose what goes next (run/dispatch.py: the oldest item,
unless a long one would otherwise be left for the end), half the window is read ahead
before anything but the workers' first two tasks each is sent: the end is known once the source
runs dry, and then everything read goes. Results are handed back in input order, each
as soon as it and every item before it are done, or when the window is full (then the
oldest item's task is waited for).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from storyline.run.dispatch import ReadAhead, batch_size

__all__ = ["batch_size", "in_input_order_batched"]

T = TypeVar("T")
F = TypeVar("F")


def in_input_order_batched(
    items: Iterable[T],
    submit: Callable[[list[T]], F],
    collect: Callable[[F, list[T]], Sequence[Any]],
    done: Callable[[F], bool],
    *,
    window: int,
    workers: int,
    most: int,
    cost: Callable[[T], float] | None = None,
) -> Iterator[Any]:
    """Each item's result in input order; items sent `submit(batch)` in batches of up to
    `most`, at most `window` items read and not handed back; `collect(task, batch)` gives
    one result per item of the batch. `cost(item)`: how long an item's work is, relative
    to the others' (equal when not given: items are then sent in input order)."""
    source = iter(items)
    reach = max(1, window // 2)
    ahead: ReadAhead[T] = ReadAhead(workers, cost)
    tasks: dict[int, tuple[F, list[int], list[T]]] = {}  # by number, in the order sent
    task_of: dict[int, int] = {}  # an item's sequence number -> its task's number
    results: dict[int, Any] = {}  # collected, waiting for the items before them
    read = handed = sent = 0
    exhausted = False
    while True:
        if not exhausted and read - handed < window:
            try:
                ahead.add(read, next(source))
                read += 1
            except StopIteration:
                exhausted = True
        full = read - handed >= window
        # a full window waits for its oldest item (below), which must have been sent
        while ahead and (
            exhausted
            or len(ahead) >= reach
            or len(tasks) < 2 * workers
            or (full and handed in ahead)
        ):
            taken = ahead.take_batch(most)
            seqs = [seq for seq, _ in taken]
            items_sent = [item for _, item in taken]
            tasks[sent] = (submit(items_sent), seqs, items_sent)
            task_of.update(dict.fromkeys(seqs, sent))
            sent += 1
        if handed == read:
            if exhausted:
                return
            continue
        stuck = exhausted or full
        while handed < read:
            if handed not in results:
                if handed in ahead:
                    break  # not sent yet (the window is not full)
                number = task_of[handed]
                task, seqs, batch_items = tasks[number]
                if not (stuck or done(task)):
                    break
                del tasks[number]
                for seq, result in zip(seqs, collect(task, batch_items), strict=True):
                    del task_of[seq]
                    results[seq] = result
            yield results.pop(handed)
            handed += 1
            stuck = False  # handed back: there is room to read or send again
