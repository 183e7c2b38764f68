"""RailRadar answers with a part missing, through the signed webhook to the reply the traveller
reads: a fare without its `totalFare` is the sum of the parts it sent (and with no parts either,
a fare not known, never "RailRadar didn't answer" nor a made-up price); two stations typed as
codes with no train between them are asked once more city-wide (`byCity=true`, one retry), the
answer said as the cities' stations."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from tests.support.messenger import PAGE_ID, signed_headers
from tests.support.railradar_fake import IST, URL, FakeRailRadar, fixture, moved
from tests.test_alerts_e2e import Graph, JsonObject, Thread
from tests.test_railradar_e2e import ask, running_app, settings_for, text_of

Body = dict[str, Any]
BETWEEN = f"{URL}/trains/between/BDTS/NDLS"


@pytest.fixture
def world() -> Iterator[tuple[respx.Router, Graph, FakeRailRadar]]:
    """The fake RailRadar, with room for a test's own routes ahead of it (added first)."""
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield router, Graph(router), FakeRailRadar()


def mount(router: respx.Router, railradar: FakeRailRadar) -> None:
    railradar.per_minute = 100
    router.route(url__startswith=URL).mock(side_effect=railradar.answer)


def today() -> dt.date:
    return dt.datetime.now(IST).date()


async def asked(clean_redis: str, tmp_path: Path, graph: Graph, *questions: str) -> list[str]:
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7120000000000001")
        return [await ask(thread, words) for words in questions]


def fare_with(breakdown: Body) -> Body:
    body: Body = moved(fixture("fare"), today())
    body["data"]["breakdown"] = breakdown
    return body


async def test_a_fare_without_its_total_is_the_sum_of_its_parts(
    clean_redis: str, tmp_path: Path, world: tuple[respx.Router, Graph, FakeRailRadar]
) -> None:
    router, graph, railradar = world
    mount(router, railradar)
    parts = {"baseFare": 2365, "reservationCharge": 40, "superfastCharge": 45, "gst": 145}
    railradar.overrides["/trains/12951/fare"] = (200, fare_with(parts))
    (answer,) = await asked(clean_redis, tmp_path, graph, "3a fare 12951 mmct ndls")
    assert "2,595" in answer, answer  # 2365 + 40 + 45 + 145
    assert "didn't answer" not in answer, answer


async def test_a_fare_with_no_total_and_no_parts_is_said_not_known(
    clean_redis: str, tmp_path: Path, world: tuple[respx.Router, Graph, FakeRailRadar]
) -> None:
    router, graph, railradar = world
    mount(router, railradar)
    railradar.overrides["/trains/12951/fare"] = (200, fare_with({}))
    (answer,) = await asked(clean_redis, tmp_path, graph, "3a fare 12951 mmct ndls")
    assert "gave no price for train 12951" in answer, answer
    assert "don't know this fare" in answer, answer
    assert "₹" not in answer and "didn't answer" not in answer, answer


def none_but_city_wide(router: respx.Router) -> tuple[respx.Route, respx.Route]:
    """No train between Bandra Terminus and New Delhi themselves; city-wide, Mumbai Central's:
    the routes asked by station and by city."""
    empty: Body = moved(fixture("between_NDLS_MMCT"), today())
    empty["data"].update(
        {
            "from": {"code": "BDTS", "name": "Bandra Terminus"},
            "to": {"code": "NDLS", "name": "New Delhi"},
        },
        trains=[],
        count=0,
    )
    city: Body = moved(fixture("between_NDLS_MMCT"), today())
    for item in city["data"]["trains"]:  # the trains of the cities' stations, each its own
        item["from"].update(code="MMCT", name="Mumbai Central", city="Mumbai")
        item["to"].update(code="NDLS", name="New Delhi", city="Delhi")
    by_city = router.get(BETWEEN, params__contains={"byCity": "true"}).mock(
        return_value=httpx.Response(200, json=city)
    )
    by_station = router.get(BETWEEN).mock(return_value=httpx.Response(200, json=empty))
    return by_station, by_city


async def test_codes_with_no_train_between_are_asked_once_more_city_wide(
    clean_redis: str, tmp_path: Path, world: tuple[respx.Router, Graph, FakeRailRadar]
) -> None:
    router, graph, railradar = world
    by_station, by_city = none_but_city_wide(router)
    mount(router, railradar)
    (answer,) = await asked(clean_redis, tmp_path, graph, "BDTS to NDLS")
    assert by_station.call_count == 1 and by_city.call_count == 1, (
        answer,
        railradar.paths(),
        by_city.calls,
    )
    assert "12952" in answer and "12954" in answer, answer
    assert "(all stations)" in answer, answer  # said as the cities', not BDTS's own


@pytest.mark.parametrize(
    ("question", "chip"),
    [
        ("fare from BDTS to NDLS in 3A", "Fare 12952"),
        ("seats from BDTS to NDLS in 3A tomorrow", "Seats 12952"),
    ],
)
async def test_a_fare_or_seats_between_codes_with_no_train_offer_the_cities_trains(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[respx.Router, Graph, FakeRailRadar],
    question: str,
    chip: str,
) -> None:
    """The same one retry as the trains between them: the cities' trains, each in the class
    asked, and each train's button asks from its own station (Mumbai Central), never from BDTS."""
    router, graph, railradar = world
    by_station, by_city = none_but_city_wide(router)
    mount(router, railradar)
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7120000000000002")
        listed = await thread.say(question)
        chips = {c["title"]: c["payload"] for c in listed["message"]["quick_replies"]}
        answer = text_of(await tapped(thread, chips[chip]))
    said_first = listed["message"]["text"]
    widened = "No train on this journey leaves from Bandra Terminus (BDTS); these leave from"
    assert widened in said_first, said_first  # BDTS's own answer: none of these leave there
    first = said_first.replace(widened, "")
    assert "12952" in first and "12954" in first and "3A" in first, first
    assert "BDTS" not in first and "no direct train" not in first.lower(), first
    assert ":MMCT:NDLS:" in chips[chip] and chips[chip].endswith(":3A"), chips  # its class too
    assert by_station.call_count == 1 and by_city.call_count == 1
    asked_of_12952 = [path for path in railradar.paths("/trains/12952/") if "/live" not in path]
    assert asked_of_12952, (answer, railradar.paths())
    assert "BDTS" not in answer and "no direct train" not in answer.lower(), answer
    assert "Mumbai Central" in answer, answer


async def test_whether_a_train_is_cancelled_between_codes_asks_the_cities_once_more(
    clean_redis: str, tmp_path: Path, world: tuple[respx.Router, Graph, FakeRailRadar]
) -> None:
    router, graph, railradar = world
    by_station, by_city = none_but_city_wide(router)
    mount(router, railradar)
    (answer,) = await asked(
        clean_redis, tmp_path, graph, "any train from BDTS to NDLS cancelled today?"
    )
    assert by_station.call_count == 1 and by_city.call_count == 1, answer
    assert "2 trains" in answer and "Mumbai" in answer, answer


async def tapped(thread: Thread, payload: str) -> JsonObject:
    """A quick reply tapped, as Messenger delivers it, signed."""
    thread.sent += 1
    event = {
        "sender": {"id": thread.user},
        "recipient": {"id": PAGE_ID},
        "timestamp": int(time.time() * 1000),
        "message": {
            "mid": f"m_{thread.user}_{thread.sent}",
            "text": payload[:20],
            "quick_reply": {"payload": payload},
        },
    }
    entry = {"id": PAGE_ID, "time": event["timestamp"], "messaging": [event]}
    body = json.dumps({"object": "page", "entry": [entry]}).encode()
    response = await thread.client.post("/webhook", content=body, headers=signed_headers(body))
    assert response.status_code == 200
    already = len(thread.graph.to(thread.user))
    return (await thread.graph.wait_for(thread.user, already + 1))[-1]


async def test_codes_with_no_train_even_city_wide_are_said_none_after_one_retry(
    clean_redis: str, tmp_path: Path, world: tuple[respx.Router, Graph, FakeRailRadar]
) -> None:
    router, graph, railradar = world
    empty: Body = moved(fixture("between_NDLS_MMCT"), today())
    empty["data"].update(trains=[], count=0)
    route = router.get(BETWEEN).mock(return_value=httpx.Response(200, json=empty))
    mount(router, railradar)
    (answer,) = await asked(clean_redis, tmp_path, graph, "BDTS to NDLS")
    assert route.call_count == 2, route.calls  # the stations', then the cities', once
    assert "didn't answer" not in answer, answer
    assert "No direct train" in answer or "no direct train" in answer.lower(), answer


def pnr_without_date(**given: Any) -> Body:
    """The recorded waitlisted booking with its `train.journeyDate` taken out, and `given` put
    on its train instead (another date of it, or `journeyDate` null)."""
    body: Body = moved(fixture("pnr_waitlisted"), today())
    del body["data"]["train"]["journeyDate"]
    body["data"]["train"].update(given)
    return body


async def test_a_pnr_without_its_journey_date_is_shown_undated_and_not_tracked(
    clean_redis: str, tmp_path: Path, world: tuple[respx.Router, Graph, FakeRailRadar]
) -> None:
    router, graph, railradar = world
    mount(router, railradar)
    railradar.overrides["/pnr/4512345678"] = (200, pnr_without_date(journeyDate=None))
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7120000000000002")
        card = await thread.say("pnr 4512345678")
        alert = await ask(thread, "alert 4512345678")
    text = str(card["message"]["text"])
    assert "PNR 4512345678" in text and "12948" in text and "GNWL 12" in text, text
    assert "Journey date not given in the railway's answer" in text, text
    assert "didn't answer" not in text, text
    titles = [q["title"] for q in card["message"].get("quick_replies", [])]
    assert "Track" not in " ".join(titles), titles  # no day to time alerts by
    assert "doesn't give the journey date, so I can't time alerts" in alert, alert


async def test_a_pnr_without_its_journey_date_takes_its_boarding_date(
    clean_redis: str, tmp_path: Path, world: tuple[respx.Router, Graph, FakeRailRadar]
) -> None:
    router, graph, railradar = world
    mount(router, railradar)
    boards = today() + dt.timedelta(days=3)
    railradar.overrides["/pnr/4512345678"] = (
        200,
        pnr_without_date(boardingDate=boards.isoformat()),
    )
    (answer,) = await asked(clean_redis, tmp_path, graph, "pnr 4512345678")
    assert "GNWL 12" in answer and "Journey date not given" not in answer, answer
    assert f"{boards.day} " in answer, answer  # the day it boards, as the journey's
