"""A train's route: its stops with times and day of journey, a page of about 15 at a time."""

from __future__ import annotations

from app.bot.format import (
    chip,
    clock_time,
    fit,
    lines,
    run_days,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.asking import require_train
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.paging import Page
from app.bot.handlers.railway_errors import error_text, retry_chips
from app.bot.replies import QuickReply, Reply
from app.bot.requests import LiveStatus, TrainRoute
from app.errors import NotFound, RailwayError, TimetableNotLoaded
from app.railways.models import RouteStop

PAGE_SIZE = 15
ASK_TRAIN = "Which train's route? Send its 5-digit number, like 12951."


async def train_route(ctx: Context, request: TrainRoute) -> Outcome:
    train = require_train(request, request.train, ASK_TRAIN)
    page_number = request.page
    try:
        answer = await ctx.provider.train_route(train)
    except TimetableNotLoaded:
        raise
    except NotFound:
        return say(Reply(text=f"I couldn't find train {train}. Please check the 5-digit number."))
    except RailwayError as exc:
        retry = TrainRoute(train=train, page=page_number)
        return say(Reply(text=error_text(exc), quick_replies=retry_chips(retry, exc)))
    route = answer.data
    stops = route.stops
    if not stops:
        return say(Reply(text=f"I have no stops on record for train {train}."))
    pages = -(-len(stops) // PAGE_SIZE)
    page_number = min(page_number, pages)
    page = Page.of(len(stops), (page_number - 1) * PAGE_SIZE, PAGE_SIZE)
    header = f"🛤 {train_label(route.train)}: stops {page.label}"
    facts = []
    if page_number == 1:
        if days := run_days(route.train.run_days):
            facts.append(f"Runs: {days}")
        if route.train.classes:
            facts.append("Classes: " + " ".join(route.train.classes))
    body = [_stop_line(stop, last=stop is stops[-1]) for stop in stops[page.start : page.end]]
    text = fit(lines(header, " · ".join(facts), *body, source_note(answer, ctx.now)))
    quick: list[QuickReply] = []
    if page.more:
        quick.append(chip("More stops", TrainRoute(train=train, page=page_number + 1)))
    if page_number > 1:
        quick.append(chip("First stops", TrainRoute(train=train, page=1)))
    quick.append(chip("Live status", LiveStatus(train=train)))
    return say(Reply(text=text, quick_replies=tuple(quick)))


def _stop_line(stop: RouteStop, *, last: bool) -> str:
    label = station_label(stop.station)
    if stop.arrival is None and stop.departure is not None:
        times = f"dep {clock_time(stop.departure)}"
    elif stop.departure is None or last:
        times = f"arr {clock_time(stop.arrival)}"
    elif stop.arrival == stop.departure:
        times = clock_time(stop.departure)
    else:
        times = f"{clock_time(stop.arrival)}–{clock_time(stop.departure)}"
    return f"{stop.seq}. {label} {times}, day {stop.day}"
