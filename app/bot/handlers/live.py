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
from app.bot.handlers.railway_errors import failure
from app.bot.replies import Reply
from app.bot.requests import LiveStatus, TrainRoute
from app.errors import NotFound, NotRunningOnDate, RailwayError
from app.i18n import t
from app.i18n.language import Language
from app.railways import models
from app.railways.models import LiveStop


async def live_status(ctx: Context, request: LiveStatus) -> Outcome:
    lang = ctx.language
    train = require_train(request, request.train, t(lang, "live.ask_train"))
    start = _recent(request.date, ctx.today)
    if request.boarding is not None:
        start = await _start_date(ctx, train, start, request.boarding)
    near = abs((start - ctx.today).days) <= 1
    when = relative_day(lang, start, ctx.today) if near else ""
    when = when.lower() or t(lang, "day.on", day=day_date(lang, start, ctx.today))
    try:
        answer = await ctx.provider.live_status(train, start)
    except NotRunningOnDate:
        return _other_days(ctx, train, start, t(lang, "live.no_run", train=train, when=when))
    except NotFound:
        return _other_days(ctx, train, start, t(lang, "live.no_status", train=train, when=when))
    except RailwayError as exc:
        return say(failure(lang, exc, LiveStatus(train=train, date=start)))
    status = answer.data
    text = lines(
        f"🚆 {train_label(status.train)}",
        t(lang, "live.started", day=day_date(lang, status.start_date, ctx.today)),
        *_position_lines(lang, status),
        source_note(lang, answer, ctx.now, timely=True),
    )
    quick = (
        chip(t(lang, "chip.refresh"), LiveStatus(train=train, date=status.start_date)),
        chip(t(lang, "chip.route"), TrainRoute(train=train)),
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
    lang = ctx.language
    quick = tuple(
        chip(
            t(lang, "live.chip_started", day=relative_day(lang, day, ctx.today)),
            LiveStatus(train=train, date=day),
        )
        for day in days
    )
    return say(Reply(text=lines(text, t(lang, "live.another_day")), quick_replies=quick))


def _position_lines(language: Language, status: models.LiveStatus) -> list[str]:
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
            leaves = clock_time(first.scheduled_departure)
            station = station_label(first.station)
            result.append(t(language, "live.not_started", station=station, time=leaves))
        elif status.current_station is not None:
            result.append(t(language, "live.near", station=station_label(status.current_station)))
    elif last is stops[-1] and last.has_arrived:
        reached = clock_time(last.actual_arrival or last.scheduled_arrival)
        station = station_label(last.station)
        result.append(t(language, "live.reached", station=station, time=reached))
    else:
        result.append(_last_line(language, last))
    if late is not None and not (last is not None and last is stops[-1]):
        words = delay(language, late)
        result.append(f"⏱ {words[:1].upper()}{words[1:]}")
    if upcoming is not None and last is not None:
        result.append(_next_line(language, upcoming, late))
    return result


def _last_line(language: Language, stop: LiveStop) -> str:
    label = station_label(stop.station)
    if stop.has_departed:
        left = clock_time(stop.actual_departure or stop.scheduled_departure)
        return t(language, "live.last_left", station=label, time=left)
    since = clock_time(stop.actual_arrival or stop.scheduled_arrival)
    return t(language, "live.at_since", station=label, time=since)


def _next_line(language: Language, stop: LiveStop, late: int | None) -> str:
    scheduled = stop.scheduled_arrival or stop.scheduled_departure
    expected = stop.actual_arrival
    if expected is None and scheduled is not None and late:
        expected = scheduled + dt.timedelta(minutes=late)
    station = station_label(stop.station)
    if expected is not None and scheduled is not None and expected != scheduled:
        return t(
            language,
            "live.next_expected",
            station=station,
            expected=clock_time(expected),
            due=clock_time(scheduled),
        )
    if scheduled is not None:
        return t(language, "live.next_due", station=station, due=clock_time(scheduled))
    return t(language, "live.next", station=station)
