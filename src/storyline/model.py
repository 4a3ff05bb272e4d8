"""The records that flow through storyline.

One `Article` record travels through every stage. Annotations are immutable
value objects whose character offsets point into `Article.text`; stages never
mutate an article, they return a copy (``dataclasses.replace``) with the
fields they assign filled in, so a stage is a pure function that can run on a
Dask worker and be pickled back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "Article",
    "ArticleVersion",
    "Claim",
    "DateEstimate",
    "Entity",
    "EntityMention",
    "FeedState",
    "Flag",
    "PublishedSource",
    "Quote",
    "Sentence",
    "Span",
    "Speaker",
    "SpeakerResolution",
    "Story",
    "TimelineEntry",
    "Timex",
]

PublishedSource = Literal["metadata", "header", "url", "content", "none"]
"""Where an article's publication date came from; "none" means undated."""


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of evidence: offsets into the article text, and the text itself."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and the date its content is about, with where that date came from.

    `date` is a TIMEX3 value (usually YYYY-MM-DD) taken from the sentence's own
    timex when it has one ("timex"), else the publication date ("published"),
    else None ("none").
    """

    start: int
    end: int
    date: str | None = None
    date_source: Literal["timex", "published", "none"] = "none"


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named-entity mention; `role` is a title written with it ("Secretary of State")."""

    start: int
    end: int
    text: str
    label: str
    canonical: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 annotation; `value` is anchored on the publication date when there is one."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str


SpeakerResolution = Literal[
    "name",
    "pronoun",
    "relative",
    "role",
    "continuation",
    "description",
    "unresolved",
    "unstated",
    "withheld",
]
"""How a speaker's name was found: written in the source phrase ("name"); taken from an
earlier mention by a pronoun ("he said"), a relative pronoun ("the board, which ruled"),
a role noun ("the minister said") or a quote running on ("continuation"); or not a name at
all: an unnamed source's description ("a senior official") or a pronoun left unresolved
because no single person in the text before it fits; or the source of an attribution
that states nothing ("unstated": a wish, a deed, a topic, a stance), shown as no one's;
or read back to a mention too far before it to be trusted ("withheld": the candidate is
kept as `resolved_from` and shown to no one), or a bare anaphor ("the company") read back
to nothing ("withheld" with no `resolved_from`; analyze/quotes/confidence.py)."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to; unnamed speakers keep their description.

    `text`/`start`/`end` are the source as the attribution writes it ("he",
    "a senior official", "Maria Lopez"); `canonical` is the person or body it
    names, if any. `resolution` says how that name was found and `resolved_from`
    is the mention it was read from (the antecedent of a pronoun, the holder of a
    role), so a reader can check every resolved speaker against the text.
    """

    text: str
    start: int | None = None
    end: int | None = None
    canonical: str | None = None
    named: bool = True
    resolution: SpeakerResolution | None = None
    resolved_from: Span | None = None

    @property
    def name(self) -> str | None:
        """What a reader may be shown as the speaker: the resolved name, else an unnamed
        source's own description, else None (a pronoun nobody could be found for)."""
        if self.canonical:
            return self.canonical
        if self.resolution in ("pronoun", "relative", "continuation"):
            # a pronoun standing for an unnamed source ("officials ... they say")
            return (
                _shown_description(self.resolved_from.text)
                if self.resolved_from is not None
                else None
            )
        if self.resolution in ("unresolved", "unstated", "withheld"):
            return None
        if self.resolution == "description" and self.resolved_from is not None:
            # "the aide" read back to "A senior Liberal House aide" (quotes/anaphors.py)
            return _shown_description(self.resolved_from.text)
        if " ".join(self.text.split()).casefold() in _PRONOUNS:
            return None
        return _shown_description(self.text) or None


_TOKEN_DEBRIS = frozenset({"``", "''", "-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"})
"""Quote marks and brackets as a tokenised corpus writes them ("The daily `` Tidende",
"PFF -RRB-"): never part of a name a reader is shown."""


def _shown_description(text: str) -> str:
    """A description as a reader is shown it: without the tokeniser's quote marks and
    brackets, which a source phrase cut inside a title or an acronym's brackets keeps."""
    words = [w for w in text.split() if w not in _TOKEN_DEBRIS]
    return " ".join(words).strip(" ,;:") if len(words) < len(text.split()) else text


_PRONOUNS = frozenset(
    [
        "i",
        "me",
        "we",
        "us",
        "you",
        "he",
        "him",
        "she",
        "her",
        "it",
        "they",
        "them",
        "who",
        "which",
        "that",
        "this",
        "these",
        "those",
    ]
)


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: Literal["direct", "indirect"]
    cue: str | None = None
    speaker: Speaker | None = None

    @property
    def stated(self) -> bool:
        """Whether the quote is something someone stated, as every list a reader reads
        takes it (who said what, an article's quotes, a brief): not an attribution whose
        cue reports a wish, a deed, a topic or a stance, whose source the quotes stage
        marks "unstated" (analyze/quotes/shown.py). Those are kept for the broad scheme
        PolNeAR scores; a reader shown them is shown words nobody said."""
        return self.speaker is None or self.speaker.resolution != "unstated"


@dataclass(frozen=True, slots=True)
class Claim:
    """A reported number: "more than 32,000 people killed" as of a date, said by someone.

    `change` says how the number relates to the running count it belongs to: a
    "total" ("the toll rose to 21", "stands at 34"), an "increment" added to it
    ("twelve more bodies were recovered", "another 30 were detained"), or a
    "part" of a group counted elsewhere ("eleven of the victims", "including
    12 children"), a "projection" of what could happen ("up to 750,000 could
    die"), a "rate" ("flu kills 36,000 people a year"), or the count of one
    "event" dated by its own clause ("35 people were killed on Monday"), which
    is no running total. Totals and events line up as points of a claim series
    (events are compared within their day only). `cause`
    is who or what did it when the text says ("[Seasonal flu] kills 500,000
    people a year"): counts of different causes are different quantities.
    `certainty` says whether the text gives the count as "confirmed" or only
    "suspected" ("feared dead", "probably linked"); they count different things.
    """

    start: int
    end: int
    text: str
    value: float
    qualifier: Literal["exact", "more_than", "less_than", "about", "at_least", "up_to"]
    unit: str | None = None
    category: str = "other"
    subject: str | None = None
    location: str | None = None
    as_of: str | None = None
    speaker: str | None = None
    change: Literal["total", "event", "increment", "part", "projection", "rate"] = "total"
    cause: str | None = None
    certainty: Literal["confirmed", "suspected"] | None = None


@dataclass(frozen=True, slots=True)
class Flag:
    """A reliability or consistency signal, always with the evidence that raised it.

    Severity, as DESIGN.md fixes it: "info" (worth knowing), "warning" (read
    with care), "alert" (something is wrong with the article or a number in it).
    """

    code: str
    severity: Literal["info", "warning", "alert"]
    message: str
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class DateEstimate:
    """When an undated article was probably published: ISO days and what that rests on
    ("story", "own dates", "story and own dates")."""

    start: str
    end: str
    basis: str


@dataclass(frozen=True, slots=True)
class Article:
    """One news article and everything the per-article stages found in it.

    `id` is stable (normalised URL, else content hash) so re-ingesting the same
    item is idempotent. `text` is the clean body: every offset points into it.
    `annotated` names the stages' outputs that have been filled, so the
    pipeline runner can check each stage's declared requirements.
    `scratch` carries stage-to-stage intermediates (e.g. a parsed document);
    it is never stored or serialised. `published_estimate` is filled by
    cross-checking for an undated article in a story (never stored with it).
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    path: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_source: PublishedSource = "none"
    language: str | None = None
    content_hash: str = ""
    duplicate_of: str | None = None
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    flags: tuple[Flag, ...] = ()
    embedding: tuple[float, ...] | None = None
    published_estimate: DateEstimate | None = None
    annotated: frozenset[str] = frozenset()
    scratch: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def published_date(self) -> dt.date | None:
        """The publication date as a `date`, or None when undated or unparsable."""
        if not self.published:
            return None
        try:
            return dt.date.fromisoformat(self.published[:10])
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class ArticleVersion:
    """One version of an article as it was seen: its text, and the claims and flags read in it.

    Outlets update articles in place (a death toll, a correction); re-ingesting one
    keeps every earlier version. `seen_at` is when this version was ingested (UTC,
    ISO 8601); `diff` is a unified diff from the previous version's text (empty for
    the first); `current` marks the version the article's annotations now belong to.
    """

    article_id: str
    version: int
    seen_at: str
    text: str
    content_hash: str
    title: str | None = None
    published: str | None = None
    claims: tuple[Claim, ...] = ()
    flags: tuple[Flag, ...] = ()
    diff: str = ""
    current: bool = False


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity across the corpus."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: int = 0
    alias_evidence: tuple[str, ...] = ()
    """Why names that are not written the same belong here: "Obama: surname of Barack
    Obama (all 40 full-name mentions)", "WHO: initials of World Health Organization"."""


@dataclass(frozen=True, slots=True)
class Story:
    """A cluster of articles about one development; `id` never changes once given."""

    id: str
    title: str
    article_ids: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    outlets: tuple[str, ...] = ()
    merged_into: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One date of a timeline: the sentences chosen for it and the articles they cite."""

    date: str
    sentences: tuple[str, ...]
    article_ids: tuple[str, ...]
    spans: tuple[tuple[str, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class FeedState:
    """What the watcher remembers about one feed between polls; times are ISO 8601 UTC."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_checked: str | None = None
    failures: int = 0
    next_due: str | None = None
    last_error: str | None = None
