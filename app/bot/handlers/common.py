"""What every handler shares: the context of one message, the outcome it returns, reading and
asking for slots, and the traveller's wording of railway errors."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field

from app.bot import payloads
from app.bot.format import chip, day_date, proper, relative_day
from app.bot.replies import QuickReply, Reply
from app.bot.state import Pending
from app.bot.understanding import SlotValue
from app.errors import (
    ClassNotOnTrain,
    FlushedPnr,
    InvalidArgument,
    InvalidPnr,
    NotFound,
    NotOffered,
    NotRunningOnDate,
    RailwayError,
    TimetableNotLoaded,
    UpstreamUnavailable,
)
from app.railways.models import Station
from app.railways.provider import Provider
from app.railways.stations import StationIndex
from app.railways.vocabulary import COMMON_CLASSES, RESERVED_CLASSES, current_station_code
from app.store import Store

Slots = dict[str, SlotValue]

MAX_CHOICES = 5

UPSTREAM_DOWN = "Indian Railways isn't answering right now, try again in a few minutes. 🙏"
NOT_CONNECTED = (
    "This needs a live railway data provider, which this bot isn't connected to. "
    "Timetable questions (route, trains between stations, station codes) still work."
)


@dataclass(frozen=True)
class Context:
    """One message's world: where answers come from, the time, who asks and what they typed."""

    provider: Provider
    index: StationIndex
    now: dt.datetime  # timezone-aware, in the railway's zone
    user_id: str
    text: str = ""
    store: Store | None = None  # for handlers that keep per-user data of their own (alerts)
    earlier: str = ""  # the words of the question this message answers, if it answers one

    @property
    def today(self) -> dt.date:
        return self.now.date()


@dataclass(frozen=True)
class Outcome:
    """A handler's answer, and the question left open (kept as conversation state), if any."""

    replies: tuple[Reply, ...]
    pending: Pending | None = None


Handler = Callable[[Context, Slots], Awaitable[Outcome]]


def say(*replies: Reply) -> Outcome:
    return Outcome(tuple(replies))


class AskUser(Exception):
    """Raised by a handler that needs one more slot; the router asks it and remembers why."""

    def __init__(self, pending: Pending) -> None:
        super().__init__(pending.asking)
        self.pending = pending

    @property
    def outcome(self) -> Outcome:
        return Outcome((self.pending.prompt,), self.pending)


def ask(
    intent: str,
    slots: Slots,
    asking: str,
    text: str,
    quick_replies: Iterable[QuickReply] = (),
    options: Iterable[str] = (),
) -> AskUser:
    """The question for `asking`, to raise; the other slots are kept for the answer."""
    known = {key: value for key, value in slots.items() if key != asking}
    prompt = Reply(text=text, quick_replies=tuple(quick_replies)[:13])
    return AskUser(
        Pending(intent=intent, slots=known, asking=asking, options=tuple(options), prompt=prompt)
    )


# --- reading slots ---------------------------------------------------------------------------


def text_slot(slots: Slots, key: str) -> str | None:
    value = slots.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def int_slot(slots: Slots, key: str, default: int, low: int, high: int) -> int:
    value = slots.get(key)
    if isinstance(value, str) and value.isdigit() and len(value) < 7:
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        return default
    return min(high, max(low, value))


def date_slot(slots: Slots, key: str = "date") -> dt.date | None:
    value = text_slot(slots, key)
    checked = payloads.valid_date(value) if value else None
    return dt.date.fromisoformat(checked) if checked else None


def pnr_slot(slots: Slots) -> str | None:
    value = text_slot(slots, "pnr")
    return payloads.valid_pnr(value) if value else None


def train_slot(slots: Slots) -> str | None:
    value = text_slot(slots, "train")
    return payloads.valid_train(value) if value else None


def class_slot(slots: Slots) -> str | None:
    value = text_slot(slots, "class")
    return payloads.valid_class(value) if value else None


def quota_slot(slots: Slots) -> str:
    value = text_slot(slots, "quota")
    return (payloads.valid_quota(value) if value else None) or "GN"


def station_candidates(slots: Slots, key: str) -> list[str]:
    """The valid station codes in a slot (a code, or candidates best first), renames followed."""
    value = slots.get(key)
    raw = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    codes: list[str] = []
    for item in raw:
        code = payloads.valid_code(item) if isinstance(item, str) else None
        if code is not None and (current := current_station_code(code)) not in codes:
            codes.append(current)
    return codes


# --- asking for what is missing --------------------------------------------------------------

_STATION_QUESTIONS = {
    "from": "Which station are you starting from? Type its name or code (like NDLS).",
    "to": "Which station are you going to? Type its name or code (like MMCT).",
    "station": "Which station? Type its name or code (like NDLS).",
    "code": "Which station? Type its name or code (like NDLS).",
}
_WHICH = {"from": "Which {place} are you starting from?", "to": "Which {place} are you going to?"}
_NOT_PLACES = frozenset(
    " ".join(
        (
            "a an and at between by code for from go going i in is jana jane ka kal ke ki kitna",
            "ko me mein mujhe of on or pe se seat seats station stations status tak the to today",
            "tomorrow train trains wala wale wali what where which live fare pnr route hai kya",
            "aaj parso jn junction please pls",
        )
    ).split()
)


def station_name(index: StationIndex, code: str) -> str:
    station = index.get(code)
    return proper(station.name) if station is not None and station.name else code


def station_chip(index: StationIndex, slot: str, code: str) -> QuickReply:
    """`NDLS New Delhi`: the code first, so that it shows however long the name."""
    name = station_name(index, code)
    title = code if name == code else f"{code} {name}"
    return chip(title, payloads.choose_station(slot, code))


def place_words(text: str, index: StationIndex, candidates: list[str]) -> str | None:
    """The words the user wrote for an ambiguous place ("delhi" in "delhi se mumbai")."""
    words: list[str] = [w for w in re.findall(r"[^\W\d_]+", text.lower())[:24] if len(w) >= 3]
    phrases = [
        f"{a} {b}" for a, b in itertools.pairwise(words) if {a, b}.isdisjoint(_NOT_PLACES)
    ] + [w for w in words if w not in _NOT_PLACES]
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


def require_station(ctx: Context, intent: str, slots: Slots, key: str) -> str:
    """The one station code in `key`; asks for it when missing, or which one when ambiguous."""
    candidates = station_candidates(slots, key)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise ask(intent, slots, key, _STATION_QUESTIONS.get(key, _STATION_QUESTIONS["station"]))
    shown = candidates[:MAX_CHOICES]
    place = place_words(f"{ctx.text} {ctx.earlier}", ctx.index, shown) or "station"
    question = _WHICH.get(key, "Which {place}?").format(place=place)
    listing = "\n".join(
        f"{n}. {station_name(ctx.index, code)} ({code})" for n, code in enumerate(shown, 1)
    )
    raise ask(
        intent,
        slots,
        key,
        f"{question}\n{listing}",
        [station_chip(ctx.index, key, code) for code in shown],
        options=shown,
    )


def require_train(intent: str, slots: Slots, question: str) -> str:
    train = train_slot(slots)
    if train is None:
        raise ask(intent, slots, "train", question)
    return train


async def train_classes(ctx: Context, train: str) -> tuple[str, ...]:
    """The classes a train carries, per its route; empty when that is not known."""
    try:
        answer = await ctx.provider.train_route(train)
    except RailwayError:
        return ()
    return tuple(code for code in RESERVED_CLASSES if code in answer.data.train.classes)


def class_chips(classes: Iterable[str]) -> list[QuickReply]:
    return [
        chip(f"{code} {RESERVED_CLASSES[code]}", payloads.choose_class(code))
        for code in classes
        if code in RESERVED_CLASSES
    ]


async def ask_class(
    ctx: Context,
    intent: str,
    slots: Slots,
    train: str | None,
    lead: str = "",
    leave_out: str | None = None,
) -> AskUser:
    """Which class, offering the train's own classes when known, else the common ones."""
    known = await train_classes(ctx, train) if train else ()
    classes = tuple(code for code in known or COMMON_CLASSES if code != leave_out)
    text = f"{lead}\nWhich class?" if lead else "Which class?"
    return ask(intent, slots, "class", text, class_chips(classes), options=classes)


def date_chips(days: Iterable[dt.date], today: dt.date) -> list[QuickReply]:
    return [chip(relative_day(day, today), payloads.choose_date(day)) for day in days]


def ask_date(
    ctx: Context, intent: str, slots: Slots, lead: str = "", days: Iterable[dt.date] = ()
) -> AskUser:
    """Which date, offering `days` (default today, tomorrow and the day after)."""
    offered = list(days) or [ctx.today + dt.timedelta(days=n) for n in range(3)]
    extra = "Tap one, or type a date like 28 Nov."
    text = f"{lead}\nWhich date? {extra}" if lead else f"Which date? {extra}"
    return ask(
        intent,
        slots,
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


async def run_days_of(ctx: Context, train: str) -> tuple[str, ...] | None:
    try:
        return (await ctx.provider.train_route(train)).data.train.run_days
    except RailwayError:
        return None


# A journey the railway refused as asked: the question that lets the traveller fix it.
JourneyRefusal = ClassNotOnTrain | NotRunningOnDate | InvalidArgument


async def ask_again(
    ctx: Context,
    intent: str,
    slots: Slots,
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
        return await ask_class(ctx, intent, slots, train, lead=lead, leave_out=journey_class)
    if isinstance(refusal, NotRunningOnDate):
        days = next_run_days(day, await run_days_of(ctx, train))
        lead = f"Train {train} doesn't run on {day_date(day, ctx.today)}."
        return ask_date(ctx, intent, slots, lead=lead, days=days)
    lead = f"Indian Railways didn't accept {day_date(day, ctx.today)} for this train."
    return ask_date(ctx, intent, slots, lead=lead)


# --- wording of errors -----------------------------------------------------------------------


def error_text(exc: RailwayError) -> str:
    """A railway error in a traveller's words; never a trace, never a code."""
    if isinstance(exc, InvalidPnr):
        return "PNR not found — check the 10 digits on your ticket."
    if isinstance(exc, FlushedPnr):
        return (
            "This PNR's journey is completed, so Indian Railways has flushed it "
            "(PNR status is kept only until the journey ends)."
        )
    if isinstance(exc, NotOffered):
        return NOT_CONNECTED
    if isinstance(exc, UpstreamUnavailable):
        return UPSTREAM_DOWN
    if isinstance(exc, NotRunningOnDate):
        return "That train doesn't run on that date."
    if isinstance(exc, ClassNotOnTrain):
        return "That train doesn't have that class."
    if isinstance(exc, InvalidArgument):
        return (
            "Indian Railways didn't accept that question — please check the train number, "
            "stations and date."
        )
    if isinstance(exc, TimetableNotLoaded):
        return (
            "I don't have the train timetable loaded yet, so I can't answer that right now. "
            "Station names and codes still work. (Running this bot? `python -m app data fetch` "
            "loads the open timetable.)"
        )
    if isinstance(exc, NotFound):
        return "I couldn't find anything for that. Please check the number or name."
    return "Sorry, I couldn't get that answer. Please try again in a little while."


def retry_chips(payload: str, exc: RailwayError) -> tuple[QuickReply, ...]:
    """A "Try again" chip for failures that may pass."""
    if isinstance(exc, UpstreamUnavailable):
        return (chip("Try again", payload),)
    return ()


def station_of(index: StationIndex, code: str, known: Station | None = None) -> Station:
    """The best description of a station we have: the provider's, else the index's, else a code."""
    if known is not None and known.name and known.name.upper() != known.code.upper():
        return known
    return index.get(code) or known or Station(code=code, name=code)


@dataclass
class Page:
    """One page of a list, and where the next one starts."""

    start: int
    end: int
    total: int
    more: bool = field(init=False)

    def __post_init__(self) -> None:
        self.more = self.end < self.total

    @classmethod
    def of(cls, total: int, offset: int, size: int) -> Page:
        start = min(max(0, offset), max(0, total - 1)) if total else 0
        return cls(start, min(total, start + size), total)

    @property
    def label(self) -> str:
        return f"{self.start + 1}–{self.end} of {self.total}"


async def require_journey(ctx: Context, intent: str, slots: Slots) -> tuple[str, str, str]:
    """Train, from and to for a fare or seats question, asking for whichever is missing.

    With a train known, the stations are offered from its route (its first and last stops);
    with the stations known, the train is offered from the trains between them.
    """
    train = train_slot(slots)
    codes: dict[str, str] = {}
    for key in ("from", "to"):
        if not station_candidates(slots, key) and train is not None:
            stops = await _route_ends(ctx, train)
            if stops:
                offered = [stops[0]] if key == "from" else [stops[-1]]
                raise ask(
                    intent,
                    slots,
                    key,
                    _STATION_QUESTIONS[key],
                    [station_chip(ctx.index, key, code) for code in offered],
                    options=offered,
                )
        codes[key] = require_station(ctx, intent, slots, key)
    from_code, to_code = codes["from"], codes["to"]
    if train is None:
        raise ask(
            intent,
            slots,
            "train",
            "Which train? Send its 5-digit number, or tap one below.",
            await _trains_chips(ctx, from_code, to_code),
        )
    return train, from_code, to_code


async def _route_ends(ctx: Context, train: str) -> list[str]:
    try:
        stops = (await ctx.provider.train_route(train)).data.stops
    except RailwayError:
        return []
    return [stops[0].station.code, stops[-1].station.code] if stops else []


async def _trains_chips(ctx: Context, from_code: str, to_code: str) -> list[QuickReply]:
    try:
        trains = (await ctx.provider.trains_between(from_code, to_code, None)).data
    except RailwayError:
        return []
    ordered = sorted(trains, key=lambda item: item.departure)[:10]
    return [
        chip(
            f"{item.train.number} {proper(item.train.name)}",
            payloads.choose_train(item.train.number),
        )
        for item in ordered
    ]
