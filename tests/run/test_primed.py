"""The first articles of an ingest sent before admission reads its window (run/primed.py),
on articles written here and an executor that records when each article reached it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from storyline.errors import InputError
from storyline.model import Article
from storyline.run.admit import Queued
from storyline.run.executors import LocalExecutor, ProcessExecutor
from storyline.run.primed import PRIME_READ_MOST, prime_count, primed_stream


class Counted:
    """Items handed out one at a time, counting how many were read."""

    def __init__(self, items: list[Article | InputError]) -> None:
        self.items = items
        self.read = 0

    def __iter__(self) -> Iterator[Article | InputError]:
        for item in self.items:
            self.read += 1
            yield item


class Recording:
    """An executor of `workers` workers that runs each item as it is pulled, noting how
    many items its source had read when each item reached it."""

    def __init__(self, source: Counted, workers: int = 2) -> None:
        self.source = source
        self.workers = workers
        self.reached: list[tuple[str, int]] = []

    def imap(
        self,
        fn: Callable[[Article], Any],
        items: Iterable[Article],
        *,
        cost: Callable[[Article], float] | None = None,
    ) -> Iterator[Any]:
        for item in items:
            self.reached.append((item.text, self.source.read))
            yield fn(item)

    def map(self, fn: Callable[[Article], Any], items: list[Article]) -> list[Any]:
        return list(self.imap(fn, items))

    def close(self) -> None:
        return None


def analysed(article: Article) -> Article:
    """A stand-in analysis whose output shows which text it read."""
    return replace(article, title=f"read: {article.text}")


def arts(*texts: str) -> list[Article | InputError]:
    return [Article(id=f"a{n}", text=text) for n, text in enumerate(texts)]


def whole_window(
    change: Callable[[Article], Article | None] = lambda a: a,
) -> Callable[[Iterable[Article | InputError]], Iterator[Queued]]:
    """Admission behind a window as long as the input: everything is read before the
    first article is queued; `change` may alter an article or drop it (None)."""

    def queue(items: Iterable[Article | InputError]) -> Iterator[Queued]:
        held = list(items)
        for item in held:
            if isinstance(item, Article) and (kept := change(item)) is not None:
                yield Queued(kept, None)

    return queue


TEXTS = (
    "Ferry crews at Nortwick walked out.",
    "The Velmar council met.",
    "Grain prices rose in Ostrava Vale.",
    "A bridge in Kessingford reopened.",
    "Tolland Mills hired forty workers.",
)


def run(
    source: Counted,
    executor: Recording,
    queue: Callable[[Iterable[Article | InputError]], Iterable[Queued]],
    *,
    prime: int,
    worth: Callable[[Article], bool] = lambda _a: True,
) -> list[tuple[Queued, Any]]:
    return list(primed_stream(executor, lambda: analysed, source, queue, worth=worth, prime=prime))


def test_the_first_articles_reach_the_workers_as_they_are_read() -> None:
    source = Counted(arts(*TEXTS))
    executor = Recording(source)
    out = run(source, executor, whole_window(), prime=2)
    # the first two went as each was read, the rest once the window was read
    assert executor.reached[:2] == [(TEXTS[0], 1), (TEXTS[1], 2)]
    assert [read for _, read in executor.reached[2:]] == [5, 5, 5]
    # each article analysed once, handed back in input order with its own result
    assert sorted(text for text, _ in executor.reached) == sorted(TEXTS)
    assert [(q.article.id, r.title) for q, r in out] == [
        (f"a{n}", f"read: {text}") for n, text in enumerate(TEXTS)
    ]


def test_without_priming_nothing_goes_before_the_window_is_read() -> None:
    source = Counted(arts(*TEXTS))
    executor = Recording(source)
    out = run(source, executor, whole_window(), prime=0)
    assert [read for _, read in executor.reached] == [5] * 5
    assert [q.article.id for q, _ in out] == ["a0", "a1", "a2", "a3", "a4"]


def test_an_article_admission_changed_is_analysed_again_as_queued() -> None:
    def strip_first(article: Article) -> Article:
        if article.id == "a0":  # as the openings filter does: its first line removed
            return replace(article, text=article.text.split(" ", 2)[2])
        return article

    source = Counted(arts(*TEXTS))
    executor = Recording(source)
    out = run(source, executor, whole_window(strip_first), prime=2)
    changed = TEXTS[0].split(" ", 2)[2]
    assert out[0][0].article.text == changed
    assert out[0][1].title == f"read: {changed}"  # not the early result of the old text
    assert [q.article.id for q, _ in out] == ["a0", "a1", "a2", "a3", "a4"]
    assert [text for text, _ in executor.reached].count(TEXTS[1]) == 1  # kept its early run


def test_an_article_admission_dropped_is_not_handed_back() -> None:
    source = Counted(arts(*TEXTS))
    executor = Recording(source)
    queue = whole_window(lambda a: None if a.id == "a1" else a)
    out = run(source, executor, queue, prime=2)
    assert [q.article.id for q, _ in out] == ["a0", "a2", "a3", "a4"]
    assert [r.title for _, r in out] == [f"read: {t}" for t in TEXTS[:1] + TEXTS[2:]]


def test_a_copy_linked_by_admission_keeps_its_link_with_the_early_result() -> None:
    source = Counted(arts(*TEXTS))
    executor = Recording(source)
    queue = whole_window(lambda a: replace(a, duplicate_of="a9") if a.id == "a1" else a)
    out = run(source, executor, queue, prime=2)
    assert len(executor.reached) == 5  # the copy's early run was used
    assert out[1][1].duplicate_of == "a9"
    assert out[1][1].title == f"read: {TEXTS[1]}"
    assert out[0][1].duplicate_of is None


def test_only_articles_worth_starting_go_early() -> None:
    items = arts(*TEXTS)
    items.insert(1, InputError("broken.json", "unreadable"))
    source = Counted(items)
    executor = Recording(source)
    out = run(source, executor, whole_window(), prime=2, worth=lambda a: a.id != "a0")
    # the unreadable item and a0 (stored, say) were read past; a1 and a2 went early
    assert executor.reached[:2] == [(TEXTS[1], 3), (TEXTS[2], 4)]
    assert [q.article.id for q, _ in out] == ["a0", "a1", "a2", "a3", "a4"]
    assert [r.title for _, r in out] == [f"read: {t}" for t in TEXTS]


def test_nothing_to_analyse_builds_nothing() -> None:
    built: list[int] = []

    def make() -> Callable[[Article], Article]:
        built.append(1)
        return analysed

    source = Counted(arts(*TEXTS))
    queue = whole_window(lambda _a: None)
    out = list(
        primed_stream(Recording(source), make, source, queue, worth=lambda _a: False, prime=2)
    )
    assert out == [] and built == []


def test_prime_count_is_two_a_worker_and_none_in_process() -> None:
    assert prime_count(LocalExecutor()) == 0
    assert prime_count(ProcessExecutor(3)) == 6


def test_a_source_all_stored_is_not_held_whole_while_priming() -> None:
    source = Counted(
        arts(*(f"Item {n} of the Brenmoor archive." for n in range(PRIME_READ_MOST + 40)))
    )
    seen: list[int] = []

    def queue(items: Iterable[Article | InputError]) -> Iterator[Queued]:
        for item in items:
            seen.append(source.read)
            if isinstance(item, Article) and item.id == "a0":
                yield Queued(item, None)

    executor = Recording(source)
    out = run(source, executor, queue, prime=2, worth=lambda _a: False)
    assert seen[0] == PRIME_READ_MOST  # admission began once that many were read
    assert [q.article.id for q, _ in out] == ["a0"]
