"""The read API under /api: thin routes over `storyline.query`, one per page and part.

Each route validates its parameters, calls one query function, and returns its
record; errors come back as {"status", "message"} (see storyline.api.errors).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Query
from starlette.exceptions import HTTPException

from storyline import query
from storyline.api.deps import read_engine
from storyline.api.errors import ErrorBody
from storyline.engine import Storyline
from storyline.query.access import resolve_story
from storyline.query.articles import MAX_PAGE
from storyline.query.records import (
    ArticleList,
    ArticlePage,
    ClaimsView,
    EntityList,
    EntityPage,
    FlagList,
    HomePage,
    OutletFlags,
    SearchPage,
    SpeakerQuotes,
    StoryList,
    StoryPage,
    TimelineView,
)
from storyline.query.search import MAX_HITS

__all__ = ["router"]

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A parameter is unusable"},
    401: {"model": ErrorBody, "description": "The API token is needed"},
    422: {"model": ErrorBody, "description": "A parameter has the wrong form"},
}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    404: {"model": ErrorBody, "description": "No such item"},
}

router = APIRouter(prefix="/api", responses=_ERRORS)
Engine = Annotated[Storyline, Depends(read_engine)]
Day = Annotated[dt.date | None, Query(description="A day, YYYY-MM-DD")]
Text = Annotated[str | None, Query(max_length=200)]


T = TypeVar("T")


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _found(item: T | None, what: str, key: str) -> T:
    if item is None:
        raise HTTPException(404, f"no {what} {key[:120]!r}")
    return item


@router.get("/home", response_model=HomePage, summary="The latest days: stories, volume, outlets")
def home(
    engine: Engine,
    days: Annotated[int, Query(ge=1, le=90)] = 7,
    limit: Annotated[int, Query(ge=1, le=50)] = 12,
) -> HomePage:
    return query.home_page(engine, days=days, limit=limit)


@router.get("/articles", response_model=ArticleList, summary="Articles, newest first, by cursor")
def articles(
    engine: Engine,
    since: Day = None,
    until: Day = None,
    outlet: Text = None,
    story: Text = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
) -> ArticleList:
    return query.article_list(
        engine,
        since=_day(since),
        until=_day(until),
        outlet=outlet,
        story=story,
        cursor=cursor,
        limit=limit,
    )


@router.get(
    "/articles/{article_id:path}",
    response_model=ArticlePage,
    responses=_NOT_FOUND,
    summary="One article with every annotation, its story, claims and flags",
)
def article(engine: Engine, article_id: str) -> ArticlePage:
    return _found(query.article_page(engine, article_id), "article", article_id)


@router.get("/stories", response_model=StoryList, summary="Stories, largest first")
def stories(
    engine: Engine,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> StoryList:
    return query.story_list(engine, offset=offset, limit=limit)


@router.get(
    "/stories/{story_id}",
    response_model=StoryPage,
    responses=_NOT_FOUND,
    summary="A story: timeline, claims, quotes by speaker, outlets with flags, articles",
)
def story(engine: Engine, story_id: str) -> StoryPage:
    return _found(query.story_page(engine, story_id), "story", story_id)


def _story_id(engine: Storyline, story_id: str) -> str:
    label = resolve_story(engine, story_id)
    return _found(label, "story", story_id).id


@router.get(
    "/stories/{story_id}/timeline",
    response_model=TimelineView,
    responses=_NOT_FOUND,
    summary="A story's dated timeline, each sentence citing its articles",
)
def story_timeline(engine: Engine, story_id: str) -> TimelineView:
    return query.story_timeline(engine, _story_id(engine, story_id))


@router.get(
    "/stories/{story_id}/claims",
    response_model=ClaimsView,
    responses=_NOT_FOUND,
    summary="A story's claim series and conflicts",
)
def story_claims(engine: Engine, story_id: str) -> ClaimsView:
    return query.story_claims(engine, _story_id(engine, story_id))


@router.get(
    "/stories/{story_id}/quotes",
    response_model=list[SpeakerQuotes],
    responses=_NOT_FOUND,
    summary="A story's quotes, by speaker",
)
def story_quotes(engine: Engine, story_id: str) -> list[SpeakerQuotes]:
    return list(query.story_quotes(engine, _story_id(engine, story_id)))


@router.get(
    "/stories/{story_id}/flags",
    response_model=list[OutletFlags],
    responses=_NOT_FOUND,
    summary="A story's outlets with the flags on their articles",
)
def story_flags(engine: Engine, story_id: str) -> list[OutletFlags]:
    return list(query.story_flags(engine, _story_id(engine, story_id)))


@router.get("/quotes", response_model=SpeakerQuotes, summary="What one speaker said")
def quotes(
    engine: Engine,
    speaker: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> SpeakerQuotes:
    return query.speaker_quotes(engine, speaker, limit=limit)


@router.get("/flags", response_model=FlagList, summary="Flags raised on articles, newest first")
def flags(
    engine: Engine,
    code: Text = None,
    severity: Text = None,
    article: Text = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> FlagList:
    where = query.FlagWhere(code=code, severity=severity, article_id=article)
    return query.flag_list(engine, where, offset=offset, limit=limit)


@router.get("/entities", response_model=EntityList, summary="The most mentioned entities")
def entities(
    engine: Engine,
    type: Text = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> EntityList:
    return query.entity_list(engine, type=type, limit=limit)


@router.get(
    "/entities/{name:path}",
    response_model=EntityPage,
    responses=_NOT_FOUND,
    summary="One entity: mentions per day, stories, quotes",
)
def entity(engine: Engine, name: str) -> EntityPage:
    return _found(query.entity_page(engine, name), "entity", name)


@router.get("/search", response_model=SearchPage, summary="Full-text search with snippets")
def search(
    engine: Engine,
    q: Annotated[str, Query(max_length=500)] = "",
    since: Day = None,
    until: Day = None,
    outlet: Text = None,
    limit: Annotated[int, Query(ge=1, le=MAX_HITS)] = 20,
) -> SearchPage:
    return query.search_page(
        engine, q, since=_day(since), until=_day(until), outlet=outlet, limit=limit
    )
