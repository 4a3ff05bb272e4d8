"""`storyline ingest` of an HTTPS URL, with and without `--ca-file`, against a real TLS server."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from cli_runner import export, run
from ingest_http import LocalServer, Reply

PAGE = (
    b"<html><head><title>Council passes budget</title></head><body><article><p>"
    + b"The city council approved the transit budget on Tuesday after a long debate. " * 6
    + b"</p></article></body></html>"
)


@pytest.fixture()
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture()
def server(ca: trustme.CA) -> Iterator[LocalServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    srv = LocalServer(tls=context)
    srv.routes["/budget"] = Reply(200, PAGE, {"Content-Type": "text/html"})
    try:
        yield srv
    finally:
        srv.close()


def test_ingest_https_with_a_private_ca(
    server: LocalServer, ca: trustme.CA, tmp_path: Path
) -> None:
    db = str(tmp_path / "tls.db")
    url = server.url("/budget")
    refused = run("ingest", url, "--db", db, "--allow-private")
    assert refused.returncode == 1
    assert url in refused.stderr and "certificate" in refused.stderr.lower()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    done = run("ingest", url, "--db", db, "--allow-private", "--ca-file", str(ca_file))
    assert done.returncode == 0, done.stderr
    assert [a["url"] for a in export(tmp_path / "tls.db")] == [url]
