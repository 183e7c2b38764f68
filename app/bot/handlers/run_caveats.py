"""What the railway changed of the run a timetable answer speaks of, said under it: a time at a
stop ("reaches Mysuru Jn (MYS) at 07:35, by the timetable") or a route page is the timetable's,
and the next run due there may be cancelled, cancelled on the stretch that stop is on, or moved
to start later. Each caveat comes from the same run data the live answers read (`run_change`,
the railway's lists of rescheduled runs); none when no source says the run is changed."""

from __future__ import annotations

import datetime as dt

from app.bot.format import clock_time, day_date, delay, station_label
from app.bot.handlers.cancelled_runs import listed_change, run_change
from app.bot.handlers.context import Context
from app.bot.handlers.dated import run_changes
from app.bot.handlers.lookups import station_of
from app.bot.handlers.timetable import MAX_RUN_DAYS, due_stops, runs_on
from app.i18n import N_, t
from app.railways.models import Station, TrainRoute

# How many days ahead a run due at a stop is looked for (a train that runs once a week).
_DAYS_AHEAD = 8


def run_due_at(
    route: TrainRoute, code: str, now: dt.datetime
) -> tuple[dt.date, dt.datetime] | None:
    """The run (its start date) next due at the stop `code` from `now`, and when it is due
    there by the timetable; None when the train has no such stop or runs on no day ahead."""
    order = route.codes
    if code not in order:
        return None
    where = order.index(code)
    today = now.date()
    for ahead in range(-MAX_RUN_DAYS, _DAYS_AHEAD):
        start = today + dt.timedelta(days=ahead)
        if not runs_on(route, start):
            continue
        due = due_stops(route, start, now.tzinfo)[where]
        moment = due.departure or due.arrival
        if moment is not None and moment >= now:
            return start, due.arrival or moment
    return None


async def stop_caveat(
    ctx: Context, route: TrainRoute, code: str, *, leaving: bool, start: dt.date | None = None
) -> str:
    """The railway's change to a run at the stop `code` (the one from `start`, the booking's;
    else the next due there), as a line to say under its timetable time: cancelled, not calling
    there (on the stretch cancelled: `leaving` it, or reaching it), or starting later (and so
    due there later); empty when none is known."""
    return (await stop_change(ctx, route, code, leaving=leaving, start=start))[0]


async def stop_change(
    ctx: Context, route: TrainRoute, code: str, *, leaving: bool, start: dt.date | None = None
) -> tuple[str, bool]:
    """`stop_caveat`'s line, and whether it says the run does not call at `code` at all (the
    run cancelled, or the stop on the stretch cancelled): a yes of the timetable is then no."""
    if start is None:
        found = run_due_at(route, code, ctx.now)
    else:
        found = _run_from(route, code, start, ctx)
    if found is None:
        return "", False
    start, due = found
    lang = ctx.language
    when = day_date(lang, start, ctx.today)
    order = route.codes
    change = await run_change(ctx, route.train.number, start, (order[0], order[-1]))
    if change is not None and change.cancelled:
        return t(lang, "caveat.run_cancelled", day=when), True
    if change is not None and change.part is not None:
        on_it = _on_stretch(order, change.part, code, leaving=leaving)
        if on_it is None or on_it:
            start_label, end_label = (_label(ctx, station) for station in change.part)
            key = N_("caveat.stop_cancelled") if on_it else N_("caveat.part_cancelled")
            return t(lang, key, day=when, start=start_label, end=end_label), bool(on_it)
    moved = (await run_changes(ctx, {start})).moved(ctx, route.train.number, start)
    if moved is None or not moved.late_min:
        return "", False
    later = due + dt.timedelta(minutes=moved.late_min)
    text = t(
        lang,
        "caveat.rescheduled",
        day=when,
        station=moved.station or _label(ctx, route.stops[0].station),
        late=delay(lang, moved.late_min),
        time=clock_time(later),
    )
    return text, False


def _run_from(
    route: TrainRoute, code: str, start: dt.date, ctx: Context
) -> tuple[dt.date, dt.datetime] | None:
    """The run from `start` at the stop `code`, and when it is due there by the timetable."""
    if code not in route.codes:
        return None
    due = due_stops(route, start, ctx.now.tzinfo)[route.codes.index(code)]
    moment = due.arrival or due.departure
    return (start, moment) if moment is not None else None


async def route_caveat(ctx: Context, route: TrainRoute) -> str:
    """The railway's change to the train's next run, as a line for the top of its route: the
    run cancelled, or the stretch of it cancelled; empty when none is known. From the day's
    list of cancelled runs (one answer for every train), not a live status per route page."""
    return (await route_change(ctx, route))[0]


async def route_change(ctx: Context, route: TrainRoute) -> tuple[str, tuple[str, str] | None]:
    """`route_caveat`'s line, and the stretch of the next run cancelled (the codes of its
    first and last stations, in the route's order) when only part of it is: its stops can say
    where the run is cut short."""
    if not route.stops:
        return "", None
    found = run_due_at(route, route.stops[0].station.code, ctx.now)
    if found is None:
        return "", None
    start = found[0]
    lang = ctx.language
    when = day_date(lang, start, ctx.today)
    order = route.codes
    change = await listed_change(ctx, route.train.number, start, (order[0], order[-1]))
    if change is None:
        return "", None
    if change.cancelled:
        return t(lang, "caveat.run_cancelled", day=when), None
    assert change.part is not None
    start_label, end_label = (_label(ctx, station) for station in change.part)
    line = t(lang, "caveat.part_cancelled", day=when, start=start_label, end=end_label)
    ends = [station.code for station in change.part]
    if not all(end in order for end in ends):
        return line, None
    first, last = sorted(ends, key=order.index)
    return line, (first, last)


def _on_stretch(
    order: list[str], part: tuple[Station, Station], code: str, *, leaving: bool
) -> bool | None:
    """Whether the stop `code` is on the stretch cancelled: left (`leaving`) or reached on it;
    None when the stretch's stations are not on the route."""
    ends = [station.code for station in part]
    if not all(end in order for end in ends) or code not in order:
        return None
    cut_from, cut_to = sorted(order.index(end) for end in ends)
    at = order.index(code)
    return cut_from <= at < cut_to if leaving else cut_from < at <= cut_to


def _label(ctx: Context, station: Station) -> str:
    return station_label(station_of(ctx.index, station.code, station))
