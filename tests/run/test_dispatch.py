"""The order items read ahead go to the workers: the oldest, unless a long item would
otherwise be left for the end of the stream; results still in input order."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.run.batches import in_input_order_batched
from storyline.run.dispatch import ReadAhead


def _order(costs: Sequence[float], workers: int, most: int = 1) -> list[list[int]]:
    """The batches (as input positions) a read-ahead holding items of `costs` gives out."""
    ahead: ReadAhead[float] = ReadAhead(workers, cost=lambda c: c)
    for seq, c in enumerate(costs):
        ahead.add(seq, c)
    batches = []
    while ahead:
        batches.append([seq for seq, _ in ahead.take_batch(most)])
    return batches


def test_equal_costs_go_in_input_order() -> None:
    for workers in (1, 2, 4):
        assert _order([5.0] * 9, workers, most=4) == [
            list(b) for b in _batches_in_order(9, workers, most=4)
        ]


def _batches_in_order(count: int, workers: int, most: int) -> list[range]:
    ahead: ReadAhead[int] = ReadAhead(workers)
    for seq in range(count):
        ahead.add(seq, seq)
    out = []
    while ahead:
        batch = ahead.take_batch(most)
        out.append(range(batch[0][0], batch[-1][0] + 1))
    return out


def test_a_long_last_item_starts_while_the_others_still_have_work() -> None:
    # eight short items, then one as long as four of them: on 2 workers it goes once
    # the short items left would keep the other worker busy for under 1.5x its length
    order = [b[0] for b in _order([1.0] * 8 + [4.0], workers=2)]
    assert order == [0, 1, 2, 8, 3, 4, 5, 6, 7]


def test_a_long_item_with_enough_work_behind_it_keeps_its_turn() -> None:
    order = [b[0] for b in _order([6.0] + [1.0] * 12, workers=2)]
    assert order == list(range(13))


def test_one_worker_never_reorders() -> None:
    order = [b[0] for b in _order([1.0] * 8 + [6.0], workers=1)]
    assert order == list(range(9))


def test_the_longest_goes_first_when_several_are_long() -> None:
    order = [b[0] for b in _order([1.0, 1.0, 4.0, 1.0, 9.0], workers=2)]
    assert order[0] == 4 and order.index(2) < order.index(3)


def test_a_long_item_is_a_batch_of_its_own() -> None:
    # sixteen items of 1 and one of 8: its batch's share is four items' worth, not more
    batches = _order([1.0] * 16 + [8.0], workers=2, most=4)
    long_batch = next(b for b in batches if 16 in b)
    assert long_batch == [16]
    assert sorted(seq for b in batches for seq in b) == list(range(17))


class _Task:
    def __init__(self, batch: list[float]) -> None:
        self.batch = batch


def _stream(
    costs: Sequence[float], *, window: int, workers: int = 2, done: bool = False
) -> tuple[list[float], list[list[float]]]:
    sent: list[list[float]] = []

    def submit(batch: list[float]) -> _Task:
        sent.append(list(batch))
        return _Task(batch)

    results = list(
        in_input_order_batched(
            # each item is (its position + its cost / 1000), so the tests see both
            [n + c / 1000 for n, c in enumerate(costs)],
            submit,
            lambda task, batch: [x * 10 for x in batch],
            lambda _task: done,
            window=window,
            workers=workers,
            most=1,
            cost=lambda x: (x % 1) * 1000,
        )
    )
    return results, sent


def test_the_stream_sends_a_long_item_early_and_hands_back_in_input_order() -> None:
    costs = [100.0] * 10 + [900.0] + [100.0] * 3
    results, sent = _stream(costs, window=32)
    assert results == [(n + c / 1000) * 10 for n, c in enumerate(costs)]
    order = [int(batch[0]) for batch in sent]
    assert order.index(10) < order.index(9)  # the long one before short ones read before it
    assert sorted(order) == list(range(len(costs)))


def test_a_full_window_sends_its_oldest_item_whatever_the_order() -> None:
    # a window of 4 whose tasks are never seen done early: the oldest must go to be waited for
    for done in (False, True):
        costs = [1.0, 1.0, 1.0, 50.0, 1.0, 1.0, 70.0, 1.0, 1.0]
        results, sent = _stream(costs, window=4, done=done)
        assert results == [(n + c / 1000) * 10 for n, c in enumerate(costs)]
        assert sorted(int(b[0]) for b in sent) == list(range(len(costs)))
