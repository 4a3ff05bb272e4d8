"""The records of a claim ledger: points, series, conflicts, and what one article feeds in.

Everything here is a frozen value with plain fields, so a ledger can be cached
as JSON (`to_json` / `from_json` in `storyline.corpus.ledger.codec`) and read
back the same, and the web UI and the briefing can take it as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "ArticleInput",
    "ClaimSeries",
    "Conflict",
    "ConflictKind",
    "EventMention",
    "Evidence",
    "Ledger",
    "PointInput",
    "QuotePrint",
    "SeriesPoint",
    "StoryNames",
]

ConflictKind = Literal["number", "date", "attribution"]


@dataclass(frozen=True, slots=True)
class PointInput:
    """One total reported by one article, with the keys that decide which series it joins."""

    article: str
    outlet: str | None
    published: str | None
    claim: int
    """Index of the claim in its article."""
    category: str
    value: float
    qualifier: str
    as_of: str | None
    start: int
    end: int
    text: str
    speaker: str | None
    unit: str | None
    subject: str | None
    location: str | None
    cause: str | None
    group: str
    """Category and kind of unit ("killed|people", "money|EUR"): points of one group may align."""
    subject_key: str
    location_key: str
    cause_key: str
    sentence: str
    """A fingerprint of the sentence the number is in: the same sentence and value in two
    articles is one report copied, counted once."""
    incident: bool = False
    """The count of one incident dated by its own clause ("35 were killed on Monday"), not a
    running total: compared with reports of its day only."""
    places: tuple[str, ...] = ()
    """The places its sentence names (lower-cased): a sentence naming only places the story
    is not about reports something else (a bombing abroad in a sidebar)."""
    measure: str = ""
    """How the count was reached, when the text says: "estimated" (estimated, suspected,
    probable...) or "confirmed"; an estimate and a confirmed count are two quantities."""
    past: bool = False
    """Its sentence dates itself to an earlier year than the article's ("a 2005 blast that
    killed 15"): history, shown but not compared with the story's current counts."""


@dataclass(frozen=True, slots=True)
class QuotePrint:
    """A direct quote reduced to what attribution checks need."""

    article: str
    outlet: str | None
    fingerprint: str
    speaker: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventMention:
    """A one-off event said to happen to a named thing on a day ("X resigned on Monday")."""

    article: str
    outlet: str | None
    event: str
    """The event's lemma ("resign", "die", "sink") and what it happened to."""
    day: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """What the ledger needs from one article, small enough to cache per story member."""

    article: str
    outlet: str | None
    published: str | None
    points: tuple[PointInput, ...] = ()
    quotes: tuple[QuotePrint, ...] = ()
    events: tuple[EventMention, ...] = ()
    names: tuple[str, ...] = ()
    """The places, people and organisations it names (lower-cased, each once): what a
    story is about is what most of its articles name."""


@dataclass(frozen=True, slots=True)
class StoryNames:
    """What a story is about, by the names its articles write (lower-cased).

    `main`: written by most of its articles (a place or cause among them is the story's
    own, no detail). `known`: written by at least two (in a story of five or more
    articles a sentence naming only places outside them reports something else).
    """

    main: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()
    judged: bool = False
    """Whether the story is large enough for `known` to say what is elsewhere."""
    articles: int = 0
    """How many articles the story has (0: not known): a noun's count is the story's
    quantity when enough of them report it (`storyline.corpus.ledger.counted`)."""

    def changed(self, other: StoryNames) -> frozenset[str]:
        if self.judged != other.judged:
            return self.known | other.known | self.main | other.main
        return (self.main ^ other.main) | (self.known ^ other.known)


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One report in a series: what it says (as a range), as of when, from where."""

    article: str
    outlet: str | None
    value: float
    low: float
    high: float | None
    """None: no upper bound ("more than 30")."""
    qualifier: str
    as_of: str | None
    start: int
    end: int
    text: str
    speaker: str | None
    published: str | None = None
    subject: str | None = None
    location: str | None = None
    cause: str | None = None
    copies: tuple[str, ...] = ()
    """Other articles carrying the same sentence and value (counted once, here)."""
    absurd: bool = False
    """A value no count of its kind can take (kept, shown, left out of consistency checks)."""
    incident: bool = False
    """The count of one dated incident, not a running total (see `PointInput.incident`)."""
    elsewhere: bool = False
    """Its sentence names only places the story is not about: shown, not compared."""
    places: tuple[str, ...] = ()
    """The places its sentence names besides those the whole story is about: reports
    naming different places count different places and are not compared."""
    measure: str = ""
    """"estimated", "confirmed" or "" (see `PointInput.measure`)."""
    past: bool = False
    """Dated by its sentence to an earlier year (see `PointInput.past`): not compared."""


@dataclass(frozen=True, slots=True)
class ClaimSeries:
    """Reports of one quantity in one story, in as-of order."""

    id: str
    category: str
    subject: str | None
    unit: str | None
    location: str | None
    cause: str | None
    cumulative: bool
    """A count that cannot fall (killed, injured, arrested...); a level may (missing, displaced)."""
    status: Literal["consistent", "conflicting"]
    points: tuple[SeriesPoint, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One side of a conflict: a span of one article, and the value it reports if any."""

    article: str
    start: int
    end: int
    text: str
    value: float | None = None
    outlet: str | None = None
    as_of: str | None = None
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """Reports that cannot all be right, with the evidence of every side."""

    kind: ConflictKind
    series: str | None
    message: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Ledger:
    """The claim ledger of one story."""

    story_id: str
    series: tuple[ClaimSeries, ...]
    conflicts: tuple[Conflict, ...]

    def series_by_id(self, series_id: str) -> ClaimSeries | None:
        return next((s for s in self.series if s.id == series_id), None)
