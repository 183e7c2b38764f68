"""Live running status: where the train is, how late, the last and the next station.

The date is the train's start date at its origin (today unless the user says otherwise). A
payload may instead give the date the train leaves a passenger's boarding station, which the
route turns into the start date.
"""

from __future__ import annotations

import datetime as dt

from app.bot.format import (
    chip,
    clock_time,
    day_date,
    delay,
    lines,
    relative_day,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.asking import require_train
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.railway_errors import error_text, retry_chips
from app.bot.replies import Reply
from app.bot.requests import LiveStatus, TrainRoute
from app.errors import NotFound, NotRunningOnDate, RailwayError
from app.railways import models
from app.railways.models import LiveStop

ASK_TRAIN = "Which train? Send its 5-digit number, like 12627."


async def live_status(ctx: Context, request: LiveStatus) -> Outcome:
    train = require_train(request, request.train, ASK_TRAIN)
    start = _recent(request.date, ctx.today)
    if request.boarding is not None:
        start = await _start_date(ctx, train, start, request.boarding)
    when = relative_day(start, ctx.today).lower()
    if when not in {"today", "yesterday", "tomorrow"}:
        when = f"on {day_date(start, ctx.today)}"
    try:
        answer = await ctx.provider.live_status(train, start)
    except NotRunningOnDate:
        return _other_days(ctx, train, start, f"Train {train} doesn't start its run {when}.")
    except NotFound:
        return _other_days(
            ctx, train, start, f"No running status for train {train} starting {when}."
        )
    except RailwayError as exc:
        retry = LiveStatus(train=train, date=start)
        return say(Reply(text=error_text(exc), quick_replies=retry_chips(retry, exc)))
    status = answer.data
    text = lines(
        f"🚆 {train_label(status.train)}",
        f"Started {day_date(status.start_date, ctx.today)}",
        *_position_lines(status),
        source_note(answer, ctx.now, timely=True),
    )
    quick = (
        chip("Refresh", LiveStatus(train=train, date=status.start_date)),
        chip("Route", TrainRoute(train=train)),
    )
    return say(Reply(text=text, quick_replies=quick))


def _recent(day: dt.date | None, today: dt.date) -> dt.date:
    """The run asked about: today by default; a date that can only be a recent run's ("17 Nov"
    read as next year's) is taken as this year's, since live status exists only for runs
    under way or just over."""
    if day is None:
        return today
    if day > today + dt.timedelta(days=7):
        try:
            earlier = day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            return day
        if today - dt.timedelta(days=7) <= earlier <= today:
            return earlier
    return day


async def _start_date(ctx: Context, train: str, on: dt.date, boarding: str) -> dt.date:
    """The origin start date of the run that leaves `boarding` on `on`."""
    try:
        route = (await ctx.provider.train_route(train)).data
    except RailwayError:
        return on
    for stop in route.stops:
        if stop.station.code == boarding:
            return on - dt.timedelta(days=max(0, stop.day - 1))
    return on


def _other_days(ctx: Context, train: str, start: dt.date, text: str) -> Outcome:
    """Offer the runs that started the days before (a train on the move) and the day after."""
    days = [
        start - dt.timedelta(days=1),
        start - dt.timedelta(days=2),
        start + dt.timedelta(days=1),
    ]
    quick = tuple(
        chip(f"Started {relative_day(day, ctx.today)}", LiveStatus(train=train, date=day))
        for day in days
    )
    return say(Reply(text=f"{text}\nDid it start on another day?", quick_replies=quick))


def _position_lines(status: models.LiveStatus) -> list[str]:
    stops = status.stops
    done = [stop for stop in stops if stop.has_arrived or stop.has_departed]
    last = done[-1] if done else None
    ahead = [stop for stop in stops[stops.index(last) + 1 :]] if last else list(stops)
    upcoming = next((stop for stop in ahead if not stop.has_arrived), None)
    late = status.delay_min if status.delay_min is not None else (last.delay_min if last else None)
    result: list[str] = []
    if status.position:
        result.append(f"📍 {status.position.strip()}")
    if last is None:
        if stops:
            first = stops[0]
            result.append(
                f"Not started yet: leaves {station_label(first.station)} "
                f"at {clock_time(first.scheduled_departure)}."
            )
        elif status.current_station is not None:
            result.append(f"Now at/near {station_label(status.current_station)}")
    elif last is stops[-1] and last.has_arrived:
        result.append(
            f"🏁 Reached {station_label(last.station)} at "
            f"{clock_time(last.actual_arrival or last.scheduled_arrival)}"
        )
    else:
        result.append(_last_line(last))
    if late is not None and not (last is not None and last is stops[-1]):
        result.append(f"⏱ {delay(late).capitalize()}")
    if upcoming is not None and last is not None:
        result.append(_next_line(upcoming, late))
    return result


def _last_line(stop: LiveStop) -> str:
    label = station_label(stop.station)
    if stop.has_departed:
        return (
            f"Last: {label}, left {clock_time(stop.actual_departure or stop.scheduled_departure)}"
        )
    return f"At: {label} since {clock_time(stop.actual_arrival or stop.scheduled_arrival)}"


def _next_line(stop: LiveStop, late: int | None) -> str:
    scheduled = stop.scheduled_arrival or stop.scheduled_departure
    expected = stop.actual_arrival
    if expected is None and scheduled is not None and late:
        expected = scheduled + dt.timedelta(minutes=late)
    text = f"Next: {station_label(stop.station)}"
    if expected is not None and scheduled is not None and expected != scheduled:
        return f"{text}, expected {clock_time(expected)} (due {clock_time(scheduled)})"
    return f"{text}, due {clock_time(scheduled)}" if scheduled is not None else text
