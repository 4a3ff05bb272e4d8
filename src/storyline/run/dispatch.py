"""Which item read ahead goes to the workers next: the oldest, unless a long one would
otherwise be left for the end of the stream.

Workers take tasks in the order they are sent. Sent in input order, a long article
near the end of a stream (an ingest call) runs alone on one worker while the others,
out of work, wait for it: on 2 workers and chunks of 20 Timeline17 articles that idle
tail was about 10% of the run (a 4,600-word article last in its chunk kept one worker
busy for a second and a half after the other finished). Sending every read-ahead item
longest first would balance the workers but hold back the hand-back in input order:
the shortest items, sent last, are anywhere in the input, and every result after the
first of them then waits to be stored and assigned until the workers are done, the
driver's serial work left for the end instead of overlapping theirs.

So the oldest item goes next, except that the longest item read ahead goes first once
what else is read ahead, shared among the other workers, would keep them busy for
less than `LONG_MARGIN` times its length: it starts while there is still work to run
beside it, and the stream ends on short items. With one worker nothing is reordered.
Mid-stream the read-ahead (half the window) holds many items, so only an item longer
than all of them together over the other workers is moved; near the end the read-ahead
drains and long items go out before the short ones left. An item's length is a cost
the caller gives (an article's characters: its analysis time grows with its length;
on 120 Timeline17 articles words and analysis time correlated at 0.96); without one,
all items cost the same and go in input order.

Batches are cut by the same costs: a batch takes at most its share of the items read
ahead (`batch_size`) and at most that many average items' worth of cost, so a long
item goes alone rather than with others queued behind it on its worker.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["LONG_MARGIN", "ReadAhead", "batch_size"]

T = TypeVar("T")

LONG_MARGIN = 1.5
"""How much of a long item's length the work beside it must still cover when it is sent:
1 would be just enough if the costs were exact, and the margin is for their error (a
simulation on the measured per-article times of 120 Timeline17 articles and on random
chunks of Timeline17 lengths: 1.5 left the least idle time on 2 workers; 1 and 2-3 were
within 1-2% of it, input order 5-10% behind on chunks of 20)."""


def batch_size(unsent: int, workers: int, most: int) -> int:
    """The next batch's size: its share of the `unsent` items read ahead, over twice the
    workers, at most `most` (so a batch shrinks as the end of a stream nears)."""
    return max(1, min(most, -(-unsent // (2 * workers))))


class ReadAhead(Generic[T]):
    """Items read and not yet sent, each by its sequence number in the input, taken out
    in batches in the order above."""

    def __init__(self, workers: int, cost: Callable[[T], float] | None = None) -> None:
        self.workers = max(1, workers)
        self._cost = cost
        self._items: dict[int, tuple[T, float]] = {}
        self._order: deque[int] = deque()  # input order; items taken are skipped lazily
        self._longest: list[tuple[float, int]] = []  # (-cost, seq): a heap, skipped lazily
        self._total = 0.0

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, seq: int) -> bool:
        return seq in self._items

    def add(self, seq: int, item: T) -> None:
        """A newly read item (sequence numbers rise in input order)."""
        cost = max(0.0, float(self._cost(item))) if self._cost is not None else 1.0
        self._items[seq] = (item, cost)
        self._order.append(seq)
        heapq.heappush(self._longest, (-cost, seq))
        self._total += cost

    def take_batch(self, most: int) -> list[tuple[int, T]]:
        """The next batch to send (non-empty if anything is held): (seq, item) pairs."""
        count = batch_size(len(self._items), self.workers, most)
        allowed = count * self._total / len(self._items)
        batch: list[tuple[int, T]] = []
        spent = 0.0
        while self._items and len(batch) < count:
            seq = self._next()
            cost = self._items[seq][1]
            if batch and spent + cost > allowed:
                break
            spent += cost
            batch.append((seq, self._take(seq)))
        return batch

    def _next(self) -> int:
        while self._order[0] not in self._items:
            self._order.popleft()
        while self._longest[0][1] not in self._items:
            heapq.heappop(self._longest)
        oldest = self._order[0]
        longest_cost, longest = -self._longest[0][0], self._longest[0][1]
        others = self._total - longest_cost
        if (self.workers - 1) * LONG_MARGIN * longest_cost > others:
            return longest
        return oldest

    def _take(self, seq: int) -> T:
        item, cost = self._items.pop(seq)
        self._total -= cost
        if not self._items:
            self._total = 0.0  # no float residue carried into the next items
            self._order.clear()
            self._longest.clear()
        return item
