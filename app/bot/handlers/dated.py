"""What the railway changed on the date of a list of trains: which of the trains listed are
cancelled, cancelled on part of their run, or rescheduled that day ("⚠ cancelled on Fri 4 Dec",
"🕒 rescheduled: now leaves … at 08:30"), so that a list never shows a changed run as if it ran
to the timetable; and whether a part-cancellation touches the listed stretch. Station boards
flag their trains from the same lists (`RunChanges`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from app.bot.format import clock_time, day_date, delay, station_label
from app.bot.handlers.cancelled_runs import cancelled_list, rescheduled_list
from app.bot.handlers.context import Context
from app.bot.handlers.lookups import route_codes, station_of
from app.i18n import N_, t
from app.i18n.language import Language
from app.railways.models import WEEKDAYS, CancelledTrain, RescheduledTrain, TrainBetween
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
    covers: bool = False  # the stretch cancelled takes in the whole journey listed
    # The stretch cancelled takes in where the listed journey ends, not where it starts: the run
    # is cut short at `start` before getting there.
    short: bool = False

    @property
    def here(self) -> bool:
        """Whether the listed journey cannot be made on this run: cancelled, or cancelled on
        a stretch that takes it all in."""
        return self.full or self.covers


@dataclass(frozen=True)
class Moved:
    """A listed train's run whose start the railway moved: when it now leaves its first
    station (`station`, a label), and how late that is, when the railway says."""

    station: str
    leaves: dt.datetime | None  # None when the railway does not say when
    start: dt.date  # the day the run was to start
    code: str = ""  # its first station's code, when known
    late_min: int | None = None


@dataclass(frozen=True)
class RunChanges:
    """The railway's lists of runs cancelled and rescheduled, by (train, start date) of a run;
    empty for a date the railway cannot say about."""

    cancelled: dict[tuple[str, dt.date], CancelledTrain]
    rescheduled: dict[tuple[str, dt.date], RescheduledTrain]

    def moved(self, ctx: Context, train: str, start: dt.date) -> Moved | None:
        """The run of `train` that starts on `start`, when the railway rescheduled it (and did
        not cancel it)."""
        entry = self.rescheduled.get((train, start))
        if entry is None or (train, start) in self.cancelled:
            return None
        leaves = None
        if entry.new_time is not None:
            leaves = dt.datetime.combine(entry.new_date or start, entry.new_time)
        where = entry.source.code if entry.source is not None else ""
        station = station_label(station_of(ctx.index, where, entry.source)) if where else ""
        return Moved(
            station=station, leaves=leaves, start=start, code=where, late_min=entry.delay_min
        )


async def run_changes(ctx: Context, starts: set[dt.date]) -> RunChanges:
    """The runs the railway cancelled or rescheduled among those starting on `starts`; a list
    the railway cannot give is left empty (its runs then stand as the timetable has them)."""
    cancelled: dict[tuple[str, dt.date], CancelledTrain] = {}
    rescheduled: dict[tuple[str, dt.date], RescheduledTrain] = {}
    for start in sorted(starts):
        gone = await cancelled_list(ctx, start)
        for item in gone.data if gone is not None else ():
            cancelled[(item.train.number, start)] = item
        moved = await rescheduled_list(ctx, start)
        for later in moved.data if moved is not None else ():
            rescheduled[(later.train.number, start)] = later
    return RunChanges(cancelled=cancelled, rescheduled=rescheduled)


def run_start(item: TrainBetween, day: dt.date) -> dt.date:
    """The day the train's run starts, for the date it leaves the listed station."""
    return day - dt.timedelta(days=max(0, (item.departure_day or 1) - 1))


def leaving_days(item: TrainBetween) -> tuple[str, ...] | None:
    """The weekdays the train leaves its listed station: its run days (the days its run starts)
    moved on by the day of its run it gets there. 22643 starts on Mondays and leaves Bengaluru
    on day 2 of its run, so it leaves Bengaluru on Tuesdays; None when the source does not say."""
    days = item.train.run_days
    later = max(0, (item.departure_day or 1) - 1)
    if not days or not later:
        return days
    starts = {day.upper()[:3] for day in days}
    return tuple(WEEKDAYS[(at + later) % 7] for at, day in enumerate(WEEKDAYS) if day in starts)


async def changes_on(
    ctx: Context, trains: list[TrainBetween], day: dt.date
) -> dict[str, Change | Moved]:
    """The listed trains cancelled (fully or in part) or rescheduled on `day`, by number; empty
    when the railway cannot say (the list then stands as the timetable has it)."""
    found: dict[str, Change | Moved] = {}
    known = await run_changes(ctx, {run_start(item, day) for item in trains})
    for item in trains:
        start = run_start(item, day)
        entry = known.cancelled.get((item.train.number, start))
        if entry is not None:
            found[item.train.number] = await _change(ctx, item, entry)
            continue
        moved = known.moved(ctx, item.train.number, start)
        if moved is not None:
            found[item.train.number] = moved
    return found


def stretch_of(entry: CancelledTrain) -> tuple[str, str] | None:
    """The stations between which a listed run is cancelled, as codes; None when the whole run
    is (or the list does not say which part)."""
    kind = " ".join((entry.kind or "").lower().split())
    partly = any(word in kind for word in _PARTLY)
    if not partly or entry.source is None or entry.destination is None:
        return None
    return entry.source.code, entry.destination.code


async def cancelled_here(
    ctx: Context, entry: CancelledTrain, here: str, *, arriving: bool
) -> bool | None:
    """Whether a listed run's cancellation takes in its stop at `here`: the whole run is, or it
    leaves (`arriving`: reaches) `here` on the stretch cancelled; False where it still runs (a
    station before or after that stretch); None when its route does not say."""
    stretch = stretch_of(entry)
    if stretch is None:
        return True
    codes = [current_station_code(code) for code in await route_codes(ctx, entry.train.number)]
    wanted = [current_station_code(code) for code in (*stretch, here)]
    if not all(code in codes for code in wanted):
        return None
    cut_from, cut_to, at = (codes.index(code) for code in wanted)
    if arriving:
        return cut_from < at <= cut_to
    return cut_from <= at < cut_to


async def _change(ctx: Context, item: TrainBetween, entry: CancelledTrain) -> Change:
    stretch = stretch_of(entry)
    if stretch is None or entry.source is None or entry.destination is None:
        return Change(full=True)
    start, end = stretch
    touches, covers, short = await _touches(ctx, item, start, end)
    return Change(
        full=False,
        start=station_label(station_of(ctx.index, start, entry.source)),
        end=station_label(station_of(ctx.index, end, entry.destination)),
        on_the_journey=touches,
        covers=covers,
        short=short and not covers,
    )


async def _touches(
    ctx: Context, item: TrainBetween, start: str, end: str
) -> tuple[bool | None, bool, bool]:
    """Whether the stretch start–end cancelled shares a piece of track with the listed journey
    (None when its route or the stations on it are not known), whether it takes in all of it
    (the journey cannot be made on this run at all), and whether it takes in where the journey
    ends (the run stops short of it)."""
    codes = [current_station_code(code) for code in await route_codes(ctx, item.train.number)]
    wanted = [
        current_station_code(code)
        for code in (start, end, item.from_station.code, item.to_station.code)
    ]
    if not all(code in codes for code in wanted):
        return None, False, False
    cut_from, cut_to, board, alight = (codes.index(code) for code in wanted)
    touches = board < cut_to and alight > cut_from
    return touches, cut_from <= board and alight <= cut_to, cut_from < alight <= cut_to


def reaches_none(
    language: Language, listed: list[TrainBetween], changes: dict[str, Change | Moved]
) -> str:
    """Why no train of a list gets to where its journey ends on the date, when none does and
    one at least is cut short before it ("16021 Kaveri Express ends at KSR Bengaluru City Jn
    (SBC) that day"), the reasons joined; empty when one does, or none is cut short."""
    said: list[str] = []
    for item in listed:
        change = changes.get(item.train.number)
        if not isinstance(change, Change) or not (change.here or change.short):
            return ""
        train = f"{item.train.number} {item.train.name}"
        if change.short:
            said.append(t(language, "between.short_at", train=train, station=change.start))
        else:
            said.append(t(language, "between.cancelled_that_day", train=train))
    shortened = any(isinstance(change, Change) and change.short for change in changes.values())
    return "; ".join(said) if said and shortened else ""


def mark(language: Language, change: Change | Moved | None, when: str) -> str:
    """The line under a listed train that the railway changed on the date; empty when not."""
    if change is None:
        return ""
    if isinstance(change, Moved):
        return _moved_on(language, change, when)
    if change.full:
        return t(language, "between.cancelled_on", day=when)
    if change.on_the_journey is False:
        return t(language, "between.part_cancelled_elsewhere", start=change.start, end=change.end)
    if change.covers:  # cancelled on all of the journey: no part of it to take
        key = N_("between.cancelled_on_the_stretch")
        return t(language, key, day=when, start=change.start, end=change.end)
    return t(language, "between.part_cancelled_on", day=when, start=change.start, end=change.end)


def _moved_on(language: Language, moved: Moved, when: str) -> str:
    """ "🕒 Rescheduled on Mon 7 Dec: starts from New Delhi (NDLS) at 08:30 (2h 30m late)": a
    listed train's moved start on the list's day."""
    if moved.leaves is None or not moved.station:
        return t(language, "between.rescheduled_on", day=when)
    late = delay(language, moved.late_min) if moved.late_min else ""
    return t(
        language,
        "between.rescheduled_to",
        day=when,
        time=_new_time(language, moved, moved.leaves),
        station=moved.station,
        late=f" ({late})" if late else "",
    )


def moved_line(language: Language, moved: Moved) -> str:
    """ "🕒 Rescheduled: now leaves New Delhi (NDLS) at 08:30 (2h 30m late)": a board's train
    whose start the railway moved."""
    if moved.leaves is None:
        return t(language, "departures.rescheduled")
    key = N_("between.rescheduled_from") if moved.station else N_("between.rescheduled")
    text = t(language, key, station=moved.station, time=_new_time(language, moved, moved.leaves))
    if moved.late_min:
        text += f" ({delay(language, moved.late_min)})"
    return text


def _new_time(language: Language, moved: Moved, leaves: dt.datetime) -> str:
    """The new start's time, with its day when it is not the day the run was to start."""
    at = clock_time(leaves)
    if leaves.date() != moved.start:
        at = f"{at}, {day_date(language, leaves.date())}"
    return at
