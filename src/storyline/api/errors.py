"""Errors as JSON with a clear message and the right status; pages get an HTML page instead.

Every error body under /api is {"status": N, "message": "..."} (validation errors
add "problems", one line per bad parameter), so a client can show the message
as it is. Unexpected exceptions are logged with their traceback and answered
with a 500 that names no internals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from storyline.errors import StorylineError
from storyline.query.params import QueryError

__all__ = ["ErrorBody", "HtmlErrorPage", "install_error_handlers", "is_api_path", "problems"]

log = logging.getLogger("storyline.api")

HtmlErrorPage = Callable[[Request, int, str], Response]
"""Renders an error for a page (not /api) request: (request, status, message) -> response."""


@dataclass(frozen=True, slots=True)
class ErrorBody:
    """What every API error answers with."""

    status: int
    message: str


def is_api_path(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def problems(errors: Sequence[Any]) -> list[str]:
    """One readable line per validation error: "query.limit: Input should be ... (got 0)"."""
    lines = []
    for e in errors:
        where = ".".join(str(p) for p in e.get("loc", ()))
        got = e.get("input")
        shown = f" (got {str(got)[:60]!r})" if isinstance(got, str | int | float) else ""
        lines.append(f"{where}: {e.get('msg', 'invalid')}{shown}")
    return lines


def install_error_handlers(app: FastAPI, html_page: HtmlErrorPage) -> None:
    def answer(request: Request, status: int, message: str, **extra: Any) -> Response:
        if is_api_path(request):
            headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
            body = {"status": status, "message": message, **extra}
            return JSONResponse(body, status_code=status, headers=headers)
        return html_page(request, status, message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        response = answer(request, exc.status_code, message)
        for name, value in (exc.headers or {}).items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        lines = problems(exc.errors())
        return answer(request, 422, "; ".join(lines) or "invalid request", problems=lines)

    @app.exception_handler(QueryError)
    async def bad_parameter(request: Request, exc: QueryError) -> Response:
        return answer(request, 400, str(exc))

    @app.exception_handler(StorylineError)
    async def storage_error(request: Request, exc: StorylineError) -> Response:
        log.error("%s %s: %s", request.method, request.url.path, exc)
        return answer(request, 503, f"the database could not answer ({exc.code})")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("%s %s failed", request.method, request.url.path)
        return answer(request, 500, "internal error; the server log has the details")
