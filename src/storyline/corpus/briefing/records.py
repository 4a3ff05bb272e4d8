"""The records a briefing is made of: every item carries the article span it comes from."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Briefing",
    "BriefingLimits",
    "Cited",
    "Development",
    "DisagreeingReport",
    "Disagreement",
    "NumberReport",
    "SpeakerQuotes",
]


@dataclass(frozen=True, slots=True)
class BriefingLimits:
    """How much of each section a briefing keeps.

    `page()` fits a real story on one page (about 80 lines of text); `full()`
    keeps everything. `max_chars` cuts a long sentence or quote at a word (the
    cited span still points at the whole of it); 0 means never cut.
    """

    latest_days: int = 3
    sentences_per_day: int = 2
    speakers: int = 5
    quotes_per_speaker: int = 2
    categories: int = 3
    reports_per_category: int = 3
    disagreements: int = 3
    reports_per_disagreement: int = 3
    new_days: int = 2
    max_chars: int = 220

    @classmethod
    def page(cls) -> BriefingLimits:
        return cls()

    @classmethod
    def full(cls) -> BriefingLimits:
        many = 1_000_000
        return cls(
            latest_days=10,
            sentences_per_day=3,
            speakers=many,
            quotes_per_speaker=many,
            categories=many,
            reports_per_category=many,
            disagreements=many,
            reports_per_disagreement=many,
            new_days=many,
            max_chars=0,
        )


@dataclass(frozen=True, slots=True)
class Cited:
    """A piece of article text and exactly where it is."""

    text: str
    article_id: str
    start: int
    end: int
    outlet: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Development:
    date: str
    sentences: tuple[Cited, ...]


@dataclass(frozen=True, slots=True)
class SpeakerQuotes:
    """A speaker's quotes as listed (`quotes`) and how many the story has (`total`)."""

    speaker: str
    named: bool
    quotes: tuple[Cited, ...]
    total: int


@dataclass(frozen=True, slots=True)
class NumberReport:
    """One reported number: "more than 32,000 killed" as of a day, from one article."""

    category: str
    value: float
    qualifier: str
    unit: str | None
    as_of: str | None
    speaker: str | None
    source: Cited
    estimated: bool = False
    """Given as an estimate or as suspected ("200 potential cases", "a virus suspected of
    killing 100"): a series may line it up with confirmed counts, the reader must still see
    that this report is not one."""
    where: str | None = None
    """The place its own clause gives it ("in Velmar", "outside Velmar") when the series'
    label names none (where.py): a reader tells two places' figures apart."""
    change: bool = False
    """A figure added to (or taken from) a count ("two more bodies", "rose by 12", "25 new
    cases"), not the count's level: listed under its own label, never as a series' value."""
    share_of: str | None = None
    """What a percentage is a share of, as its claim writes it ("of the population"): "40
    percent" alone says nothing a reader can check."""


@dataclass(frozen=True, slots=True)
class DisagreeingReport:
    """One side of a disagreement: the value it gives (None for a date or a speaker), its
    as-of day and speaker when known, and the span it comes from."""

    value: float | None
    as_of: str | None
    speaker: str | None
    source: Cited


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Reports that cannot all be right, as the claim ledger found them."""

    kind: str
    """"number", "date" or "attribution"."""
    about: str
    """What is disagreed on: "killed", "money (EUR): approve", "who said a quote"..."""
    message: str
    reports: tuple[DisagreeingReport, ...]


@dataclass(frozen=True, slots=True)
class Briefing:
    """A story's briefing. Each section lists at most what its limits allow; the `*_total`
    counts say how much there was, so a reader knows what `--full` would add."""

    title: str
    articles: int
    first_day: str | None
    last_day: str | None
    latest: tuple[Development, ...]
    quotes: tuple[SpeakerQuotes, ...]
    numbers: tuple[tuple[str, tuple[NumberReport, ...]], ...]
    disagreements: tuple[Disagreement, ...]
    since: str | None = None
    new_since: tuple[Development, ...] = ()
    new_articles: int = 0
    notes: tuple[str, ...] = ()
    speakers_total: int = 0
    categories_total: int = 0
    disagreements_total: int = 0
    full: bool = False
