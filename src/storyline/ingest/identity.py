"""Stable article identity, so ingesting the same article twice stores it once.

A URL names an article better than its text (pages get corrected, wire copies
get re-headlined), so the id comes from the normalised URL when there is one and
from the normalised text only when there is not. The prefix ("u:" / "h:") says
which, so the two kinds of id can never collide.
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
) -> str:
    """ "u:" + sha1(normalised url)[:16] when there is a URL, else "h:" + sha256(text)[:16].

    Without a URL the hash also covers the publication date, outlet and title
    when they are known: the same body published by two outlets, or on two
    days, is two articles (the second linked to the first as a duplicate), while
    the same file read again, from any path, keeps its id.
    """
    if url and url.strip():
        digest = hashlib.sha1(normalize_url(url).encode("utf-8"), usedforsecurity=False)
        return "u:" + digest.hexdigest()[:16]
    key = normalize_text(text)
    extras = [normalize_text(v or "") for v in (published, outlet, title)]
    if any(extras):
        key = "\x1f".join([key, *extras])
    return "h:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
