"""The tuned constants of timeline building, in one record so evaluation can vary them.

Every number here that was chosen on data was chosen by leave-one-topic-out on
Timeline17 (`python -m eval.tls`): the grid in `eval/tls_grid.py` varies them, each
held-out topic is scored with the setting that did best on the other topics, and
a value is kept only when that held-out figure holds. The figures are in the
docstrings of the fields and in the closing notes of issue 16.

The module constants of `dates.py` and `summarize.py` read their defaults from
`DEFAULT_SETTINGS`, so there is one definition of each.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

__all__ = ["DEFAULT_SETTINGS", "TimelineSettings"]


@dataclass(frozen=True, slots=True)
class TimelineSettings:
    """How days are ranked and chosen, and how a day's sentences are chosen."""

    # -- which days (dates.py) ---------------------------------------------------------
    later_weight: float = 1.0
    """An article published after a day that names it."""
    same_day_weight: float = 0.5
    """An article naming the day it was published on."""
    earlier_weight: float = 0.0
    """An article naming a day still to come when it was published."""
    published_weight: float = 0.25
    """An article published on the day, whatever it names."""
    neighbour_damping: float = 0.1
    """A day loses this fraction of its score for each chosen day within the spacing."""
    spacing_share: float = 0.25
    """The spacing: this share of the mean distance between days the timeline may have."""
    chronology_weight: float = 0.0
    """Extra weight of a chronology (a factbox listing several days) naming a day, over its
    ordinary reference. 0: at 8, Timeline17's LibyaWar_reuters task (whose gold copies
    Reuters' own factbox) goes from AR1 0.17 to 0.43, while the topics held out from that
    choice lose date F1 (leave-one-topic-out 0.670 -> 0.660): a gain on one topic only."""
    # -- how many days when the caller does not say (dates.auto_limit) -----------------
    auto_share: float = 0.35
    """With no --max-dates: keep the days scoring at least this share of the score of the
    day ranked `auto_reference` (so the count follows the coverage, not a constant)."""
    auto_reference: int = 10
    """The rank (1 = best) of the day whose score sets the bar for `auto_share`."""
    auto_min: int = 3
    auto_max: int = 60
    # -- which sentences (summarize.py) ------------------------------------------------
    redundancy: float = 0.5
    """Cosine above which a sentence repeats one already chosen."""
    names_day_bonus: float = 0.1
    """For a sentence naming this day and no other: it is about the day, not a recap."""
    keyword_bonus: float = 0.1
    lead_depth: int = 20
    """Sentences deeper than this in their article are used only when a day has nothing
    nearer the top (chronology entries excepted)."""
    chronology_bonus: float = 0.5
    """For a chronology entry: an editor's own one-line account of what happened that day."""
    topic_weight: float = 0.5
    """Weight of the cosine to the story profile next to the cosine to the day's centroid."""
    unchecked_pronoun_weight: float = 1.0
    """Score factor of a sentence whose subject is a bare pronoun when no quotes stage ran
    to say whose it is (subjects.py); with quotes, an unresolved one is held back."""
    # -- keywords (build.py) -----------------------------------------------------------
    keyword_share: float = 0.1
    """Keywords narrow the collection to the articles they match only when those are at
    least this share of it (and can fill the timeline); below, they are a hint that
    weighs matching articles and sentences more (a nickname, a word rarely written).
    A design bound, not tuned: Timeline17's keywords match most of a topic or nothing."""
    keyword_relevance: float = 1.0
    """A matching article's extra weight when the keywords are only a hint."""

    def varied(self, **changes: Any) -> TimelineSettings:
        """A copy with `changes`; unknown names raise (a typo must not pass silently)."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unknown timeline settings: {', '.join(sorted(unknown))}")
        return replace(self, **changes)


DEFAULT_SETTINGS = TimelineSettings()
