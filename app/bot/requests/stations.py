"""Requests about stations: a name's code, a code's name, and the trains leaving one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BeforeValidator, model_validator

from app.bot.requests.base import (
    DEFAULT_HOURS,
    MAX_OFFSET,
    NOT_A_SLOT,
    Intent,
    Offset,
    Part,
    Request,
    Stations,
    Words,
    code_as_written,
    count_part,
    station_part,
    whole,
)
from app.railways import vocabulary


class StationByName(Request):
    """A station's code, from its name (`MENU_STATION` asks for one)."""

    intent = Intent.STATION_BY_NAME
    menu = "MENU_STATION"

    name: Words = None  # the words written for it
    code: Stations = ()  # the stations they name, best first
    # The station nearest the traveller, asked with no place named ("nearest railway station"):
    # asked for their location or town.
    near_you: Annotated[bool, NOT_A_SLOT] = False


class StationByCode(Request):
    """A station's name, from its code (`STATION:NDLS`)."""

    intent = Intent.STATION_BY_CODE
    prefix = "STATION"
    parts = (Part("code", code_as_written, str),)
    required = 1

    code: Stations = ()
    renamed_from: Annotated[str | None, NOT_A_SLOT] = None  # the old code asked about (CSTM)

    @model_validator(mode="before")
    @classmethod
    def _remember_an_old_code(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("renamed_from"):
            code = data.get("code")
            if isinstance(code, str) and vocabulary.is_renamed_station_code(code):
                return {**data, "renamed_from": code.strip().upper()}
        return data

    def pack(self) -> str:
        if not self.code:
            raise ValueError("StationByCode needs a code in a payload")
        return f"{self.prefix}:{self.renamed_from or self.code[0]}"


LAST_MINUTE = 24 * 60 - 1


def _count_or_dash() -> Callable[[str], int | None]:
    """A minute of the day in a payload (the board's window)."""

    def load(text: str) -> int | None:
        number = int(text) if text.isascii() and text.isdigit() and len(text) <= 4 else -1
        return number if 0 <= number <= LAST_MINUTE else None

    return load


def _minute(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= LAST_MINUTE:
        return value
    return None


Minute = Annotated[int | None, BeforeValidator(_minute), NOT_A_SLOT]


class Departures(Request):
    """Trains leaving a station in the next `hours`, or between two clock times, from the
    `offset`th (`DEPS:NDLS:4:0`, `DEPS:NDLS:4:0:1080:1260` for 18:00–21:00)."""

    intent = Intent.DEPARTURES
    prefix = "DEPS"
    menu = "MENU_DEPARTURES"
    parts = (
        station_part("station"),
        count_part("hours", 1, vocabulary.MAX_HOURS),
        count_part("offset", 0, MAX_OFFSET),
        Part("after", _count_or_dash(), dash=True),
        Part("until", _count_or_dash(), dash=True),
        station_part("towards"),
    )
    required = 1

    station: Stations = ()
    hours: Annotated[int, BeforeValidator(whole(DEFAULT_HOURS, 1, vocabulary.MAX_HOURS))] = (
        DEFAULT_HOURS
    )
    offset: Offset = 0
    # A window of clock times instead of the next `hours` ("between 6 and 9 pm"), in minutes of
    # the day; `until` before `after` crosses midnight.
    after: Minute = None
    until: Minute = None
    # Only the trains that go on to this place ("any to Bhopal?" after the board).
    towards: Annotated[Stations, NOT_A_SLOT] = ()
    # Whether a kind of train is on the board ("any rajdhani?", "koi vande bharat hai?"): yes or
    # no first, then those of that kind.
    kind: Annotated[str | None, NOT_A_SLOT] = None
    # A train pointed at past the end of the board shown ("the 2nd one" of one): said so.
    beyond: Annotated[int, NOT_A_SLOT] = 0
    # The train after the last one of the board shown asked for ("the one after that" of its
    # last train): said it was the last, with the hours after the board's.
    past_last: Annotated[bool, NOT_A_SLOT] = False
    # A time no train of the board leaves at ("the 3:30 pm one"), said so before the board: "at"
    # or "after", the time, the nearest train's number and name, and when it leaves.
    missed: Annotated[tuple[str, ...], NOT_A_SLOT] = ()


class NearestStations(Request):
    """The stations nearest a location the traveller shared."""

    intent = "location"

    lat: float = 0.0
    lng: float = 0.0


class Arrivals(Request):
    """Trains arriving at a station in the next `hours`, or between two clock times, from the
    `offset`th (`ARRS:NDLS:4:0`)."""

    intent = Intent.ARRIVALS
    prefix = "ARRS"
    parts = (
        station_part("station"),
        count_part("hours", 1, vocabulary.MAX_HOURS),
        count_part("offset", 0, MAX_OFFSET),
        count_part("after", 0, LAST_MINUTE),
        count_part("until", 0, LAST_MINUTE),
    )
    required = 1

    station: Stations = ()
    hours: Annotated[int, BeforeValidator(whole(DEFAULT_HOURS, 1, vocabulary.MAX_HOURS))] = (
        DEFAULT_HOURS
    )
    offset: Offset = 0
    # A window of clock times instead of the next `hours` ("between 6 and 9 pm"), in minutes of
    # the day; `until` before `after` crosses midnight.
    after: Minute = None
    until: Minute = None
    kind: Annotated[str | None, NOT_A_SLOT] = None  # "any rajdhani?": as on departures
    # A train pointed at past the end of the board shown ("the 2nd one" of one): said so.
    beyond: Annotated[int, NOT_A_SLOT] = 0
    # The train after the last one of the board shown asked for ("the one after that" of its
    # last train): said it was the last, with the hours after the board's.
    past_last: Annotated[bool, NOT_A_SLOT] = False
    # A time no train of the board leaves at ("the 3:30 pm one"), said so before the board: "at"
    # or "after", the time, the nearest train's number and name, and when it leaves.
    missed: Annotated[tuple[str, ...], NOT_A_SLOT] = ()
