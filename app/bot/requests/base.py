"""What every request shares: the model, its slots, and its button payload.

A request is a frozen model whose fields are checked through the railway vocabulary as it is
built, from whatever source: the understanding of a message, a button's payload, a follow-up that
fills one field, or the conversation state read back after a restart. A value that does not check
is left out (a field the bot then asks for), never passed on unchecked.

Slots are a request's fields as language sees them: the names `python -m app parse` prints
(`from`, `to`, `class`...) and the values in their plain JSON shapes (a station is a code, or a
list of candidate codes, best first). A field marked `NotASlot` (a page number, a boarding station
from a button) is never read from words and is not a slot.

Payloads are short `PREFIX:field:field` strings, in the spirit of aiogram's `CallbackData`:
`pack()` writes one (`-` for a missing field in the middle, trailing missing fields left off),
`unpack()` reads it back. Unpacking is strict, because a payload can be forged: every field must
be in its canonical spelling, and anything else unpacks to None.
"""

from __future__ import annotations

import datetime as dt
import re
from abc import abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, ClassVar, Final, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict

from app.railways import vocabulary
from app.railways.vocabulary import JourneyClass, Pnr, Quota, StationCode, TrainNumber

SlotValue = str | int | list[str]

MAX_PAYLOAD_LENGTH: Final = 1000
MAX_OFFSET: Final = 10_000
MAX_PAGE: Final = 100
DEFAULT_HOURS: Final = 4
NO_VALUE: Final = "-"  # a missing field in the middle of a payload

_PRINTABLE = re.compile(r"[\x21-\x7e]+")


class Intent(StrEnum):
    """What a message asks for, as the understanding names it."""

    PNR_STATUS = "pnr_status"
    LIVE_STATUS = "live_status"
    TRAIN_ROUTE = "train_route"
    STATION_BY_NAME = "station_by_name"
    STATION_BY_CODE = "station_by_code"
    DEPARTURES = "departures"
    TRAINS_BETWEEN = "trains_between"
    FARE = "fare"
    SEAT_AVAILABILITY = "seat_availability"
    CANCELLED_TRAINS = "cancelled_trains"
    RESCHEDULED_TRAINS = "rescheduled_trains"
    STOPS_AT = "stops_at"  # does train T stop at station S
    TRAIN_FACTS = "train_facts"  # how long it takes, when it is due, its classes and run days
    ARRIVALS = "arrivals"  # trains arriving at a station in the next N hours
    CANNOT_DO = "cannot_do"  # booking, refunds, Tatkal booking, lost tickets, complaints
    EXPLAIN = "explain"  # what RAC, GNWL, chart prepared, Tatkal... mean
    ALERT_SUBSCRIBE = "alert_subscribe"  # message me when this PNR's status changes
    ALERT_LIST = "alert_list"  # which PNRs am I getting alerts for
    ALERT_STOP = "alert_stop"  # stop one PNR's alerts, or all of them
    LANGUAGE = "language"  # answer me in Hindi, or in English
    OUT_OF_SCOPE = "out_of_scope"  # flights, buses, cabs, hotels, food, recharges, payments...
    FORGET_ME = "forget_me"  # delete everything RailBot keeps about me
    HELP = "help"
    GREETING = "greeting"
    THANKS = "thanks"
    UNKNOWN = "unknown"


# --- field types: lenient, through the vocabulary ------------------------------------------------


class NotASlot:
    """Marks a field that words never fill (a page, an offset, a boarding station from a button)."""


NOT_A_SLOT: Final = NotASlot()


def station_candidates(value: object) -> tuple[StationCode, ...]:
    """The valid codes of a code or a list of candidates, best first, renames followed."""
    raw = [value] if isinstance(value, str) else value if isinstance(value, list | tuple) else []
    codes: list[StationCode] = []
    for item in raw:
        code = vocabulary.parse_station_code(item)
        if code is not None and code not in codes:
            codes.append(code)
    return tuple(codes)


def _words(value: object) -> str | None:
    text = value.strip() if isinstance(value, str) else ""
    return text or None


def whole(default: int, low: int, high: int) -> Callable[[object], int]:
    """A whole number held between `low` and `high`; `default` for anything that is not one."""

    def read(value: object) -> int:
        if isinstance(value, str) and value.isdigit() and len(value) < 7:
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            return default
        return min(high, max(low, value))

    return read


PnrField = Annotated[Pnr | None, BeforeValidator(vocabulary.parse_pnr)]
TrainField = Annotated[TrainNumber | None, BeforeValidator(vocabulary.parse_train_number)]
Stations = Annotated[tuple[StationCode, ...], BeforeValidator(station_candidates)]
DateField = Annotated[dt.date | None, BeforeValidator(vocabulary.parse_journey_date)]
ClassField = Annotated[JourneyClass | None, BeforeValidator(vocabulary.parse_reserved_class)]
QuotaField = Annotated[Quota | None, BeforeValidator(vocabulary.parse_quota)]
AgeField = Annotated[int | None, BeforeValidator(vocabulary.parse_age)]
PassengersField = Annotated[int | None, BeforeValidator(vocabulary.parse_passengers)]
Words = Annotated[str | None, BeforeValidator(_words)]
Offset = Annotated[int, BeforeValidator(whole(0, 0, MAX_OFFSET)), NOT_A_SLOT]


# --- payload fields: strict ---------------------------------------------------------------------


def _exact(parse: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """A loader that takes only the canonical spelling (`4512345678`, never `451-234-5678`)."""

    def load(text: str) -> str | None:
        return text if parse(text) == text else None

    return load


def _count(low: int, high: int) -> Callable[[str], int | None]:
    def load(text: str) -> int | None:
        if not (text.isascii() and text.isdigit() and len(text) <= 6):
            return None
        number = int(text)
        return number if low <= number <= high else None

    return load


def _first_code(value: tuple[StationCode, ...]) -> str:
    return value[0]


@dataclass(frozen=True)
class Part:
    """One field of a payload: which field, how its text is read (None: not valid) and written,
    and whether `-` may stand for it when it is missing."""

    field: str
    load: Callable[[str], object | None]
    dump: Callable[[Any], str] = str
    dash: bool = False


def pnr_part(field: str = "pnr") -> Part:
    return Part(field, _exact(vocabulary.parse_pnr))


def train_part(field: str = "train") -> Part:
    return Part(field, _exact(vocabulary.parse_train_number))


def station_part(field: str) -> Part:
    return Part(field, vocabulary.parse_station_code, _first_code)


def code_as_written(text: str) -> str | None:
    """A valid station code as written, upper-cased: an old code stays old (`CSTM`), so that the
    answer can say it was renamed; the request follows it to the current code."""
    return text.upper() if vocabulary.parse_station_code(text) is not None else None


def date_part(field: str = "date", *, dash: bool = False) -> Part:
    return Part(field, vocabulary.parse_journey_date, dt.date.isoformat, dash=dash)


def class_part(field: str = "journey_class") -> Part:
    return Part(field, vocabulary.parse_reserved_class)


def count_part(field: str, low: int, high: int, *, dash: bool = False) -> Part:
    return Part(field, _count(low, high), dash=dash)


# --- the models -----------------------------------------------------------------------------------


class Packable(BaseModel):
    """A frozen model that travels in a button's payload."""

    model_config = ConfigDict(frozen=True, populate_by_name=True, extra="ignore")

    prefix: ClassVar[str | None] = None  # `PREFIX:field:...`
    menu: ClassVar[str | None] = None  # a fixed payload for the model with no field set
    parts: ClassVar[tuple[Part, ...]] = ()
    required: ClassVar[int] = 0  # how many leading parts a payload must have

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for key in (cls.__dict__.get("prefix"), cls.__dict__.get("menu")):
            if key is not None:
                PAYLOADS[key.upper()] = cls

    def pack(self) -> str:
        """The payload for this model; ValueError when it has no payload form."""
        if self.menu is not None and self == type(self)():
            return self.menu
        if self.prefix is None:
            raise ValueError(f"{type(self).__name__} has no payload form")
        written: list[str] = [self.prefix]
        missing = 0
        for number, part in enumerate(self.parts):
            value = getattr(self, part.field)
            if value is None or value == ():
                if number < self.required:
                    raise ValueError(f"{type(self).__name__} needs {part.field} in a payload")
                if not part.dash:
                    break
                missing += 1
                continue
            written.extend([NO_VALUE] * missing + [part.dump(value)])
            missing = 0
        return ":".join(written)

    @property
    def packable(self) -> bool:
        """Whether this model has a payload form (it has every field a payload needs)."""
        try:
            self.pack()
        except ValueError:
            return False
        return True

    @classmethod
    def unpack_fields(cls, fields: list[str]) -> Self | None:
        """The model a payload's fields (after the prefix) carry, or None when they are not one."""
        if not max(1, cls.required) <= len(fields) <= len(cls.parts):
            return None
        values: dict[str, object] = {}
        for part, text in zip(cls.parts, fields, strict=False):
            if text == NO_VALUE and part.dash:
                continue
            value = part.load(text)
            if value is None:
                return None
            values[part.field] = value
        return cls(**values)


# Payload prefix (and fixed menu payload) → the model it unpacks to; filled as models are defined.
PAYLOADS: dict[str, type[Packable]] = {}


def unpack(payload: str) -> Packable | None:
    """The request or answer a payload carries, or None when it is not one of ours."""
    if not payload or len(payload) > MAX_PAYLOAD_LENGTH or not _PRINTABLE.fullmatch(payload):
        return None
    prefix, *fields = payload.split(":")
    kind = PAYLOADS.get(prefix.upper())
    if kind is None or any(not part for part in fields):
        return None
    if prefix.upper() == kind.menu:
        return None if fields else kind()
    return kind.unpack_fields(fields)


# The words a message wrote for each place that stands for several stations (`("from",
# "Delhi")`), filled by the understanding: "Which Delhi…?" echoes them, never the raw text.
PlaceWords = Annotated[tuple[tuple[str, str], ...], NOT_A_SLOT]


class Request(Packable):
    """A whole question: one model per feature, named for what it asks."""

    intent: ClassVar[str]

    places: PlaceWords = ()
    # A number the message typed that is not 10 digits long, where a PNR may have been meant
    # ("451234567"), filled by the understanding: the answer says how many digits it has.
    mistyped: Annotated[str | None, NOT_A_SLOT] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "intent" in cls.__dict__:
            REQUESTS[cls.intent] = cls

    @classmethod
    def slot_names(cls) -> tuple[str, ...]:
        """The slots this request carries, in order (the names `python -m app parse` prints)."""
        return tuple(slot for slot, _ in _slot_fields(cls))

    @classmethod
    def field_of(cls, slot: str) -> str | None:
        """The field behind a slot name (`from` → `origin`), or None for a name it has not."""
        return _field_names(cls).get(slot)

    @property
    def slots(self) -> dict[str, SlotValue]:
        """The slots this request carries, in their JSON shapes; missing ones are left out."""
        found: dict[str, SlotValue] = {}
        for slot, field in _slot_fields(type(self)):
            value = getattr(self, field)
            if value is None or value == () or value is False:
                continue
            if isinstance(value, dt.date):
                found[slot] = value.isoformat()
            elif isinstance(value, tuple):
                found[slot] = value[0] if len(value) == 1 else list(value)
            elif value is True:
                found[slot] = 1
            else:
                found[slot] = value
        return found

    def place_said(self, slot: str) -> str | None:
        """The words the message wrote for the place in `slot`, when the understanding kept
        them (a place of several stations); None otherwise."""
        return dict(self.places).get(slot)

    def with_slots(self, slots: Mapping[str, object]) -> Self:
        """This request with the given slots (or fields) set, each checked as at building."""
        changes = {field: value for slot, value in slots.items() if (field := self.field_of(slot))}
        return self.model_validate({**self.model_dump(), **changes})

    def without(self, slot: str) -> Self:
        """This request with one slot cleared (the one a question asks for again)."""
        field = self.field_of(slot)
        if field is None:
            return self
        default = type(self).model_fields[field].get_default(call_default_factory=True)
        return self.model_validate({**self.model_dump(), field: default})

    @classmethod
    def from_slots(cls, slots: Mapping[str, object]) -> Self:
        """The request with these slots (as the understanding found them, or stored earlier)."""
        return cls.model_validate(
            {field: value for slot, value in slots.items() if (field := cls.field_of(slot))}
        )

    def as_json(self) -> dict[str, Any]:
        """`{"intent": ..., "slots": {...}}`: what `python -m app parse` prints."""
        return {"intent": str(self.intent), "slots": self.slots}


@cache
def _slot_fields(kind: type[Request]) -> tuple[tuple[str, str], ...]:
    """(slot name, field name) of each slot `kind` carries, in order: worked out once per kind,
    as every message's request asks them."""
    return tuple(
        (info.alias or name, name)
        for name, info in kind.model_fields.items()
        if not any(isinstance(mark, NotASlot) for mark in info.metadata)
    )


@cache
def _field_names(kind: type[Request]) -> dict[str, str]:
    """Each field of `kind` by its name and by its slot name (`from` → `origin`)."""
    names: dict[str, str] = {}
    for name, info in kind.model_fields.items():
        for said in (name, info.alias):
            if said is not None:
                names.setdefault(said, name)
    return names


# Intent → the request that asks it; filled as requests are defined.
REQUESTS: dict[str, type[Request]] = {}


def request_of(intent: str, slots: Mapping[str, object] | None = None) -> Request | None:
    """The request for `intent` with `slots`, or None for an intent no request answers."""
    kind = REQUESTS.get(str(intent))
    return kind.from_slots(slots or {}) if kind is not None else None


class Answer(Packable):
    """A tap that answers the question the bot asked last: one slot's value."""

    @property
    @abstractmethod
    def slot(self) -> str:
        """The slot it fills (`class`, `from`...)."""

    @property
    @abstractmethod
    def value(self) -> SlotValue:
        """The value it fills the slot with, in its JSON shape."""
