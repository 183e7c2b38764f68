"""Facts about a train, from its timetable (the sample railway's, the offline timetable's or a
live provider's route), with the source and its age; the yes or no first when the question is
one.

- How long it takes: between the two stations asked about, else end to end ("about 37h 55m
  from KSR Bengaluru City Jn (SBC) to New Delhi (NDLS)").
- When it is due at a station, by the timetable ("reaches Bhopal Jn (BPL) 22:05, leaves 22:15,
  day 2"); today's run is live status's to answer.
- Which classes it has, and whether it has one ("No, 12639 has no AC First Class: it has CC and
  2S only"), from the classes the route's source gives; unknown is said so.
- Which days it runs, and whether it runs on a day asked about, from the days it leaves its
  origin; unknown (the open-data timetable has no running days) is said so.
- Where each coach stands and whether a pantry car runs: from the source that gives them
  (RailRadar's route, IRCTC1's PNR of a booking on the train), with its age; where the data in
  use gives neither, said so, with where to find it: never an invented answer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any, Final

from app.bot.coach_words import coach_label
from app.bot.format import (
    chip,
    chips,
    class_words,
    clock_time,
    day_date,
    duration,
    lines,
    run_days,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers import compared
from app.bot.handlers.asking import ask, require_train, station_chip
from app.bot.handlers.cancelled_runs import journey_cancelled, run_change, run_of
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.halts import next_halt, stop_count
from app.bot.handlers.live_answers import first_answer, next_run_leaves
from app.bot.handlers.lookups import city_stop, station_of
from app.bot.handlers.railway_errors import failure
from app.bot.handlers.run_caveats import stop_caveat
from app.bot.handlers.run_state import not_started, rescheduled_start, timetabled
from app.bot.handlers.timetable import (
    DueStop,
    days_into,
    due_stops,
    leaving_weekdays,
    next_leaving,
    runs_on,
    runs_on_the_move,
)
from app.bot.replies import QuickReply, Reply
from app.bot.requests import (
    Fare,
    LiveStatus,
    Packable,
    SeatAvailability,
    TrainFacts,
    TrainRoute,
    TrainsBetween,
)
from app.bot.state import Subject
from app.errors import NotFound, NotInSample, RailwayError, TimetableNotLoaded
from app.i18n import N_, formats, nt, t
from app.i18n.language import Language
from app.railways import models
from app.railways.models import WEEKDAYS, RouteStop, Sourced, Station
from app.railways.vocabulary import AC_CLASSES


async def train_facts(ctx: Context, request: TrainFacts) -> Outcome:
    lang = ctx.language
    train = require_train(ctx, request, request.train, t(lang, "live.ask_train"))
    if request.fact in ("coaches", "pantry"):
        return await _on_board(ctx, request, train)
    if request.against is not None:  # "which one is faster?" of two trains looked at
        return await compared.compare(ctx, request, train)
    try:
        answer = await ctx.provider.train_route(train)
    except (TimetableNotLoaded, NotInSample):
        raise  # the router words these
    except NotFound:
        return say(Reply(text=t(lang, "route.no_train", train=train)))
    except RailwayError as exc:
        return say(failure(lang, exc, request))
    if not answer.data.stops:
        return say(Reply(text=t(lang, "route.no_train", train=train)))
    if request.fact in ("duration", "distance"):
        outcome = _duration(ctx, request, answer)
        cancelled = await _cancelled_that_day(ctx, request, answer.data)
        outcome = outcome if cancelled is None else outcome.led_by(cancelled)
    elif request.fact == "classes":
        outcome = _classes(ctx, request, answer)
    elif request.fact == "days":
        outcome = await _days(ctx, request, answer)
    elif request.fact in ("next", "previous"):
        outcome = next_halt(ctx, request, answer)
    elif request.fact == "stops":
        outcome = stop_count(ctx, request, answer)
    else:
        outcome = await _times(ctx, request, answer)
    return outcome if outcome.subject is not None else outcome.about(_shown(request, train))


def _shown(request: TrainFacts, train: str, **more: object) -> Subject:
    return Subject.of(request.with_slots({"train": train})).model_copy(update=more)


# --- how long ------------------------------------------------------------------------------------


async def _cancelled_that_day(
    ctx: Context, request: TrainFacts, route: models.TrainRoute
) -> str | None:
    """Why the train makes no journey asked on its day ("how long does it take?" of each train
    of a day's list: one cancelled that day is said so first), or None."""
    if request.date is None:
        return None
    codes = route.codes
    origin = next((code for code in request.origin if code in codes), None)
    destination = next((code for code in request.destination if code in codes), None)
    if origin is None or destination is None:
        return None
    cancelled = await journey_cancelled(ctx, route.train.number, origin, destination, request.date)
    return None if cancelled is None else cancelled[0]


def _duration(ctx: Context, request: TrainFacts, answer: Sourced[models.TrainRoute]) -> Outcome:
    lang, route = ctx.language, answer.data
    stops = due_stops(route, ctx.today, ctx.now.tzinfo)
    label = train_label(route.train)
    start, end = stops[0], stops[-1]
    first: list[str] = []  # why the journey asked about is not the train's, if it is not
    if request.origin:
        found = _due_at(stops, request.origin)
        if found is None or found is stops[-1]:
            first.append(_off_route(ctx, label, request.origin[0], found, N_("facts.ends_at")))
        else:
            start = found
    wanted_to = request.destination or request.station
    if not request.destination and wanted_to and _due_at(stops, wanted_to) is stops[0]:
        # "how long does it take" with its first station in hand (its platform just asked
        # there): the whole run from there, not "it starts its run there"
        wanted_to = ()
    if wanted_to:
        found = _due_at(stops, wanted_to)
        if found is not None and request.origin and stops.index(found) <= stops.index(start):
            origin, destination = _label(ctx, start.stop.station), _label(ctx, found.stop.station)
            first.append(
                t(lang, "facts.other_way", train=label, origin=origin, destination=destination)
            )
        elif found is None or found is stops[0]:
            first.append(_off_route(ctx, label, wanted_to[0], found, N_("facts.starts_at")))
        else:
            end = found
    if first:
        start, end = stops[0], stops[-1]  # said why; then the whole run
    leaves, reaches = start.departure or start.at, end.at
    if leaves is None or reaches is None:
        return say(Reply(text=lines(*first, t(lang, "facts.no_times", train=label))))
    minutes = round((reaches - leaves).total_seconds() / 60)
    text = lines(
        *first,
        _how_far(ctx, request, label, start, end),
        t(
            lang,
            "facts.duration",
            train=label,
            duration=duration(lang, minutes),
            origin=_label(ctx, start.stop.station),
            destination=_label(ctx, end.stop.station),
        ),
        t(
            lang,
            "facts.leg",
            leaves=clock_time(leaves),
            day=start.stop.day,
            arrives=clock_time(reaches),
            end_day=end.stop.day,
        ),
        _distance(lang, start.stop, end.stop) if request.fact != "distance" else "",
        source_note(lang, answer, ctx.now),
    )
    train = route.train.number
    ends = {"from": start.stop.station.code, "to": end.stop.station.code}
    quick = chips(
        [
            (t(lang, "chip.fare_of", train=train), Fare(train=train, **ends)),
            (t(lang, "chip.seats_of", train=train), SeatAvailability(train=train, **ends)),
            (t(lang, "chip.route"), TrainRoute(train=train)),
        ]
    )
    shown = _shown(request, train, origin=ends["from"], destination=ends["to"])
    return say(Reply(text=text, quick_replies=tuple(quick))).about(shown)


def _how_far(ctx: Context, request: TrainFacts, label: str, start: DueStop, end: DueStop) -> str:
    """How far the train goes between the two stations, first, when that is what was asked."""
    first, last = start.stop, end.stop
    if request.fact != "distance" or first.distance_km is None or last.distance_km is None:
        return ""
    km = last.distance_km - first.distance_km
    if km <= 0:
        return ""
    return t(
        ctx.language,
        "facts.distance_of",
        train=label,
        km=formats.number(ctx.language, km),
        origin=_label(ctx, first.station),
        destination=_label(ctx, last.station),
    )


def _distance(language: Language, start: RouteStop, end: RouteStop) -> str:
    if start.distance_km is None or end.distance_km is None or end.distance_km <= start.distance_km:
        return ""
    return t(
        language, "facts.distance", km=formats.number(language, end.distance_km - start.distance_km)
    )


def _off_route(ctx: Context, label: str, code: str, found: DueStop | None, end: str) -> str:
    """Why the journey asked about is not the train's: a station it does not call at, or the
    end of its run given as a start (or its start as an end)."""
    station = _label(ctx, found.stop.station if found else station_of(ctx.index, code))
    if found is None:
        return t(ctx.language, "stops.no", train=label, station=station)
    return t(ctx.language, end, train=label, station=station)


def _due_at(stops: list[DueStop], wanted: tuple[str, ...]) -> DueStop | None:
    """The stop among `wanted` (a city's stations, best first) the train calls at, as
    `city_stop` picks it; else the one it passes."""
    halts = [due.stop.station.code for due in stops if due.stop.is_halt]
    code = city_stop(wanted, halts) or city_stop(wanted, [due.stop.station.code for due in stops])
    return next((due for due in stops if due.stop.station.code == code), None)


def _label(ctx: Context, station: Station) -> str:
    return station_label(station_of(ctx.index, station.code, station))


# --- when it is due ------------------------------------------------------------------------------


async def _times(ctx: Context, request: TrainFacts, answer: Sourced[models.TrainRoute]) -> Outcome:
    lang, route = ctx.language, answer.data
    label = train_label(route.train)
    train = route.train.number
    wanted = request.station or request.destination or request.origin
    first, last = route.stops[0], route.stops[-1]
    quick: list[QuickReply] = [
        chip(t(lang, "chip.live"), LiveStatus(train=train, at=wanted)),
        chip(t(lang, "chip.route"), TrainRoute(train=train)),
    ]
    if not wanted and request.fact == "halt":
        # "how long does it halt?" with no station in hand: which one, its halts to tap
        stops = [stop for stop in route.stops[1:-1] if stop.is_halt]
        chips_ = [station_chip(ctx.index, "station", stop.station.code) for stop in stops]
        raise ask(request.with_slots({"train": train}), "station",
                  t(lang, "facts.halt_where", train=label), chips_)  # fmt: skip
    if not wanted:
        arriving = request.moment == "arrival"
        text = lines(
            f"🚆 {label}",
            t(
                lang,
                "facts.ends",
                origin=_label(ctx, first.station),
                leaves=clock_time(first.departure),
                destination=_label(ctx, last.station),
                arrives=clock_time(last.arrival),
                day=last.day,
            ),
            run_days(lang, route.train.run_days),
            # "when does it reach?": the date its next run gets there, not "day 2" alone
            _next_run_line(ctx, route, last) if arriving and last.day > 1 else "",
            source_note(lang, answer, ctx.now),
        )
        return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True))
    leg = _leg(request, route) if request.fact != "halt" and request.moment != "arrival" else None
    if leg is not None:  # "chennai bangalore mail kitne baje chalti hai": both ends' times
        start, end = leg
        text = lines(
            f"🚆 {label}",
            t(
                lang,
                "facts.ends",
                origin=_label(ctx, start.station),
                leaves=clock_time(start.departure or start.arrival),
                destination=_label(ctx, end.station),
                arrives=clock_time(end.arrival or end.departure),
                day=end.day,
            ),
            run_days(lang, route.train.run_days),
            source_note(lang, answer, ctx.now),
        )
        shown = _shown(request, train, origin=start.station.code, destination=end.station.code)
        return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True)).about(shown)
    # a city's stations come main first: its main station where the train calls there
    by_code = {stop.station.code: stop for stop in reversed(route.stops)}
    on_route = [by_code[code] for code in wanted if code in by_code]
    halts = [stop for stop in on_route if stop.is_halt]
    asked = _label(ctx, station_of(ctx.index, wanted[0]))
    if not halts:
        key = N_("stops.passes") if on_route else N_("stops.no")
        text = lines(t(lang, key, train=label, station=asked), source_note(lang, answer, ctx.now))
        return say(Reply(text=text, quick_replies=tuple(quick[1:]), shows_card=True))
    stop = halts[0]
    leaving = stop is first or (request.moment == "departure" and stop is not last)
    booked = _booked_run(ctx, route)
    # "when does 12951 reach kota" (or "kota kab pahunchti hai") of a run on its way there: when
    # it is expected first, as "when will it reach" is told, then the timetable's time
    on_its_way = _on_its_way_there(ctx, request, route, stop, booked, leaving=leaving)
    expected = "" if on_its_way is None else await _expected_there(ctx, train, stop, on_its_way)
    said = _due_line(lang, label, _label(ctx, stop.station), stop, request, first, last)
    if booked is not None and request.fact != "halt":
        said = _booked_line(ctx, label, route, stop, booked, leaving=leaving) or said
    elif not leaving and request.moment != "departure" and request.fact != "halt" and stop.day > 1:
        # "when does it reach delhi": "day 3 of its run" alone is no date; the next run's is
        said = lines(said, _next_run_line(ctx, route, stop))
    # the railway's change to the run in hand: the booked one, else the journey's on its day
    run = booked or _run_of_the_journey(ctx, route)
    text = lines(
        expected,
        said,
        await stop_caveat(ctx, route, stop.station.code, leaving=leaving, start=run),
        source_note(lang, answer, ctx.now),
    )
    here = LiveStatus(train=train, at=(stop.station.code,), date=booked)
    quick[0] = chip(t(lang, "chip.live"), here)
    shown = _shown(request, train, station=stop.station.code)
    return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True)).about(shown)


# How long past its timetable's time at a station a run is still taken to be on its way there.
_LATE_THERE: Final = dt.timedelta(hours=2)


def _on_its_way_there(
    ctx: Context,
    request: TrainFacts,
    route: models.TrainRoute,
    stop: RouteStop,
    booked: dt.date | None,
    *,
    leaving: bool,
) -> dt.date | None:
    """The start date of the run on its way to the station a question of when the train gets
    there asks of ("when does it reach", "kab pahunchti hai"), no day nor booking in hand: one
    that has left its first station by the timetable and is not due there over two hours ago;
    None when there is none. Its live status says when it is expected, whatever the verb's
    tense or the language."""
    if leaving or request.fact == "halt" or request.moment != "arrival":
        return None  # its reaching asked ("reach", "pahunchti"), not its times there
    if booked is not None or request.date is not None or _journey_in_hand(ctx):
        return None  # a booking's, a day's, a journey's being planned: the timetable's
    index = route.stops.index(stop)
    for start in reversed(runs_on_the_move(route, ctx.now)):  # the earliest still to get there
        due = due_stops(route, start, ctx.now.tzinfo)
        there = due[index].arrival or due[index].departure
        if there is not None and ctx.now < there + _LATE_THERE:
            return start
    return None


async def _expected_there(ctx: Context, train: str, stop: RouteStop, start: dt.date) -> str:
    """ "Expected at Kota Jn (KOTA) at 03:40 (tomorrow), due 03:15.": when the run on its way
    gets to the stop, by its live status; empty when that cannot be had (the timetable then
    answers alone) or the run has not started after all."""
    try:
        answer = await ctx.provider.live_status(train, start)
    except RailwayError:
        return ""
    status = timetabled(answer.data, ctx.now)
    if not_started(status):
        return ""
    asked = LiveStatus(train=train, date=start, at=(stop.station.code,), focus="arrival")
    return first_answer(ctx, asked, status)


def _journey_in_hand(ctx: Context) -> bool:
    """Whether the conversation is about a journey being planned (trains listed between two
    places, a fare, seats): "when will it get there?" then asks of the trip, not of a run."""
    subject = ctx.subject
    return subject is not None and isinstance(
        subject.request, TrainsBetween | Fare | SeatAvailability
    )


def _leg(request: TrainFacts, route: models.TrainRoute) -> tuple[RouteStop, RouteStop] | None:
    """The stops a journey asked about starts and ends at, when the question gives both ends
    and no station of its own, and the train calls at both in that order; else None."""
    if not (request.origin and request.destination) or request.station:
        return None
    stops = list(route.stops)
    start, end = _halt_at(stops, request.origin), _halt_at(stops, request.destination)
    if start is None or end is None or stops.index(end) <= stops.index(start):
        return None
    return start, end


def _halt_at(stops: list[RouteStop], wanted: tuple[str, ...]) -> RouteStop | None:
    """The stop among `wanted` (a city's stations, main first) the train calls at, as
    `city_stop` picks it."""
    halts = [stop for stop in stops if stop.is_halt]
    code = city_stop(wanted, [stop.station.code for stop in halts])
    return next((stop for stop in halts if stop.station.code == code), None)


def _booked_run(ctx: Context, route: models.TrainRoute) -> dt.date | None:
    """The start date of the run the booking in hand travels on, when the conversation is about
    a PNR on this train (its boarding station and journey date known); None otherwise."""
    subject = ctx.subject
    if subject is None or subject.pnr is None:
        return None
    return _start_of_the_run(ctx, route)


def _run_of_the_journey(ctx: Context, route: models.TrainRoute) -> dt.date | None:
    """The start date of the run of the journey in hand on this train (one train of the trains
    listed for a day, its fare or seats that day), when that day is to come; None otherwise."""
    subject = ctx.subject
    if subject is None or subject.date is None or subject.date < ctx.today:
        return None
    if not isinstance(subject.request, TrainsBetween | Fare | SeatAvailability):
        return None
    return _start_of_the_run(ctx, route)


def _start_of_the_run(ctx: Context, route: models.TrainRoute) -> dt.date | None:
    """The start date of the run that leaves the subject's boarding station on its date, on this
    train; None when the subject is of another train or lacks either."""
    subject = ctx.subject
    if subject is None or subject.train != route.train.number:
        return None
    if subject.date is None or subject.origin is None:
        return None
    boarding = route.stop_at(subject.origin)
    if boarding is None:
        return None
    return subject.date - dt.timedelta(days=max(0, boarding.day - 1))


def _booked_line(
    ctx: Context,
    label: str,
    route: models.TrainRoute,
    stop: RouteStop,
    start: dt.date,
    *,
    leaving: bool,
) -> str:
    """ "On your booked journey, 12627 … reaches New Delhi (NDLS) at 09:15 on Tue 8 Dec": the
    stop's time on the booked run, with its date, never "day 3 of its run"; empty when the
    timetable has no such time."""
    due = due_stops(route, start, ctx.now.tzinfo)[route.stops.index(stop)]
    moment = (due.departure or due.arrival) if leaving else (due.arrival or due.departure)
    if moment is None:
        return ""
    leaves = leaving or due.arrival is None
    key = N_("facts.booked_leaves") if leaves else N_("facts.booked_reaches")
    return t(
        ctx.language,
        key,
        train=label,
        station=_label(ctx, stop.station),
        time=clock_time(moment),
        day=day_date(ctx.language, moment.date(), ctx.today),
    )


def _next_run_line(ctx: Context, route: models.TrainRoute, stop: RouteStop) -> str:
    """ "Leaving KSR Bengaluru City Jn (SBC) today at 19:20, it gets there on Fri 20 Nov at
    09:15.": when the next run to get to the stop reaches it, with both dates: the run being
    followed, when its live status was just shown, else one on its way there now, else the next
    to leave its first station; empty when the timetable gives no such times or no run within a
    week."""
    origin = _label(ctx, route.stops[0].station)
    shown = ctx.run_in_hand(route.train.number)
    followed = _leaves_and_reaches(ctx, route, shown, stop) if shown is not None else None
    if shown is not None and followed is not None and followed[1] > ctx.now:
        # "when does it reach bangalore" after its live status: the run being followed, not
        # the next one to leave (unless it has been there already)
        return t(
            ctx.language,
            "facts.shown_run_reaches",
            origin=origin,
            leaves_day=day_date(ctx.language, shown, ctx.today),
            day=day_date(ctx.language, followed[1].date(), ctx.today),
            time=clock_time(followed[1]),
        )
    # The run that gets there next: one already on its way (left a day or two ago) before the
    # next to leave its first station, as "when does it reach delhi" of a train running now means
    for ahead in range(1 - stop.day, 8):
        start = ctx.today + dt.timedelta(days=ahead)
        if not runs_on(route, start):
            continue
        times = _leaves_and_reaches(ctx, route, start, stop)
        if times is None:
            return ""
        leaves, there = times
        if there <= ctx.now:
            continue
        if stop is route.stops[0]:  # its first station: when the next run leaves it
            return next_run_leaves(ctx, origin, start, leaves)
        if leaves <= ctx.now:
            return t(
                ctx.language,
                "facts.shown_run_reaches",
                origin=origin,
                leaves_day=day_date(ctx.language, start, ctx.today),
                day=day_date(ctx.language, there.date(), ctx.today),
                time=clock_time(there),
            )
        return t(
            ctx.language,
            "facts.next_run_reaches",
            origin=origin,
            leaves_day=day_date(ctx.language, start, ctx.today),
            leaves=clock_time(leaves),
            day=day_date(ctx.language, there.date(), ctx.today),
            time=clock_time(there),
        )
    return ""


def _leaves_and_reaches(
    ctx: Context, route: models.TrainRoute, start: dt.date, stop: RouteStop
) -> tuple[dt.datetime, dt.datetime] | None:
    """When the run that starts on `start` leaves its first station and reaches `stop`, by the
    timetable; None when it gives either time no clock."""
    due = due_stops(route, start, ctx.now.tzinfo)
    leaves, there = due[0].departure, due[route.stops.index(stop)].arrival
    return None if leaves is None or there is None else (leaves, there)


def _due_line(
    language: Language,
    label: str,
    station: str,
    stop: RouteStop,
    request: TrainFacts,
    first: RouteStop,
    last: RouteStop,
) -> str:
    """`12627 Karnataka Express reaches Bhopal Jn (BPL) at 22:05 on day 2 and leaves at 22:15.`"""
    values = {"train": label, "station": station, "day": stop.day}
    arrives, leaves = clock_time(stop.arrival), clock_time(stop.departure)
    if stop is first or stop.arrival is None:
        return t(language, "facts.leaves_first", time=leaves, **values)
    if stop is last or stop.departure is None:
        return t(language, "facts.reaches_last", time=arrives, **values)
    if request.fact == "halt" and stop.arrival is not None and stop.departure is not None:
        gone, came = stop.departure, stop.arrival
        minutes = (gone.hour * 60 + gone.minute - came.hour * 60 - came.minute) % (24 * 60)
        return t(language, "facts.halts", minutes=minutes, arrives=arrives, leaves=leaves, **values)
    key = N_("facts.leaves_then") if request.moment == "departure" else N_("facts.reaches_then")
    return t(language, key, arrives=arrives, leaves=leaves, **values)


# --- classes -------------------------------------------------------------------------------------


def _classes(ctx: Context, request: TrainFacts, answer: Sourced[models.TrainRoute]) -> Outcome:
    lang, route = ctx.language, answer.data
    label = train_label(route.train)
    train = route.train.number
    has = route.train.classes
    wanted = request.journey_class
    if not has:
        key = N_("facts.classes_unknown")
        return say(Reply(text=lines(t(lang, key, train=label), source_note(lang, answer, ctx.now))))
    listed = ", ".join(class_words(lang, code) for code in has)
    cooled = [code for code in has if code in AC_CLASSES]
    if request.any_ac and cooled:
        ac = ", ".join(class_words(lang, code) for code in cooled)
        first = t(lang, "facts.has_ac", train=label, classes=ac)
    elif request.any_ac:
        first = nt(lang, "facts.no_ac", len(has), train=label, classes=listed)
    elif wanted is None:
        first = nt(lang, "facts.classes", len(has), train=label, classes=listed)
    elif wanted in has:
        first = t(lang, "facts.has_class", train=label, journey_class=class_words(lang, wanted))
    else:
        missing = class_words(lang, wanted)
        first = nt(
            lang, "facts.no_class", len(has), train=label, journey_class=missing, classes=listed
        )
    text = lines(first, source_note(lang, answer, ctx.now))
    ends = {"from": route.stops[0].station.code, "to": route.stops[-1].station.code}
    shown = wanted if wanted in has else None
    offers: list[tuple[str, Packable]] = [
        (
            t(lang, "facts.chip_seats", journey_class=code),
            SeatAvailability(train=train, journey_class=code, **ends),
        )
        for code in ((shown,) if shown else has[:3])
    ]
    fare = Fare(train=train, journey_class=shown, **ends)
    offers.append((t(lang, "chip.fare_of", train=train), fare))
    return say(Reply(text=text, quick_replies=tuple(chips(offers))))


# --- days ----------------------------------------------------------------------------------------


async def _days(ctx: Context, request: TrainFacts, answer: Sourced[models.TrainRoute]) -> Outcome:
    lang, route = ctx.language, answer.data
    label = train_label(route.train)
    train = route.train.number
    first = route.stops[0]
    origin = _label(ctx, first.station)
    days = run_days(lang, route.train.run_days)
    quick = (
        chip(t(lang, "chip.live"), LiveStatus(train=train)),
        chip(t(lang, "chip.route"), TrainRoute(train=train)),
    )
    if not days:
        text = lines(t(lang, "facts.days_unknown", train=label), source_note(lang, answer, ctx.now))
        return say(Reply(text=text, quick_replies=quick, shows_card=True))
    days_line = t(lang, "facts.days", origin=origin, days=days, time=clock_time(first.departure))
    said: list[str] = []
    day = request.date
    runs = True  # on the day asked, if any
    cancelled = False  # that day's run, by the railway
    if day is not None:
        when = day_date(lang, day, ctx.today)
        # asked from a stop its run gets to a day or more after it starts (22643 starts on
        # Mondays, reaches Bengaluru on Tuesdays): whether it leaves there that day, by the run
        # that started before
        at = _later_stop(route, request)
        run_day = day - dt.timedelta(days=days_into(route, at))
        runs = runs_on(route, run_day)
        key = N_("facts.runs_yes") if runs else N_("facts.runs_no")
        ends = (route.stops[0].station.code, route.stops[-1].station.code)
        change = await run_change(ctx, train, run_day, ends) if runs else None
        if at is not None and not runs:
            said.append(_not_from(ctx, route, at, day))
            key = ""
        elif at is not None and change is None:
            station = _label(ctx, station_of(ctx.index, at))
            said.append(t(lang, "facts.runs_yes_from", train=label, day=when, station=station))
            key = ""
        if change is not None and change.cancelled:
            key = N_("facts.runs_cancelled")  # a run day, but the railway cancelled that run
            runs, cancelled = False, True
        elif change is not None and change.part is not None:
            start, end = (_label(ctx, station) for station in change.part)
            said.append(t(lang, "facts.runs_part", train=label, day=when, start=start, end=end))
            key = ""
        if key:
            said.append(t(lang, key, train=label, day=when, origin=origin))
        if runs and change is None:
            said.extend(await _moved(ctx, train, run_day, first))
    elif request.daily:  # "roz chalti hai?": yes or no, then the days it runs
        every = set(WEEKDAYS) <= {day.upper()[:3] for day in route.train.run_days or ()}
        key = N_("facts.daily_yes") if every else N_("facts.daily_no")
        spoken = run_days(lang, route.train.run_days, in_sentence=True)  # "daily except Wed"
        said.append(t(lang, key, train=label, days=spoken))
    else:
        said.append(f"🚆 {label}")
    text = lines(*said, days_line, source_note(lang, answer, ctx.now))
    reply = say(Reply(text=text, quick_replies=quick, shows_card=True))
    # A day it does not run is no day of the conversation: "CC fare?" next is not for that day;
    # a run the railway cancelled is in hand as cancelled ("kab chalegi phir?": the next one)
    return reply if runs else reply.about(_shown(request, train, date=None, cancelled=cancelled))


def _later_stop(route: models.TrainRoute, request: TrainFacts) -> str | None:
    """The stop the question is asked from (its journey's start, else the station named), when
    the run gets there a day or more after it starts; None otherwise."""
    stops = {stop.station.code for stop in route.stops}
    for candidates in (request.origin, request.station):
        # a city's stations ("bangalore"): the one the train calls at
        code = next((code for code in candidates if code in stops), None)
        if code is not None:
            return code if days_into(route, code) else None
    return None


def _not_from(ctx: Context, route: models.TrainRoute, code: str, day: dt.date) -> str:
    """ "No, 22643 ... doesn't leave Bengaluru SMVT (SMVB) on Mon 23 Nov: it leaves there on Tue,
    next on Tue 24 Nov." """
    lang = ctx.language
    values = {
        "train": train_label(route.train),
        "station": _label(ctx, station_of(ctx.index, code)),
        "day": day_date(lang, day, ctx.today),
        "days": run_days(lang, leaving_weekdays(route, code), in_sentence=True),
    }
    following = next_leaving(route, code, day)
    if following is None:
        return t(lang, "facts.runs_no_from", **values)
    return t(lang, "facts.runs_no_from_next", next=day_date(lang, following, ctx.today), **values)


async def _moved(ctx: Context, train: str, day: dt.date, first: RouteStop) -> list[str]:
    """The run's new start when the railway rescheduled it ("is it running today?": yes, and it
    now leaves at 08:30, never the timetable's 06:00 alone); nothing when no source says so."""
    run = await run_of(ctx, train, day)
    moved = rescheduled_start(run.data) if run is not None else None
    if moved is None:
        return []
    station = _label(ctx, first.station)
    values = {"station": station, "time": clock_time(moved), "was": clock_time(first.departure)}
    return [t(ctx.language, "facts.runs_rescheduled", **values)]


# --- what only some sources give: the coach position, a pantry car ----------------------------


async def _on_board(ctx: Context, request: TrainFacts, train: str) -> Outcome:
    """Coach position or a pantry car: from the route's source (RailRadar gives the coach
    position), else from the booking in hand on this train (IRCTC1's PNR gives both), with the
    source and its age; where the data in use gives neither, said so, with where to look."""
    lang = ctx.language
    label = train
    found: Sourced[models.Train] | None = None
    with contextlib.suppress(RailwayError):  # the answer is the same without the train's name
        route = await ctx.provider.train_route(train)
        label = train_label(route.data.train)
        found = _train_of(route, route.data.train)
    if found is None or _unknown(found.data, request.fact):
        found = await _booked_train(ctx, train) or found
    quick = (
        chip(t(lang, "chip.live"), LiveStatus(train=train)),
        chip(t(lang, "chip.route"), TrainRoute(train=train)),
    )
    known = found if found is not None and not _unknown(found.data, request.fact) else None
    if (
        known is None
        and request.fact == "pantry"
        and found is not None
        and meals_included(found.data)
    ):
        # A Rajdhani, Shatabdi, Duronto, Vande Bharat, Tejas or Gatimaan: meals come with the fare.
        text = t(lang, "facts.meals_included", train=label)
    elif known is None:
        key = (
            N_("facts.coaches_unknown") if request.fact == "coaches" else N_("facts.pantry_unknown")
        )
        text = t(lang, key, train=label)
    else:
        if request.fact == "coaches":
            coaches = " → ".join(
                coach_label(lang, part)
                for part in _COACH_SPLIT.split(known.data.coach_position or "")
                if part
            )
            said = t(lang, "facts.coaches", train=label, coaches=coaches)
        else:
            key = N_("facts.pantry_yes") if known.data.has_pantry else N_("facts.pantry_no")
            said = t(lang, key, train=label)
        text = lines(said, source_note(lang, known, ctx.now))
    return say(Reply(text=text, quick_replies=quick)).about(_shown(request, train))


_COACH_SPLIT = re.compile(r"[\s,\-–>]+")

# Kinds of train whose fare includes meals served on board (by name or the source's type code);
# a Jan Shatabdi's does not.
_MEALS_KINDS: Final = re.compile(
    r"\b(?:rajdhani|shatabdi|duronto|vande\s*bharat|tejas|gatimaan|raj|sht|shtb|drnt|dur|vb)\b"
)
_NO_MEALS: Final = re.compile(r"\bjan\b|\bjanshatabdi\b|\bjshtb?\b")


def meals_included(train: models.Train) -> bool:
    """Whether meals are served on board with a catering charge in the fare: a Rajdhani,
    Shatabdi, Duronto, Vande Bharat, Tejas or Gatimaan (not a Jan Shatabdi)."""
    kind = f"{train.name} {train.type or ''}".lower()
    return bool(_MEALS_KINDS.search(kind)) and not _NO_MEALS.search(kind)


def _unknown(train: models.Train, fact: str) -> bool:
    return not train.coach_position if fact == "coaches" else train.has_pantry is None


def _train_of(answer: Sourced[Any], train: models.Train) -> Sourced[models.Train]:
    return Sourced(data=train, source=answer.source, as_of=answer.as_of, stale=answer.stale)


async def _booked_train(ctx: Context, train: str) -> Sourced[models.Train] | None:
    """The train as the booking in hand describes it (its PNR is on this train), if any."""
    subject = ctx.subject
    if subject is None or subject.pnr is None or subject.train != train:
        return None
    with contextlib.suppress(RailwayError):
        booking = await ctx.provider.pnr_status(subject.pnr)
        return _train_of(booking, booking.data.train)
    return None
