"""Stable article identity, so ingesting the same article twice stores it once.

A URL names an article better than its text (pages get corrected, wire copies
get re-headlined), so the id comes from the normalised URL when there is one and
from the source's own key for it (a feed entry id, "k:") when it has no URL, and
from the text as the source gave it ("t:") only when there is neither. The prefix
says which, so the kinds of id can never collide.

"t:" hashes what the source gave (a file's text, a page's HTML, a record's text
field and its title, date and outlet as written), never what ingest made of it:
the cleaning rules change every session, and an id hashed from the clean text
("h:", what older code gave, `legacy_article_id`) changed with them, so the same
input read again by newer code was stored twice. Stores written by that code
keep their "h:" ids; ingest finds such an article by its legacy id (computed
from the clean text, which those stores hold), and eval labels keyed by "h:"
ids map a fresh store's articles to them the same way.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "LEGACY_PREFIX",
    "SOURCE_PREFIX",
    "article_id",
    "content_hash",
    "legacy_article_id",
    "normalize_text",
    "normalize_url",
]

SOURCE_PREFIX = "t:"
"""Prefix of an id hashed from the text as the source gave it (no URL, no key)."""
LEGACY_PREFIX = "h:"
"""Prefix of an id older code hashed from the clean text (stores written by it keep them)."""

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


def _text_digest(text: str, extras: tuple[str | None, ...]) -> str:
    """sha256 (hex, 16) of the normalised text, joined with the known extras."""
    basis = normalize_text(text)
    normalised = [normalize_text(v or "") for v in extras]
    if any(normalised):
        basis = "\x1f".join([basis, *normalised])
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def article_id(
    url: str | None,
    given: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    key: str | None = None,
) -> str:
    """ "u:" + sha1(normalised url)[:16] when there is a URL, else "k:" + sha1(key)[:16] when
    the source names the article (a feed entry id), else "t:" + sha256(given)[:16].

    `given` and the extras are what the source gave, before any cleaning: a
    change of the cleaning rules then never changes an id. A URL or a key keeps
    the id when the text changes, so a changed article is stored as a new
    version of the same article instead of as another article.

    Without a URL the hash also covers the publication date, outlet and title
    as given when they are known: the same body published by two outlets, or on
    two days, is two articles (the second linked to the first as a duplicate),
    while the same file read again, from any path, keeps its id.
    """
    if url and url.strip():
        digest = hashlib.sha1(normalize_url(url).encode("utf-8"), usedforsecurity=False)
        return "u:" + digest.hexdigest()[:16]
    if key and key.strip():
        named = hashlib.sha1(key.strip().encode("utf-8", "surrogatepass"), usedforsecurity=False)
        return "k:" + named.hexdigest()[:16]
    return SOURCE_PREFIX + _text_digest(given, (published, outlet, title))


def legacy_article_id(
    text: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> str:
    """The "h:" id older code gave an article without URL or key: sha256 of its clean
    `text` with its (normalised) date, outlet and (clean) title, as an Article holds them.

    Only looked up, never given: an article a store holds under it was ingested by
    that code, with the cleaning rules of its day, so it matches only while the
    cleaning is unchanged since; ingest then records which source id it belongs to.
    """
    return LEGACY_PREFIX + _text_digest(text, (published, outlet, title))
