"""Claim series and conflicts of a story or an article: the one query the claim chart reads.

Until the claim ledger lands (corpus/ledger, issue 13) a series is simply the
claims of one category and unit, in date order, and nothing is compared: status
"unchecked", no conflicts, and `source` says so on the page. With the ledger,
`story_claims` and `article_claims` return its series and conflicts in the same
records, and the pages and the API stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.engine import Storyline
from storyline.model import Article, Claim
from storyline.query.access import page_reads
from storyline.query.records import ArticleRef, ClaimPoint, ClaimSeries, ClaimsView

__all__ = ["GROUPED_SOURCE", "article_claims", "bounds", "group_claims", "story_claims"]

GROUPED_SOURCE = "claims grouped by category; not compared across reports"


def bounds(value: float, qualifier: str) -> tuple[float | None, float | None]:
    """The range a qualified figure allows: "more than 30" is (30, None), "about 30" unbounded."""
    if qualifier == "exact":
        return value, value
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "up_to"):
        return None, value
    return None, None


def _point(article: ArticleRef, index: int, claim: Claim) -> ClaimPoint:
    low, high = bounds(claim.value, claim.qualifier)
    return ClaimPoint(
        article=article,
        index=index,
        value=claim.value,
        low=low,
        high=high,
        qualifier=claim.qualifier,
        unit=claim.unit,
        as_of=claim.as_of,
        start=claim.start,
        end=claim.end,
        text=claim.text,
        speaker=claim.speaker,
    )


def group_claims(rows: Iterable[tuple[ArticleRef, int, Claim]]) -> ClaimsView:
    """One series per (category, unit), points by as-of date (else publication date)."""
    groups: dict[tuple[str, str | None], list[ClaimPoint]] = {}
    for article, index, claim in rows:
        groups.setdefault((claim.category, claim.unit), []).append(_point(article, index, claim))
    series = []
    for (category, unit), points in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0][0])):
        points.sort(key=lambda p: (p.as_of or p.article.published or "", p.article.id, p.index))
        series.append(
            ClaimSeries(
                id=f"{category}:{unit}" if unit else category,
                category=category,
                subject=None,
                unit=unit,
                cumulative=None,
                status="unchecked",
                points=tuple(points),
                total=len(points),
            )
        )
    return ClaimsView(source=GROUPED_SOURCE, series=tuple(series), conflicts=())


def story_claims(engine: Storyline, story_id: str) -> ClaimsView:
    """The claim series and conflicts of a (resolved) story."""
    return group_claims(page_reads(engine).story_claims(story_id))


def article_claims(article: Article) -> ClaimsView:
    """The claim series an article takes part in (for now: its own claims, grouped)."""
    ref = ArticleRef(article.id, article.title, article.outlet, article.published)
    return group_claims((ref, i, c) for i, c in enumerate(article.claims))
