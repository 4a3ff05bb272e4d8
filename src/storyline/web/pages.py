"""The HTML pages: each is one query function (the same as its JSON twin) and one template."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from storyline import query
from storyline.api.deps import engines, read_engine, settings
from storyline.api.security import TOKEN_COOKIE
from storyline.engine import Storyline
from storyline.web.charts import claim_charts, mentions_chart, story_chart, volume_chart
from storyline.web.highlight import article_marks, segments, segments_html
from storyline.web.render import page
from storyline.web.urls import is_local_path, story_url

__all__ = ["router"]

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Engine = Annotated[Storyline, Depends(read_engine)]
_SPAN = re.compile(r"^(\d{1,9})-(\d{1,9})$")
_DAY = r"^(\d{4}-\d{2}-\d{2})?$"
SEARCH_HITS = 20
"""Matches the search page shows."""


@router.get("/")
def home(request: Request, engine: Engine) -> Response:
    found = query.home_page(engine)
    return page(request, "home.html", home=found, charts=[("volume", volume_chart(found))])


@router.get("/stories")
def stories(
    request: Request, engine: Engine, offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0
) -> Response:
    listing = query.story_list(engine, offset=offset, limit=50)
    return page(request, "stories.html", listing=listing)


@router.get("/stories/{story_id}")
def story(request: Request, engine: Engine, story_id: str) -> Response:
    # the page record resolves the story (its label read once); a merged story's id
    # redirects, and its page, built here, is read from the cache by the next request
    found = query.story_page(engine, story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id[:120]!r}")
    if found.story.id != story_id:
        return RedirectResponse(story_url(found.story.id), status_code=307)
    claims = claim_charts(found.claims)
    charts = [("story", story_chart(found))]
    charts += [(f"claims-{i}", spec) for i, (_, spec) in enumerate(claims)]
    return page(request, "story.html", story=found, claim_series=claims, charts=charts)


@router.get("/articles")
def articles(
    request: Request,
    engine: Engine,
    since: Annotated[str, Query(pattern=_DAY)] = "",
    until: Annotated[str, Query(pattern=_DAY)] = "",
    outlet: Annotated[str, Query(max_length=200)] = "",
    story: Annotated[str, Query(max_length=200)] = "",
    cursor: Annotated[str, Query(max_length=500)] = "",
) -> Response:
    listing = query.article_list(
        engine, since=since, until=until, outlet=outlet, story=story, cursor=cursor
    )
    filters = {"since": since, "until": until, "outlet": outlet, "story": story}
    return page(request, "articles.html", listing=listing, filters=filters)


def _span(value: str | None) -> tuple[int, int] | None:
    """`hl=START-END`, the passage a link asks to highlight; anything else is ignored."""
    m = _SPAN.match(value or "")
    if not m:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    return (start, end) if start < end else None


@router.get("/articles/{article_id:path}")
def article(
    request: Request,
    engine: Engine,
    article_id: str,
    hl: Annotated[str | None, Query(max_length=40)] = None,
) -> Response:
    found = query.article_page(engine, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id[:120]!r}")
    view = found.article
    text = segments_html(segments(view.text, article_marks(view, _span(hl))))
    return page(request, "article.html", found=found, text_html=text)


@router.get("/entities")
def entities(
    request: Request,
    engine: Engine,
    type: Annotated[str, Query(max_length=40)] = "",
) -> Response:
    listing = query.entity_list(engine, type=type or None, limit=200)
    return page(request, "entities.html", listing=listing, type=type)


@router.get("/entities/{name:path}")
def entity(request: Request, engine: Engine, name: str) -> Response:
    found = query.entity_page(engine, name)
    if found is None:
        raise HTTPException(404, f"no entity {name[:120]!r}")
    return page(request, "entity.html", found=found, charts=[("mentions", mentions_chart(found))])


@router.get("/search")
def search(
    request: Request,
    engine: Engine,
    q: Annotated[str, Query(max_length=500)] = "",
    since: Annotated[str, Query(pattern=_DAY)] = "",
    until: Annotated[str, Query(pattern=_DAY)] = "",
    outlet: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    # one excerpt is one text read (up to 50 kB of it lowered and searched): the page shows
    # as many as a reader looks at, not 50 (the API's `limit` reaches 100)
    found = query.search_page(engine, q, since=since, until=until, outlet=outlet, limit=SEARCH_HITS)
    return page(request, "search.html", found=found)


@router.get("/docs")
def docs(request: Request) -> Response:
    """The API reference: swagger-ui from the fastapi-offline package, started by docs.js."""
    return page(request, "docs.html", json_url="/openapi.json")


def _next(target: str | None) -> str:
    return target if target and is_local_path(target) else "/"


@router.get("/login")
def login_form(request: Request, next: Annotated[str, Query(max_length=2000)] = "/") -> Response:
    needed = settings(request).reads_need_token
    return page(request, "login.html", next=_next(next), needed=needed, failed=False, json_url=None)


@router.post("/login")
async def login(request: Request) -> Response:
    """Check the token from the form; set it as an HttpOnly, same-site cookie for reads."""
    fields = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=4)
    token = (fields.get("token") or [""])[0].strip()
    target = _next((fields.get("next") or ["/"])[0])
    valid = False
    if token:
        with engines(request).checkout() as engine:
            valid = engine.store.tokens().valid(token)
    if not valid:
        needed = settings(request).reads_need_token
        return page(
            request, "login.html", 401, next=target, needed=needed, failed=True, json_url=None
        )
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        TOKEN_COOKIE,
        token,
        max_age=30 * 24 * 3600,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout")
def logout() -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(TOKEN_COOKIE)
    return response
