"""Quick-reply and postback payloads: short `PREFIX:field:field` strings, built and parsed here.

A payload either asks a whole question (`ROUTE:12627:2` → the route of 12627, page 2) or answers
the question the bot asked last (`CLASS:3A`, `STN:from:NDLS`). Every field is validated: a forged
or garbled payload parses to None, never to an exception or an unchecked upstream argument.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from app.bot.understanding import Intent, SlotValue
from app.railways import vocabulary

MAX_LENGTH: Final = 1000

GET_STARTED: Final = "GET_STARTED"
HELP: Final = "HELP"
CANCEL: Final = "CANCEL"
MENU_PNR: Final = "MENU_PNR"
MENU_LIVE: Final = "MENU_LIVE"
MENU_BETWEEN: Final = "MENU_BETWEEN"
MENU_ROUTE: Final = "MENU_ROUTE"
MENU_STATION: Final = "MENU_STATION"
MENU_DEPARTURES: Final = "MENU_DEPARTURES"
MENU_FARE: Final = "MENU_FARE"
MENU_SEATS: Final = "MENU_SEATS"
ALERTS: Final = "ALERTS"  # list my PNR alerts
UNTRACK_ALL: Final = "UNTRACK:ALL"  # stop every PNR alert

# Intents the bot knows beyond what language understanding produces.
RESET: Final = "reset"
TRACK_PNR: Final = "track_pnr"

STATION_SLOTS: Final = ("from", "to", "station", "code")

_CODE = re.compile(r"[A-Z]{1,5}")
_PRINTABLE = re.compile(r"[\x21-\x7e]+")
_NO_DATE = "-"
_MAX_OFFSET = 10_000


@dataclass(frozen=True)
class Request:
    """A whole question: an intent (an `Intent` value or an extension's own name) and its slots."""

    intent: str
    slots: dict[str, SlotValue] = field(default_factory=dict)


@dataclass(frozen=True)
class SlotAnswer:
    """An answer to the question the bot asked last (a tapped station, class, date or train)."""

    slot: str
    value: SlotValue


Parsed = Request | SlotAnswer
Decoder = Callable[[list[str]], Parsed | None]


# --- building --------------------------------------------------------------------------------


def pnr(number: str) -> str:
    return f"PNR:{number}"


def track(number: str) -> str:
    return f"TRACK:{number}"


def untrack(number: str) -> str:
    return f"UNTRACK:{number}"


def live(train: str, start: dt.date | None = None, boarding: str | None = None) -> str:
    """Live status of `train`; with `boarding`, `start` is the day it leaves that station."""
    parts = ["LIVE", train]
    if start is not None:
        parts.append(start.isoformat())
        if boarding:
            parts.append(boarding)
    return ":".join(parts)


def route(train: str, page: int = 1) -> str:
    return f"ROUTE:{train}:{page}"


def station(code: str) -> str:
    return f"STATION:{code}"


def departures(code: str, hours: int, offset: int = 0) -> str:
    return f"DEPS:{code}:{hours}:{offset}"


def between(from_code: str, to_code: str, on: dt.date | None, offset: int = 0) -> str:
    return f"BETWEEN:{from_code}:{to_code}:{_date_field(on)}:{offset}"


def fare(
    train: str, from_code: str, to_code: str, on: dt.date | None, journey_class: str | None = None
) -> str:
    return _journey("FARE", train, from_code, to_code, on, journey_class)


def seats(
    train: str, from_code: str, to_code: str, on: dt.date | None, journey_class: str | None = None
) -> str:
    return _journey("SEATS", train, from_code, to_code, on, journey_class)


def cancelled(on: dt.date, offset: int = 0) -> str:
    return f"CANCELLED:{on.isoformat()}:{offset}"


def rescheduled(on: dt.date, offset: int = 0) -> str:
    return f"RESCHEDULED:{on.isoformat()}:{offset}"


def choose_station(slot: str, code: str) -> str:
    return f"STN:{slot}:{code}"


def choose_class(journey_class: str) -> str:
    return f"CLASS:{journey_class}"


def choose_date(on: dt.date) -> str:
    return f"DATE:{on.isoformat()}"


def choose_train(train: str) -> str:
    return f"TRAIN:{train}"


def _date_field(on: dt.date | None) -> str:
    return on.isoformat() if on is not None else _NO_DATE


def _journey(
    prefix: str,
    train: str,
    from_code: str,
    to_code: str,
    on: dt.date | None,
    journey_class: str | None,
) -> str:
    text = f"{prefix}:{train}:{from_code}:{to_code}:{_date_field(on)}"
    return f"{text}:{journey_class}" if journey_class else text


# --- validating fields -----------------------------------------------------------------------


def valid_pnr(value: str) -> str | None:
    return vocabulary.parse_pnr(value)


def valid_train(value: str) -> str | None:
    return vocabulary.parse_train_number(value)


def valid_code(value: str) -> str | None:
    upper = value.upper()
    return upper if _CODE.fullmatch(upper) else None


def valid_class(value: str) -> str | None:
    return vocabulary.parse_reserved_class(value)


def valid_quota(value: str) -> str | None:
    return vocabulary.parse_quota(value)


def valid_date(value: str) -> str | None:
    """An ISO date within a plausible range of travel, as its ISO text."""
    day = vocabulary.parse_journey_date(value)
    return day.isoformat() if day is not None else None


def _count(value: str, low: int, high: int) -> int | None:
    if not value.isdigit() or len(value) > 6:
        return None
    number = int(value)
    return number if low <= number <= high else None


# --- decoding --------------------------------------------------------------------------------


def _constant(intent: str, **slots: SlotValue) -> Decoder:
    def decode(fields: list[str]) -> Parsed | None:
        return Request(intent, dict(slots)) if not fields else None

    return decode


def _decode_pnr(intent: str) -> Decoder:
    def decode(fields: list[str]) -> Parsed | None:
        if len(fields) != 1 or (number := valid_pnr(fields[0])) is None:
            return None
        return Request(intent, {"pnr": number})

    return decode


def _decode_untrack(fields: list[str]) -> Parsed | None:
    if len(fields) != 1:
        return None
    if fields[0].upper() == "ALL":
        return Request(Intent.ALERT_STOP, {"all": 1})
    number = valid_pnr(fields[0])
    return Request(Intent.ALERT_STOP, {"pnr": number}) if number is not None else None


def _decode_live(fields: list[str]) -> Parsed | None:
    if not 1 <= len(fields) <= 3 or (train := valid_train(fields[0])) is None:
        return None
    slots: dict[str, SlotValue] = {"train": train}
    if len(fields) >= 2:
        if (day := valid_date(fields[1])) is None:
            return None
        slots["date"] = day
    if len(fields) == 3:
        if (boarding := valid_code(fields[2])) is None:
            return None
        slots["boarding"] = boarding
    return Request(Intent.LIVE_STATUS, slots)


def _decode_route(fields: list[str]) -> Parsed | None:
    if not 1 <= len(fields) <= 2 or (train := valid_train(fields[0])) is None:
        return None
    page = _count(fields[1], 1, 100) if len(fields) == 2 else 1
    if page is None:
        return None
    return Request(Intent.TRAIN_ROUTE, {"train": train, "page": page})


def _decode_station(fields: list[str]) -> Parsed | None:
    if len(fields) != 1 or (code := valid_code(fields[0])) is None:
        return None
    return Request(Intent.STATION_BY_CODE, {"code": code})


def _decode_departures(fields: list[str]) -> Parsed | None:
    if not 1 <= len(fields) <= 3 or (code := valid_code(fields[0])) is None:
        return None
    hours = _count(fields[1], 1, 24) if len(fields) >= 2 else 4
    offset = _count(fields[2], 0, _MAX_OFFSET) if len(fields) == 3 else 0
    if hours is None or offset is None:
        return None
    return Request(Intent.DEPARTURES, {"station": code, "hours": hours, "offset": offset})


def _decode_between(fields: list[str]) -> Parsed | None:
    if not 2 <= len(fields) <= 4:
        return None
    from_code, to_code = valid_code(fields[0]), valid_code(fields[1])
    if from_code is None or to_code is None:
        return None
    slots: dict[str, SlotValue] = {"from": from_code, "to": to_code}
    if len(fields) >= 3 and fields[2] != _NO_DATE:
        if (day := valid_date(fields[2])) is None:
            return None
        slots["date"] = day
    offset = _count(fields[3], 0, _MAX_OFFSET) if len(fields) == 4 else 0
    if offset is None:
        return None
    slots["offset"] = offset
    return Request(Intent.TRAINS_BETWEEN, slots)


def _decode_journey(intent: str) -> Decoder:
    def decode(fields: list[str]) -> Parsed | None:
        if not 3 <= len(fields) <= 5 or (train := valid_train(fields[0])) is None:
            return None
        from_code, to_code = valid_code(fields[1]), valid_code(fields[2])
        if from_code is None or to_code is None:
            return None
        slots: dict[str, SlotValue] = {"train": train, "from": from_code, "to": to_code}
        if len(fields) >= 4 and fields[3] != _NO_DATE:
            if (day := valid_date(fields[3])) is None:
                return None
            slots["date"] = day
        if len(fields) == 5:
            if (journey_class := valid_class(fields[4])) is None:
                return None
            slots["class"] = journey_class
        return Request(intent, slots)

    return decode


def _decode_dated_list(intent: str) -> Decoder:
    def decode(fields: list[str]) -> Parsed | None:
        if not 1 <= len(fields) <= 2 or (day := valid_date(fields[0])) is None:
            return None
        offset = _count(fields[1], 0, _MAX_OFFSET) if len(fields) == 2 else 0
        if offset is None:
            return None
        return Request(intent, {"date": day, "offset": offset})

    return decode


def _decode_station_choice(fields: list[str]) -> Parsed | None:
    if len(fields) != 2 or fields[0] not in STATION_SLOTS:
        return None
    code = valid_code(fields[1])
    return SlotAnswer(fields[0], code) if code is not None else None


def _answer(slot: str, validate: Callable[[str], str | None]) -> Decoder:
    def decode(fields: list[str]) -> Parsed | None:
        if len(fields) != 1 or (value := validate(fields[0])) is None:
            return None
        return SlotAnswer(slot, value)

    return decode


DECODERS: Final[dict[str, Decoder]] = {
    GET_STARTED: _constant(Intent.GREETING, start=1),
    HELP: _constant(Intent.HELP),
    CANCEL: _constant(RESET),
    MENU_PNR: _constant(Intent.PNR_STATUS),
    MENU_LIVE: _constant(Intent.LIVE_STATUS),
    MENU_BETWEEN: _constant(Intent.TRAINS_BETWEEN),
    MENU_ROUTE: _constant(Intent.TRAIN_ROUTE),
    MENU_STATION: _constant(Intent.STATION_BY_NAME),
    MENU_DEPARTURES: _constant(Intent.DEPARTURES),
    MENU_FARE: _constant(Intent.FARE),
    MENU_SEATS: _constant(Intent.SEAT_AVAILABILITY),
    ALERTS: _constant(Intent.ALERT_LIST),
    "PNR": _decode_pnr(Intent.PNR_STATUS),
    "TRACK": _decode_pnr(TRACK_PNR),
    "UNTRACK": _decode_untrack,
    "LIVE": _decode_live,
    "ROUTE": _decode_route,
    "STATION": _decode_station,
    "DEPS": _decode_departures,
    "BETWEEN": _decode_between,
    "FARE": _decode_journey(Intent.FARE),
    "SEATS": _decode_journey(Intent.SEAT_AVAILABILITY),
    "CANCELLED": _decode_dated_list(Intent.CANCELLED_TRAINS),
    "RESCHEDULED": _decode_dated_list(Intent.RESCHEDULED_TRAINS),
    "STN": _decode_station_choice,
    "CLASS": _answer("class", valid_class),
    "DATE": _answer("date", valid_date),
    "TRAIN": _answer("train", valid_train),
}


def parse(payload: str, decoders: dict[str, Decoder] = DECODERS) -> Parsed | None:
    """The request or slot answer a payload carries, or None when it is not one of ours."""
    if not payload or len(payload) > MAX_LENGTH or not _PRINTABLE.fullmatch(payload):
        return None
    prefix, *fields = payload.split(":")
    decoder = decoders.get(prefix.upper())
    if decoder is None or any(not part for part in fields):
        return None
    return decoder(fields)
