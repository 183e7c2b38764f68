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
from tests.bot.harness import INDEX, TZ

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
