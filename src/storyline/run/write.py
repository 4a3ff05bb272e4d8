"""Writing: each analysed article stored as it comes back, counted into the report.

Every article is its own transaction (a run killed mid-way keeps what it wrote);
an article whose analysis failed is still stored, unannotated, and reported once.
New originals are handed to the story assigner in input order; the stories they
touched are consolidated once, when the stream ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.model import Article
from storyline.run.admit import Queued
from storyline.run.report import IngestReport, item_name, reported_flags

if TYPE_CHECKING:
    from storyline.store.sql_articles import SqlArticleStore as Store

__all__ = ["as_stored", "store_one", "story_stream", "write_result"]


def as_stored(article: Article) -> Article:
    """The article as the store gives it back (its embedding in the stored precision)."""
    if article.embedding is None:
        return article
    from storyline.store.sqlite_rows import decode_embedding, encode_embedding

    return replace(article, embedding=decode_embedding(encode_embedding(article.embedding)))


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

    article = queued.article
    if queued.update:
        stored = store.get_article(article.id)
        result = replace(result, duplicate_of=stored.duplicate_of if stored else None)
        version = store.update_article(result, signature=queued.signature)
        from storyline.crosscheck import forget_review_of

        forget_review_of(store, article.id)
        report.updated_ids.append(article.id)
        report.warnings.append(
            f"{item_name(article)}: content changed; stored as version {version}"
        )
        if counted:
            report.updated += 1
    else:
        store.put_article(result, signature=queued.signature)
        if article.duplicate_of is None:
            report.new_ids.append(article.id)
        if counted and article.duplicate_of is None:
            report.new += 1
        elif counted:
            report.duplicates += 1
    codes = {f.code for f in result.flags}
    report.not_english += NOT_ANALYSED_FLAG in codes
    report.too_long += TOO_LONG_FLAG in codes
    reported = reported_flags()
    for flag in result.flags:
        if flag.severity == "warning" and flag.code in reported:
            report.warnings.append(f"{item_name(article)}: {flag.message}")


@contextmanager
def story_stream(
    store: Store, *, enabled: bool, warn: Callable[[str], None]
) -> Iterator[Callable[[Article], None] | None]:
    """Assign stories to articles as they are stored; consolidate what was touched at the end.

    Yields None when stories are off. The story index is opened once per
    stream (and saved at the end, also when the stream fails).
    """
    if not enabled:
        yield None
        return
    from storyline.corpus.stories.stored import stored_assigner

    touched: set[str] = set()
    with stored_assigner(store, warn=warn) as assigner:

        def assign(article: Article) -> None:
            touched.add(assigner.assign(as_stored(article)).story_id)

        yield assign
        if touched:
            assigner.consolidate(touched)
