"""Fixtures for the Messenger tests: the backend (in-memory twins or real Redis), a mocked Graph."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import respx

from tests.support.messenger import GraphRecorder, make_settings, running_app


@pytest.fixture(params=["memory", "redis"])
def backend(request: pytest.FixtureRequest) -> str | None:
    """The REDIS_URL the app runs with: None (in-memory twins) or the emptied test database."""
    if request.param == "memory":
        return None
    url: str = request.getfixturevalue("clean_redis")
    return url


@pytest.fixture
def graph() -> Iterator[GraphRecorder]:
    """The Send API, mocked at FB_GRAPH_URL, recording every call."""
    with respx.mock(assert_all_called=False) as router:
        yield GraphRecorder(router)


@pytest.fixture
async def webhook(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the whole service, running with the sample railway on `backend`, its Send API
    calls recorded by `graph`."""
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        yield client
