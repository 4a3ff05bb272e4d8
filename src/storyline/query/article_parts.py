"""What an article page derives from its story's review, built once per story version.

An article's claim series and conflicts and the flags cross-checking raised on it
come from its story's review, and reading a review means reading the whole story's
ledger and flags (250 ms for one article page on a store of 100,000 articles when
the review is not in memory). They change only when the story does (an article
joins, leaves, or is re-analysed, which an update of this article is), so they are
kept in the page cache per article under the story's id and version, and `storyline
warm` builds those of every member of a story from one read of its review.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from storyline.engine import Storyline
from storyline.model import Article, Claim
from storyline.query.access import page_reads
from storyline.query.cache import cached_record, is_cached
from storyline.query.claims import article_claims
from storyline.query.records import ArticleParts, ArticleRef, FlagView

if TYPE_CHECKING:
    from storyline.corpus.flags import StoryReview
    from storyline.corpus.ledger import Ledger

__all__ = ["article_parts", "build_article_parts", "members_parts_are_current", "warm_members"]


def _key(article_id: str) -> str:
    return f"article:{article_id}"


def _members_key(story_id: str) -> str:
    return f"story-articles:{story_id}"


def _version(story_id: str, story_version: str) -> str:
    return f"{story_id}:{story_version}"


def _own_ledger(ledger: Ledger, article_id: str) -> Ledger:
    """The ledger cut to the series with a point of the article and the conflicts it is a
    side of: what `article_claims` keeps of it, so the same view at the cost of one article
    (over a whole ledger, building every member's parts would grow with the story squared)."""
    series = tuple(s for s in ledger.series if any(p.article == article_id for p in s.points))
    conflicts = tuple(
        c for c in ledger.conflicts if any(e.article == article_id for e in c.evidence)
    )
    return replace(ledger, series=series, conflicts=conflicts)


def build_article_parts(engine: Storyline, article: Article, review: StoryReview) -> ArticleParts:
    """The parts of an article from its story's review (the article needs its id, title,
    outlet, publication date and claims)."""
    ref = ArticleRef(article.id, article.title, article.outlet, article.published)
    flags = tuple(
        FlagView(ref, f.code, f.severity, f.message, f.evidence)
        for f in review.flags.get(article.id, ())
    )
    claims = article_claims(engine, article, _own_ledger(review.ledger, article.id))
    return ArticleParts(claims=claims, story_flags=flags)


def article_parts(engine: Storyline, article: Article, story_id: str) -> ArticleParts:
    """The parts of an article in a resolved story, from the cache while the story is
    unchanged (else built from its review, then cached)."""
    reads = page_reads(engine)
    version = _version(story_id, reads.story_version(story_id))
    return cached_record(
        reads,
        _key(article.id),
        version,
        ArticleParts,
        lambda: build_article_parts(engine, article, engine.review(story_id)),
    )


def members_parts_are_current(engine: Storyline, story_id: str) -> bool:
    """Whether `warm_members` built the parts of every member of a resolved story for its
    current version."""
    reads = page_reads(engine)
    version = _version(story_id, reads.story_version(story_id))
    return is_cached(reads, _members_key(story_id), version)


def _members(engine: Storyline, story_id: str) -> Iterable[Article]:
    """Each member as the parts read it: its reference and its claims, from one read of
    the story's claims (not each whole article)."""
    reads = page_reads(engine)
    claims: dict[str, list[Claim]] = {}
    for ref, _, claim in reads.story_claims(story_id):
        claims.setdefault(ref.id, []).append(claim)
    summaries, total = reads.story_articles(story_id, 1_000_000)
    for s in summaries[:total]:
        yield Article(
            id=s.id,
            text="",
            title=s.title,
            outlet=s.outlet,
            published=s.published,
            claims=tuple(claims.get(s.id, ())),
        )


def warm_members(engine: Storyline, story_id: str, review: StoryReview) -> int:
    """Build and cache the parts of every member of a resolved story from its `review`;
    returns how many. A marker under the story's version records that all are built."""
    reads = page_reads(engine)
    version = _version(story_id, reads.story_version(story_id))
    built = 0
    for member in _members(engine, story_id):
        cached_record(
            reads,
            _key(member.id),
            version,
            ArticleParts,
            partial(build_article_parts, engine, member, review),
        )
        built += 1
    cached_record(reads, _members_key(story_id), version, int, lambda: built)
    return built
