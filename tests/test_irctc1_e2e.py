"""IRCTC1's real answers (LIVE_PROVIDERS.md §2.3/§2.4, tests/fixtures/irctc1) through the signed
webhook with RAILWAY_PROVIDER=irctc1: its quirks (a run's day counted from the arrival past
midnight, unpadded "d-m-yyyy" dates, statuses ending in a full stop, "15:8" durations, names
ending in "~", platform 0 for unknown, a row of junk in a list) reach the traveller as plain,
right facts, never as the raw text."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
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


IST = ZoneInfo("Asia/Kolkata")
# The first day of the recorded seats ("7-1-2027"), and the day they are served as: a month
# ahead of today in India, within the booking window whatever day the test runs.
SEATS_RECORDED = dt.date(2027, 1, 7)
SEATS_DAY = dt.datetime.now(IST).date() + dt.timedelta(days=30)
_UNPADDED = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
# The day the recorded live run ("11447" at Asansol) started; it is served as the run of the day
# asked for, so that it is a run under way whatever day the test runs.
LIVE_RECORDED = dt.date(2026, 12, 13)
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def unpadded(day: dt.date) -> str:
    """`day` as IRCTC1 writes it: "7-1-2027"."""
    return f"{day.day}-{day.month}-{day.year}"


def _seats_moved(body: dict[str, Any]) -> dict[str, Any]:
    """The recorded seats with every day moved by whole days, so that their first is
    `SEATS_DAY`: the recording never falls into the past."""
    shift = SEATS_DAY - SEATS_RECORDED

    def move(match: re.Match[str]) -> str:
        day, month, year = (int(part) for part in match.groups())
        return unpadded(dt.date(year, month, day) + shift)

    moved: dict[str, Any] = json.loads(_UNPADDED.sub(move, json.dumps(body)))
    return moved


def run_moved(body: dict[str, Any], start: dt.date) -> dict[str, Any]:
    """The recorded live run with every day moved by whole days, so that it starts on
    `start`."""
    shift = start - LIVE_RECORDED

    def move(match: re.Match[str]) -> str:
        day = dt.date(*(int(part) for part in match.groups()))
        return (day + shift).isoformat()

    moved: dict[str, Any] = json.loads(_ISO_DAY.sub(move, json.dumps(body)))
    return moved


def asked_run(request: httpx.Request) -> dt.date:
    """The run a live status request asks for: its `startDay` days before today in India."""
    days_ago = int(request.url.params.get("startDay", "0"))
    start = dt.datetime.now(IST).date() - dt.timedelta(days=days_ago)
    RUNS_ASKED.append(start)
    return start


# The runs the live status requests asked for, latest last: which run the bot asks depends on
# the hour in India (before 11447's start, yesterday's is under way; after it, today's).
RUNS_ASKED: list[dt.date] = []


def on_day_3(part: str) -> str:
    """`part` with "{day 3}" said as the bot says the day of the recorded run's third day
    (Howrah): "tomorrow" for a run started yesterday, the date for one started today."""
    if "{day 3}" not in part or not RUNS_ASKED:
        return part
    day = RUNS_ASKED[-1] + dt.timedelta(days=2)
    ahead = (day - dt.datetime.now(IST).date()).days
    said = {0: "today", 1: "tomorrow"}.get(ahead, f"{day:%a} {day.day} {day:%b}")
    return part.replace("{day 3}", said)


def recorded(request: httpx.Request) -> httpx.Response:
    name = RECORDED.get(request.url.path)
    if name is None:
        return httpx.Response(404, json={"status": False, "message": "No data found"})
    body: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    if name.startswith("seat_availability"):
        body = _seats_moved(body)
    if name.startswith("live_train_status"):
        body = run_moved(body, asked_run(request))
    return httpx.Response(200, json=body)


def seats_asked() -> tuple[str, tuple[str, str], str]:
    """The seats question for the recorded seats' first day ("sl seats 12627 sbc ndls 7 jan"),
    two lines of its reply (that day's "RLWL7/WL6." and the third's "AVAILABLE-0095.", each
    with its year only when it is not this year's in India), and IRCTC1's own way of writing
    the day, which the reply never shows."""

    def said(day: dt.date) -> str:
        year = "" if day.year == dt.datetime.now(IST).year else f" {day.year}"
        return f"{day:%a} {day.day} {day:%b}{year}"

    third = SEATS_DAY + dt.timedelta(days=2)
    words = f"sl seats 12627 sbc ndls {SEATS_DAY.day} {SEATS_DAY:%b}".lower()
    return (
        words,
        (f"\n{said(SEATS_DAY)}: RLWL7/WL6\n", f"{said(third)}: AVAILABLE 95"),
        unpadded(SEATS_DAY),
    )


@pytest.fixture
def graph() -> Iterator[Graph]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        router.route(url__startswith=URL).mock(side_effect=recorded)
        yield Graph(router)


SEATS_WORDS, SEATS_SAID, SEATS_AS_IRCTC1_WRITES = seats_asked()

# (what is asked, what the reply says, what it never says)
ASKED: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    (
        "pnr 4512345678",
        ("17221", "P1 CNF B5/55", "P2 RAC 4 · booked GNWL 23", "IRCTC1 (RapidAPI) · "),
        (),
    ),
    (
        "11447 kaha hai",  # arrived 00:38 on the run's third day, due 22:40 on its second
        # (the run asked: its third day, and Howrah, are tomorrow for yesterday's run)
        ("At: Asansol Jn (ASN) since 00:38", "1h 58m late", "expected 05:30 {day 3} (due 03:55)"),
        ("~", "platform 0", "Platform 0"),
    ),
    (
        "bvi to ndls",  # "duration": "15:8"; arrival the next day; a junk row left out
        ("17:24 BVI → 08:32 (+1) NDLS · 15h 8m", "25h 35m", "2 trains"),
        ("incomplete row", "15:8"),
    ),
    ("route of 11447", ("Katni South (KTES) 00:05–00:10, day 2", "Howrah Jn (HWH)"), ("~",)),
    (SEATS_WORDS, SEATS_SAID, (SEATS_AS_IRCTC1_WRITES,)),  # "RLWL7/WL6." and the like
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
            for part in map(on_day_3, says):
                assert part in answer, (words, answer)
            for part in never:
                assert part not in answer, (words, answer)
            assert "None" not in answer and "went wrong" not in answer, (words, answer)


async def test_a_run_starting_after_today_is_not_started_yet_never_a_position(
    clean_redis: str, tmp_path: Path
) -> None:
    # Asked for today's run, IRCTC1 answers with the run starting six days on (the recorded one,
    # at Asansol with a delay): that run cannot have begun, so only its timetable is told.
    later = dt.datetime.now(IST).date() + dt.timedelta(days=6)

    def a_later_run(request: httpx.Request) -> httpx.Response:
        body = json.loads((FIXTURES / "live_train_status_at_station.json").read_text())
        return httpx.Response(200, json=run_moved(body, later))

    settings = make_settings(
        clean_redis,
        railway_provider="irctc1",
        irctc1_api_url=URL,
        irctc1_api_key="rapid-test-key",
        data_dir=tmp_path,
    )
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        router.route(url__startswith=f"{URL}/api/v1/liveTrainStatus").mock(side_effect=a_later_run)
        router.route(url__startswith=URL).mock(side_effect=recorded)
        graph = Graph(router)
        async with running_app(settings) as (_, client):
            answer = await ask(Thread(client, graph, "7490000000000001"), "11447 kaha hai")
    assert "not started yet" in answer, answer
    assert f"{later:%a} {later.day} {later:%b}" in answer, answer
    for never in ("Started", "Asansol Jn (ASN) since", "late", "on time", "At: "):
        assert never not in answer, (never, answer)
