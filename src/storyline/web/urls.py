"""Where each page lives: one function per kind of link, used by templates and charts alike."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

__all__ = [
    "api_url",
    "article_url",
    "entity_url",
    "is_local_path",
    "safe_http_url",
    "story_url",
]


@lru_cache(maxsize=4096)
def _segment(value: str) -> str:
    """A path segment; kept, since a story page links the same articles many times."""
    return quote(value, safe=":@")


def article_url(article_id: str, span: tuple[int, int] | None = None) -> str:
    """The article page; with `span`, that passage is highlighted and scrolled to."""
    url = f"/articles/{_segment(article_id)}"
    if span is not None:
        url += f"?hl={int(span[0])}-{int(span[1])}#hl"  # two integers: nothing to escape
    return url


def story_url(story_id: str) -> str:
    return f"/stories/{_segment(story_id)}"


def entity_url(name: str) -> str:
    return f"/entities/{_segment(name)}"


def api_url(page_path: str) -> str:
    """The JSON twin of a page path ("/stories/x" -> "/api/stories/x"; "/" -> "/api/home")."""
    return "/api/home" if page_path in ("", "/") else f"/api{page_path}"


def safe_http_url(url: str | None) -> str | None:
    """`url` when it is an http(s) link, else None: a javascript: or data: URL is never a link."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def is_local_path(target: str) -> bool:
    """A path on this server ("/x"), not "//host" or "/\\host" (which browsers send elsewhere)."""
    return target.startswith("/") and not target.startswith(("//", "/\\"))
