"""Requests about trains: where one is, its route, and the trains cancelled or rescheduled."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Literal, get_args

from pydantic import BeforeValidator, Field

from app.bot.requests.base import (
    MAX_OFFSET,
    MAX_PAGE,
    NOT_A_SLOT,
    ClassField,
    DateField,
    Intent,
    Offset,
    Part,
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
from app.railways.vocabulary import StationCode

BoardingField = Annotated[
    StationCode | None, BeforeValidator(vocabulary.parse_station_code), NOT_A_SLOT
]
# What a live-status question is narrower about: how late it is ("is it late?") or whether it is
# on time ("on time hai?"), when it gets to a station ("kab pahunchegi"), whether it gets there
# at all ("reaches": "does it still go to mysore?"), whether it has left or reached one yet
# ("left", "reached": "has it left bhopal?", "pahunch gayi?"), its platform; "departure": when it
# leaves the traveller's boarding station ("where do I board", "कितने बजे निकलेगी" after a PNR);
# "why": the reason the railway gave for what it changed on the run (or that it gave none).
# "stopped": why the train stands still ("why has the train stopped?", "gaadi kyu ruki hai"):
# the railway says nothing of halts on the way, so where the run is and how late, honestly.
# "delay": how late it is ("how late is it", "kitni late hai"), which no yes or no answers.
# "train": a train number or name said alone, which asks nothing in particular about it.
# "diverted": whether the run takes another path than its usual one ("is 12951 diverted?").
# "next": the stop the run gets to next ("next station?", "agla station kaunsa hai").
# "runs_again": its next run not cancelled, after the cancelled one (`date`) ("kab chalegi
# phir?").
Focus = Literal[
    "late",
    "on_time",
    "delay",
    "arrival",
    "reaches",
    "left",
    "reached",
    "platform",
    "departure",
    "train",
    "why",
    "stopped",
    "diverted",
    "next",
    "leaving_late",
    "what_now",
    "runs_again",
]


class LiveStatus(Request):
    """Where a train is (`LIVE:12627`). `date` is its start date at its origin; from a PNR's
    button it is instead the day it leaves `boarding` (`LIVE:12627:2026-11-28:YPR`); a board's
    button adds the start date of that run, which it knows (`LIVE:19419:2026-12-09:MS:2026-12-08`),
    so that its run is opened even when the timetable cannot turn the one into the other."""

    intent = Intent.LIVE_STATUS
    prefix = "LIVE"
    menu = "MENU_LIVE"
    parts = (
        train_part(),
        date_part(),
        Part("boarding", vocabulary.parse_station_code),
        date_part("started"),
    )
    required = 1

    train: TrainField = None
    date: DateField = None
    boarding: BoardingField = None
    # The start date of the run at `boarding` on `date`, when the button knows it (a board's):
    # the run to open, without the timetable.
    started: Annotated[DateField, NOT_A_SLOT] = None
    focus: Annotated[Focus | None, NOT_A_SLOT] = None  # the narrower question, answered first
    # The station the question is about ("kab aayegi bhopal"); a city's stations, which the
    # train's route settles.
    at: Annotated[Stations, NOT_A_SLOT] = ()
    # The platform asked is where the train leaves from ("which platform does it depart from?",
    # "kis platform se chalti hai"): where it starts (or the traveller boards), not its next stop.
    starting: Annotated[bool, NOT_A_SLOT] = False
    # Where the traveller's booking ends: "when will it arrive" once they are on board (or
    # board where it starts) is when it gets there.
    alighting: Annotated[BoardingField, NOT_A_SLOT] = None
    # A follow-up moved the run to another day ("kal wali", "tomorrow's"): the answer names it;
    # `kal` when the word was "kal" (yesterday or tomorrow), so that the other is offered.
    switched: Annotated[bool, NOT_A_SLOT] = False
    kal: Annotated[bool, NOT_A_SLOT] = False
    # The date said is the day the train gets to `at` ("will it reach delhi tomorrow?"), not
    # the day its run starts: the run that is there that day.
    arriving: Annotated[bool, NOT_A_SLOT] = False
    # "When will it reach X" (the future said, no day): the run that will get there, not one
    # already past it.
    coming: Annotated[bool, NOT_A_SLOT] = False
    # "What time did it reach?", "was it late?" (the past said, no day): the run that finished,
    # when the one the timetable would give has not started yet.
    finished: Annotated[bool, NOT_A_SLOT] = False
    # The start of the run the answer showed (kept in the subject, never said): "kal wali?" next
    # is the other run of kal when this one is the kal it would be.
    shown: Annotated[DateField, NOT_A_SLOT] = None
    # "Which day?" asked of the time just said: the day said with its date ("tomorrow, Thu 19
    # Nov"), never the word alone again.
    dated: Annotated[bool, NOT_A_SLOT] = False
    # "Bhopal shatabdi ka time" (its time, no status word): once the run is over, the timetable
    # and the next run's day answer it, not the finished run's status.
    timing: Annotated[bool, NOT_A_SLOT] = False
    # A board's train asked about by where it goes ("platform of the ghaziabad one?"): that
    # place, so that "the next one" after it is the next going there too.
    going: Annotated[Stations, NOT_A_SLOT] = ()


class TrainRoute(Request):
    """A train's stops, a page at a time (`ROUTE:12627:2`); with `start`, its stops from that
    station on ("12627 stops from bhopal", `ROUTE:12627:1:BPL`)."""

    intent = Intent.TRAIN_ROUTE
    prefix = "ROUTE"
    menu = "MENU_ROUTE"
    parts = (train_part(), count_part("page", 1, MAX_PAGE), station_part("start"))
    required = 1

    train: TrainField = None
    page: Annotated[int, BeforeValidator(whole(1, 1, MAX_PAGE)), NOT_A_SLOT] = 1
    start: Annotated[Stations, NOT_A_SLOT] = ()
    # "More" typed after a page of its stops: past the last page, the answer says it was all.
    more: Annotated[bool, NOT_A_SLOT] = False
    # "Timing of bhopal shatabdi": its stops' times, with the day and time it next leaves.
    timing: Annotated[bool, NOT_A_SLOT] = False


class CancelledTrains(Request):
    """Trains cancelled on a date, from the `offset`th (`CANCELLED:2026-11-28:10`); with a train,
    whether that one train's run from the date is cancelled (`CANCELLED:2026-11-28:0:12626`)."""

    intent = Intent.CANCELLED_TRAINS
    prefix = "CANCELLED"
    parts = (date_part(), count_part("offset", 0, MAX_OFFSET), train_part())
    required = 1

    date: DateField = None
    offset: Offset = 0
    train: TrainField = None  # "is 12626 cancelled tomorrow?"
    why: Annotated[bool, NOT_A_SLOT] = False  # "why is 12626 cancelled?": the railway's reason
    # "is 12627 affected?": cancelled or rescheduled, either is a yes
    changed: Annotated[bool, NOT_A_SLOT] = False
    mine: Annotated[bool, NOT_A_SLOT] = False  # "is my train cancelled?": one train, not a list
    # A journey named ("kal delhi se bhopal ki koi train cancel hai?"): its trains that day.
    origin: Annotated[Stations, NOT_A_SLOT] = ()
    destination: Annotated[Stations, NOT_A_SLOT] = ()


class RescheduledTrains(Request):
    """Trains rescheduled on a date, from the `offset`th (`RESCHEDULED:2026-11-28:0`); with a
    train, whether that one train's run is rescheduled (`RESCHEDULED:2026-11-28:0:12002`)."""

    intent = Intent.RESCHEDULED_TRAINS
    prefix = "RESCHEDULED"
    parts = (date_part(), count_part("offset", 0, MAX_OFFSET), train_part())
    required = 1

    date: DateField = None
    offset: Offset = 0
    train: TrainField = None
    why: Annotated[bool, NOT_A_SLOT] = False  # "why was 12002 rescheduled?"
    mine: Annotated[bool, NOT_A_SLOT] = False  # "is my train rescheduled?": one train
    # "what is the new time?": the new start asked, not whether there is one
    new_time: Annotated[bool, NOT_A_SLOT] = False


class StopsAt(Request):
    """Does a train stop at a station, and when (`STOPS:12627:BPL`)."""

    intent = Intent.STOPS_AT
    prefix = "STOPS"
    parts = (train_part(), station_part("station"))
    required = 2

    train: TrainField = None
    station: Stations = ()
    # Asked of a kind of train, not of one train ("is there a rajdhani from nizamuddin?"): each
    # train of the kind that calls there, wherever on its run.
    of_kind: Annotated[bool, NOT_A_SLOT] = False


# What a question about a train's facts asks: how long it takes (`duration`) or how far it goes
# (`distance`), how long it halts at a station (`halt`), when it is due at a
# station (`times`), which classes it has (`classes`), which days it runs (`days`), where it
# halts next after a station (`next`) or last before one (`previous`), how many stops it makes
# (`stops`); and what no source gives, which is said so (`coaches`: the coach position, `pantry`).
Fact = Literal[
    "duration",
    "distance",
    "halt",
    "times",
    "classes",
    "days",
    "coaches",
    "pantry",
    "next",
    "previous",
    "stops",
]
FACTS: tuple[Fact, ...] = get_args(Fact)
# At a station: its arrival or its departure asked about first ("kitne baje pahunchti hai").
Moment = Literal["arrival", "departure"]


def _fact(text: str) -> str | None:
    return text if text in FACTS else None


def _compared(text: str) -> str | None:
    return text if text in ("fastest", "cheapest", "first", "last") else None


class TrainFacts(Request):
    """A fact about a train from its timetable, yes or no first when the question is one
    (`FACT:12627:days`): how long it takes between two of its stations (`from`, `to`; else end
    to end), when it is due at `station`, whether it has `class`, whether it runs on `date`."""

    intent = Intent.TRAIN_FACTS
    prefix = "FACT"
    # (a comparison's button carries its journey, class and the other train:
    # `FACT:12007:times:MAS:SBC:CC:12639:cheapest`)
    parts = (
        train_part(),
        Part("fact", _fact),
        replace(station_part("origin"), dash=True),
        replace(station_part("destination"), dash=True),
        replace(class_part(), dash=True),
        replace(train_part("against"), dash=True),
        Part("compared", _compared, dash=True),
    )
    required = 2

    train: TrainField = None
    fact: Annotated[Fact, NOT_A_SLOT] = "times"
    origin: Stations = Field(default=(), alias="from")
    destination: Stations = Field(default=(), alias="to")
    station: Stations = ()
    journey_class: ClassField = Field(default=None, alias="class")
    date: DateField = None
    moment: Annotated[Moment | None, NOT_A_SLOT] = None
    any_ac: Annotated[bool, NOT_A_SLOT] = False  # "does it have AC?": any of its AC classes
    daily: Annotated[bool, NOT_A_SLOT] = False  # "does it run daily?": yes or no, then its days
    # Two trains looked at one after the other, compared ("which one is faster?" after 12627
    # and 12628): the other train, and what sets one apart ("fastest", "cheapest"; "first",
    # "last": leaves earlier, later).
    against: Annotated[str | None, NOT_A_SLOT] = None
    compared: Annotated[str | None, NOT_A_SLOT] = None
    # A board's train asked about by where it goes ("when does the ghaziabad one reach
    # ghaziabad?"): that place, so that "the next one" after it is the next going there too.
    going: Annotated[Stations, NOT_A_SLOT] = ()
