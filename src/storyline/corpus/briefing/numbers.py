"""The numbers a story's articles report, as briefing items (claims with their source)."""

from __future__ import annotations

from collections import defaultdict

from storyline.corpus.briefing.citing import cite
from storyline.corpus.briefing.records import NumberReport
from storyline.model import Article, Claim

__all__ = ["number_reports", "numbers_by_category"]


def number_reports(article: Article) -> list[NumberReport]:
    """Every claim of an article as a report, dated by its as-of day or publication day."""
    return [_report(article, c) for c in article.claims]


def _report(article: Article, claim: Claim) -> NumberReport:
    as_of = claim.as_of or (article.published[:10] if article.published else None)
    return NumberReport(
        category=claim.category,
        value=claim.value,
        qualifier=claim.qualifier,
        unit=claim.unit,
        as_of=as_of,
        speaker=claim.speaker,
        source=cite(article, claim.start, claim.end, claim.text),
    )


def numbers_by_category(
    reports: list[NumberReport],
) -> tuple[tuple[str, tuple[NumberReport, ...]], ...]:
    """Reports grouped by what they count, the most reported category first."""
    groups: dict[str, list[NumberReport]] = defaultdict(list)
    for r in reports:
        groups[r.category].append(r)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "other", -len(kv[1]), kv[0]))
    return tuple(
        (category, tuple(sorted(items, key=lambda r: (r.as_of or "", r.value))))
        for category, items in ordered
    )
