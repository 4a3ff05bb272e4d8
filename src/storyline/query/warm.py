"""Story reviews and story page parts built ahead of their first view.

A story's review (claim ledger, story flags, date estimates), its page parts
(timeline, claims, quotes, flags by outlet) and its articles' page parts (each one's
claims and story flags, query.article_parts) are derived from all of its articles:
on a store of 100,000 articles that is up to seconds for a story of a hundred, paid
by the first view of the story page and by the first view of any of its articles
(whose flags and claims come from the review). Both are cached in the database and
kept fresh by their own checks (members, re-analysis, code version), so building
them ahead leaves a page view only reading: `storyline warm` after an ingest, the
server for the latest stories as it starts, and after POST /api/ingest for the
stories the new articles joined. Warming is idempotent; a story already current
costs two or three indexed reads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from storyline.corpus.flags import REVIEW_VERSION
from storyline.engine import Storyline
from storyline.query.access import page_reads
from storyline.query.article_parts import members_parts_are_current, warm_members
from storyline.query.story_parts import parts_are_current, story_parts

__all__ = [
    "WarmReport",
    "latest_stories",
    "review_is_current",
    "stories_of_articles",
    "warm_stories",
    "warm_story",
]


@dataclass
class WarmReport:
    """What a warm-up did: stories looked at, stories it built something for, and one
    line per story it could not build (the others are built regardless)."""

    stories: int = 0
    built: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        failed = f", {len(self.errors)} failed" if self.errors else ""
        return f"{self.stories} stories checked, {self.built} built{failed} in {self.seconds:.1f} s"


def latest_stories(engine: Storyline, limit: int | None = None) -> list[str]:
    """Active story ids, the latest first (they are the ones the home page shows)."""
    sql = (
        "SELECT id FROM stories WHERE merged_into IS NULL "
        "ORDER BY end_date IS NULL, end_date DESC, count DESC, id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [str(r[0]) for r in engine.store.conn.execute(sql)]


def stories_of_articles(engine: Storyline, article_ids: Iterable[str]) -> list[str]:
    """The stories (merges followed) now holding these articles, each once."""
    repo = engine.store.stories()
    found: dict[str, None] = {}
    for article_id in article_ids:
        membership = repo.membership(article_id)
        if membership is not None:
            found[repo.resolve(membership.story_id)] = None
    return list(found)


def review_is_current(engine: Storyline, story_id: str) -> bool:
    """Whether the cached review of a resolved story id knows exactly its articles, by the
    code of now: then `Storyline.review` only reads it (the same test the review makes)."""
    cache = engine.store.reviews()
    state = cache.review_state(story_id)
    if state is None or state[0] != REVIEW_VERSION:
        return False
    # the member ids alone: whole memberships (a JSON column each) were half of a check
    members = page_reads(engine).story_member_ids(story_id)
    return cache.review_members(story_id) == members


def warm_story(engine: Storyline, story_id: str) -> bool:
    """Build what is stale of one resolved story's review and page parts; True if anything
    was built."""
    built = False
    if not review_is_current(engine, story_id):
        engine.review(story_id)
        built = True
    if not parts_are_current(engine, story_id):
        story_parts(engine, story_id)
        built = True
    if not members_parts_are_current(engine, story_id):
        warm_members(engine, story_id, engine.review(story_id))
        built = True
    return built


def warm_stories(
    engine: Storyline,
    story_ids: Sequence[str] | None = None,
    *,
    stop: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> WarmReport:
    """Bring the reviews and page parts of `story_ids` (default: every active story, the
    latest first) up to date. A story that fails is reported and the rest are built;
    `stop` ends the run after the current story; `progress(done, total)` after each."""
    start = time.perf_counter()
    ids = latest_stories(engine) if story_ids is None else list(story_ids)
    report = WarmReport()
    for i, story_id in enumerate(ids):
        if stop is not None and stop.is_set():
            break
        report.stories += 1
        try:
            report.built += warm_story(engine, story_id)
        except Exception as exc:  # one bad story must not keep the others cold
            report.errors.append(f"story {story_id}: {type(exc).__name__}: {exc}")
        if progress is not None:
            progress(i + 1, len(ids))
    report.seconds = time.perf_counter() - start
    return report
