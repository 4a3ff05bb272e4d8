"""A story's ledger as independent groups, so one more article recomputes only its groups.

Every check of the ledger compares reports within one group: numbers of one
category and kind of unit ("n|killed|people"), one quote ("q|<words>"), one
event ("e|die:<name>"). A group's outcome depends on its own items only, so
adding an article adds its items to the groups they belong to and recomputes
those groups; the others keep their cached outcome. `build_ledger` is the
same computation from scratch.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from storyline.corpus.ledger.attribution import attribution_conflicts
from storyline.corpus.ledger.counted import is_counted_key
from storyline.corpus.ledger.events import event_conflicts
from storyline.corpus.ledger.records import (
    ArticleInput,
    ClaimSeries,
    Conflict,
    EventMention,
    Evidence,
    Ledger,
    PointInput,
    QuotePrint,
    StoryNames,
)
from storyline.corpus.ledger.series import GroupResult, build_group

__all__ = [
    "GroupItem",
    "LedgerState",
    "build_ledger",
    "group_keys",
    "outcome_of",
    "story_names",
]

GroupItem = PointInput | QuotePrint | EventMention

_CATEGORY_ORDER = (
    "killed", "injured", "missing", "rescued", "evacuated", "displaced", "hostages",
    "arrested", "cases", "aided", "money",
)  # fmt: skip


def _key(item: GroupItem) -> str:
    if isinstance(item, PointInput):
        return f"n|{item.group}"
    if isinstance(item, QuotePrint):
        return f"q|{item.fingerprint}"
    return f"e|{item.event}"


def _items(inp: ArticleInput) -> list[GroupItem]:
    return [*inp.points, *inp.quotes, *inp.events]


def group_keys(inp: ArticleInput) -> set[str]:
    """The groups an article's items belong to."""
    return {_key(i) for i in _items(inp)}


MAIN_SHARE = 0.4
"""A name written by at least this share of a story's articles (and by two) is what the
story is about: as a place or cause of a count it is no detail (see `series`)."""
JUDGED_AT = 5
"""From this many articles on, a sentence naming only places no two articles write is
taken to report something else (a sidebar, another event)."""


def story_names(counts: Counter[str], articles: int) -> StoryNames:
    """What a story is about, from how many of its articles write each name."""
    floor = max(2.0, MAIN_SHARE * articles)
    return StoryNames(
        main=frozenset(name for name, n in counts.items() if n >= floor),
        known=frozenset(name for name, n in counts.items() if n >= 2),
        judged=articles >= JUDGED_AT,
        articles=articles,
    )


def outcome_of(
    key: str, items: Sequence[GroupItem], names: StoryNames | None = None
) -> GroupResult:
    """The outcome of one group from its items (pure)."""
    if key.startswith("n|"):
        points = [i for i in items if isinstance(i, PointInput)]
        return build_group(key[2:], points, names or StoryNames())
    if key.startswith("q|"):
        found = attribution_conflicts(i for i in items if isinstance(i, QuotePrint))
    else:
        found = event_conflicts(i for i in items if isinstance(i, EventMention))
    return GroupResult(key, (), tuple(found), ())


@dataclass
class LedgerState:
    """The items and outcome of every group of one story."""

    items: dict[str, list[GroupItem]] = field(default_factory=dict)
    outcomes: dict[str, GroupResult] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)
    names: Counter[str] = field(default_factory=Counter)
    """How many of the story's articles write each name."""
    context: StoryNames = field(default_factory=StoryNames)
    """What the story was about when the cached outcomes were computed."""

    def add(self, inputs: Iterable[ArticleInput]) -> set[str]:
        """Add articles (ignoring any already in) and recompute the groups they touch.

        When what the story is about changes (`StoryNames`), the number groups
        holding a point whose place or cause is among the changed names are
        recomputed too.
        """
        touched: set[str] = set()
        for inp in inputs:
            if inp.article in self.articles:
                continue
            self.articles.add(inp.article)
            self.names.update(inp.names)
            for item in _items(inp):
                key = _key(item)
                self.items.setdefault(key, []).append(item)
                touched.add(key)
        context = story_names(self.names, len(self.articles))
        changed = context.changed(self.context)
        if changed:
            touched |= {k for k, items in self.items.items() if _mentions(items, changed)}
        if context.articles != self.context.articles:  # a noun's share of the story moved
            touched |= {k for k in self.items if is_counted_key(k)}
        self.context = context
        for key in touched:
            self.outcomes[key] = outcome_of(key, self.items[key], self.context)
        return touched

    def ledger(self, story_id: str) -> Ledger:
        return assemble(story_id, self.outcomes.values())


def _mentions(items: Sequence[GroupItem], names: frozenset[str]) -> bool:
    """Whether a number group has a point whose place, cause, subject or sentence's places
    are among `names` (its reading depends on them)."""
    for item in items:
        if not isinstance(item, PointInput):
            return False
        words = f" {item.location_key} {item.cause_key} {item.subject_key} "
        if any(f" {n} " in words or f" {n}" in words for n in names):
            return True
        if names.intersection(item.places):
            return True
    return False


def _series_order(s: ClaimSeries) -> tuple[int, int, str]:
    rank = _CATEGORY_ORDER.index(s.category) if s.category in _CATEGORY_ORDER else 99
    return (rank, -len(s.points), s.id)


def assemble(story_id: str, outcomes: Iterable[GroupResult]) -> Ledger:
    """The ledger made of group outcomes: series by category then size, conflicts by kind."""
    series: list[ClaimSeries] = []
    conflicts: list[Conflict] = []
    for outcome in outcomes:
        series += outcome.series
        conflicts += outcome.conflicts
    series.sort(key=_series_order)
    order = {"number": 0, "date": 1, "attribution": 2}
    conflicts.sort(key=lambda c: (order[c.kind], c.series or "", c.message))
    return Ledger(story_id, tuple(series), tuple(conflicts))


def build_ledger(story_id: str, inputs: Iterable[ArticleInput]) -> Ledger:
    """The claim ledger of a story from its articles' inputs, from scratch."""
    state = LedgerState()
    state.add(inputs)
    return state.ledger(story_id)


def unsupported_by_article(outcomes: Iterable[GroupResult]) -> dict[str, list[Evidence]]:
    out: dict[str, list[Evidence]] = defaultdict(list)
    for outcome in outcomes:
        for e in outcome.unsupported:
            out[e.article].append(e)
    return out
