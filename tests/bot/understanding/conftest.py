"""What every understanding test reads stations with: the built-in index (a module that needs
other stations, as the full open-data list or a verb's endings as codes, builds its own)."""

from __future__ import annotations

import pytest

from app.railways.stations import StationIndex


@pytest.fixture(scope="module")
def index() -> StationIndex:
    return StationIndex.build()
