"""Cross-checking one story: its ledger, its articles' story-level flags, date estimates.

`review_articles` computes it from articles in memory. `review_story` does
the same for a stored story through a `ReviewStore` cache, incrementally:
the cache holds the story's ledger by group (with each group's items), the
ids of the articles it includes and a small state (names counted over the
story, its dated span, its undated members' dates). When the story has new
members, only they are loaded and analysed, and only the groups their
reports fall in are recomputed (plus, rarely, the groups whose reading
depends on a name that became or stopped being one of the story's main
names). A member that left the story (a batch re-clustering moved it) or a
change of the cross-checking code (`REVIEW_VERSION`) rebuilds the review.
Story-level flags and estimates are then read off the cached outcomes, which
costs the size of the ledger, never the texts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from storyline.corpus.flags.anachronism import DatedSentence, explicit_dates
from storyline.corpus.flags.estimate import PublishedEstimate, estimate_published
from storyline.corpus.flags.storage import GroupRow, ReviewStore
from storyline.corpus.flags.story import story_flags
from storyline.corpus.ledger.codec import dump_items, dump_outcome, load_items, load_outcome
from storyline.corpus.ledger.counted import is_counted_key
from storyline.corpus.ledger.inputs import article_input
from storyline.corpus.ledger.records import ArticleInput, Ledger, PointInput, StoryNames
from storyline.corpus.ledger.series import GroupResult
from storyline.corpus.ledger.state import LedgerState, assemble, group_keys, story_names
from storyline.model import Article, ArticleVersion, Flag, Span

__all__ = [
    "REVIEW_VERSION",
    "StoryReview",
    "review_articles",
    "review_story",
]

LOAD_CHUNK = 200
"""Articles loaded at once when a review is (re)built: bounds memory on large stories."""


@lru_cache(maxsize=1)
def _code_digest() -> str:
    h = hashlib.sha256(b"review-1")
    for package in ("storyline.corpus.ledger", "storyline.corpus.flags"):
        spec = importlib.util.find_spec(package)
        for root in (spec.submodule_search_locations or []) if spec else []:
            for path in sorted(Path(root).rglob("*.py")):
                h.update(path.name.encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


REVIEW_VERSION = _code_digest()
"""A digest of the cross-checking code: a cached review of another version is rebuilt."""


@dataclass(frozen=True, slots=True)
class StoryReview:
    """What cross-checking says about one story."""

    story_id: str
    ledger: Ledger
    flags: Mapping[str, tuple[Flag, ...]]
    """Story-level flags of member articles (contradicted, uncorroborated, anachronism)."""
    estimates: Mapping[str, PublishedEstimate]
    """Publication estimates of undated members."""
    span: tuple[str, str] | None
    """First and last publication day of the story's dated members."""
    articles: tuple[str, ...]
    recomputed_groups: int = 0
    """Ledger groups recomputed to answer (0: all from the cache)."""
    loaded_articles: int = 0
    """Articles loaded and analysed to answer (0: all from the cache)."""


@dataclass
class _Facts:
    """The part of the cached state that is not the ledger."""

    names: Counter[str] = field(default_factory=Counter)
    context: StoryNames = field(default_factory=StoryNames)
    first: str | None = None
    last: str | None = None
    undated: dict[str, list[DatedSentence]] = field(default_factory=dict)

    def add(self, article: Article) -> None:
        day = article.published_date
        if day is None:
            self.undated[article.id] = explicit_dates(article)
            return
        iso = day.isoformat()
        self.first = min(self.first or iso, iso)
        self.last = max(self.last or iso, iso)

    @property
    def span(self) -> tuple[dt.date, dt.date] | None:
        if self.first is None or self.last is None:
            return None
        return dt.date.fromisoformat(self.first), dt.date.fromisoformat(self.last)

    def dump(self) -> str:
        return json.dumps(
            {
                "names": dict(self.names),
                "main": sorted(self.context.main),
                "known": sorted(self.context.known),
                "judged": self.context.judged,
                "articles": self.context.articles,
                "span": [self.first, self.last],
                "undated": {
                    aid: [[d.value, d.sentence.start, d.sentence.end, d.sentence.text] for d in ds]
                    for aid, ds in self.undated.items()
                },
            },
            separators=(",", ":"),
        )

    @classmethod
    def load(cls, text: str) -> _Facts:
        data = json.loads(text)
        return cls(
            names=Counter(data["names"]),
            context=StoryNames(
                frozenset(data["main"]),
                frozenset(data["known"]),
                bool(data["judged"]),
                int(data.get("articles", 0)),
            ),
            first=data["span"][0],
            last=data["span"][1],
            undated={
                aid: [DatedSentence(v, Span(s, e, t)) for v, s, e, t in ds]
                for aid, ds in data["undated"].items()
            },
        )


def _finish(
    story_id: str,
    outcomes: Sequence[GroupResult],
    facts: _Facts,
    articles: Iterable[str],
    recomputed: int,
    loaded: int,
) -> StoryReview:
    span = facts.span
    flags = story_flags(outcomes, facts.undated, span)
    estimates = {
        aid: est
        for aid, dates in facts.undated.items()
        if (est := estimate_published(dates, span)) is not None
    }
    return StoryReview(
        story_id=story_id,
        ledger=assemble(story_id, outcomes),
        flags={aid: tuple(fs) for aid, fs in flags.items()},
        estimates=estimates,
        span=(facts.first, facts.last) if facts.first and facts.last else None,
        articles=tuple(articles),
        recomputed_groups=recomputed,
        loaded_articles=loaded,
    )


def review_articles(story_id: str, articles: Sequence[Article]) -> StoryReview:
    """The review of a story given its (annotated) articles; copies are left out."""
    members = [a for a in articles if a.duplicate_of is None]
    facts = _Facts()
    state = LedgerState()
    inputs: list[ArticleInput] = []
    for a in members:
        facts.add(a)
        inputs.append(article_input(a))
    state.add(inputs)
    return _finish(
        story_id,
        list(state.outcomes.values()),
        facts,
        [a.id for a in members],
        len(state.outcomes),
        len(members),
    )


def _names_of(items: Iterable[object]) -> str:
    words: set[str] = set()
    for item in items:
        if isinstance(item, PointInput):
            words.update(w for w in (item.location_key, item.cause_key, item.subject_key) if w)
            words.update(item.places)
    return json.dumps(sorted(words))


def _mentions_any(names_json: str, changed: frozenset[str]) -> bool:
    for words in json.loads(names_json):
        padded = f" {words} "
        if any(f" {n} " in padded or words == n for n in changed):
            return True
    return False


def review_story(
    cache: ReviewStore,
    story_id: str,
    member_ids: Sequence[str],
    load: Callable[[Sequence[str]], list[Article]],
    superseded: Callable[[Sequence[str]], Mapping[str, Sequence[ArticleVersion]]] | None = None,
) -> StoryReview:
    """The review of a stored story, brought up to date through the cache (see module doc).

    `member_ids` are the story's current articles (copies excluded); `load`
    returns annotated articles for ids (missing ones are skipped); `superseded`
    the earlier versions of those that have any, whose figures the ledger keeps.
    """
    members = list(dict.fromkeys(member_ids))
    cached = cache.review_state(story_id)
    known = cache.review_members(story_id) if cached else set()
    rebuild = cached is None or cached[0] != REVIEW_VERSION or not known <= set(members)
    facts = _Facts() if rebuild or cached is None else _Facts.load(cached[1])
    if rebuild:
        known = set()
    new = [m for m in members if m not in known]
    if not new and not rebuild:
        rows = cache.review_groups(story_id, items=False)
        outcomes = [load_outcome(r.outcome) for r in rows]
        return _finish(story_id, outcomes, facts, members, 0, 0)
    inputs: list[ArticleInput] = []
    loaded_ids: list[str] = []
    for i in range(0, len(new), LOAD_CHUNK):
        chunk = new[i : i + LOAD_CHUNK]
        earlier = superseded(chunk) if superseded is not None else {}
        for article in load(chunk):
            if article.duplicate_of is not None:
                continue
            facts.add(article)
            inputs.append(article_input(article, earlier.get(article.id, ())))
            loaded_ids.append(article.id)
    state = LedgerState(articles=set(known), names=Counter(facts.names), context=facts.context)
    if not rebuild:
        wanted = {key for inp in inputs for key in group_keys(inp)}
        after = Counter(facts.names)
        for inp in inputs:
            after.update(inp.names)
        changed = story_names(after, len(known) + len(inputs)).changed(facts.context)
        names = cache.review_group_names(story_id)
        if changed:  # groups whose reading depends on a name whose standing changed
            wanted |= {k for k, n in names.items() if _mentions_any(n, changed)}
        wanted |= {k for k in names if is_counted_key(k)}  # read by the story's size
        for row in cache.review_groups(story_id, wanted):
            state.items[row.key] = load_items(row.items)
    touched = state.add(inputs)
    facts.names, facts.context = state.names, state.context
    groups = {
        key: GroupRow(
            key,
            _names_of(state.items[key]),
            dump_items(state.items[key]),
            dump_outcome(state.outcomes[key]),
        )
        for key in touched
    }
    cache.save_review(
        story_id,
        version=REVIEW_VERSION,
        state=facts.dump(),
        members=new,
        groups=groups,
        replace=rebuild,
    )
    rows = cache.review_groups(story_id, items=False)
    outcomes = [load_outcome(r.outcome) for r in rows]
    return _finish(story_id, outcomes, facts, members, len(touched), len(loaded_ids))
