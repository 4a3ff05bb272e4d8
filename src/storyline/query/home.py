"""The home page: the stories of the store's latest days, its article volume and outlets."""

from __future__ import annotations

import datetime as dt

from storyline.engine import Storyline
from storyline.query.access import page_reads, resolve_story, story_summary
from storyline.query.records import HomePage

__all__ = ["home_page"]


def home_page(engine: Storyline, *, days: int = 7, window: int = 30, limit: int = 12) -> HomePage:
    """Stories still running in the last `days` days before the newest article, largest first,
    each with its volume per day; the store's volume over the last `window` days; its outlets.
    """
    reads = page_reads(engine)
    total = engine.store.count_articles()
    latest = reads.latest_day()
    if latest is None:
        return HomePage(None, None, total, (), (), ())
    last = dt.date.fromisoformat(latest)
    since = (last - dt.timedelta(days=days - 1)).isoformat()
    window_start = (last - dt.timedelta(days=window - 1)).isoformat()
    stories = []
    for story_id in reads.stories_ending_since(since, limit):
        label = resolve_story(engine, story_id)
        if label is not None:
            volume = tuple(d for d in reads.story_volume(label.id) if d.day >= window_start)
            stories.append(story_summary(label, volume))
    return HomePage(
        latest_day=latest,
        since_day=since,
        articles=total,
        stories=tuple(stories),
        volume=tuple(reads.day_counts(window_start)),
        outlets=tuple(reads.outlet_counts(since, 20)),
    )
