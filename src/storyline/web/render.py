"""The template environment: autoescaped Jinja2, the link helpers, and how errors look.

Autoescaping is on for every template and `StrictUndefined` turns a misspelt
field into an error in tests rather than an empty spot on a page.
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from storyline.web.assets import TEMPLATES_DIR, plotly_style_ids
from storyline.web.urls import api_url, article_url, entity_url, safe_http_url, story_url

__all__ = ["compile_templates", "html_error", "page", "snippet_html", "templates"]


def snippet_html(snippet: str, marks: tuple[tuple[int, int], ...]) -> Markup:
    """A search snippet with its matched words in <mark>, every piece escaped."""
    out, last = [], 0
    for start, end in marks:
        out.append(f"{escape(snippet[last:start])}<mark>{escape(snippet[start:end])}</mark>")
        last = end
    out.append(escape(snippet[last:]))
    return Markup("".join(out))


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        article_url=article_url,
        story_url=story_url,
        entity_url=entity_url,
        api_url=api_url,
        safe_http_url=safe_http_url,
        snippet_html=snippet_html,
        plotly_style_ids=plotly_style_ids,
    )
    env.filters["day"] = lambda value: (value or "")[:10] or "undated"
    return env


templates = Jinja2Templates(env=_environment())


def compile_templates() -> int:
    """Compile every template now (Jinja keeps them): compiled on first use, the first
    requests of a new server pay 70 ms a template, all at once under load."""
    env = templates.env
    names = env.list_templates(extensions=["html"])
    for name in names:
        env.get_template(name)
    return len(names)


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render template `name`; every page gets its JSON twin's address as `json_url`
    (the same path under /api, with the same query: the parameters have the same names)."""
    query = f"?{request.url.query}" if request.url.query else ""
    context.setdefault("json_url", api_url(request.url.path) + query)
    context.setdefault("charts", [])
    return templates.TemplateResponse(request, name, context, status_code=status)


def html_error(request: Request, status: int, message: str) -> Response:
    """The page for an error; a page that needs the token sends the reader to /login."""
    if status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='/')}", status_code=303)
    return page(request, "error.html", status, status_code=status, message=message, json_url=None)
