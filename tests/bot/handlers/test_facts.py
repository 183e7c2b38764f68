"""Facts about a train that only some sources give: the coach position (RailRadar's route,
IRCTC1's PNR) and a pantry car (IRCTC1's PNR), with their source; said unknown otherwise."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest

from app.bot.handlers.context import Context
from app.bot.handlers.facts import meals_included, train_facts
from app.bot.requests import PnrStatus as PnrRequest
from app.bot.requests import TrainFacts
from app.bot.state import Subject
from app.errors import NotFound
from app.railways import models
from app.railways.models import RouteStop, Sourced, Station, Train
from app.railways.provider import Provider
from app.store import Store
from tests.bot.harness import INDEX, TODAY, TZ, railradar_chat, text_of
from tests.conftest import FakeClock
from tests.support.railradar_fake import fixture, moved

NOW = dt.datetime(2026, 12, 3, 8, 0, tzinfo=TZ)
BOOKED = Train(
    number="17221",
    name="COA LTT EXPRESS",
    coach_position="L SLR D1 D2 B1 S1 SLR",
    has_pantry=False,
)


class BookingOnly:
    """A source with PNRs and no routes, as IRCTC1 on a bad day."""

    name = "irctc1"

    async def train_route(self, train: str) -> Sourced[models.TrainRoute]:
        raise NotFound(f"no route for {train}")

    async def pnr_status(self, pnr: str) -> Sourced[models.PnrStatus]:
        status = models.PnrStatus(
            pnr=pnr,
            train=BOOKED,
            journey_date=dt.date(2026, 12, 14),
            from_station=Station(code="CCT", name="Kakinada Town"),
            to_station=Station(code="SC", name="Secunderabad Jn"),
        )
        return Sourced(data=status, source="irctc1", as_of=NOW - dt.timedelta(minutes=3))


def context(subject: Subject | None) -> Context:
    return Context(
        provider=cast(Provider, BookingOnly()),
        index=INDEX,
        now=NOW,
        user_id="u",
        subject=subject,
    )


class RouteOnly:
    """A source with one route: 12630 from New Delhi, through KSR Bengaluru City without a
    halt, to Yesvantpur, where its run ends."""

    name = "railradar"

    async def train_route(self, train: str) -> Sourced[models.TrainRoute]:
        stops = (
            RouteStop(seq=1, station=Station(code="NDLS", name="New Delhi"),
                      departure=dt.time(20, 40), distance_km=0),
            RouteStop(seq=2, station=Station(code="BPL", name="Bhopal Jn"),
                      arrival=dt.time(6, 45), departure=dt.time(6, 55), day=2, distance_km=702),
            RouteStop(seq=3, station=Station(code="SBC", name="KSR Bengaluru City Jn"),
                      arrival=dt.time(5, 10), departure=dt.time(5, 10), day=3,
                      distance_km=2360, is_halt=False),
            RouteStop(seq=4, station=Station(code="YPR", name="Yesvantpur Jn"),
                      arrival=dt.time(5, 40), day=3, distance_km=2370),
        )  # fmt: skip
        route = models.TrainRoute(train=Train(number=train, name="KARNATAKA SF EXP"), stops=stops)
        return Sourced(data=route, source="railradar", as_of=NOW - dt.timedelta(minutes=5))


BENGALURU = ("SBC", "YPR", "SMVB", "BNC")  # the city's stations, its main one first
DELHI = ("NDLS", "DLI", "NZM")


def on_route() -> Context:
    return Context(provider=cast(Provider, RouteOnly()), index=INDEX, now=NOW, user_id="u")


def text(outcome_text: str) -> str:
    return " ".join(outcome_text.split())


async def test_the_booking_in_hand_gives_the_coach_position_and_the_pantry() -> None:
    booked = Subject(request=PnrRequest(pnr="4512345678"), pnr="4512345678", train="17221")
    coaches = await train_facts(context(booked), TrainFacts(train="17221", fact="coaches"))
    pantry = await train_facts(context(booked), TrainFacts(train="17221", fact="pantry"))
    said = coaches.replies[0].text
    assert "from the engine: L → SLR → D1 → D2 → B1 → S1 → SLR" in said
    assert "IRCTC1 (RapidAPI) · 3m ago" in said  # the PNR's source and age
    assert pantry.replies[0].text.startswith("No, 17221 has no pantry car.")


async def test_without_a_source_that_gives_them_they_are_said_unknown() -> None:
    other = Subject(pnr="4512345678", train="12627")  # a booking on another train
    coaches = await train_facts(context(other), TrainFacts(train="17221", fact="coaches"))
    pantry = await train_facts(context(None), TrainFacts(train="17221", fact="pantry"))
    assert text(coaches.replies[0].text).startswith("I don't have the coach position of 17221")
    assert "doesn't give it" in coaches.replies[0].text
    assert text(pantry.replies[0].text).startswith("I don't know whether 17221 has a pantry car")


async def test_how_long_to_a_city_is_to_the_one_of_its_stations_the_train_stops_at() -> None:
    asked = TrainFacts(train="12630", fact="duration", **{"from": ("NDLS",), "to": BENGALURU})
    said = text((await train_facts(on_route(), asked)).replies[0].text)
    # it passes KSR Bengaluru City, the city's main station, and stops at Yesvantpur
    assert "from New Delhi (NDLS) to Yesvantpur Jn (YPR)" in said
    assert "passes" not in said and "doesn't stop" not in said


async def test_its_times_between_two_cities_are_at_the_stations_it_stops_at() -> None:
    asked = TrainFacts(train="12630", **{"from": DELHI, "to": BENGALURU})
    said = text((await train_facts(on_route(), asked)).replies[0].text)
    assert "Leaves New Delhi (NDLS) 20:40 → reaches Yesvantpur Jn (YPR) 05:40 (day 3)" in said


@pytest.mark.parametrize(
    ("name", "kind", "served"),
    [
        ("Mumbai Rajdhani", "RAJ", True),
        ("Bhopal Shatabdi", "SHT", True),
        ("Sealdah Duronto", None, True),
        ("Vande Bharat Express", None, True),
        ("Tejas Express", None, True),
        ("Gatimaan Express", None, True),
        ("Lucknow Jan Shatabdi", "JSHT", False),
        ("Karnataka Express", "SF", False),
    ],
)
def test_meals_come_with_the_fare_only_of_the_trains_that_charge_for_catering(
    name: str, kind: str | None, served: bool
) -> None:
    assert meals_included(Train(number="12000", name=name, type=kind)) is served


# --- when a run on its way gets there ------------------------------------------------------------


def _rajdhani_on_its_way(today: dt.date, late: int) -> dict[str, object]:
    """RailRadar's /live (the recorded shape) of 12951, left Mumbai Central at 17:00 today and
    `late` minutes late past Borivali, as at 23:30: Kota Jn (due 23:55) and New Delhi ahead,
    their expected times RailRadar's projection."""
    body = moved(fixture("live_running"), TODAY)
    day = today.isoformat()
    tomorrow = (today + dt.timedelta(days=1)).isoformat()

    def at(date: str, hhmm: str, plus: int = 0) -> str:
        moment = dt.datetime.fromisoformat(f"{date}T{hhmm}:00+05:30")
        return (moment + dt.timedelta(minutes=plus)).isoformat()

    def row(seq: int, code: str, name: str, **times: str) -> dict[str, object]:
        return {"sequence": seq, "stationCode": code, "stationName": name, "isHalt": True,
                "distance": seq * 4.0, **times}  # fmt: skip

    body["data"].update(
        trainNumber="12951",
        trainName="Mumbai Central - New Delhi Tejas Rajdhani Express",
        startDate=day,
        lastUpdatedAt=at(day, "23:27"),
        status="running",
        delayMinutes=late,
        previousHalt={"stationCode": "BVI", "stationName": "Borivali", "sequence": 19},
        nextHalt={"stationCode": "KOTA", "stationName": "Kota Jn", "sequence": 201},
        currentLocation={"stationCode": "BVI", "stationName": "Borivali", "sequence": 19,
                         "status": "departed", "isHalt": True, "delayMinutes": late},
        route=[
            row(1, "MMCT", "Mumbai Central", status="departed", departureDay=1,
                scheduledDeparture=at(day, "17:00"), actualDeparture=at(day, "17:00")),
            row(19, "BVI", "Borivali", status="departed", arrivalDay=1, departureDay=1,
                scheduledArrival=at(day, "17:20"), actualArrival=at(day, "17:20", late),
                scheduledDeparture=at(day, "17:22"), actualDeparture=at(day, "17:22", late)),
            row(201, "KOTA", "Kota Jn", status="upcoming", arrivalDay=1, departureDay=2,
                scheduledArrival=at(day, "23:55"), actualArrival=at(day, "23:55", late),
                scheduledDeparture=at(tomorrow, "00:05"),
                actualDeparture=at(tomorrow, "00:05", late),
                provenance="predicted"),
            row(355, "NDLS", "New Delhi", status="upcoming", arrivalDay=2,
                scheduledArrival=at(tomorrow, "08:32"), actualArrival=at(tomorrow, "08:32", late),
                provenance="predicted"),
        ],
    )  # fmt: skip
    body["data"]["train"].update(number="12951", name=body["data"]["trainName"])
    return body


_EXPECTED_EN = "Expected at Kota Jn (KOTA) at 00:20 (tomorrow), due 23:55."
_EXPECTED_HI = "Kota Jn (KOTA) पर 00:20 बजे (कल) पहुँचने की उम्मीद है, तय समय 23:55 बजे है।"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when does 12951 reach kota", _EXPECTED_EN),
        ("when will 12951 reach kota", _EXPECTED_EN),
        ("12951 कोटा कब पहुँचती है", _EXPECTED_HI),
        ("12951 कोटा कब पहुँचेगी", _EXPECTED_HI),
    ],
)
async def test_when_a_run_on_its_way_reaches_a_station_is_its_expected_time_in_any_tense(
    store: Store, question: str, expected: str
) -> None:
    # 23:30, 12951 running 25 min late, Kota due at 23:55: "when does it reach" (the timetable's
    # verb) and "kab pahunchti hai" get the expected time first, the timetable's beside it, as
    # "when will it reach" and "kab pahunchegi" do; never the timetable's 23:55 alone.
    at_23_30 = dt.datetime(2026, 11, 18, 23, 30, tzinfo=TZ).timestamp()
    async with railradar_chat(store, FakeClock(at_23_30)) as (user, railradar):
        railradar.overrides["/trains/12951/live"] = (200, _rajdhani_on_its_way(TODAY, 25))
        said = text_of(await user.say(question))
    assert expected in said, said
    assert said.index("00:20") < said.index("23:55")  # the expected time first


async def test_when_a_train_with_no_run_on_its_way_reaches_a_station_is_its_timetable(
    store: Store,
) -> None:
    # 10:00: today's 12951 leaves Mumbai Central at 17:00 and yesterday's reached New Delhi at
    # 08:32: no run is on its way, so the timetable answers.
    at_10 = dt.datetime(2026, 11, 18, 10, 0, tzinfo=TZ).timestamp()
    async with railradar_chat(store, FakeClock(at_10)) as (user, _):
        said = text_of(await user.say("when does 12951 reach kota"))
    assert "reaches Kota Jn (KOTA) at 23:55" in said, said
    assert "by the timetable" in said
    assert "Expected at" not in said
