"""Stable article identity, so ingesting the same article twice stores it once.

A URL names an article better than its text (pages get corrected, wire copies
get re-headlined), so the id comes from the normalised URL when there is one and
from the source's own key for it (a feed entry id, "k:") when it has no URL, and
from the normalised text ("h:") only when there is neither. The prefix says
which, so the kinds of id can never collide.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["article_id", "content_hash", "normalize_text", "normalize_url"]

_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gclsrc",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ref_src",
        "cmpid",
        "ocid",
        "mkt_tok",
        "spm",
        "__twitter_impression",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "vero_", "hsa_", "oly_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE = re.compile(r"\s+")


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING_PARAMS or low.startswith(_TRACKING_PREFIXES)


def normalize_url(url: str) -> str:
    """The canonical spelling of `url` used for identity.

    Lowercases scheme and host, drops the fragment, default ports, tracking
    parameters (utm_*, fbclid, gclid, ...) and a trailing slash, and sorts the
    remaining query parameters so their order does not matter. The path keeps
    its case: servers treat it as case-sensitive.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and _DEFAULT_PORTS.get(scheme) != port:
        netloc = f"{netloc}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    path = parts.path or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query_pairs = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    ]
    query = urlencode(sorted(query_pairs))
    if path == "/" and not query:
        path = ""
    return urlunsplit((scheme, netloc, path, query, ""))


def normalize_text(text: str) -> str:
    """Text as compared for identity: NFKC, whitespace runs collapsed, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def content_hash(text: str) -> str:
    """sha256 (hex) of the clean text exactly as stored."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_id(
    url: str | None,
    text: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    key: str | None = None,
) -> str:
    """ "u:" + sha1(normalised url)[:16] when there is a URL, else "k:" + sha1(key)[:16] when
    the source names the article (a feed entry id), else "h:" + sha256(text)[:16].

    A URL or a key keeps the id when the text changes, so a changed article is
    stored as a new version of the same article instead of as another article.

    Without a URL the hash also covers the publication date, outlet and title
    when they are known: the same body published by two outlets, or on two
    days, is two articles (the second linked to the first as a duplicate), while
    the same file read again, from any path, keeps its id.
    """
    if url and url.strip():
        digest = hashlib.sha1(normalize_url(url).encode("utf-8"), usedforsecurity=False)
        return "u:" + digest.hexdigest()[:16]
    if key and key.strip():
        named = hashlib.sha1(key.strip().encode("utf-8", "surrogatepass"), usedforsecurity=False)
        return "k:" + named.hexdigest()[:16]
    basis = normalize_text(text)
    extras = [normalize_text(v or "") for v in (published, outlet, title)]
    if any(extras):
        basis = "\x1f".join([basis, *extras])
    return "h:" + hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]
