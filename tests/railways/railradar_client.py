"""The RailRadar client every RailRadar contract test module asks for (as `provider`), on the
recorded answers' day: one fixture, imported by name where it is used, so that the other
providers' `provider` fixtures (IRCTC1, railwayapi.com, the timetable) are never shadowed."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from app.railways.railradar import RailRadarProvider
from tests.conftest import FakeClock
from tests.railways.test_railradar import BASE, KEY, ist, no_sleep


@pytest.fixture(name="provider")
async def railradar_provider(clock: FakeClock) -> AsyncIterator[RailRadarProvider]:
    """A RailRadar client at 11:41:48 on the recorded answers' day, never sleeping."""
    clock.now = ist(2, 11, 41, 48).timestamp()
    client = RailRadarProvider(BASE, KEY, clock=clock, sleep=no_sleep)
    yield client
    await client.aclose()
