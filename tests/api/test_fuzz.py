"""An OpenAPI-driven fuzz run (schemathesis) against the API: no request makes a server error.

Every operation of /openapi.json gets generated requests, valid and invalid, and
every response is checked against the schema (status codes, content types, bodies,
headers) as well as for 5xx. One check is left out: that every schema-valid request is
accepted. A cursor is an opaque token the schema cannot describe (a made-up one is a
400), and so are an empty ingest and a story filter naming no story. The run is bounded
(examples per operation, no deadline) so it stays a small part of `make test`.
POST /api/ingest is fuzzed with the token, so its bodies reach the real pipeline;
generated URLs are dropped from its bodies, since fetching them would leave this machine.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from web_app import LOOPBACK
from web_store import WebStore

from storyline.api.app import create_app
from storyline.api.settings import ServerSettings
from storyline.store.sqlite import SQLiteStore

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
"""Examples per operation; FUZZ_EXAMPLES=300 explores further (about a minute)."""
CHECKS = {"positive_data_acceptance": {"enabled": False}}
"""Every check schemathesis has, except that each schema-valid request is accepted."""


@pytest.fixture(scope="module")
def fuzz_app(web_store: WebStore) -> FastAPI:
    # schemathesis loads the schema as host "testserver"
    settings = ServerSettings(str(web_store.path), max_body=256 * 1024, extra_hosts=("testserver",))
    return create_app(settings)


@pytest.fixture(scope="module")
def api_schema(fuzz_app: FastAPI, token: str) -> Any:
    # the token goes where the schema declares it (POST /api/ingest), so schemathesis can
    # also check that the route refuses a request without it
    auth = {"openapi": {"HTTPBearer": {"bearer": token}}}
    config = schemathesis.Config.from_dict({"checks": CHECKS, "auth": auth})
    return schemathesis.openapi.from_asgi("/openapi.json", fuzz_app, config=config)


@schemathesis.hook
def map_body(context: Any, body: Any) -> Any:
    """No URL of a generated ingest body is fetched: only loopback traffic in tests."""
    if isinstance(body, dict) and "urls" in body:
        body = {**body, "urls": []}
    return body


def test_api_never_fails_on_generated_requests(api_schema: Any, web_store: WebStore) -> None:
    """Each operation gets its own bounded Hypothesis run; failures are gathered, then shown.

    (schemathesis's lazy pytest fixture does not run under pytest 9, so the operations
    are walked here with the same strategies and checks.)
    """
    failures: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 15

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,  # the same examples every run: a failure here is reproducible
            suppress_health_check=list(HealthCheck),
        )
        def run(case: Any) -> None:
            case.call_and_validate(base_url=LOOPBACK)

        try:
            run()
        except (Exception, BaseExceptionGroup) as exc:  # keep going: report every operation
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}")
    assert not failures, "\n\n".join(failures)
    # the token was sent where it belongs: generated articles reached the store
    with SQLiteStore(web_store.path) as store:
        assert store.count_articles() > 7
