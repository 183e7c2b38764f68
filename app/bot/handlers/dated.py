"""What the railway changed on the date of a list of trains: which of the trains listed are
cancelled, or cancelled on part of their run, that day ("⚠ cancelled on Fri 4 Dec"), so that a
dated list never shows a cancelled run as if it ran; whether a part-cancellation touches the
listed stretch; and which start later than the timetable says (rescheduled)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from app.bot.format import clock_time, delay, station_label
from app.bot.handlers.context import Context
from app.bot.handlers.lookups import route_codes, station_of
from app.errors import RailwayError
from app.i18n import t
from app.i18n.language import Language
from app.railways.models import CancelledTrain, RescheduledTrain, TrainBetween
from app.railways.vocabulary import current_station_code

# How far a train is cancelled, as sources word it (lower case, spaces squeezed).
_PARTLY: Final = ("partial", "partly", "short", "diverted")


@dataclass(frozen=True)
class Change:
    """A listed train's run on the date: cancelled, or cancelled between two stations (and
    whether that stretch touches the journey listed; None when the route is not known)."""

    full: bool
    start: str = ""  # the stretch cancelled, as labels ("KSR Bengaluru City Jn (SBC)")
    end: str = ""
    on_the_journey: bool | None = None


def run_start(item: TrainBetween, day: dt.date) -> dt.date:
    """The day the train's run starts, for the date it leaves the listed station."""
    return day - dt.timedelta(days=max(0, (item.departure_day or 1) - 1))


async def changes_on(ctx: Context, trains: list[TrainBetween], day: dt.date) -> dict[str, Change]:
    """The listed trains cancelled (fully or in part) on `day`, by number; empty when the railway
    cannot say (the list then stands as the timetable has it)."""
    found: dict[str, Change] = {}
    starts = {run_start(item, day) for item in trains}
    cancelled: dict[tuple[str, dt.date], CancelledTrain] = {}
    for start in sorted(starts):
        try:
            answer = await ctx.provider.cancelled_trains(start)
        except RailwayError:
            continue
        for listed in answer.data:
            cancelled[(listed.train.number, start)] = listed
    for item in trains:
        entry = cancelled.get((item.train.number, run_start(item, day)))
        if entry is not None:
            found[item.train.number] = await _change(ctx, item, entry)
    return found


async def _change(ctx: Context, item: TrainBetween, entry: CancelledTrain) -> Change:
    kind = " ".join((entry.kind or "").lower().split())
    partly = any(word in kind for word in _PARTLY)
    if not partly or entry.source is None or entry.destination is None:
        return Change(full=True)
    start, end = entry.source.code, entry.destination.code
    return Change(
        full=False,
        start=station_label(station_of(ctx.index, start, entry.source)),
        end=station_label(station_of(ctx.index, end, entry.destination)),
        on_the_journey=await _touches(ctx, item, start, end),
    )


async def _touches(ctx: Context, item: TrainBetween, start: str, end: str) -> bool | None:
    """Whether the stretch start–end cancelled shares a piece of track with the listed journey,
    by the train's route; None when its route or the stations on it are not known."""
    codes = [current_station_code(code) for code in await route_codes(ctx, item.train.number)]
    wanted = [
        current_station_code(code)
        for code in (start, end, item.from_station.code, item.to_station.code)
    ]
    if not all(code in codes for code in wanted):
        return None
    cut_from, cut_to, board, alight = (codes.index(code) for code in wanted)
    return board < cut_to and alight > cut_from


def mark(language: Language, change: Change | None, when: str) -> str:
    """The line under a listed train that the railway changed on the date; empty when not."""
    if change is None:
        return ""
    if change.full:
        return t(language, "between.cancelled_on", day=when)
    if change.on_the_journey is False:
        return t(language, "between.part_cancelled_elsewhere", start=change.start, end=change.end)
    return t(language, "between.part_cancelled_on", day=when, start=change.start, end=change.end)


async def reschedules_on(
    ctx: Context, trains: list[TrainBetween], day: dt.date
) -> dict[str, RescheduledTrain]:
    """The listed trains whose run on `day` the railway rescheduled, by number; empty when it
    cannot say."""
    starts = {run_start(item, day) for item in trains}
    moved: dict[tuple[str, dt.date], RescheduledTrain] = {}
    for start in sorted(starts):
        try:
            answer = await ctx.provider.rescheduled_trains(start)
        except RailwayError:
            continue
        for listed in answer.data:
            moved[(listed.train.number, start)] = listed
    found = {}
    for item in trains:
        entry = moved.get((item.train.number, run_start(item, day)))
        if entry is not None:
            found[item.train.number] = entry
    return found


def moved_mark(language: Language, moved: RescheduledTrain | None, when: str) -> str:
    """The line under a listed train whose start the railway moved on the date; empty when not."""
    if moved is None:
        return ""
    late = delay(language, moved.delay_min) if moved.delay_min else ""
    if moved.new_time is None or moved.source is None:
        return t(language, "between.rescheduled_on", day=when)
    return t(
        language,
        "between.rescheduled_to",
        day=when,
        time=clock_time(moved.new_time),
        station=station_label(moved.source),
        late=f" ({late})" if late else "",
    )
