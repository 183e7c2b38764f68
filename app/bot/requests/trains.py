"""Requests about trains: where one is, its route, and the trains cancelled or rescheduled."""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator

from app.bot.requests.base import (
    MAX_OFFSET,
    MAX_PAGE,
    NOT_A_SLOT,
    DateField,
    Intent,
    Offset,
    Part,
    Request,
    TrainField,
    count_part,
    date_part,
    train_part,
    whole,
)
from app.railways import vocabulary
from app.railways.vocabulary import StationCode

BoardingField = Annotated[
    StationCode | None, BeforeValidator(vocabulary.parse_station_code), NOT_A_SLOT
]


class LiveStatus(Request):
    """Where a train is (`LIVE:12627`). `date` is its start date at its origin; from a PNR's
    button it is instead the day it leaves `boarding` (`LIVE:12627:2026-11-28:YPR`)."""

    intent = Intent.LIVE_STATUS
    prefix = "LIVE"
    menu = "MENU_LIVE"
    parts = (train_part(), date_part(), Part("boarding", vocabulary.parse_station_code))
    required = 1

    train: TrainField = None
    date: DateField = None
    boarding: BoardingField = None


class TrainRoute(Request):
    """A train's stops, a page at a time (`ROUTE:12627:2`)."""

    intent = Intent.TRAIN_ROUTE
    prefix = "ROUTE"
    menu = "MENU_ROUTE"
    parts = (train_part(), count_part("page", 1, MAX_PAGE))
    required = 1

    train: TrainField = None
    page: Annotated[int, BeforeValidator(whole(1, 1, MAX_PAGE)), NOT_A_SLOT] = 1


class CancelledTrains(Request):
    """Trains cancelled on a date, from the `offset`th (`CANCELLED:2026-11-28:10`)."""

    intent = Intent.CANCELLED_TRAINS
    prefix = "CANCELLED"
    parts = (date_part(), count_part("offset", 0, MAX_OFFSET))
    required = 1

    date: DateField = None
    offset: Offset = 0
    train: TrainField = None  # "is 12626 cancelled tomorrow?"


class RescheduledTrains(Request):
    """Trains rescheduled on a date, from the `offset`th (`RESCHEDULED:2026-11-28:0`)."""

    intent = Intent.RESCHEDULED_TRAINS
    prefix = "RESCHEDULED"
    parts = (date_part(), count_part("offset", 0, MAX_OFFSET))
    required = 1

    date: DateField = None
    offset: Offset = 0
    train: TrainField = None
