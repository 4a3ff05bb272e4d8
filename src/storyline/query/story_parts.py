"""What a story page derives from all of the story's articles, built once per version.

The timeline reads every article and ranks its sentences; the claim series, the
quotes by speaker and the flags by outlet read every claim, quote and flag of the
story (a story of 90 articles has over 1,500 quotes). None of that changes until
the story does, so it is kept in the page cache under the story's version (members,
last assignment, last re-analysis), bounded to what a page shows; the story's
routes under /api (`/claims`, `/quotes`, `/flags`) read everything, uncached.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.engine import Storyline
from storyline.query.access import page_reads
from storyline.query.cache import cached_record, is_cached
from storyline.query.claims import story_claims
from storyline.query.flags import story_flags
from storyline.query.quotes import story_quotes
from storyline.query.records import (
    ClaimsView,
    OutletFlags,
    SpeakerQuotes,
    StoryParts,
    TimelineView,
)
from storyline.query.timeline import build_story_timeline

__all__ = ["PAGE_LIMITS", "bounded", "parts_are_current", "story_parts", "story_timeline"]

PAGE_LIMITS = {"series": 12, "points": 200, "speakers": 12, "quotes": 6, "flags": 20}
"""How much of each part a story page carries."""


def bounded(
    claims: ClaimsView,
    quotes: tuple[SpeakerQuotes, ...],
    outlets: tuple[OutletFlags, ...],
    limits: dict[str, int] = PAGE_LIMITS,
) -> tuple[ClaimsView, tuple[SpeakerQuotes, ...], tuple[OutletFlags, ...]]:
    """The parts cut to `limits`; each keeps its total, so a page can say what it left out."""
    series = tuple(
        replace(s, points=s.points[: limits["points"]]) for s in claims.series[: limits["series"]]
    )
    speakers = tuple(
        replace(g, quotes=g.quotes[: limits["quotes"]]) for g in quotes[: limits["speakers"]]
    )
    flags = tuple(replace(o, flags=o.flags[: limits["flags"]]) for o in outlets)
    return replace(claims, series=series), speakers, flags


def _key(story_id: str) -> str:
    return f"story:{story_id}"


def _build(engine: Storyline, story_id: str) -> StoryParts:
    review = engine.review(story_id)  # once, for the claims and the flags
    claims = story_claims(engine, story_id, review.ledger)
    quotes = story_quotes(engine, story_id)
    outlets = story_flags(engine, story_id, review)
    page_claims, page_quotes, outlets = bounded(claims, quotes, outlets)
    return StoryParts(
        timeline=build_story_timeline(engine, story_id),
        claims=page_claims,
        series=len(claims.series),
        quotes=page_quotes,
        speakers=len(quotes),
        outlets=outlets,
    )


def story_parts(engine: Storyline, story_id: str) -> StoryParts:
    """The parts of a resolved story id, from the cache while the story is unchanged."""
    reads = page_reads(engine)
    version = reads.story_version(story_id)
    return cached_record(
        reads, _key(story_id), version, StoryParts, lambda: _build(engine, story_id)
    )


def parts_are_current(engine: Storyline, story_id: str) -> bool:
    """Whether the cache holds the parts of a resolved story id for its current version."""
    reads = page_reads(engine)
    return is_cached(reads, _key(story_id), reads.story_version(story_id))


def story_timeline(engine: Storyline, story_id: str) -> TimelineView:
    """The timeline of a resolved story id (cached with the rest of its page)."""
    return story_parts(engine, story_id).timeline
