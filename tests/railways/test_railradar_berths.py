"""RailRadar's passenger statuses in formats nobody has recorded (`berthNo` and `formatted` exist
upstream; their values' formats are unknown): each reads to the status a traveller knows, in its
short form, and none crashes."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from app.railways.models import StatusKind
from app.railways.railradar import RailRadarProvider
from app.railways.status import describe_status
from tests.railways.railradar_client import railradar_provider as railradar_provider  # `provider`
from tests.railways.test_railradar import BASE, PNR, fixture

# (the passenger's `current` as sent, what it reads as, its short form)
CURRENT: list[tuple[Any, StatusKind, str]] = [
    ({"status": "CNF", "formatted": "CNF/B1/23/LB"}, StatusKind.CNF, "CNF B1/23 LB"),
    ({"status": "CNF", "berthNo": "B1 23"}, StatusKind.CNF, "CNF B1/23"),
    ({"formatted": "B1 23"}, StatusKind.CNF, "CNF B1/23"),
    ({"status": "CNF", "berthNo": 23}, StatusKind.CNF, "CNF 23"),
    ({"status": "CNF", "berthNo": "23/LB"}, StatusKind.CNF, "CNF 23 LB"),
    ({"status": "CNF", "berthNo": 0}, StatusKind.CNF, "CNF"),
    ({"status": "RAC", "berthNo": "12"}, StatusKind.RAC, "RAC 12"),
    ({"formatted": "RAC 12"}, StatusKind.RAC, "RAC 12"),
    ({"status": "RAC", "berthNo": "S4/33"}, StatusKind.RAC, "RAC S4/33"),
    ({"status": "WL", "berthNo": 45}, StatusKind.WL, "WL 45"),
    ({"formatted": "WL 45"}, StatusKind.WL, "WL 45"),
    ({"status": "GNWL", "berthNo": "12/GN", "formatted": "…"}, StatusKind.GNWL, "GNWL 12"),
    ({"status": "cnf"}, StatusKind.CNF, "CNF"),
    ({"formatted": "CNF"}, StatusKind.CNF, "CNF"),
    ({"status": "CAN", "berthNo": "0"}, StatusKind.CAN, "CAN"),
]
# Values that say nothing readable: the booking's status stands in, or "not given".
NOTHING: list[Any] = [
    None,
    {},
    {"status": None, "berthNo": None, "formatted": None},
    {"status": ["CNF"], "berthNo": {"coach": "B1"}, "formatted": 7.5},
    "CNF",
    42,
]


def with_current(current: Any, booking: Any = None) -> dict[str, Any]:
    body = fixture("pnr_confirmed")
    passenger = body["data"]["passengers"][0]
    passenger["current"] = current
    if booking is not None:
        passenger["booking"] = booking
    return body


@pytest.mark.parametrize(("current", "kind", "short"), CURRENT)
async def test_a_berth_in_an_unrecorded_format_reads_as_the_status_travellers_know(
    provider: RailRadarProvider,
    respx_mock: respx.MockRouter,
    current: Any,
    kind: StatusKind,
    short: str,
) -> None:
    booked = {"status": "WL", "berthNo": "7"}  # nothing to inherit from a booking on a list
    respx_mock.get(f"{BASE}/pnr/{PNR}").respond(json=with_current(current, booked))

    passenger = (await provider.pnr_status(PNR)).data.passengers[0]

    assert passenger.current.kind is kind
    assert describe_status(passenger.current) == short


@pytest.mark.parametrize("current", NOTHING)
async def test_a_status_that_says_nothing_readable_never_crashes(
    provider: RailRadarProvider, respx_mock: respx.MockRouter, current: Any
) -> None:
    respx_mock.get(f"{BASE}/pnr/{PNR}").respond(json=with_current(current))

    passenger = (await provider.pnr_status(PNR)).data.passengers[0]

    # The recorded booking (CNF/C2/42/WS) stands for a current status that says nothing.
    assert passenger.booking.kind is StatusKind.CNF
    assert describe_status(passenger.current) in ("unknown", "CNF C2/42 WS")
