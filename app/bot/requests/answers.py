"""Taps that answer the question the bot asked last: a station, a class, a date or a train."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Final, Literal

from pydantic import AfterValidator

from app.bot.requests.base import (
    Answer,
    Part,
    SlotValue,
    class_part,
    code_as_written,
    date_part,
    train_part,
)
from app.railways.vocabulary import (
    JourneyClass,
    TrainNumber,
    parse_reserved_class,
    parse_train_number,
)


def _valid(parse: Callable[[str], str | None]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if parse(value) != value:
            raise ValueError(f"not a canonical value: {value!r}")
        return value

    return check


def _valid_code(value: str) -> str:
    if code_as_written(value) != value:
        raise ValueError(f"not a station code: {value!r}")
    return value


StationSlot = Literal["from", "to", "station", "code"]
STATION_SLOTS: Final[tuple[StationSlot, ...]] = ("from", "to", "station", "code")


def _station_slot(text: str) -> str | None:
    return text if text in STATION_SLOTS else None


class ChosenStation(Answer):
    """A station chip (`STN:from:NDLS`): which station the asked slot means."""

    prefix = "STN"
    parts = (Part("asked", _station_slot), Part("code", code_as_written))
    required = 2

    asked: StationSlot
    code: Annotated[
        str, AfterValidator(_valid_code)
    ]  # a valid code as the button wrote it (an old code is followed when filled in)

    @property
    def slot(self) -> str:
        return self.asked

    @property
    def value(self) -> SlotValue:
        return self.code


class ChosenClass(Answer):
    """A class chip (`CLASS:3A`)."""

    prefix = "CLASS"
    parts = (class_part(),)
    required = 1

    journey_class: Annotated[JourneyClass, AfterValidator(_valid(parse_reserved_class))]

    @property
    def slot(self) -> str:
        return "class"

    @property
    def value(self) -> SlotValue:
        return self.journey_class


class ChosenDate(Answer):
    """A date chip (`DATE:2026-11-28`)."""

    prefix = "DATE"
    parts = (date_part(),)
    required = 1

    date: dt.date

    @property
    def slot(self) -> str:
        return "date"

    @property
    def value(self) -> SlotValue:
        return self.date.isoformat()


class ChosenTrain(Answer):
    """A train chip (`TRAIN:12951`)."""

    prefix = "TRAIN"
    parts = (train_part(),)
    required = 1

    train: Annotated[TrainNumber, AfterValidator(_valid(parse_train_number))]

    @property
    def slot(self) -> str:
        return "train"

    @property
    def value(self) -> SlotValue:
        return self.train
