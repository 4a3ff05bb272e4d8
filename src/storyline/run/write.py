"""Writing: each analysed article stored as it comes back, counted into the report.

Every article is its own transaction (a run killed mid-way keeps what it wrote);
an article whose analysis failed is still stored, unannotated, and reported once.
Only the store's protocol is used here: what follows a write (stories, the
review cache) belongs to the layers above and is done by the engine.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.model import Article
from storyline.run.admit import Queued
from storyline.run.report import IngestReport, item_name, reported_flags

if TYPE_CHECKING:
    from storyline.store.base import Store

__all__ = ["store_one", "write_result"]


def write_result(
    store: Store, item: Queued, result: Article | Exception, report: IngestReport
) -> Article:
    """Store one streamed result (the bare article when its analysis failed); what was stored."""
    article = item.article
    analysed = not isinstance(result, Exception)
    if isinstance(result, Exception):
        # Keep the article (never lose data), unannotated, and say why: one count.
        report.failed += 1
        report.errors.append(
            f"{item_name(article)}: analysis failed "
            f"({type(result).__name__}: {result}); stored without annotations"
        )
        result = article
    store_one(store, item, result, report, counted=analysed)
    return result


def store_one(
    store: Store, queued: Queued, result: Article, report: IngestReport, *, counted: bool
) -> None:
    """Write one article (a new row, or a new version of a stored one) and count it."""
    from storyline.analyze.pipeline import NOT_ANALYSED_FLAG, TOO_LONG_FLAG
    from storyline.ingest.pages import NOT_NEWS_FLAG

    article = queued.article
    if queued.update:
        stored = store.get_article(article.id)
        result = replace(result, duplicate_of=stored.duplicate_of if stored else None)
        version = store.update_article(result, signature=queued.signature)
        if report.keep_ids:
            report.updated_ids.append(article.id)
        report.warnings.append(
            f"{item_name(article)}: content changed; stored as version {version}"
        )
        if counted:
            report.updated += 1
    else:
        store.put_article(result, signature=queued.signature, bands=queued.bands)
        if article.duplicate_of is None and report.keep_ids:
            report.new_ids.append(article.id)
        if counted and article.duplicate_of is None:
            report.new += 1
        elif counted:
            report.duplicates += 1
    codes = {f.code for f in result.flags}
    report.not_english += NOT_ANALYSED_FLAG in codes
    report.too_long += TOO_LONG_FLAG in codes
    report.not_news += NOT_NEWS_FLAG in codes
    reported = reported_flags()
    for flag in result.flags:
        if flag.severity == "warning" and flag.code in reported:
            report.warnings.append(f"{item_name(article)}: {flag.message}")
