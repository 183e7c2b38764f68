"""Does a train stop at a station: yes or no first, then when ("Yes, 13:45–13:55 on day 2"),
from the train's timetable. A city's name is settled by the train's route: "does 12627 stop at
Bangalore?" is answered for the Bangalore stations the train stops at."""

from __future__ import annotations

from app.bot.format import chip, clock_time, lines, source_note, station_label, train_label
from app.bot.handlers.asking import STATION_QUESTIONS, ask, require_train
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.lookups import station_of
from app.bot.handlers.railway_errors import failure
from app.bot.handlers.run_caveats import stop_change
from app.bot.replies import Reply
from app.bot.requests import LiveStatus, StopsAt, TrainRoute
from app.bot.state import Subject
from app.errors import NotFound, RailwayError, TimetableNotLoaded
from app.i18n import N_, t
from app.i18n.language import Language
from app.railways.models import RouteStop


async def stops_at(ctx: Context, request: StopsAt) -> Outcome:
    lang = ctx.language
    train = require_train(ctx, request, request.train, t(lang, "live.ask_train"))
    if not request.station:
        raise ask(request, "station", t(lang, STATION_QUESTIONS["station"]))
    try:
        answer = await ctx.provider.train_route(train)
    except TimetableNotLoaded:
        raise
    except NotFound:
        return say(Reply(text=t(lang, "route.no_train", train=train)))
    except RailwayError as exc:
        return say(failure(lang, exc, request))
    route = answer.data
    wanted = request.station
    on_route = [stop for stop in route.stops if stop.station.code in wanted]
    halts = [stop for stop in on_route if stop.is_halt]
    label = train_label(route.train)
    asked = station_label(station_of(ctx.index, wanted[0]))
    if halts:
        # The next run due there as the railway changed it, first: a run cancelled, or cut
        # short before this stop, makes the timetable's yes a no for it
        leaving = halts[0] is route.stops[0]
        caveat, off = await stop_change(ctx, route, halts[0].station.code, leaving=leaving)
        yes = N_("stops.yes_timetable_only") if off else N_("stops.yes")
        first = [t(lang, yes, train=label)]
        first += [_halt_line(lang, ctx, stop, last=stop is route.stops[-1]) for stop in halts]
        first += [caveat] if caveat else []
        settled = halts[0].station.code
    elif on_route:
        first = [t(lang, "stops.passes", train=label, station=asked)]
        settled = on_route[0].station.code
    else:
        # A place it does not reach is no place in hand: "when does it arrive?" next is about
        # where it does go (the other place of "delhi or agra?"), never "it doesn't stop there".
        first = [t(lang, "stops.no", train=label, station=asked)]
        settled = None
    text = lines(*first, source_note(lang, answer, ctx.now))
    quick = (
        chip(t(lang, "chip.route"), TrainRoute(train=train)),
        chip(t(lang, "chip.live"), LiveStatus(train=train)),
    )
    shown = Subject.model_validate({"request": request, "train": train, "station": settled})
    return say(Reply(text=text, quick_replies=quick, shows_card=True)).about(shown)


def _halt_line(language: Language, ctx: Context, stop: RouteStop, *, last: bool) -> str:
    """`Bhopal Jn (BPL): 22:05–22:15, day 2.`"""
    station = station_label(station_of(ctx.index, stop.station.code, stop.station))
    if stop.arrival is None and stop.departure is not None:
        times = t(language, "route.departs", time=clock_time(stop.departure))
    elif stop.departure is None or last:
        times = t(language, "route.arrives", time=clock_time(stop.arrival))
    elif stop.arrival == stop.departure:
        times = clock_time(stop.departure)
    else:
        times = f"{clock_time(stop.arrival)}–{clock_time(stop.departure)}"
    return t(language, "stops.halt", station=station, times=times, day=stop.day)
