"""The provider chain RAILWAY_PROVIDER=railradar,irctc1 through the signed webhook, with respx
speaking each provider's recorded shapes (LIVE_PROVIDERS.md §2.3, §2.4) and real Redis: RailRadar
down (a 5xx, a timeout, a 429) hands every feature to IRCTC1, whose answers (a run's day counted
from its arrival past midnight, unpadded "d-m-yyyy" dates, statuses ending in a full stop, "15:8"
durations) reach the traveller as plain facts labelled IRCTC1 and their age; both down, the
offline timetable answers and says it is the timetable; a list neither offers (trains cancelled
on a date) is said to be no list the data source has."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx

from app.config import Settings
from app.railways.importer import run_import
from tests.support.messenger import make_settings
from tests.support.railradar_fake import IST, KEY, URL
from tests.test_alerts_e2e import Graph, Thread
from tests.test_irctc1_e2e import (
    SEATS_AS_IRCTC1_WRITES,
    SEATS_SAID,
    SEATS_WORDS,
    on_day_3,
    recorded,
)
from tests.test_irctc1_e2e import URL as IRCTC1_URL
from tests.test_railradar_e2e import ask, running_app

DATAMEET = Path(__file__).resolve().parent / "fixtures" / "datameet"
IRCTC1 = "IRCTC1 (RapidAPI) · just now"
ONE_DAY = dt.timedelta(days=1)


def _down(how: str) -> httpx.Response:
    if how == "timeout":
        raise httpx.ReadTimeout("RailRadar took too long")
    if how == "429":
        body = {"success": False, "error": {"message": "Rate limit exceeded. Try again later."}}
        return httpx.Response(429, json=body, headers={"Retry-After": "60"})
    body = {"success": False, "error": {"code": "DB_CONNECTION_ERROR", "message": "degraded"}}
    return httpx.Response(503, json=body)


class Providers:
    """RailRadar down the way the test says; IRCTC1 answering its recordings, or down too."""

    def __init__(self, router: respx.Router, how: str) -> None:
        self.how = how
        self.irctc1_down = False
        self.railradar: list[str] = []
        self.irctc1: list[str] = []
        router.route(url__startswith=URL).mock(side_effect=self.railradar_answer)
        router.route(url__startswith=IRCTC1_URL).mock(side_effect=self.irctc1_answer)

    def railradar_answer(self, request: httpx.Request) -> httpx.Response:
        self.railradar.append(request.url.path)
        return _down(self.how)

    def irctc1_answer(self, request: httpx.Request) -> httpx.Response:
        self.irctc1.append(request.url.path)
        return _down("503") if self.irctc1_down else recorded(request)


def chain(redis_url: str, tmp_path: Path, provider: str = "railradar,irctc1") -> Settings:
    """Settings for the provider chain `provider` (RailRadar, then IRCTC1, then the timetable),
    both pointed at their fakes, with room for 100 RailRadar calls a minute."""
    return make_settings(
        redis_url,
        railway_provider=provider,
        railway_api_url=URL,
        railway_api_key=KEY,
        railway_max_calls_per_minute=100,
        irctc1_api_url=IRCTC1_URL,
        irctc1_api_key="rapid-test-key",
        data_dir=tmp_path,
        alert_poll_tick_s=0.05,
    )


def timetable(tmp_path: Path) -> None:
    """The offline timetable (the recorded datameet extract) imported where `chain` looks."""
    run_import(
        tmp_path / "railbot.sqlite3",
        stations=str(DATAMEET / "stations.json"),
        trains=str(DATAMEET / "trains.json"),
        schedules=str(DATAMEET / "schedules.json"),
        progress=None,
    )


@pytest.fixture(params=["503", "timeout", "429"])
def world(request: pytest.FixtureRequest) -> Iterator[tuple[Graph, Providers]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield Graph(router), Providers(router, str(request.param))


# (what is asked, what IRCTC1's answer says, what it never says)
FEATURES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("pnr 4512345678", ("17221", "P1 CNF B5/55", "P2 RAC 4 · booked GNWL 23"), ()),
    (
        "11447 kaha hai",  # arrived 00:38 on the run's third day, due 22:40 on its second
        # (the run asked: its third day, and Howrah, are tomorrow for yesterday's run)
        ("At: Asansol Jn (ASN) since 00:38", "1h 58m late", "expected 05:30 {day 3} (due 03:55)"),
        ("~", "platform 0", "Platform 0"),
    ),
    (
        "bvi to ndls",  # "duration": "15:8"; arrival the next day
        ("17:24 BVI → 08:32 (+1) NDLS · 15h 8m",),
        ("15:8",),
    ),
    ("route of 11447", ("Katni South (KTES) 00:05–00:10, day 2", "Howrah Jn (HWH)"), ("~",)),
    (SEATS_WORDS, SEATS_SAID, (SEATS_AS_IRCTC1_WRITES, "REGRET")),  # "RLWL7/WL6." and the like
    ("3a fare 12951 bvi ndls", ("₹505 · 3A", "Borivali (BVI) → New Delhi (NDLS)"), ()),
]


async def test_railradar_down_every_feature_is_irctc1_s_answer_labelled_as_its(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, Providers]
) -> None:
    graph, providers = world
    async with running_app(chain(clean_redis, tmp_path)) as (_, client):
        for n, (words, says, never) in enumerate(FEATURES):
            answer = await ask(Thread(client, graph, f"75{n:02d}000000000001"), words)
            for part in map(on_day_3, (*says, IRCTC1)):
                assert part in answer, (providers.how, words, answer)
            for part in (*never, "RailRadar · "):
                assert part not in answer, (providers.how, words, answer)
    assert providers.railradar, "RailRadar was asked first"
    assert len(providers.irctc1) >= len(FEATURES)


async def test_both_down_the_timetable_answers_and_says_it_is_the_timetable(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, Providers]
) -> None:
    graph, providers = world
    providers.irctc1_down = True
    timetable(tmp_path)
    async with running_app(chain(clean_redis, tmp_path)) as (_, client):
        english = await ask(Thread(client, graph, "7520000000000001"), "route of 12951")
        hindi = await ask(Thread(client, graph, "7520000000000002"), "12951 का रूट")
    assert "Timetable from the open data" in english, english
    # both were asked and neither answered: never only RailRadar named, as if IRCTC1 had not been
    assert "RailRadar and IRCTC1 (RapidAPI) didn't answer, so this is the timetable" in english
    assert "RailRadar और IRCTC1 (RapidAPI) से जवाब नहीं आया" in hindi, hindi
    assert "IRCTC1 (RapidAPI) · " not in english and "RailRadar · " not in english, english
    assert "खुले डेटा की समय सारणी से" in hindi, hindi
    assert providers.railradar and providers.irctc1


async def test_a_list_of_cancelled_trains_neither_provider_has_is_said_to_be_no_list(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, Providers]
) -> None:
    # RailRadar has no list of a day's cancelled trains, and IRCTC1 none either (LIVE_PROVIDERS.md
    # §4): the chain passes it on and the traveller hears there is no such list, never "none
    # cancelled", and neither provider is called for a list it lacks.
    graph, providers = world
    async with running_app(chain(clean_redis, tmp_path)) as (_, client):
        english = await ask(Thread(client, graph, "7530000000000001"), "trains cancelled today")
        hindi = await ask(Thread(client, graph, "7530000000000002"), "आज रद्द ट्रेनें")
    assert english.startswith("I can't list every train cancelled today"), english
    assert "no such list" in english, english
    assert "ऐसी सूची नहीं है" in hindi, hindi
    assert providers.railradar == [] and providers.irctc1 == []


def _seat_days(days: list[tuple[dt.date, str]]) -> httpx.Response:
    """IRCTC1's seat answer (§2.3): unpadded d-m-yyyy dates, statuses ending in a full stop."""
    rows = [
        {"ticket_fare": 710, "total_fare": 710, "date": f"{day.day}-{day.month}-{day.year}",
         "confirm_probability_percent": "", "current_status": status}
        for day, status in days
    ]  # fmt: skip
    return httpx.Response(200, json={"status": True, "message": "Success", "data": rows})


@pytest.mark.parametrize("provider", ["irctc1", "railradar,irctc1"])
async def test_irctc1_s_not_available_day_is_not_open_for_booking_never_a_full_list(
    clean_redis: str, tmp_path: Path, provider: str
) -> None:
    asked = dt.datetime.now(IST).date() + dt.timedelta(days=10)
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        router.route(url__startswith=f"{IRCTC1_URL}/api/v1/checkSeatAvailability").mock(
            return_value=_seat_days([(asked, "NOT AVAILABLE."), (asked + ONE_DAY, "REGRET/WL.")])
        )
        graph, providers = Graph(router), Providers(router, "503")
        words = f"sl seats 12627 sbc ndls {asked.day} {asked:%b}".lower()
        async with running_app(chain(clean_redis, tmp_path, provider)) as (_, client):
            answer = await ask(Thread(client, graph, "7540000000000001"), words)
    assert answer.startswith("No, SL on "), answer
    assert "is not available for booking (NOT AVAILABLE): there is no waiting list open" in answer
    assert ": NOT AVAILABLE (no waiting list open) ❌" in answer, answer
    assert answer.count("REGRET") == 1 and "waiting list is full" not in answer, answer
    assert IRCTC1 in answer, answer
    assert (provider == "irctc1") is (providers.railradar == []), providers.railradar


async def test_a_timetable_question_railradar_refuses_is_the_timetable_s_answer_saying_so(
    clean_redis: str, tmp_path: Path
) -> None:
    # RailRadar's 400 for a route, a board, the trains between two stations (a question it does
    # not take as asked): the timetable answers, as for an outage, and says whose refusal it
    # stands in for; never "Indian Railways didn't accept", never "ask again in a few minutes".
    refusal = {"success": False, "error": {"code": "VALIDATION_ERROR", "message": "Bad request"}}
    timetable(tmp_path)
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        railradar = router.route(url__startswith=URL).respond(400, json=refusal)
        graph = Graph(router)
        async with running_app(chain(clean_redis, tmp_path, "railradar")) as (_, client):
            answers = [
                await ask(Thread(client, graph, f"75400000000000{n:02d}"), words)
                for n, words in enumerate(
                    ("route of 12951", "ndls to mmct", "trains from SBC next 4 hours")
                )
            ]
            hindi = await ask(Thread(client, graph, "7540000000000099"), "12951 का रूट")
    assert railradar.call_count >= 3
    for answer in answers:
        assert "Timetable from the open data" in answer, answer
        assert "RailRadar didn't accept that question, so this is the timetable" in answer, answer
        assert "Indian Railways" not in answer and "Ask again" not in answer, answer
    assert "Mumbai Central" in answers[0] and "New Delhi" in answers[0], answers[0]
    assert "खुले डेटा की समय सारणी से" in hindi, hindi
    assert "RailRadar ने यह सवाल नहीं माना, इसलिए यह समय सारणी" in hindi, hindi
