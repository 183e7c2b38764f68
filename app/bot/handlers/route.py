"""A train's route: its stops with times and day of journey, a page of about 15 at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.bot.format import (
    chip,
    clock_time,
    day_date,
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
from app.bot.handlers.railway_errors import failure
from app.bot.handlers.run_caveats import route_change
from app.bot.handlers.timetable import due_stops, runs_on
from app.bot.replies import QuickReply, Reply
from app.bot.requests import LiveStatus, TrainRoute
from app.errors import NotFound, NotInSample, RailwayError, TimetableNotLoaded
from app.i18n import t
from app.i18n.language import Language
from app.railways import models
from app.railways.models import RouteStop, Train

PAGE_SIZE = 15


async def train_route(ctx: Context, request: TrainRoute) -> Outcome:
    lang = ctx.language
    train = require_train(ctx, request, request.train, t(lang, "route.ask_train"))
    page_number = request.page
    try:
        answer = await ctx.provider.train_route(train)
    except TimetableNotLoaded:
        raise
    except NotInSample:
        raise  # the router says which trains the sample railway has
    except NotFound:
        return say(Reply(text=t(lang, "route.no_train", train=train)))
    except RailwayError as exc:
        retry = TrainRoute(train=train, page=page_number)
        return say(failure(ctx.language, exc, retry))
    route = answer.data
    stops = route.stops
    if not stops:
        return say(Reply(text=t(lang, "route.no_stops", train=train)))
    # "its stops from bhopal": the route from that station on, where the train calls there
    start = next((n for n, stop in enumerate(stops) if stop.station.code in request.start), None)
    passed = ""
    if start is not None:
        stops = stops[start:]
    elif request.start:
        station = ctx.index.get(request.start[0])
        named = station_label(station) if station is not None else request.start[0]
        passed = t(lang, "route.not_from", train=train_label(route.train), station=named)
    begins = request.start if start is not None else ()
    pages = -(-len(stops) // PAGE_SIZE)
    if request.more and page_number > pages:  # "more" after its last stops: that was all
        return _all_shown(ctx, request, route.train, stops, pages)
    page_number = min(page_number, pages)
    page = Page.of(len(stops), (page_number - 1) * PAGE_SIZE, PAGE_SIZE)
    label = page.label(lang, "stops")
    if start is not None:
        first = station_label(stops[0].station)
        header = t(lang, "route.header_from", train=train_label(route.train), station=first)
        header = f"{header}: {label}"
    else:
        header = t(lang, "route.header", train=train_label(route.train), stops=label)
    facts = []
    if page_number == 1:
        if days := run_days(lang, route.train.run_days):
            facts.append(t(lang, "route.runs", days=days))
        if route.train.classes:
            facts.append(t(lang, "route.classes", classes=" ".join(route.train.classes)))
    caveat, cut = await route_change(ctx, route)
    body = [
        lines(_stop_line(lang, stop, last=stop is stops[-1]), _cut_mark(lang, route, stop, cut))
        for stop in stops[page.start : page.end]
    ]
    caveat = caveat if page_number == 1 else ""
    if request.timing and page_number == 1 and start is None:
        caveat = lines(caveat, next_departure(ctx, route))
    text = fit(
        lines(passed, header, caveat, " · ".join(facts), *body, source_note(lang, answer, ctx.now))
    )
    quick: list[QuickReply] = []
    if page.more:
        later = TrainRoute(train=train, page=page_number + 1, start=begins)
        quick.append(chip(t(lang, "route.more"), later))
    if page_number > 1:
        quick.append(chip(t(lang, "route.first"), TrainRoute(train=train, page=1, start=begins)))
    quick.append(chip(t(lang, "chip.live"), LiveStatus(train=train)))
    return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True))


def next_departure(ctx: Context, route: models.TrainRoute) -> str:
    """`Next run: Wed 9 Dec, leaves New Delhi (NDLS) at 06:00.`: the next run to leave its first
    station by the timetable; empty when none within a week or no time is given."""
    for ahead in range(8):
        day = ctx.today + dt.timedelta(days=ahead)
        if not runs_on(route, day):
            continue
        due = due_stops(route, day, ctx.now.tzinfo)
        if not due or due[0].departure is None:
            return ""
        if due[0].departure > ctx.now:
            first = due[0].stop.station
            return t(
                ctx.language,
                "live.timing_next_run",
                day=day_date(ctx.language, day, ctx.today),
                station=station_label(first),
                time=clock_time(due[0].departure),
            )
    return ""


def _all_shown(
    ctx: Context, request: TrainRoute, train: Train, stops: Sequence[RouteStop], pages: int
) -> Outcome:
    """ "More" asked after the last of a route's stops: that was the whole route, how many stops
    from where to where, with the first page to see again when there were several."""
    lang = ctx.language
    text = t(
        lang,
        "route.all_shown",
        train=train_label(train),
        count=len(stops),
        first=station_label(stops[0].station),
        last=station_label(stops[-1].station),
    )
    quick: list[QuickReply] = []
    if pages > 1:
        again = TrainRoute(train=train.number, page=1, start=request.start)
        quick.append(chip(t(lang, "route.first"), again))
    quick.append(chip(t(lang, "chip.live"), LiveStatus(train=train.number)))
    return say(Reply(text=text, quick_replies=tuple(quick)))


def _cut_mark(
    language: Language, route: models.TrainRoute, stop: RouteStop, cut: tuple[str, str] | None
) -> str:
    """Under a stop of a run cut short: "⚠️ the run ends here that day" where the stretch
    cancelled begins, "❌ cancelled that day" at its stops after (and where a run that starts
    late begins, "starts here that day"); nothing off the stretch or for a run not cut."""
    if cut is None:
        return ""
    order = route.codes
    at, first, last = order.index(stop.station.code), order.index(cut[0]), order.index(cut[1])
    if at == first and first > 0:
        return "   " + t(language, "route.cut_ends_here")
    if at == last and last < len(order) - 1:
        return "   " + t(language, "route.cut_starts_here")
    if first <= at <= last:
        return "   " + t(language, "route.cut_cancelled")
    return ""


def _stop_line(language: Language, stop: RouteStop, *, last: bool) -> str:
    label = station_label(stop.station)
    if stop.arrival is None and stop.departure is not None:
        times = t(language, "route.departs", time=clock_time(stop.departure))
    elif stop.departure is None or last:
        times = t(language, "route.arrives", time=clock_time(stop.arrival))
    elif stop.arrival == stop.departure:
        times = clock_time(stop.departure)
    else:
        times = f"{clock_time(stop.arrival)}–{clock_time(stop.departure)}"
    return t(language, "route.stop", seq=stop.seq, station=label, times=times, day=stop.day)
