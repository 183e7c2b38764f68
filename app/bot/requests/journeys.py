"""Requests about a journey between two stations: the trains, a fare, the seats."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Annotated, Final, Literal, get_args

from pydantic import BeforeValidator, Field

from app.bot.requests.base import (
    MAX_OFFSET,
    NOT_A_SLOT,
    AgeField,
    ClassField,
    DateField,
    Intent,
    Offset,
    Part,
    PassengersField,
    QuotaField,
    Request,
    Stations,
    TrainField,
    class_part,
    count_part,
    date_part,
    station_part,
    train_part,
    whole,
)
from app.railways import vocabulary


def _pick(value: object) -> str | None:
    """Which train of the list to show alone: its place (`1`, `-1` the last), what sets it apart
    (`first`, `last`, `fastest`, `slowest`, `arrives`, `cheapest`) or its number; None for the
    whole list."""
    text = str(value).strip().lower() if isinstance(value, str | int) else ""
    if text in PICKS or vocabulary.parse_train_number(text) == text:
        return text
    if text.lstrip("-").isdigit() and -1 <= int(text) <= MAX_PICK and int(text) != 0:
        return str(int(text))
    return None


PICKS: Final = frozenset(
    {"first", "last", "fastest", "slowest", "arrives", "cheapest", "next", "advised", "previous"}
)
MAX_PICK: Final = 99
# `TrainsBetween.kind` for the quickest trains of a list ("koi fast train hai?").
FAST_KIND: Final = "fast"

# The kinds of train a journey's question names ("the shatabdi", "rajdhani se", "duronto"): the
# train that makes the journey is one of them, where one of them does.
Kinds = Annotated[tuple[str, ...], NOT_A_SLOT]


def _cities(value: object) -> int | None:
    """1, 2 or 3 (which ends are cities); None for neither, so that a payload leaves it off."""
    return whole(0, 0, 3)(value) or None


_LEG = (train_part(), station_part("origin"), station_part("destination"))


DayPart = Literal["morning", "afternoon", "evening", "night", "overnight"]
Wanted = Literal["fare", "seats"]
# When each part of the day is, in minutes of the day (night runs past midnight, to 04:00), as
# wide as people mean them: a train at 20:10 is "the evening one" and "raat wali" alike.
DAY_PARTS: Final[dict[str, tuple[int, int]]] = {
    "morning": (4 * 60, 12 * 60),
    "afternoon": (12 * 60, 16 * 60),
    "evening": (16 * 60, 21 * 60),
    "night": (20 * 60, 28 * 60),
    "overnight": (16 * 60, 28 * 60),  # leaving in the evening or at night (and there next day)
}
MINUTES_A_DAY: Final = 24 * 60
# An overnight train is there the next day before this minute of it (the next morning).
OVERNIGHT_ARRIVES_BY: Final = 12 * 60


def _day_part(text: str) -> str | None:
    """A part of the day as a payload writes it (`evening`), or None."""
    return text if text in get_args(DayPart) else None


class TrainsBetween(Request):
    """Direct trains from one station to another, from the `offset`th
    (`BETWEEN:NDLS:MMCT:2026-11-28:0`, `-` for any date). `cities` says which end stands for its
    whole city (1: the origin, 2: the destination, 3: both), so that a button keeps "Chennai" a
    city when its payload carries only the main station."""

    intent = Intent.TRAINS_BETWEEN
    prefix = "BETWEEN"
    menu = "MENU_BETWEEN"
    parts = (
        station_part("origin"),
        station_part("destination"),
        date_part(dash=True),
        count_part("offset", 0, MAX_OFFSET),
        count_part("cities", 0, 3, dash=True),
        Part("part", _day_part, dash=True),  # so that "More trains" stays in the part of the day
        # so that "Tomorrow" for other trains than a cancelled one leaves it out that day too
        dataclasses.replace(train_part("besides"), dash=True),
        # so that "More trains" after "after 7 tonight" stays after 19:00
        count_part("after", 0, MINUTES_A_DAY - 1, dash=True),
    )
    required = 2

    origin: Stations = Field(default=(), alias="from")
    destination: Stations = Field(default=(), alias="to")
    date: DateField = None
    offset: Offset = 0
    cities: Annotated[int | None, BeforeValidator(_cities), NOT_A_SLOT] = None
    # One train of the list, asked about alone ("the first one", "which is fastest", "will
    # Kerala Express run?"), and whether the question is if it runs on the date.
    pick: Annotated[str | None, BeforeValidator(_pick), NOT_A_SLOT] = None
    runs: Annotated[bool, NOT_A_SLOT] = False
    # A train left out ("other trains" after it was found cancelled): the others.
    besides: Annotated[str | None, NOT_A_SLOT] = None
    # The part of the day the traveller wants to leave in ("morning trains", "shaam ki train").
    part: Annotated[DayPart | None, NOT_A_SLOT] = None
    # A time said to leave after, minutes of the day ("after 7 tonight": 1140; "kal subah 10 ke
    # baad": 600): the trains leaving from then to midnight.
    after: Annotated[int | None, NOT_A_SLOT] = None
    # The trains leaving after `besides` leaves the journey's start that day ("next train after
    # mine" after a booking): `after` is its time there, once its timetable says it.
    after_it: Annotated[bool, NOT_A_SLOT] = False
    # Only the trains still to leave today ("trains from delhi to agra now", "abhi koi train"):
    # those gone already are said so, never listed as if they could be taken.
    leaving_now: Annotated[bool, NOT_A_SLOT] = False
    # What was asked of the list's trains without naming one ("fare?", "seats?" after it): said
    # of a list with no train, there being none to answer for.
    wanted: Annotated[Wanted | None, NOT_A_SLOT] = None
    # Whether a kind of train is among the list's ("any rajdhani?", "koi AC train hai?"): its
    # words ("rajdhani", "vande bharat"), or "ac" for a train with AC classes; yes or no first.
    kind: Annotated[str | None, NOT_A_SLOT] = None
    # Asked of a station's board with a day ("ndls departures" … "and tomorrow?"): a board shows
    # the coming hours only, so that day's trains from (or to) its station, the other end asked.
    board: Annotated[bool, NOT_A_SLOT] = False
    # Trains whose start stands for the origin when none is said ("koi aur train agra ke liye"
    # after a train, or after a day's cancellations): the first of them that goes there; and
    # whether that train is left out ("other trains", a cancelled one).
    from_trains: Annotated[tuple[str, ...], NOT_A_SLOT] = ()
    others: Annotated[bool, NOT_A_SLOT] = False
    # The train picked is the one after the last of the list shown ("the one after that" of
    # its last train): when there is none, said so, with the next day's first train.
    past_last: Annotated[bool, NOT_A_SLOT] = False
    # A time no train of the list leaves at ("the 5 pm one"), said so before the list: "at" or
    # "after" ("the one after 11 pm"), the time, the nearest train's number and name, its time.
    missed: Annotated[tuple[str, ...], NOT_A_SLOT] = ()
    # Asked as the way back of a journey ("and the return train?") with no day said: the
    # onward journey's day, so that the day back is asked (never the onward one given silently),
    # and the class, quota and party its fare or seats were asked for (as slots), for the trains
    # back's fares in them.
    back_from: Annotated[dt.date | None, NOT_A_SLOT] = None
    back_as: Annotated[tuple[tuple[str, str], ...], NOT_A_SLOT] = ()
    # Asked as the way back of a journey: with no train back, "the other direction" is the
    # journey already asked, never offered again.
    returning: Annotated[bool, NOT_A_SLOT] = False


class Fare(Request):
    """The fare of a train between two stations in a class (`FARE:12951:NDLS:MMCT:-:3A`)."""

    intent = Intent.FARE
    prefix = "FARE"
    menu = "MENU_FARE"
    parts = (*_LEG, date_part(dash=True), class_part())
    required = 3

    train: TrainField = None
    origin: Stations = Field(default=(), alias="from")
    destination: Stations = Field(default=(), alias="to")
    journey_class: ClassField = Field(default=None, alias="class")
    quota: QuotaField = None
    age: AgeField = None
    passengers: PassengersField = None  # how many travel: the fare per person and in total
    # How many of them are children, as the message that said the party said ("2 adults + 1
    # kid"): priced apart from the adults, on every train asked, whatever message asks next.
    children: Annotated[int, NOT_A_SLOT] = 0
    # The part of the day asked of a journey with no train ("chennai to bangalore tonight 3a"):
    # its trains leaving then, each in the class.
    part: Annotated[DayPart | None, NOT_A_SLOT] = None
    date: DateField = None  # the day of travel: a run the railway cancelled that day is said
    kinds: Kinds = ()
    # The journey's stations were taken from a list just shown, not said of this train ("12627
    # seats" after the trains from Delhi to Bhopal): kept only where the train makes that journey.
    borrowed: Annotated[bool, NOT_A_SLOT] = False
    # The train was taken from the conversation, not named in this message ("seats chennai to
    # bangalore" after 12627): kept only where it makes the journey asked.
    train_taken: Annotated[bool, NOT_A_SLOT] = False
    # An AC class asked, not which ("एसी में कितना है?"): the class asked of the AC ones only.
    cooled: Annotated[bool, NOT_A_SLOT] = False
    # A non-AC class asked, not which ("non ac me kitna"): the class asked of the others only.
    uncooled: Annotated[bool, NOT_A_SLOT] = False
    # Whether the train has the class was asked ("is there 1A?", "1st ac bhi hai kya isme"):
    # the fare says yes first.
    had: Annotated[bool, NOT_A_SLOT] = False


class SeatAvailability(Request):
    """Seats on a train between two stations in a class, from a date
    (`SEATS:12951:NDLS:MMCT:2026-11-28:SL`)."""

    intent = Intent.SEAT_AVAILABILITY
    prefix = "SEATS"
    menu = "MENU_SEATS"
    parts = (*_LEG, date_part(dash=True), class_part())
    required = 3

    train: TrainField = None
    origin: Stations = Field(default=(), alias="from")
    destination: Stations = Field(default=(), alias="to")
    date: DateField = None
    journey_class: ClassField = Field(default=None, alias="class")
    quota: QuotaField = None
    # How many travel ("2 log 3AC mein seats"): kept for the fare asked next, per person and in
    # total; seats themselves are the same for any party (not a slot: "3 logon ka kitna?" after
    # seats asks their fare).
    passengers: Annotated[int | None, BeforeValidator(vocabulary.parse_passengers), NOT_A_SLOT] = (
        None
    )
    # The part of the day asked of a journey with no train ("chennai to bangalore tonight 3a"):
    # its trains leaving then, each in the class.
    part: Annotated[DayPart | None, NOT_A_SLOT] = None
    kinds: Kinds = ()
    # The journey's stations were taken from a list just shown, not said of this train ("12627
    # seats" after the trains from Delhi to Bhopal): kept only where the train makes that journey.
    borrowed: Annotated[bool, NOT_A_SLOT] = False
    # The train was taken from the conversation, not named in this message ("seats chennai to
    # bangalore" after 12627): kept only where it makes the journey asked.
    train_taken: Annotated[bool, NOT_A_SLOT] = False
    # An AC class asked, not which ("एसी में कितना है?"): the class asked of the AC ones only.
    cooled: Annotated[bool, NOT_A_SLOT] = False
    # A non-AC class asked, not which ("non ac me kitna"): the class asked of the others only.
    uncooled: Annotated[bool, NOT_A_SLOT] = False
