"""The records an ingest gives back: its progress, its report, one feed poll.

They live apart from the engine so the admission, stream and write steps can
count into a report without importing the orchestrator above them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from storyline.model import Article, FeedState

__all__ = [
    "FeedPoll",
    "IngestProgress",
    "IngestReport",
    "ProgressCallback",
    "item_name",
    "reported_flags",
]


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """Where an ingest is: articles read so far (the bar), and which file of how many."""

    articles: int
    files_done: int
    files_total: int
    current: str


ProgressCallback = Callable[[IngestProgress], None]
"""progress(state) -- called after every article or error read, and at each new source."""


@dataclass
class IngestReport:
    """What one ingest run did; `ok` is False when any item failed.

    Every item read is counted once: `new` (a new original article stored),
    `updated` (a stored article whose content changed: a new version), `present`
    (already stored, unchanged, or a teaser of a stored full text), `duplicates`
    (stored, linked to the first copy; not counted in `new`) or `failed` (not
    read, or stored without annotations because its analysis failed). The rest
    are remarks about stored articles: not English, too long to analyse, not news, stories
    assigned to articles an earlier (interrupted) run left without one, files
    skipped because they are a database's own.
    """

    new: int = 0
    updated: int = 0
    present: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0
    not_english: int = 0
    too_long: int = 0
    not_news: int = 0
    resumed: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)
    updated_ids: list[str] = field(default_factory=list)
    keep_ids: bool = True
    """False: `new_ids` and `updated_ids` stay empty, so an ingest of any length holds no
    list growing with the articles it stores (what was left of an ingest's per-article
    memory once the near-duplicate index moved to the store: 76 B an article)."""

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        head = (
            f"{self.new} new, {self.updated} updated, {self.present} already present, "
            f"{self.duplicates} duplicates, {self.failed} failed"
        )
        extra = [
            f"{n} {what}"
            for n, what in (
                (self.not_english, "not in English (English-model stages skipped)"),
                (self.too_long, "too long to analyse (stored, not analysed)"),
                (self.not_news, "not news (galleries, indexes, forms: stored, not analysed)"),
                (self.resumed, "stored earlier without a story, assigned now"),
                (self.skipped, "database files skipped"),
            )
            if n
        ]
        return "; ".join([head, *extra])


@dataclass(frozen=True)
class FeedPoll:
    """The outcome of polling one feed once."""

    url: str
    report: IngestReport
    not_modified: bool
    state: FeedState


@lru_cache(maxsize=1)
def reported_flags() -> frozenset[str]:
    """Warning flags a reader or the pipeline set that the ingest also reports, naming the item."""
    from storyline.analyze.pipeline import TOO_LONG_FLAG
    from storyline.ingest.records import DECODING_FLAG

    return frozenset({DECODING_FLAG, TOO_LONG_FLAG, "published-unreadable"})


def item_name(article: Article) -> str:
    """How a report names an article: its file, else its URL, else its id."""
    return article.path or article.url or article.id
