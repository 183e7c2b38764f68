"""A provider that refuses calls for hours (a 429 with a long Retry-After) or for the month
(its monthly quota) is paused in the call budget every process shares, until then: it is not
asked again at every question. The question goes down the chain (RailRadar, then IRCTC1, then
the timetable), and a traveller whom nobody can answer hears honestly when to ask again, in
English and Hindi. An answer given meanwhile (a cached one past its freshness, or the
timetable's) says that live data is paused for the provider's limit and when it returns, never
that the provider "didn't answer". Through the signed webhook, with respx speaking the recorded
shapes of both providers and real Redis (RAILWAY_PROVIDER=railradar,irctc1)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from app.config import Settings
from tests.support.cache_age import age_cached
from tests.support.messenger import make_settings
from tests.support.railradar_fake import IST, KEY, PNR_CONFIRMED, URL, FakeRailRadar
from tests.test_alerts_e2e import Graph, Thread
from tests.test_irctc1_e2e import URL as IRCTC1_URL
from tests.test_provider_chain_e2e import chain, timetable
from tests.test_railradar_e2e import running_app, text_of

IRCTC1_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "irctc1"
PNR = "4512345678"  # the recorded IRCTC1 PNR answer's
THREE_HOURS = 3 * 3600


class FakeIrctc1:
    """IRCTC1 behind RapidAPI's gateway: its recorded answers, or a refusal for every call."""

    def __init__(self, router: respx.Router) -> None:
        self.calls: list[str] = []
        self.refusal: tuple[int, dict[str, Any]] | None = None
        router.route(url__startswith=IRCTC1_URL).mock(side_effect=self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request.url.path)
        if self.refusal is not None:
            status, body = self.refusal
            return httpx.Response(status, json=body)
        if request.url.path == "/api/v3/getPNRStatus":
            return httpx.Response(200, json=_irctc1("pnr_status"))
        return httpx.Response(404, json={"status": False, "message": "No data found"})


def _irctc1(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((IRCTC1_FIXTURES / f"{name}.json").read_text())
    return body


@pytest.fixture
def world() -> Iterator[tuple[Graph, FakeRailRadar, FakeIrctc1]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        railradar = FakeRailRadar(router)
        railradar.per_minute = 100
        yield Graph(router), railradar, FakeIrctc1(router)


def refuse_for_hours(railradar: FakeRailRadar, path: str) -> None:
    """RailRadar's 429 for its rate window, asking for three hours."""
    railradar.overrides[path] = (
        429,
        {"success": False, "error": {"message": "Rate limit exceeded. Try again later."}},
    )
    railradar.override_headers[path] = {"Retry-After": str(THREE_HOURS)}


def chips(reply: dict[str, Any]) -> list[str]:
    return [chip["title"] for chip in reply["message"].get("quick_replies", [])]


async def test_railradar_paused_for_hours_hands_questions_to_irctc1_without_asking_again(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar, FakeIrctc1]
) -> None:
    graph, railradar, irctc1 = world
    refuse_for_hours(railradar, f"/pnr/{PNR}")
    async with running_app(chain(clean_redis, tmp_path)) as (_, client):
        first = text_of(await Thread(client, graph, "7130000000000001").say(f"pnr {PNR}"))
        again = text_of(await Thread(client, graph, "7130000000000002").say("12675 kaha hai"))
    assert "17221" in first and "IRCTC1 (RapidAPI) · just now" in first, first
    assert railradar.paths() == [f"/pnr/{PNR}"]  # the refusal, then RailRadar is left alone
    assert irctc1.calls[0] == "/api/v3/getPNRStatus"
    assert again  # an answer all the same (from IRCTC1 or the timetable's words)


async def test_when_every_provider_refuses_the_traveller_hears_when_to_ask_again(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar, FakeIrctc1]
) -> None:
    graph, railradar, irctc1 = world
    refuse_for_hours(railradar, f"/pnr/{PNR}")
    irctc1.refusal = (429, _irctc1("quota_exceeded"))  # "…exceeded the MONTHLY quota…"
    back = dt.datetime.now(IST) + dt.timedelta(seconds=THREE_HOURS)
    async with running_app(chain(clean_redis, tmp_path)) as (_, client):
        thread = Thread(client, graph, "7130000000000003")
        english = await thread.say(f"pnr {PNR}")
        hindi = await Thread(client, graph, "7130000000000004").say(f"पीएनआर {PNR}")
        later = await thread.say("3a seats 12951 mmct ndls tomorrow")
    said = text_of(english)
    assert "RailRadar isn't answering RailBot's questions until about" in said, said
    assert "in a minute" not in said, said
    times = {back.strftime("%H:%M"), (back + dt.timedelta(minutes=1)).strftime("%H:%M")}
    assert re.search(r"until about (?:\d+ \w+, |\S+ )?(\d\d:\d\d)", said)
    assert any(time in said for time in times), (said, times)
    assert "Try again" not in chips(english)  # nothing to try again before then
    assert "RailRadar लगभग" in text_of(hindi) and "फिर पूछें" in text_of(hindi), text_of(hindi)
    assert "RailRadar isn't answering" in text_of(later), text_of(later)
    # Each provider was asked once: the pause holds for every later question, in every process.
    assert railradar.paths() == [f"/pnr/{PNR}"]
    assert len(irctc1.calls) == 1


def railradar_alone(redis_url: str, tmp_path: Path, **limits: int) -> Settings:
    """RailRadar with the timetable after it (RAILWAY_PROVIDER=railradar)."""
    return make_settings(
        redis_url,
        railway_provider="railradar",
        railway_api_url=URL,
        railway_api_key=KEY,
        railway_max_calls_per_minute=100,
        data_dir=tmp_path,
        alert_poll_tick_s=0.05,
        **limits,
    )


def about(moment: dt.datetime) -> set[str]:
    """The clock times a pause's end may be said as (the refusal's second may tick over)."""
    return {moment.strftime("%H:%M"), (moment + dt.timedelta(minutes=1)).strftime("%H:%M")}


async def test_a_cached_answer_during_a_pause_says_live_data_is_paused_and_when_it_returns(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar, FakeIrctc1]
) -> None:
    graph, railradar, _ = world
    async with running_app(railradar_alone(clean_redis, tmp_path)) as (app, client):
        first = text_of(await Thread(client, graph, "7130000000000011").say(f"pnr {PNR_CONFIRMED}"))
        await age_cached(app.state.services.store, "pnr_status", dt.timedelta(hours=13))
        refuse_for_hours(railradar, f"/pnr/{PNR_CONFIRMED}")
        back = dt.datetime.now(IST) + dt.timedelta(seconds=THREE_HOURS)
        english = await Thread(client, graph, "7130000000000012").say(f"pnr {PNR_CONFIRMED}")
        hindi = await Thread(client, graph, "7130000000000013").say(f"पीएनआर {PNR_CONFIRMED}")
    said, hindi_said = text_of(english), text_of(hindi)
    assert "CNF" in first and "RailRadar · just now" in first, first
    assert "CNF" in said and "didn't answer" not in said, said
    assert "⏸️ Live data is paused: RailRadar's limit is reached." in said, said
    returns = re.search(r"Live answers return at about (?:\d+ \w+, )?(\d\d:\d\d)\.", said)
    assert returns and returns.group(1) in about(back), (said, back)
    assert re.search(r"This answer is from (\d+ \w+, )?\d\d:\d\d, 13h ago\.", said), said
    assert "लाइव जानकारी अभी रुकी है: RailRadar की सीमा पूरी हो गई है।" in hindi_said, hindi_said
    returns_hi = re.search(r"लाइव जवाब लगभग (?:\d+ \S+, )?(\d\d:\d\d) बजे से फिर मिलेंगे", hindi_said)
    assert returns_hi and returns_hi.group(1) in about(back), hindi_said
    answered_at = r"यह जवाब (\d+ \S+, )?\d\d:\d\d बजे \(13 घंटे पहले\) का है।"
    assert re.search(answered_at, hindi_said), hindi_said
    # The refusal, then nobody asks RailRadar again: the Hindi question was the cache's.
    assert railradar.paths(f"/pnr/{PNR_CONFIRMED}") == [f"/pnr/{PNR_CONFIRMED}"] * 2


async def test_the_timetable_during_a_pause_says_when_live_answers_return(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar, FakeIrctc1]
) -> None:
    graph, railradar, _ = world
    timetable(tmp_path)
    refuse_for_hours(railradar, "/trains/12951")
    back = dt.datetime.now(IST) + dt.timedelta(seconds=THREE_HOURS)
    async with running_app(railradar_alone(clean_redis, tmp_path)) as (_, client):
        english = text_of(await Thread(client, graph, "7130000000000014").say("route of 12951"))
        hindi = text_of(await Thread(client, graph, "7130000000000015").say("12951 का रूट"))
    assert "Timetable from the open data" in english, english
    returns = re.search(r"Live answers return at about (?:\d+ \w+, )?(\d\d:\d\d)\.", english)
    assert returns and returns.group(1) in about(back), (english, back)
    assert "खुले डेटा की समय सारणी से" in hindi, hindi
    assert "लाइव जानकारी अभी रुकी है" in hindi and "से फिर मिलेंगे" in hindi, hindi
    assert railradar.paths("/trains/12951") == ["/trains/12951"]


async def test_a_cached_answer_after_the_months_calls_says_live_data_returns_next_month(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar, FakeIrctc1]
) -> None:
    graph, railradar, _ = world
    settings = railradar_alone(clean_redis, tmp_path, railway_max_calls_per_month=1)
    async with running_app(settings) as (app, client):
        thread = Thread(client, graph, "7130000000000016")
        first = text_of(await thread.say(f"pnr {PNR_CONFIRMED}"))  # the month's one call
        await age_cached(app.state.services.store, "pnr_status", dt.timedelta(hours=13))
        english = text_of(await thread.say(f"pnr {PNR_CONFIRMED}"))
        hindi = text_of(
            await Thread(client, graph, "7130000000000017").say(f"पीएनआर {PNR_CONFIRMED}")
        )
    now = dt.datetime.now(dt.UTC)
    next_month = (now.replace(day=1) + dt.timedelta(days=32)).replace(day=1).date()
    assert "CNF" in first and "CNF" in english, english
    assert "RailBot's calls to RailRadar for this month are used up." in english, english
    assert f"Live answers return on {next_month.day} " in english and "05:30." in english
    assert re.search(r"This answer is from (\d+ \w+, )?\d\d:\d\d, 13h ago\.", english), english
    assert "इस महीने RailBot के RailRadar से पूछने की सीमा पूरी हो गई है" in hindi, hindi
    assert railradar.paths() == [f"/pnr/{PNR_CONFIRMED}"]
