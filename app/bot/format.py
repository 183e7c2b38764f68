"""How the bot words times, dates, durations, names and the provenance of an answer on a phone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from app.bot.replies import QuickReply
from app.bot.requests import Packable
from app.railways.models import WEEKDAYS, Sourced, Station, Train
from app.railways.stations import StationIndex

MAX_TEXT = 2000
MAX_QUICK_REPLIES = 13
MAX_CHIP_TITLE = 20

_LIVE_SOURCE_WORDS = "Indian Railways"
# Short capitalised words are mostly codes (MAS, SBC, LTT, SF, AC) and stay so, except these.
_ORDINARY_SHORT = frozenset(
    {"EXP", "NEW", "OLD", "JAN", "GOA", "SPL", "SUP", "PAS", "JN", "RD", "DR", "ST", "STN"}
    | {"THE", "AND", "OF", "KI", "KA", "KE", "SE", "RLY", "CAN", "BAY", "HAT", "PUR", "TRM", "TML"}
)


def clock_time(value: dt.time | dt.datetime | None) -> str:
    """`16:55`, or `--:--` when the time is unknown."""
    return value.strftime("%H:%M") if value is not None else "--:--"


def day_date(day: dt.date, today: dt.date | None = None) -> str:
    """`Sat 28 Nov`, with the year when it is not this year."""
    text = f"{day:%a} {day.day} {day:%b}"
    if today is not None and day.year != today.year:
        text += f" {day.year}"
    return text


def relative_day(day: dt.date, today: dt.date) -> str:
    """`Today`, `Tomorrow`, `Yesterday`, else `Sat 28 Nov` (short enough for a chip)."""
    names = {0: "Today", 1: "Tomorrow", -1: "Yesterday"}
    return names.get((day - today).days, day_date(day, today))


def duration(minutes: int) -> str:
    """`15h 40m`, `45m`, `2h`."""
    hours, mins = divmod(max(0, minutes), 60)
    if hours and mins:
        return f"{hours}h {mins}m"
    return f"{hours}h" if hours else f"{mins}m"


def delay(minutes: int | None) -> str:
    """`on time`, `25 min late`, `1h 5m late`, `5 min early`; empty when unknown."""
    if minutes is None:
        return ""
    if minutes == 0:
        return "on time"
    amount = abs(minutes)
    words = f"{amount} min" if amount < 60 else duration(amount)
    return f"{words} late" if minutes > 0 else f"{words} early"


def run_days(days: tuple[str, ...] | None) -> str:
    """`Daily`, `Mon Wed Fri`; empty when the source does not say."""
    if not days:
        return ""
    known = [day for day in WEEKDAYS if day in {d.upper()[:3] for d in days}]
    if len(known) == len(WEEKDAYS):
        return "Daily"
    return " ".join(day.title() for day in known)


def proper(name: str) -> str:
    """Railway names arrive in capitals (`NEW DELHI`); show them as `New Delhi`, `KSR Bengaluru`."""
    if not name or any(ch.islower() for ch in name):
        return name.strip()
    words = []
    for word in name.split():
        bare = word.strip(".()")
        vowels = any(ch in "AEIOUY" for ch in bare)
        short_code = len(bare) <= 3 and bare not in _ORDINARY_SHORT
        if bare and bare not in _ORDINARY_SHORT and (short_code or not vowels):
            words.append(word)
        else:
            words.append(word.title())
    return " ".join(words)


def station_label(station: Station) -> str:
    """`New Delhi (NDLS)`, or just the code when the name is unknown."""
    name = proper(station.name)
    return f"{name} ({station.code})" if name and name != station.code else station.code


def train_label(train: Train) -> str:
    """`12627 Karnataka Exp`."""
    name = proper(train.name)
    return f"{train.number} {name}" if name else train.number


def local_time(moment: dt.datetime, now: dt.datetime) -> str:
    """`10:42` today, else `27 Nov, 10:42`, in the zone of `now`."""
    when = moment.astimezone(now.tzinfo) if now.tzinfo else moment
    if when.date() == now.date():
        return clock_time(when)
    return f"{when.day} {when:%b}, {clock_time(when)}"


def source_note(answer: Sourced[Any], now: dt.datetime, *, timely: bool = False) -> str:
    """Where an answer came from and how old it is; empty for a fresh live answer that needs none.

    `timely` marks answers that change by the minute (PNR, live position, seats): those always
    carry their time.
    """
    if answer.stale:
        return (
            f"⚠️ Stale: {_LIVE_SOURCE_WORDS} didn't answer, "
            f"this is from {local_time(answer.as_of, now)}."
        )
    if answer.source == "offline":
        imported = answer.as_of.astimezone(now.tzinfo) if now.tzinfo else answer.as_of
        year = f" {imported.year}" if imported.year != now.year else ""
        return f"Timetable from the open data, imported {imported.day} {imported:%b}{year}."
    if answer.source == "builtin":
        return "From RailBot's built-in station list."
    if timely or answer.age(now) >= dt.timedelta(minutes=5):
        return f"As of {local_time(answer.as_of, now)}."
    return ""


def chip(title: str, target: Packable | str) -> QuickReply:
    """A quick reply whose title fits Messenger's 20 characters; tapping it sends `target` (a
    request or answer, packed, or a payload as it stands)."""
    title = " ".join(title.split())
    if len(title) > MAX_CHIP_TITLE:
        title = title[: MAX_CHIP_TITLE - 1].rstrip() + "…"
    payload = target if isinstance(target, str) else target.pack()
    return QuickReply(title=title, payload=payload)


def chips(offers: Iterable[tuple[str, Packable]]) -> list[QuickReply]:
    """A chip for each request built from what the railway sent, when it can travel in a payload:
    one that lost a field to a malformed value (a train number `1234`) is left out rather than
    shown dead, or shown as the feature's menu."""
    return [
        chip(title, target)
        for title, target in offers
        if target.packable and target.pack() != target.menu
    ]


def station_name(index: StationIndex, code: str) -> str:
    """`New Delhi` for NDLS, per the station index; the code itself when it is not known."""
    station = index.get(code)
    return proper(station.name) if station is not None and station.name else code


def fit(text: str, limit: int = MAX_TEXT) -> str:
    """Cut a message at a line boundary so that it stays within Messenger's limit."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 2]
    newline = cut.rfind("\n")
    if newline > limit // 2:
        cut = cut[:newline]
    return cut.rstrip() + "\n…"


def lines(*parts: str | None) -> str:
    """Join the non-empty parts one per line."""
    return "\n".join(part for part in parts if part)
