"""Fetching one URL with limits: size, time, redirects, and the address guard on every hop.

Redirects are followed by hand (at most 5) so each new host is resolved and
checked before we connect; httpx then connects to the checked IP with the
original Host header and TLS server name, so the address cannot change between
the check and the connection; the certificate is verified against that name
(certifi's authorities, plus those of `IngestOptions.ca_file`). Bodies are
streamed and cut off at max_bytes, and a whole-request deadline stops a server
that trickles bytes forever.
"""

from __future__ import annotations

import ssl
import time
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin

import httpx

from storyline.errors import InputError
from storyline.ingest.guard import resolve_checked
from storyline.ingest.options import IngestOptions

__all__ = ["MAX_REDIRECTS", "FetchResult", "fetch_url"]

MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,application/json;q=0.9,*/*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A fetched response. `status` 304 (not modified) comes with empty content."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


def _pinned_request(
    client: httpx.Client, url: httpx.URL, headers: dict[str, str], options: IngestOptions
) -> httpx.Request:
    if url.scheme not in ("http", "https"):
        raise ValueError(f"unsupported URL scheme {url.scheme!r} (only http and https)")
    if not url.host:
        raise ValueError("URL has no host")
    port = url.port or (443 if url.scheme == "https" else 80)
    ip = resolve_checked(url.host, port, allow_private=options.allow_private)
    host_header = url.netloc.decode("ascii").rsplit("@", 1)[-1]
    extensions = {"sni_hostname": url.host} if url.scheme == "https" else {}
    return client.build_request(
        "GET",
        url.copy_with(host=ip),
        headers={**headers, "Host": host_header},
        extensions=extensions,
    )


@lru_cache(maxsize=4)
def _tls_context(ca_file: str | None) -> ssl.SSLContext:
    """certifi's authorities, plus the PEM file's; built once (loading costs ~20 ms)."""
    import certifi

    context = ssl.create_default_context(cafile=certifi.where())
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def _read_body(response: httpx.Response, options: IngestOptions, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > options.max_bytes:
        raise ValueError(f"response is {int(declared)} bytes, over max_bytes {options.max_bytes}")
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > options.max_bytes:
            raise ValueError(f"response larger than max_bytes ({options.max_bytes} bytes)")
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)


def fetch_url(
    url: str,
    options: IngestOptions,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    """GET `url` within the limits of `options`; InputError(url, reason) on any failure.

    `etag` / `last_modified` make the request conditional (the feed watcher);
    an unchanged resource then answers 304 with no content.
    """
    headers = {"User-Agent": options.user_agent, "Accept": _ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        verify = _tls_context(options.ca_file)
    except OSError as exc:  # missing or not PEM (ssl.SSLError is an OSError)
        raise InputError(url, f"cannot use CA file {options.ca_file!r} ({exc})") from None
    deadline = time.monotonic() + options.timeout_s
    current = url
    try:
        with httpx.Client(
            timeout=httpx.Timeout(options.timeout_s),
            follow_redirects=False,
            trust_env=False,
            verify=verify,
        ) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                request = _pinned_request(client, httpx.URL(current), headers, options)
                response = client.send(request, stream=True)
                try:
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code == 304:
                        return FetchResult(url, current, 304, dict(response.headers))
                    if response.status_code >= 400:
                        raise ValueError(f"HTTP {response.status_code} {response.reason_phrase}")
                    content = _read_body(response, options, deadline)
                    return FetchResult(
                        url, current, response.status_code, dict(response.headers), content
                    )
                finally:
                    response.close()
            raise ValueError(f"more than {MAX_REDIRECTS} redirects")
    except (TimeoutError, httpx.TimeoutException):
        raise InputError(url, f"timed out after {options.timeout_s:g} s") from None
    except httpx.InvalidURL as exc:
        raise InputError(url, f"invalid URL ({exc})") from None
    except httpx.HTTPError as exc:
        reason = str(exc) or type(exc).__name__
        raise InputError(url, f"connection failed ({reason})") from None
    except ValueError as exc:
        raise InputError(url, str(exc)) from None
