"""IRCTC1's real answers (LIVE_PROVIDERS.md §2.3/§2.4, tests/fixtures/irctc1) through the signed
webhook with RAILWAY_PROVIDER=irctc1: its quirks (a run's day counted from the arrival past
midnight, unpadded "d-m-yyyy" dates, statuses ending in a full stop, "15:8" durations, names
ending in "~", platform 0 for unknown, a row of junk in a list) reach the traveller as plain,
right facts, never as the raw text."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
import respx

from tests.support.messenger import make_settings
from tests.test_alerts_e2e import Graph, Thread
from tests.test_railradar_e2e import ask, running_app

URL = "https://irctc1.test"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "irctc1"
# Each endpoint's recorded answer.
RECORDED = {
    "/api/v3/getPNRStatus": "pnr_status",
    "/api/v1/liveTrainStatus": "live_train_status_at_station",
    "/api/v2/trainBetweenStations": "between",
    "/api/v3/trainBetweenStations": "between",
    "/api/v1/getTrainSchedule": "train_schedule",
    "/api/v1/checkSeatAvailability": "seat_availability_unpadded",
    "/api/v2/getFare": "fare",
}


def recorded(request: httpx.Request) -> httpx.Response:
    name = RECORDED.get(request.url.path)
    if name is None:
        return httpx.Response(404, json={"status": False, "message": "No data found"})
    return httpx.Response(200, json=json.loads((FIXTURES / f"{name}.json").read_text()))


@pytest.fixture
def graph() -> Iterator[Graph]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        router.route(url__startswith=URL).mock(side_effect=recorded)
        yield Graph(router)


# The recorded seats are of January 2027, said with their year only while it is not this year's
# in India (the reply drops it from 1 Jan 2027).
_OF_2027 = "" if dt.datetime.now(ZoneInfo("Asia/Kolkata")).year == 2027 else " 2027"

# (what is asked, what the reply says, what it never says)
ASKED: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    (
        "pnr 4512345678",
        ("17221", "P1 CNF B5/55", "P2 RAC 4 · booked GNWL 23", "IRCTC1 (RapidAPI) · "),
        (),
    ),
    (
        "11447 kaha hai",  # arrived 00:38 on the run's third day, due 22:40 on its second
        ("At: Asansol Jn (ASN) since 00:38", "1h 58m late", "expected 05:30 (due 03:55)"),
        ("~", "platform 0", "Platform 0"),
    ),
    (
        "bvi to ndls",  # "duration": "15:8"; arrival the next day; a junk row left out
        ("17:24 BVI → 08:32 (+1) NDLS · 15h 8m", "25h 35m", "2 trains"),
        ("incomplete row", "15:8"),
    ),
    ("route of 11447", ("Katni South (KTES) 00:05–00:10, day 2", "Howrah Jn (HWH)"), ("~",)),
    (
        "sl seats 12627 sbc ndls 7 jan",  # "7-1-2027", "RLWL7/WL6." and the like
        (f"\nThu 7 Jan{_OF_2027}: RLWL7/WL6\n", f"Sat 9 Jan{_OF_2027}: AVAILABLE 95"),
        ("7-1-2027",),
    ),
    ("3a fare 12951 bvi ndls", ("₹505 · 3A", "Borivali (BVI) → New Delhi (NDLS)"), ()),
]


async def test_irctc1s_recorded_quirks_reach_the_traveller_as_plain_facts(
    clean_redis: str, tmp_path: Path, graph: Graph
) -> None:
    settings = make_settings(
        clean_redis,
        railway_provider="irctc1",
        irctc1_api_url=URL,
        irctc1_api_key="rapid-test-key",
        railway_max_calls_per_minute=100,
        data_dir=tmp_path,
        alert_poll_tick_s=0.05,
    )
    async with running_app(settings) as (_, client):
        for n, (words, says, never) in enumerate(ASKED):
            answer = await ask(Thread(client, graph, f"74{n:02d}000000000001"), words)
            for part in says:
                assert part in answer, (words, answer)
            for part in never:
                assert part not in answer, (words, answer)
            assert "None" not in answer and "went wrong" not in answer, (words, answer)
