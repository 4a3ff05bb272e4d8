from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable

import pytest
from ingest_http import LocalServer, Reply

from storyline.errors import InputError
from storyline.ingest import IngestOptions, fetch_url
from storyline.ingest.guard import address_problem
from storyline.model import Article

Reader = Callable[..., list[object]]

PAGE = (
    b"<html><head><title>Bridge</title></head><body><article><p>The old bridge will close for "
    b"repairs next month, the transport office said on Monday.</p></article></body></html>"
)


def test_fetch_ok(server: LocalServer, local_options: IngestOptions) -> None:
    server.routes["/page"] = Reply(body=PAGE, headers={"Content-Type": "text/html", "ETag": '"v1"'})
    result = fetch_url(server.url("/page"), local_options)
    assert (result.status, result.content) == (200, PAGE)
    assert result.headers["etag"] == '"v1"' and "text/html" in result.content_type
    assert server.requests[0][1]["user-agent"].startswith("storyline/")


def test_guard_refuses_loopback_by_default(server: LocalServer) -> None:
    server.routes["/page"] = Reply(body=PAGE)
    with pytest.raises(InputError) as info:
        fetch_url(server.url("/page"), IngestOptions())
    assert "refused private address 127.0.0.1" in info.value.reason
    assert "allow_private" in info.value.reason
    assert info.value.item == server.url("/page")
    assert server.requests == []  # refused before connecting


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("100.64.0.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("::ffff:127.0.0.1", "loopback"),
        ("93.184.216.34", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_address_problem(address: str, problem: str | None) -> None:
    assert address_problem(ipaddress.ip_address(address)) == problem


def test_redirects_followed_and_limited(server: LocalServer, local_options: IngestOptions) -> None:
    server.routes["/old"] = Reply(301, headers={"Location": "/new"})
    server.routes["/new"] = Reply(body=PAGE)
    result = fetch_url(server.url("/old"), local_options)
    assert result.final_url == server.url("/new") and result.content == PAGE
    server.routes["/loop"] = Reply(302, headers={"Location": "/loop"})
    with pytest.raises(InputError, match="redirects"):
        fetch_url(server.url("/loop"), local_options)


def test_every_redirect_hop_is_checked(server: LocalServer, local_options: IngestOptions) -> None:
    server.routes["/r"] = Reply(302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(InputError, match="unsupported URL scheme 'file'"):
        fetch_url(server.url("/r"), local_options)


def test_404_timeout_size_and_refused_connection(
    server: LocalServer, local_options: IngestOptions
) -> None:
    with pytest.raises(InputError, match="HTTP 404"):
        fetch_url(server.url("/missing"), local_options)
    server.routes["/slow"] = Reply(body=PAGE, delay_s=2.0)
    start = time.monotonic()
    with pytest.raises(InputError, match="timed out"):
        fetch_url(server.url("/slow"), IngestOptions(allow_private=True, timeout_s=0.3))
    assert time.monotonic() - start < 1.5
    server.routes["/big"] = Reply(body=b"x" * 5000)
    with pytest.raises(InputError, match="max_bytes"):
        fetch_url(server.url("/big"), IngestOptions(allow_private=True, max_bytes=1000))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(InputError, match="connection failed"):
        fetch_url(f"http://127.0.0.1:{port}/", local_options)
    with pytest.raises(InputError, match="scheme"):
        fetch_url("ftp://example.org/file", local_options)


def test_conditional_get(server: LocalServer, local_options: IngestOptions) -> None:
    def route(headers: dict[str, str]) -> Reply:
        if headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(body=PAGE, headers={"ETag": '"v1"'})

    server.routes["/c"] = route
    assert fetch_url(server.url("/c"), local_options).status == 200
    again = fetch_url(server.url("/c"), local_options, etag='"v1"', last_modified="x")
    assert (again.status, again.content) == (304, b"")
    assert server.requests[-1][1]["if-modified-since"] == "x"


def test_read_source_url(server: LocalServer, read: Reader) -> None:
    server.routes["/2020/05/17/bridge"] = Reply(body=PAGE, headers={"Content-Type": "text/html"})
    (art,) = read(server.url("/2020/05/17/bridge"), allow_private=True)
    assert isinstance(art, Article) and "bridge will close" in art.text
    assert art.url == server.url("/2020/05/17/bridge") and art.published == "2020-05-17"
    (err,) = read(server.url("/nothing"), allow_private=True)
    assert isinstance(err, InputError) and err.item == server.url("/nothing")
    assert "404" in err.reason
    (err,) = read(server.url("/nothing"))
    assert isinstance(err, InputError) and "refused private address" in err.reason
