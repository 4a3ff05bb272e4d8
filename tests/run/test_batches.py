"""Batched in-order streaming: one item a task at a stream's start and end, larger
batches between, every result once and in input order, at most a window read ahead."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from storyline.run.batches import batch_size, in_input_order_batched


class _Task:
    """A task that is never seen done early: the stream waits for the oldest when full."""

    def __init__(self, batch: list[int]) -> None:
        self.batch = batch


def _run(
    count: int, *, window: int = 32, workers: int = 2, most: int = 4, done: bool = False
) -> tuple[list[int], list[list[int]], list[int]]:
    """(results, the batches sent, items read and not handed back at each result)."""
    sent: list[list[int]] = []
    read = [0]

    def items() -> Iterator[int]:
        for n in range(count):
            read[0] += 1
            yield n

    def submit(batch: list[int]) -> _Task:
        sent.append(list(batch))
        return _Task(batch)

    def collect(task: _Task, batch: list[int]) -> Sequence[int]:
        assert task.batch == batch
        return [n * 10 for n in batch]

    results: list[int] = []
    ahead: list[int] = []
    for result in in_input_order_batched(
        items(), submit, collect, lambda _task: done, window=window, workers=workers, most=most
    ):
        results.append(result)
        ahead.append(read[0] - len(results) + 1)
    return results, sent, ahead


def test_every_result_once_in_input_order() -> None:
    for count in (0, 1, 2, 3, 7, 40, 101):
        for done in (False, True):
            results, sent, _ = _run(count, done=done)
            assert results == [n * 10 for n in range(count)]
            assert [n for batch in sent for n in batch] == list(range(count))


def test_batches_are_single_at_the_start_and_the_end_and_larger_between() -> None:
    _, sent, _ = _run(100)
    sizes = [len(batch) for batch in sent]
    assert sizes[:2] == [1, 1]  # each worker starts at once, not when a batch is full
    assert max(sizes) == 4 and sizes.count(4) >= 20
    assert sizes[-3:] == [1, 1, 1]  # no worker is left alone with a large last batch
    assert sizes[-6:] == sorted(sizes[-6:], reverse=True)


def test_a_short_stream_goes_one_item_a_task_where_workers_would_wait() -> None:
    _, sent, _ = _run(3)
    assert [len(batch) for batch in sent] == [1, 1, 1]


def test_at_most_a_window_is_read_and_not_handed_back() -> None:
    for window in (1, 4, 32):
        _, _, ahead = _run(60, window=window)
        assert max(ahead) <= window


def test_one_item_a_task_when_batches_of_one_are_asked_for() -> None:
    _, sent, _ = _run(20, most=1)
    assert all(len(batch) == 1 for batch in sent)


def test_batch_size_is_a_share_of_what_is_read_ahead() -> None:
    assert batch_size(16, workers=2, most=4) == 4
    assert batch_size(9, workers=2, most=4) == 3
    assert batch_size(4, workers=2, most=4) == 1
    assert batch_size(1, workers=8, most=4) == 1
    assert batch_size(100, workers=1, most=6) == 6
