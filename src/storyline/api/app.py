"""The ASGI application of `storyline serve`: the API, the pages, their assets, one process.

    app = create_app(ServerSettings(db="news.db"))

Middleware, outermost first: security headers on every response, the Host check
(loopback binds), the request size limit. The API lives under /api, its OpenAPI
schema at /openapi.json and its reference at /docs (swagger-ui served from a
package, started by a static script: no CDN, no inline script).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from storyline.api import ingest, routes
from storyline.api.engines import Engines
from storyline.api.errors import install_error_handlers
from storyline.api.security import BodyLimit, SecurityHeaders
from storyline.api.settings import ServerSettings
from storyline.api.warm import warm_latest
from storyline.web import router as pages
from storyline.web.assets import STATIC_DIR, docs_assets_dir, plotly_dir
from storyline.web.render import compile_templates, html_error

__all__ = ["create_app"]

DESCRIPTION = """Stories, timelines, quotes, claims and flags of a storyline database.

Every page of the web UI has a twin here built by the same query. Reads are open
when the server listens on loopback; otherwise, and for POST /api/ingest always,
send `Authorization: Bearer TOKEN` (the token `storyline serve` printed when it
first started). Errors answer `{"status", "message"}`.
"""


def _prepare_process() -> None:
    """What the first requests of a new process would otherwise each pay, done once at start
    (about 0.3 s: a story page's first view in a fresh server took 294 ms, the next 10-25):
    the templates compiled, the page cache's code digest and the cross-checking modules
    (imported by it) loaded."""
    from storyline.query.cache import code_digest

    compile_templates()
    code_digest()


def create_app(settings: ServerSettings) -> FastAPI:
    engines = Engines(settings.db)
    with engines.checkout():  # opened now, so an unusable database fails at start
        pass
    _prepare_process()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        warming = warm_latest(settings.db, settings.warm_stories) if settings.warm_stories else None
        yield
        if warming is not None:
            thread, stop = warming
            stop.set()
            thread.join(timeout=30)
        engines.close()

    app = FastAPI(
        title="storyline",
        version="0.1.0",
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engines = engines
    install_error_handlers(app, html_error)
    app.include_router(routes.router)
    app.include_router(ingest.router)
    app.include_router(pages)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount("/vendor/plotly", StaticFiles(directory=plotly_dir()), name="plotly")
    app.mount("/vendor/swagger", StaticFiles(directory=docs_assets_dir()), name="swagger")
    app.add_middleware(BodyLimit, limit=settings.max_body)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
    app.add_middleware(SecurityHeaders)
    return app
