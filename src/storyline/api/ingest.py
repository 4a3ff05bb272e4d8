"""POST /api/ingest: articles given as JSON, or http(s) URLs to fetch, stored like any ingest.

Always needs the token. Articles go through the same record building as files
(field names, HTML cleaning, stable ids) and URLs through the same guarded
fetcher (no private addresses, size and time limits); only http(s) URLs are
taken, never a path on the server. One bad item is reported and the rest stored.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Depends, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from storyline.api.deps import engines, require_write
from storyline.api.engines import Engines
from storyline.api.errors import ErrorBody
from storyline.engine import IngestReport
from storyline.errors import InputError
from storyline.ingest.records import build_article, record_from_mapping
from storyline.model import Article
from storyline.query.warm import stories_of_articles, warm_stories

__all__ = ["MAX_ARTICLES", "MAX_URLS", "IngestRequest", "IngestResult", "router"]

log = logging.getLogger("storyline.api")

MAX_ARTICLES = 1000
MAX_URLS = 100


class IngestArticle(BaseModel):
    """One article; the field names file ingest accepts work too ("body", "link", "source").

    Nothing is required here: an item without text is reported by name, like a bad
    line of a file, while the other items are stored.
    """

    model_config = ConfigDict(extra="allow")

    text: Annotated[str | None, Field(max_length=5_000_000)] = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None


class IngestRequest(BaseModel):
    articles: Annotated[list[IngestArticle], Field(max_length=MAX_ARTICLES)] = []
    urls: Annotated[list[Annotated[str, Field(max_length=2000)]], Field(max_length=MAX_URLS)] = []


class IngestResult(BaseModel):
    new: int
    present: int
    duplicates: int
    failed: int
    errors: list[str]
    ids: list[str]


router = APIRouter(prefix="/api")


def _articles(items: list[IngestArticle], report: IngestReport) -> list[Article]:
    built: list[Article] = []
    for i, item in enumerate(items):
        fields: dict[str, Any] = item.model_dump(exclude_none=True)
        name = f"articles[{i}]"
        try:
            result = build_article(record_from_mapping(fields), name)
        except ValueError as exc:
            result = InputError(name, str(exc))
        if isinstance(result, InputError):
            report.failed += 1
            report.errors.append(str(result))
        else:
            built.append(result)
    return built


def _check_urls(urls: list[str]) -> None:
    for i, url in enumerate(urls):
        if not url.strip().lower().startswith(("http://", "https://")):
            raise HTTPException(400, f"urls[{i}]: only http(s) URLs are fetched, got {url[:80]!r}")


def _merge(first: IngestReport, second: IngestReport) -> IngestResult:
    return IngestResult(
        new=first.new + second.new,
        present=first.present + second.present,
        duplicates=first.duplicates + second.duplicates,
        failed=first.failed + second.failed,
        errors=first.errors + second.errors,
        ids=first.new_ids + second.new_ids,
    )


def _warm_stories_of(pool: Engines, article_ids: list[str]) -> None:
    """After the response: the reviews and page parts of the stories the new articles joined,
    so their next views only read (a failure is logged; the view would build it)."""
    with pool.checkout() as engine:
        report = warm_stories(engine, stories_of_articles(engine, article_ids))
    for error in report.errors:
        log.warning("warming after an ingest: %s", error)


@router.post(
    "/ingest",
    response_model=IngestResult,
    dependencies=[Depends(require_write)],
    responses={
        400: {"model": ErrorBody, "description": "Nothing to ingest, or a URL that is not http(s)"},
        401: {"model": ErrorBody, "description": "The API token is missing or wrong"},
        413: {"model": ErrorBody, "description": "The request body is too large"},
        422: {"model": ErrorBody, "description": "The body is not an ingest request"},
    },
    summary="Store articles (JSON) or fetch and store URLs; needs the API token",
)
def ingest(request: Request, body: IngestRequest, background: BackgroundTasks) -> IngestResult:
    if not body.articles and not body.urls:
        raise HTTPException(400, "nothing to ingest: give 'articles' or 'urls'")
    _check_urls(body.urls)
    pool = engines(request)
    given = IngestReport()
    articles = _articles(body.articles, given)
    with pool.write_lock:
        writer = pool.writer()
        stored = writer.ingest_articles(articles) if articles else IngestReport()
        fetched = writer.ingest([u.strip() for u in body.urls]) if body.urls else IngestReport()
    stored.failed += given.failed
    stored.errors = given.errors + stored.errors
    changed = [*stored.new_ids, *stored.updated_ids, *fetched.new_ids, *fetched.updated_ids]
    if changed:
        background.add_task(_warm_stories_of, pool, changed)
    return _merge(stored, fetched)
