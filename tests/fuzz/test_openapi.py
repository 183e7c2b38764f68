"""Schemathesis against the service's own OpenAPI document (`/openapi.json`), through the ASGI
app: every documented operation, fed generated (and deliberately wrong) requests, answers only
statuses the document lists, with bodies of the documented shape, and never a server error
other than the documented 503s."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis import Case, GenerationMode

from app.main import create_app
from tests.support.messenger import make_settings

METRICS_TOKEN = "metrics-token-for-tests"


def _app(tmp_path: Path, **overrides: object) -> Iterator[FastAPI]:
    app = create_app(make_settings(None, data_dir=tmp_path, **overrides), run_worker=False)
    yield app


FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
POSITIVE, NEGATIVE = GenerationMode.POSITIVE, GenerationMode.NEGATIVE
# Operations, how they are fed (negative data needs a parameter or a body to get wrong, which
# only the webhook has) and whether /metrics wants a token (nothing else depends on it).
OPERATIONS = [
    ("/webhook", "GET", POSITIVE, None),
    ("/webhook", "GET", NEGATIVE, None),
    ("/webhook", "POST", POSITIVE, None),
    ("/webhook", "POST", NEGATIVE, None),
    ("/healthz", "GET", POSITIVE, None),
    ("/readyz", "GET", POSITIVE, None),
    ("/metrics", "GET", POSITIVE, None),
    ("/metrics", "GET", POSITIVE, METRICS_TOKEN),
]


@pytest.mark.parametrize(("path", "method", "mode", "metrics_token"), OPERATIONS)
def test_every_operation_keeps_to_the_openapi_document(
    path: str, method: str, mode: GenerationMode, metrics_token: str | None, tmp_path: Path
) -> None:
    for app in _app(tmp_path, metrics_token=metrics_token):
        operation = schemathesis.openapi.from_asgi("/openapi.json", app)[path][method]

        @FUZZ
        @given(case=operation.as_strategy(generation_mode=mode))
        def keeps_to_the_document(case: Case) -> None:
            case.call_and_validate()

        keeps_to_the_document()


async def test_every_documented_operation_is_served_and_nothing_else_is(tmp_path: Path) -> None:
    for app in _app(tmp_path):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            for path, item in app.openapi()["paths"].items():
                for method in item:
                    response = await client.request(method.upper(), path)
                    assert response.status_code not in (404, 405), (method, path)
            for path in ("/docs", "/redoc", "/chat", "/admin", "/openapi.yaml"):
                assert (await client.get(path)).status_code == 404, path


def test_metrics_are_left_out_of_the_document_when_switched_off(tmp_path: Path) -> None:
    for app in _app(tmp_path, metrics_enabled=False):
        assert "/metrics" not in app.openapi()["paths"]
