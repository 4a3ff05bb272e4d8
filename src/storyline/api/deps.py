"""Dependencies shared by the API routes and the pages: the engine, and the access checks."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException

from storyline.api.engines import Engines
from storyline.api.security import bearer_token, request_token, token_is_valid
from storyline.api.settings import ServerSettings
from storyline.engine import Storyline
from storyline.store.sqlite_tokens import SQLiteTokens

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


def require_read(request: Request) -> None:
    """Reads are open on loopback; elsewhere they need the token (header or /login cookie)."""
    if not settings(request).reads_need_token:
        return
    with engines(request).checkout() as engine:
        valid = token_is_valid(SQLiteTokens(engine.store), request_token(request))
    if not valid:
        raise NeedsLogin()


def require_write(request: Request, _credentials: Credentials = Depends(BEARER)) -> None:
    """Writes always need `Authorization: Bearer TOKEN`."""
    token = bearer_token(request)
    if token is None:
        raise HTTPException(401, "writing needs the API token: Authorization: Bearer TOKEN")
    with engines(request).checkout() as engine:
        valid = SQLiteTokens(engine.store).valid(token)
    if not valid:
        raise HTTPException(401, "the API token is not valid")


def read_engine(request: Request, _checked: None = Depends(require_read)) -> Iterator[Storyline]:
    """An engine of the request's own for its whole length, after the read check."""
    with engines(request).checkout() as engine:
        yield engine
