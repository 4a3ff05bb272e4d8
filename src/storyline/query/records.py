"""The typed records page-level queries return: one shape for a page and its JSON twin.

Each page of the web UI and its twin under /api are built from the same record, so
what a person reads and what a program reads cannot drift apart. Records are frozen
dataclasses of plain values and `storyline.model` annotations; FastAPI derives the
OpenAPI schema from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from storyline.model import Claim, EntityMention, Flag, Quote, Sentence, Span, Timex

__all__ = [
    "ArticleList",
    "ArticlePage",
    "ArticleParts",
    "ArticleRef",
    "ArticleSummary",
    "ArticleView",
    "ClaimPoint",
    "ClaimSeries",
    "ClaimsView",
    "Conflict",
    "ConflictEvidence",
    "DayCount",
    "EntityList",
    "EntityPage",
    "EntityStory",
    "EntityView",
    "FlagList",
    "FlagView",
    "HomePage",
    "OutletCount",
    "OutletFlags",
    "QuoteView",
    "SearchPage",
    "SearchResult",
    "SpeakerQuotes",
    "StoryList",
    "StoryPage",
    "StoryParts",
    "StoryRef",
    "StorySummary",
    "TimelineCitation",
    "TimelineDay",
    "TimelineSentence",
    "TimelineView",
    "VersionView",
]


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """How a page names an article it cites: enough to show and link it."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class StoryRef:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class DayCount:
    day: str
    count: int


@dataclass(frozen=True, slots=True)
class OutletCount:
    outlet: str
    count: int


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A story as listed: title, span, size, outlets, and its article volume per day."""

    id: str
    title: str
    start: str | None
    end: str | None
    count: int
    outlets: tuple[str, ...]
    top_entities: tuple[str, ...]
    volume: tuple[DayCount, ...] = ()


@dataclass(frozen=True, slots=True)
class HomePage:
    """The latest days of the store: their stories, article volume and outlets.

    "Latest" is relative to the newest article stored, not to today: a store of
    last year's news still opens on its own last week.
    """

    latest_day: str | None
    since_day: str | None
    articles: int
    stories: tuple[StorySummary, ...]
    volume: tuple[DayCount, ...]
    outlets: tuple[OutletCount, ...]


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of an article listing; `story_id` is the story holding it now (merges followed)."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    published_source: str
    duplicate_of: str | None
    story_id: str | None


@dataclass(frozen=True, slots=True)
class ArticleList:
    """A page of articles, newest first (undated last); `next_cursor` asks for the next page."""

    items: tuple[ArticleSummary, ...]
    limit: int
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article with every annotation: the article JSON of DESIGN.md, sentences included."""

    id: str
    url: str | None
    path: str | None
    outlet: str | None
    title: str | None
    author: str | None
    published: str | None
    published_source: str
    language: str | None
    duplicate_of: str | None
    text: str
    sentences: tuple[Sentence, ...]
    entities: tuple[EntityMention, ...]
    timexes: tuple[Timex, ...]
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    flags: tuple[Flag, ...]


@dataclass(frozen=True, slots=True)
class ClaimPoint:
    """One reported figure of a series, with the article and the words it rests on.

    `index` is the claim's position among its article's claims (the anchor a page
    links to); `low`/`high` bound the value as its qualifier reads ("more than").
    """

    article: ArticleRef
    index: int
    value: float
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    as_of: str | None
    start: int
    end: int
    text: str
    speaker: str | None


@dataclass(frozen=True, slots=True)
class ClaimSeries:
    """What is counted (category, subject, unit) and the figures reported for it over time.

    `status` is "unchecked" while the series comes from grouping claims, not from a
    ledger that compares them.
    """

    id: str
    category: str
    subject: str | None
    unit: str | None
    cumulative: bool | None
    status: Literal["consistent", "conflicting", "unchecked"]
    points: tuple[ClaimPoint, ...]
    total: int
    """How many points the series has in all; a page may carry only some of them."""


@dataclass(frozen=True, slots=True)
class ConflictEvidence:
    article: ArticleRef
    start: int
    end: int
    text: str
    value: float | None


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: Literal["number", "date", "attribution"]
    series: str | None
    message: str
    evidence: tuple[ConflictEvidence, ...]


@dataclass(frozen=True, slots=True)
class ClaimsView:
    """Claim series and conflicts; `source` says what built them, so a reader knows how far
    they go ("claims grouped by category" compares nothing)."""

    source: str
    series: tuple[ClaimSeries, ...]
    conflicts: tuple[Conflict, ...]


@dataclass(frozen=True, slots=True)
class FlagView:
    """A flag raised on an article, with the evidence spans in that article's text."""

    article: ArticleRef
    code: str
    severity: str
    message: str
    evidence: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class OutletFlags:
    """An outlet in a story: how many of its articles, and the flags raised on them."""

    outlet: str
    articles: int
    flags: tuple[FlagView, ...]
    total_flags: int


@dataclass(frozen=True, slots=True)
class FlagList:
    items: tuple[FlagView, ...]
    limit: int
    next_offset: int | None


@dataclass(frozen=True, slots=True)
class QuoteView:
    article: ArticleRef
    start: int
    end: int
    text: str
    kind: str
    cue: str | None
    speaker: str | None
    canonical: str | None
    named: bool
    resolution: str | None = None
    """How the speaker was found (model.SpeakerResolution); "withheld" when a name was
    found and not trusted, or a bare "the company" was read back to nothing, so none is
    shown (analyze/quotes/confidence.py)."""


@dataclass(frozen=True, slots=True)
class SpeakerQuotes:
    """The quotes of one speaker: a resolved name, or an unnamed description kept as written."""

    speaker: str
    named: bool
    quotes: tuple[QuoteView, ...]
    total: int
    """How many quotes the speaker has in all; a page may list only the first few."""


@dataclass(frozen=True, slots=True)
class TimelineCitation:
    article: ArticleRef
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimelineSentence:
    text: str
    citations: tuple[TimelineCitation, ...]


@dataclass(frozen=True, slots=True)
class TimelineDay:
    date: str
    sentences: tuple[TimelineSentence, ...]


@dataclass(frozen=True, slots=True)
class TimelineView:
    entries: tuple[TimelineDay, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryParts:
    """What a story page derives from all of the story's articles (see query.story_parts),
    kept short enough to read at a glance: the largest claim series, the most quoted
    speakers with their first quotes, the first flags of each outlet. `series` and
    `speakers` count them all; the story's own routes under /api list everything."""

    timeline: TimelineView
    claims: ClaimsView
    series: int
    quotes: tuple[SpeakerQuotes, ...]
    speakers: int
    outlets: tuple[OutletFlags, ...]


@dataclass(frozen=True, slots=True)
class StoryPage:
    """Everything the story page shows; `requested` is the id asked for (it may have merged)."""

    story: StorySummary
    requested: str
    timeline: TimelineView
    claims: ClaimsView
    series: int
    quotes: tuple[SpeakerQuotes, ...]
    speakers: int
    outlets: tuple[OutletFlags, ...]
    articles: tuple[ArticleSummary, ...]
    more_articles: int
    related: tuple[ArticleSummary, ...] = ()
    """Pages that are not news placed with the story (galleries, indexes, forms): shown
    apart, not among `articles` and not analysed."""


@dataclass(frozen=True, slots=True)
class StoryList:
    items: tuple[StorySummary, ...]
    offset: int
    limit: int
    total: int


@dataclass(frozen=True, slots=True)
class VersionView:
    """One version of an article as ingested; `changes` is the unified diff from this
    version's text to the next one's (empty for the current version)."""

    version: int
    seen_at: str
    title: str | None
    published: str | None
    current: bool
    changes: str


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """An article, the story it belongs to, its claims, its flags and its versions (the
    outlet changed it after it was first ingested when there are several)."""

    article: ArticleView
    story: StoryRef | None
    duplicate_of: ArticleRef | None
    claims: ClaimsView
    flags: tuple[FlagView, ...]
    versions: tuple[VersionView, ...]


@dataclass(frozen=True, slots=True)
class ArticleParts:
    """What an article page takes from its story's review (see query.article_parts): the
    claim series it reports in and the conflicts it is a side of, and the flags the story's
    cross-checking raised on it (its own flags come with the article)."""

    claims: ClaimsView
    story_flags: tuple[FlagView, ...]


@dataclass(frozen=True, slots=True)
class EntityView:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: int


@dataclass(frozen=True, slots=True)
class EntityList:
    items: tuple[EntityView, ...]


@dataclass(frozen=True, slots=True)
class EntityStory:
    story: StoryRef
    articles: int


@dataclass(frozen=True, slots=True)
class EntityPage:
    """An entity: its mentions per day, the stories that mention it most, what it said."""

    entity: EntityView
    mentions: tuple[DayCount, ...]
    stories: tuple[EntityStory, ...]
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A match: the article, a snippet of its text, where the matched words are in the
    snippet ([start, end) offsets), and its bm25 score (higher is better)."""

    article: ArticleRef
    snippet: str
    marks: tuple[tuple[int, int], ...]
    score: float


@dataclass(frozen=True, slots=True)
class SearchPage:
    """Search results; `matches` counts the articles the words match (before the filters),
    a lower bound when `more_matches` is set (more than `matches` match: the count stops
    there), and `ranked_among` is set when only that many most recent matches were ranked."""

    query: str
    since: str | None
    until: str | None
    outlet: str | None
    matches: int
    more_matches: bool
    ranked_among: int | None
    hits: tuple[SearchResult, ...]
