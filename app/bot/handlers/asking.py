"""Asking for what a request lacks: the question, with choice chips, that the router returns
and the conversation keeps until it is answered (a station, a class, a date, a train).

A handler raises the `AskUser` one of these functions builds; the request it carries keeps every
field known so far, so the answer only has to fill the one asked for.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from typing import TypeVar

from app.bot.format import chip, day_date, relative_day, station_name
from app.bot.handlers.context import Context, Outcome
from app.bot.handlers.lookups import route_ends, run_days_of, train_classes, trains_between_chips
from app.bot.replies import QuickReply, Reply
from app.bot.requests import ChosenClass, ChosenDate, ChosenStation, Request
from app.bot.requests.answers import StationSlot
from app.bot.state import Pending
from app.bot.understanding.lexicon import NOT_PLACES
from app.errors import ClassNotOnTrain, InvalidArgument, NotRunningOnDate
from app.railways.stations import StationIndex
from app.railways.vocabulary import (
    COMMON_CLASSES,
    RESERVED_CLASSES,
    JourneyClass,
    StationCode,
    TrainNumber,
)

R = TypeVar("R", bound=Request)

MAX_CHOICES = 5
MAX_QUICK_REPLIES = 13

STATION_QUESTIONS: dict[str, str] = {
    "from": "Which station are you starting from? Type its name or code (like NDLS).",
    "to": "Which station are you going to? Type its name or code (like MMCT).",
    "station": "Which station? Type its name or code (like NDLS).",
    "code": "Which station? Type its name or code (like NDLS).",
}
_WHICH = {"from": "Which {place} are you starting from?", "to": "Which {place} are you going to?"}
ASK_TRAIN_OF_JOURNEY = "Which train? Send its 5-digit number, or tap one below."


class AskUser(Exception):
    """Raised by a handler that needs one more field; the router asks it and remembers why."""

    def __init__(self, pending: Pending) -> None:
        super().__init__(pending.asking)
        self.pending = pending

    @property
    def outcome(self) -> Outcome:
        return Outcome((self.pending.prompt,), self.pending)


def ask(
    request: Request,
    asking: str,
    text: str,
    quick_replies: Iterable[QuickReply] = (),
    options: Iterable[str] = (),
) -> AskUser:
    """The question for the slot `asking`, to raise; the request's other fields are kept for the
    answer."""
    prompt = Reply(text=text, quick_replies=tuple(quick_replies)[:MAX_QUICK_REPLIES])
    return AskUser(
        Pending(
            request=request.without(asking),
            asking=asking,
            options=tuple(options),
            prompt=prompt,
        )
    )


# --- stations ----------------------------------------------------------------------------------


def station_chip(index: StationIndex, slot: StationSlot, code: str) -> QuickReply:
    """`NDLS New Delhi`: the code first, so that it shows however long the name."""
    name = station_name(index, code)
    title = code if name == code else f"{code} {name}"
    return chip(title, ChosenStation(asked=slot, code=code))


def place_words(text: str, index: StationIndex, candidates: list[StationCode]) -> str | None:
    """The words the user wrote for an ambiguous place ("delhi" in "delhi se mumbai")."""
    words: list[str] = [w for w in re.findall(r"[^\W\d_]+", text.lower())[:24] if len(w) >= 3]
    phrases = [
        f"{a} {b}" for a, b in itertools.pairwise(words) if {a, b}.isdisjoint(NOT_PLACES)
    ] + [w for w in words if w not in NOT_PLACES]
    names = [station_name(index, code).lower() for code in candidates]
    for phrase in phrases:
        pattern = re.compile(rf"\b{re.escape(phrase)}\b")
        if any(pattern.search(name) for name in names):
            return phrase.title()
    wanted = set(candidates)
    for phrase in phrases[:8]:
        found = index.resolve(phrase, limit=MAX_CHOICES)
        if found and found[0] in wanted and len(wanted.intersection(found)) >= 2:
            return phrase.title()
    return None


def require_station(
    ctx: Context, request: Request, slot: StationSlot, candidates: tuple[StationCode, ...]
) -> StationCode:
    """The one station of `candidates` (the request's `slot`); asks for it when there is none,
    or which one when there are several."""
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise ask(request, slot, STATION_QUESTIONS[slot])
    shown = list(candidates[:MAX_CHOICES])
    place = place_words(f"{ctx.text} {ctx.earlier}", ctx.index, shown) or "station"
    question = _WHICH.get(slot, "Which {place}?").format(place=place)
    listing = "\n".join(
        f"{n}. {station_name(ctx.index, code)} ({code})" for n, code in enumerate(shown, 1)
    )
    raise ask(
        request,
        slot,
        f"{question}\n{listing}",
        [station_chip(ctx.index, slot, code) for code in shown],
        options=shown,
    )


# --- trains ------------------------------------------------------------------------------------


def require_train(request: Request, train: TrainNumber | None, question: str) -> TrainNumber:
    """The request's train; asks for it with `question` when it has none."""
    if train is None:
        raise ask(request, "train", question)
    return train


async def require_journey(
    ctx: Context,
    request: Request,
    train: TrainNumber | None,
    origin: tuple[StationCode, ...],
    destination: tuple[StationCode, ...],
) -> tuple[TrainNumber, StationCode, StationCode]:
    """Train, from and to for a fare or seats question, asking for whichever is missing.

    With a train known, the stations are offered from its route (its first and last stops);
    with the stations known, the train is offered from the trains between them.
    """
    ends: dict[StationSlot, StationCode] = {}
    legs: tuple[tuple[StationSlot, tuple[StationCode, ...]], ...] = (
        ("from", origin),
        ("to", destination),
    )
    for slot, candidates in legs:
        if not candidates and train is not None:
            stops = await route_ends(ctx, train)
            if stops:
                offered = [stops[0]] if slot == "from" else [stops[-1]]
                raise ask(
                    request,
                    slot,
                    STATION_QUESTIONS[slot],
                    [station_chip(ctx.index, slot, code) for code in offered],
                    options=offered,
                )
        ends[slot] = require_station(ctx, request, slot, candidates)
    if train is None:
        chips = await trains_between_chips(ctx, ends["from"], ends["to"])
        raise ask(request, "train", ASK_TRAIN_OF_JOURNEY, chips)
    return train, ends["from"], ends["to"]


# --- classes and dates -------------------------------------------------------------------------


def class_chips(classes: Iterable[str]) -> list[QuickReply]:
    return [
        chip(f"{code} {RESERVED_CLASSES[code]}", ChosenClass(journey_class=JourneyClass(code)))
        for code in classes
        if code in RESERVED_CLASSES
    ]


async def ask_class(
    ctx: Context,
    request: Request,
    train: str | None,
    lead: str = "",
    leave_out: str | None = None,
) -> AskUser:
    """Which class, offering the train's own classes when known, else the common ones."""
    known = await train_classes(ctx, train) if train else ()
    classes = tuple(code for code in known or COMMON_CLASSES if code != leave_out)
    text = f"{lead}\nWhich class?" if lead else "Which class?"
    return ask(request, "class", text, class_chips(classes), options=classes)


def date_chips(days: Iterable[dt.date], today: dt.date) -> list[QuickReply]:
    return [chip(relative_day(day, today), ChosenDate(date=day)) for day in days]


def ask_date(
    ctx: Context, request: Request, lead: str = "", days: Iterable[dt.date] = ()
) -> AskUser:
    """Which date, offering `days` (default today, tomorrow and the day after)."""
    offered = list(days) or [ctx.today + dt.timedelta(days=n) for n in range(3)]
    extra = "Tap one, or type a date like 28 Nov."
    text = f"{lead}\nWhich date? {extra}" if lead else f"Which date? {extra}"
    return ask(
        request,
        "date",
        text,
        date_chips(offered, ctx.today),
        options=[day.isoformat() for day in offered],
    )


def next_run_days(
    start: dt.date, run_days: tuple[str, ...] | None, count: int = 3
) -> list[dt.date]:
    """The next `count` days after `start` on which a train runs (every day when unknown)."""
    days: list[dt.date] = []
    day = start
    while len(days) < count and day < start + dt.timedelta(days=15):
        day += dt.timedelta(days=1)
        if not run_days or day.strftime("%a").upper() in run_days:
            days.append(day)
    return days


# A journey the railway refused as asked: the question that lets the traveller fix it.
JourneyRefusal = ClassNotOnTrain | NotRunningOnDate | InvalidArgument


async def ask_again(
    ctx: Context,
    request: Request,
    *,
    train: str,
    journey_class: str,
    day: dt.date,
    refusal: JourneyRefusal,
) -> AskUser:
    """Ask for another class when the train lacks this one, another day when it does not run
    (offering its next run days), or another date when the railway refused this one."""
    if isinstance(refusal, ClassNotOnTrain):
        lead = f"Train {train} has no {journey_class} coaches."
        return await ask_class(ctx, request, train, lead=lead, leave_out=journey_class)
    if isinstance(refusal, NotRunningOnDate):
        days = next_run_days(day, await run_days_of(ctx, train))
        lead = f"Train {train} doesn't run on {day_date(day, ctx.today)}."
        return ask_date(ctx, request, lead=lead, days=days)
    lead = f"Indian Railways didn't accept {day_date(day, ctx.today)} for this train."
    return ask_date(ctx, request, lead=lead)
