"""Fixtures for the fault tests: the backend (in-memory twins or real Redis), a mocked Graph."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx

from tests.support.messenger import GraphRecorder


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
