"""When a train runs again after a run the railway cancelled ("kab chalegi phir?", "then when
does it run?", "फिर कब चलेगी?"): its next run after that one that no source says is cancelled,
with the day and time it leaves its origin (and the part cut off, when only part of it runs);
or that every run the sources can see ahead is cancelled too, never a run weeks away nor its
days of running as if nothing were cancelled."""

from __future__ import annotations

import datetime as dt
from typing import Final

from app.bot.format import (
    chip,
    clock_time,
    day_date,
    lines,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.cancelled_runs import RunChange, run_change
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.timetable import due_stops, runs_on
from app.bot.replies import Reply
from app.bot.requests import LiveStatus, TrainRoute
from app.bot.state import Subject
from app.errors import RailwayError
from app.i18n import t
from app.railways import models
from app.railways.models import Sourced

# How many days past the cancelled run its next runs are looked at, one by one.
LOOK_AHEAD_DAYS: Final = 10


async def runs_again(ctx: Context, train: str, after: dt.date | None) -> Outcome | None:
    """The train's first run after the one from `after` (else today's) that is not cancelled
    whole; None when its timetable is not known (the run's status answers instead)."""
    try:
        route = await ctx.provider.train_route(train)
    except RailwayError:
        return None
    data = route.data
    if not data.stops:
        return None
    cancelled_on = max(after or ctx.today, ctx.today - dt.timedelta(days=1))
    ends = (data.codes[0], data.codes[-1])
    last_seen = cancelled_on
    for ahead in range(1, LOOK_AHEAD_DAYS + 1):
        day = cancelled_on + dt.timedelta(days=ahead)
        if not runs_on(data, day):
            continue
        last_seen = day
        change = await run_change(ctx, data.train.number, day, ends)
        if change is None or not change.cancelled:
            return _next_run(ctx, data, day, change, route)
    return _none_ahead(ctx, data, cancelled_on, last_seen, route)


def _next_run(
    ctx: Context,
    route: models.TrainRoute,
    day: dt.date,
    change: RunChange | None,
    answer: Sourced[models.TrainRoute],
) -> Outcome:
    """Its next run: the day and time it leaves its origin, and the part cut off if any."""
    lang = ctx.language
    first = due_stops(route, day, ctx.now.tzinfo)[0]
    leaves = first.departure or first.arrival
    said = t(
        lang,
        "runs_again.next",
        train=train_label(route.train),
        day=day_date(lang, day, ctx.today),
        time=clock_time(leaves) if leaves is not None else "",
        station=station_label(first.stop.station),
    )
    part = ""
    if change is not None and change.part is not None:
        start, end = change.part
        part = t(lang, "runs_again.part", start=station_label(start), end=station_label(end))
    source = change.answer if change is not None else answer
    text = lines(said, part, source_note(lang, source, ctx.now))
    run = LiveStatus(train=route.train.number, date=day)
    quick = (
        chip(t(lang, "runs_again.chip_run", day=day_date(lang, day, ctx.today)), run),
        chip(t(lang, "chip.route"), TrainRoute(train=route.train.number)),
    )
    return say(Reply(text=text, quick_replies=quick)).about(Subject.of(run))


def _none_ahead(
    ctx: Context,
    route: models.TrainRoute,
    cancelled_on: dt.date,
    last_seen: dt.date,
    answer: Sourced[models.TrainRoute],
) -> Outcome:
    """Every run the sources see after the cancelled one is cancelled too: said so plainly."""
    lang = ctx.language
    said = t(
        lang,
        "runs_again.none",
        train=train_label(route.train),
        day=day_date(lang, last_seen, ctx.today),
    )
    text = lines(said, source_note(lang, answer, ctx.now))
    gone = Subject.of(LiveStatus(train=route.train.number, date=cancelled_on))
    quick = (chip(t(lang, "chip.route"), TrainRoute(train=route.train.number)),)
    shown = gone.model_copy(update={"cancelled": True})
    return say(Reply(text=text, quick_replies=quick)).about(shown)
