"""Claim series and conflicts of a story or an article: the one query the claim chart reads.

A story's series and conflicts are its claim ledger's (corpus/ledger, through the
cached story review), so the pages, the API, `storyline claims` and `storyline
brief` agree on what conflicts. Claims of an article outside any story are only
grouped by category: nothing to compare them with, and `source` says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from storyline.corpus.ledger import ClaimSeries as LedgerSeries
from storyline.corpus.ledger import Conflict as LedgerConflict
from storyline.corpus.ledger import Ledger, SeriesPoint
from storyline.engine import Storyline
from storyline.model import Article, Claim
from storyline.query.access import page_reads
from storyline.query.records import (
    ArticleRef,
    ClaimPoint,
    ClaimSeries,
    ClaimsView,
    Conflict,
    ConflictEvidence,
)

__all__ = [
    "GROUPED_SOURCE",
    "LEDGER_SOURCE",
    "article_claims",
    "bounds",
    "group_claims",
    "ledger_view",
    "story_claims",
]

GROUPED_SOURCE = "claims grouped by category; not compared across reports"
LEDGER_SOURCE = (
    "claim ledger: reports of one quantity lined up across outlets and days; copies count once"
)

Anchors = Mapping[tuple[str, int], tuple[ArticleRef, int]]
"""(article id, claim start) -> the article as a page names it and the claim's index in it."""


def bounds(value: float, qualifier: str) -> tuple[float | None, float | None]:
    """The range a qualified figure allows: "more than 30" is (30, None), "about 30" unbounded."""
    if qualifier == "exact":
        return value, value
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "up_to"):
        return None, value
    return None, None


def _claim_point(
    article: ArticleRef,
    index: int,
    reported: Claim | SeriesPoint,
    low: float | None,
    high: float | None,
    unit: str | None,
) -> ClaimPoint:
    """The one place a page's point is made, from a claim or from a ledger point."""
    return ClaimPoint(
        article=article,
        index=index,
        value=reported.value,
        low=low,
        high=high,
        qualifier=reported.qualifier,
        unit=unit,
        as_of=reported.as_of,
        start=reported.start,
        end=reported.end,
        text=reported.text,
        speaker=reported.speaker,
    )


def _point(article: ArticleRef, index: int, claim: Claim) -> ClaimPoint:
    return _claim_point(article, index, claim, *bounds(claim.value, claim.qualifier), claim.unit)


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


def _ledger_point(p: SeriesPoint, unit: str | None, anchors: Anchors) -> ClaimPoint:
    ref, index = anchors.get(
        (p.article, p.start), (ArticleRef(p.article, None, p.outlet, p.published), -1)
    )
    return _claim_point(ref, index, p, p.low, p.high, unit)


def _series(s: LedgerSeries, anchors: Anchors, only: str | None = None) -> ClaimSeries:
    points = tuple(
        _ledger_point(p, s.unit, anchors) for p in s.points if only is None or p.article == only
    )
    details = [d for d in (s.subject, s.location, s.cause) if d]
    return ClaimSeries(
        id=s.id,
        category=s.category,
        subject=", ".join(details) or None,
        unit=s.unit,
        cumulative=s.cumulative,
        status=s.status,
        points=points,
        total=len(points),
    )


def _conflict(c: LedgerConflict, anchors: Anchors) -> Conflict:
    evidence = []
    for e in c.evidence:
        ref, _ = anchors.get(
            (e.article, e.start), (ArticleRef(e.article, None, e.outlet, None), -1)
        )
        evidence.append(ConflictEvidence(ref, e.start, e.end, e.text, e.value))
    return Conflict(c.kind, c.series, c.message, tuple(evidence))


def ledger_view(ledger: Ledger, anchors: Anchors, only: str | None = None) -> ClaimsView:
    """The ledger as page records; `only`: the series an article reports in (its own points)
    and the conflicts it is a side of."""
    series = [_series(s, anchors, only) for s in ledger.series]
    conflicts = [
        _conflict(c, anchors)
        for c in ledger.conflicts
        if only is None or any(e.article == only for e in c.evidence)
    ]
    kept = [s for s in series if s.points]
    kept.sort(key=lambda s: (s.status != "conflicting", -s.total, s.id))
    return ClaimsView(source=LEDGER_SOURCE, series=tuple(kept), conflicts=tuple(conflicts))


def _anchors(engine: Storyline, story_id: str) -> dict[tuple[str, int], tuple[ArticleRef, int]]:
    return {(ref.id, c.start): (ref, i) for ref, i, c in page_reads(engine).story_claims(story_id)}


def story_claims(engine: Storyline, story_id: str, ledger: Ledger | None = None) -> ClaimsView:
    """The claim series and conflicts of a (resolved) story, from its ledger (`ledger`: the
    one the caller already has)."""
    found = ledger if ledger is not None else engine.ledger(story_id)
    return ledger_view(found, _anchors(engine, story_id))


def article_claims(engine: Storyline, article: Article, ledger: Ledger | None) -> ClaimsView:
    """The series an article reports in (its own points, with each series' status) and the
    conflicts it is a side of, from its story's `ledger`; an article in no story has its
    claims grouped, unchecked. Only the articles on the other side of a conflict are looked
    up, not the whole story's claims: an article page stays one article's reads."""
    ref = ArticleRef(article.id, article.title, article.outlet, article.published)
    if ledger is None:
        return group_claims((ref, i, c) for i, c in enumerate(article.claims))
    anchors: dict[tuple[str, int], tuple[ArticleRef, int]] = {
        (article.id, c.start): (ref, i) for i, c in enumerate(article.claims)
    }
    reads = page_reads(engine)
    refs: dict[str, ArticleRef | None] = {}
    for c in ledger.conflicts:
        if not any(e.article == article.id for e in c.evidence):
            continue
        for e in c.evidence:
            if e.article not in refs:
                refs[e.article] = ref if e.article == article.id else reads.article_ref(e.article)
            found = refs[e.article]
            if found is not None and (e.article, e.start) not in anchors:
                anchors[(e.article, e.start)] = (found, -1)
    view = ledger_view(ledger, anchors, only=article.id)
    lined_up = {(p.article.id, p.start) for s in view.series for p in s.points}
    rest = group_claims(
        (ref, i, c) for i, c in enumerate(article.claims) if (article.id, c.start) not in lined_up
    )
    return ClaimsView(view.source, view.series + rest.series, view.conflicts)
