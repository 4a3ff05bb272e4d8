"""Dependencies shared by the API routes and the pages: the engine, and the access checks.

The read dependencies are coroutines that touch the database only when they must (a
token to check, a new engine to open), in a worker thread: a sync dependency costs
every request a round trip through the thread pool, and under load each round trip
waits for the GIL behind the requests being computed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from storyline.api.engines import Engines
from storyline.api.security import bearer_token, request_token, token_is_valid
from storyline.api.settings import ServerSettings
from storyline.engine import Storyline

__all__ = [
    "BEARER",
    "NeedsLogin",
    "engines",
    "read_engine",
    "require_read",
    "require_write",
    "settings",
]


class NeedsLogin(HTTPException):
    """A page asked for without a token where reads need one: the page handler redirects."""

    def __init__(self) -> None:
        super().__init__(401, "this server needs the API token: sign in at /login")


def settings(request: Request) -> ServerSettings:
    found: ServerSettings = request.app.state.settings
    return found


def engines(request: Request) -> Engines:
    found: Engines = request.app.state.engines
    return found


BEARER = HTTPBearer(
    auto_error=False,
    description="The API token `storyline serve` printed when it first started.",
)
"""Declares the token of writes in the OpenAPI schema (the docs page's Authorize button); the
checks below read the header themselves, so a missing token gets our own clear message.
Reads do not declare it: on loopback, where the schema is normally read, they need none."""
Credentials = HTTPAuthorizationCredentials | None


def _read_token_is_valid(request: Request) -> bool:
    with engines(request).checkout() as engine:
        return token_is_valid(engine.store.tokens(), request_token(request))


async def require_read(request: Request) -> None:
    """Reads are open on loopback; elsewhere they need the token (header or /login cookie)."""
    if not settings(request).reads_need_token:
        return
    if not await run_in_threadpool(_read_token_is_valid, request):
        raise NeedsLogin()


def require_write(request: Request, _credentials: Credentials = Depends(BEARER)) -> None:
    """Writes always need `Authorization: Bearer TOKEN`."""
    token = bearer_token(request)
    if token is None:
        raise HTTPException(401, "writing needs the API token: Authorization: Bearer TOKEN")
    with engines(request).checkout() as engine:
        valid = engine.store.tokens().valid(token)
    if not valid:
        raise HTTPException(401, "the API token is not valid")


async def read_engine(
    request: Request, _checked: None = Depends(require_read)
) -> AsyncIterator[Storyline]:
    """An engine of the request's own for its whole length, after the read check."""
    pool = engines(request)
    engine = pool.take()
    if engine is None:
        engine = await run_in_threadpool(pool.open)
    try:
        yield engine
    finally:
        pool.give_back(engine)
