"""A briefing over a story's articles: a pure function, rendered elsewhere.

Sections, in the order a reader needs them: the latest developments (the newest
day first, then the days before it), who said what (quotes grouped by resolved
speaker), the numbers (the claim ledger's series, with as-of date and source), where
sources disagree, and what is new since a given day. Every item carries the
article id and character span it comes from, so each line can be checked
against its source. `BriefingLimits.page()` keeps it to one page;
`BriefingLimits.full()` keeps everything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from storyline.corpus.briefing.developments import developments
from storyline.corpus.briefing.disagreements import find_disagreements
from storyline.corpus.briefing.numbers import ledger_numbers, number_reports, said_of_what
from storyline.corpus.briefing.records import (
    Briefing,
    BriefingLimits,
    Development,
    Disagreement,
    NumberReport,
)
from storyline.corpus.briefing.speakers import quotes_by_speaker
from storyline.corpus.ledger import Ledger, article_input, build_ledger
from storyline.model import Article

__all__ = ["build_briefing"]


def build_briefing(
    articles: Sequence[Article],
    *,
    since: dt.date | None = None,
    title: str = "Briefing",
    limits: BriefingLimits | None = None,
    ledger: Ledger | None = None,
) -> Briefing:
    """The briefing of a story; never raises on thin input, says what is missing in `notes`.

    `ledger`: the story's claim ledger when the caller has it (the engine's cached review,
    which also holds the figures of articles updated in place); without it the ledger is
    built here from `articles`, which costs the whole story's analysis again."""
    limits = limits or BriefingLimits.page()
    full = limits == BriefingLimits.full()
    pool = [a for a in articles if a.duplicate_of is None] or list(articles)
    notes: list[str] = []
    if not pool:
        notes.append("the story has no articles")
    days = sorted(d for d in (a.published_date for a in pool) if d is not None)
    last = days[-1] if days else None
    latest = developments(
        pool,
        start=None,
        last=last,
        days=limits.latest_days,
        sentences=limits.sentences_per_day,
        max_chars=limits.max_chars,
        notes=notes,
    )
    new_since: tuple[Development, ...] = ()
    new_articles = 0
    if since is not None:
        new_articles = sum(1 for d in days if d > since)
        new_since = developments(
            pool,
            start=since + dt.timedelta(days=1),
            last=last if last and last > since else None,
            days=limits.new_days,
            sentences=limits.sentences_per_day,
            max_chars=limits.max_chars,
            notes=[],
        )
    reports = [r for a in pool for r in number_reports(a)]
    if pool and not any(a.quotes for a in pool):
        notes.append(_nothing_found("quotes", "quotes", pool))
    if pool and not reports:
        notes.append(_nothing_found("reported numbers", "claims", pool))
    speakers, speakers_total = quotes_by_speaker(
        pool,
        speakers=limits.speakers,
        per_speaker=limits.quotes_per_speaker,
        max_chars=limits.max_chars,
    )
    if ledger is None:
        ledger = build_ledger("briefing", [article_input(a) for a in pool])
    categories = ledger_numbers(pool, ledger)
    categories = categories if full else said_of_what(categories)
    conflicts = find_disagreements(pool, ledger)
    return Briefing(
        title=title,
        articles=len(pool),
        first_day=days[0].isoformat() if days else None,
        last_day=last.isoformat() if last else None,
        latest=latest,
        quotes=speakers,
        numbers=tuple(
            (category, _latest_reports(items, limits.reports_per_category))
            for category, items in categories[: limits.categories]
        ),
        disagreements=tuple(
            _trimmed(d, limits.reports_per_disagreement) for d in conflicts[: limits.disagreements]
        ),
        since=since.isoformat() if since else None,
        new_since=new_since,
        new_articles=new_articles,
        notes=tuple(notes),
        speakers_total=speakers_total,
        categories_total=len(categories),
        disagreements_total=len(conflicts),
        full=full,
    )


def _latest_reports(items: tuple[NumberReport, ...], n: int) -> tuple[NumberReport, ...]:
    """The `n` most recent reports of a category, in date order."""
    return items[-n:] if n < len(items) else items


def _trimmed(d: Disagreement, n: int) -> Disagreement:
    """At most `n` sides, the lowest and highest values kept: a disagreement shows its spread."""
    if len(d.reports) <= n:
        return d
    ordered = sorted(d.reports, key=lambda r: (r.value is None, r.value or 0.0))
    middle = ordered[1:-1][: max(0, n - 2)]
    return Disagreement(d.kind, d.about, d.message, (ordered[0], *middle, ordered[-1]))


def _nothing_found(what: str, stage: str, pool: Sequence[Article]) -> str:
    """The note a reader sees for an empty section: whether the articles hold none, or the
    stage that finds them was not run on some (the store keeps which stages ran)."""
    skipped = sum(1 for a in pool if stage not in a.annotated)
    if skipped:
        return f"no {what}: the {stage} stage was not run on {skipped} of {len(pool)} articles"
    return f"no {what} in these articles"
