"""HTTPS through the address pin: we connect to the checked IP, TLS still verifies the host name.

A real TLS server on loopback with a certificate from a test CA (trustme). The
host name "news.test" is resolved by a stand-in for DNS, as a newsroom's
resolver would, so the fetch goes through the same check-then-pin path as any
public site.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from ingest_http import LocalServer, Reply

from storyline.errors import InputError
from storyline.ingest import IngestOptions
from storyline.ingest.fetch import fetch_url

HOST = "news.test"


@pytest.fixture()
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture()
def dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOST resolves to loopback; every other name as before."""
    real = socket.getaddrinfo

    def fake(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == HOST:
            return real("127.0.0.1", port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)


def _server(ca: trustme.CA, name: str) -> LocalServer:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(name).configure_cert(context)
    server = LocalServer(tls=context)
    server.routes["/story"] = Reply(200, b"<html><body>a story</body></html>")
    return server


@pytest.fixture()
def tls_server(ca: trustme.CA) -> Iterator[LocalServer]:
    server = _server(ca, HOST)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture()
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def _options(ca_file: str | None) -> IngestOptions:
    return IngestOptions(allow_private=True, timeout_s=5.0, ca_file=ca_file)


@pytest.mark.usefixtures("dns")
def test_https_to_the_pinned_address_verifies_the_host_name(
    tls_server: LocalServer, ca_file: str
) -> None:
    url = f"https://{HOST}:{tls_server.port}/story"
    result = fetch_url(url, _options(ca_file))
    assert result.status == 200 and b"a story" in result.content
    path, headers = tls_server.requests[-1]
    assert path == "/story"
    assert headers["host"] == f"{HOST}:{tls_server.port}"


@pytest.mark.usefixtures("dns")
def test_a_certificate_for_another_name_is_refused(ca: trustme.CA, ca_file: str) -> None:
    server = _server(ca, "other.test")
    try:
        with pytest.raises(InputError) as info:
            fetch_url(f"https://{HOST}:{server.port}/story", _options(ca_file))
        assert "certificate" in str(info.value).lower() or "hostname" in str(info.value).lower()
        assert server.requests == []  # nothing was sent over the unverified connection
    finally:
        server.close()


@pytest.mark.usefixtures("dns")
def test_an_unknown_authority_is_refused_without_the_ca_file(tls_server: LocalServer) -> None:
    with pytest.raises(InputError) as info:
        fetch_url(f"https://{HOST}:{tls_server.port}/story", _options(None))
    assert "certificate" in str(info.value).lower()
    assert tls_server.requests == []


def test_an_unreadable_ca_file_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-ca.pem"
    bad.write_text("not a certificate")
    for path in (str(bad), str(tmp_path / "missing.pem")):
        with pytest.raises(InputError) as info:
            fetch_url("https://news.test/story", _options(path))
        assert "CA file" in str(info.value) and "news.test" in str(info.value)
