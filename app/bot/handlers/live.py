"""Live running status: where the train is, how late, the last and the next station; first, the
answer to a narrower question ("is it late?", "kab pahunchegi", "platform?": live_answers).

Which run: a date given is the train's start date at its origin. Without one, the run the
traveller most likely means: the one on the move now by the timetable (a long-distance train
that started yesterday is the one arriving today), else today's. A PNR's button gives instead the
date the train leaves the passenger's boarding station, which the route turns into a start date.

A run that has not started says so ("not started yet, scheduled 19:20"), never "on time";
predicted times are shown as expected times, an estimated position as estimated. When live
status is not available, the timetable answers ("due at Bhopal Jn (BPL) 22:05 on day 2"),
never an offer of start days to come.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from app.bot.format import (
    chip,
    chip_day,
    chips,
    clock_time,
    day_date,
    delay,
    duration,
    lines,
    local_time,
    on_day,
    run_days,
    sentence_day,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.asking import require_train
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.live_answers import (
    first_answer,
    next_run_leaves,
    says_only_the_run,
    stop_asked,
)
from app.bot.handlers.lookups import city_stop, station_of, stations_named
from app.bot.handlers.names import not_in_sample
from app.bot.handlers.railway_errors import ask_again_note, failure, lasting
from app.bot.handlers.route import next_departure
from app.bot.handlers.run_state import (
    due_there,
    expected_at,
    expected_late_start,
    next_stop,
    not_started,
    off_the_run,
    overdue_start,
    reported_arrival,
    rescheduled_start,
    skipped_by_diversion,
    timetabled,
)
from app.bot.handlers.runs_again import runs_again
from app.bot.handlers.timetable import (
    DueStop,
    by_the_clock,
    due_stops,
    next_run,
    previous_runs,
    runs_on,
    runs_on_the_move,
    span,
)
from app.bot.replies import QuickReply, Reply
from app.bot.requests import Fare, LiveStatus, SeatAvailability, StopsAt, TrainRoute
from app.bot.state import Subject
from app.errors import (
    InvalidArgument,
    NotFound,
    NotInSample,
    NotOffered,
    NotRunningOnDate,
    RailwayError,
    UpstreamUnavailable,
)
from app.i18n import N_, formats, t
from app.i18n.language import Language
from app.railways import models
from app.railways.models import LiveStop, RunState, Sourced
from app.railways.projection import projected_location
from app.railways.stations import StationIndex

# A position the provider last heard of this long ago is said with its time: trains report at
# stations, and a few minutes between reports is normal.
POSITION_REPORT_OLD_MIN = 10


async def live_status(ctx: Context, request: LiveStatus) -> Outcome:
    lang = ctx.language
    train = require_train(ctx, request, request.train, t(lang, "live.ask_train"))
    if request.focus == "runs_again":  # "kab chalegi phir?" after a cancelled run: the next
        again = await runs_again(ctx, train, request.date)
        if again is not None:
            return again
        request = request.model_copy(update={"focus": None})
    if request.focus == "train":
        overview = await _overview(ctx, train, timing=request.timing)
        if overview is not None:
            return overview
        request = request.model_copy(update={"focus": None})
    # The timetable chooses the run when none is named; a run named needs it only to answer
    # without live status.
    boarding_day = request.boarding is not None and request.started is None
    needs_route = request.date is None or boarding_day or _arriving_on(request)
    route = await _route(ctx, train) if needs_route else None
    start, today_too = _run(ctx, request, route)
    try:
        answer = await ctx.provider.live_status(train, start)
    except NotRunningOnDate:
        route = route or await _route(ctx, train)
        return _not_running(ctx, request, train, start, route)
    except (NotFound, NotOffered, UpstreamUnavailable, InvalidArgument) as exc:
        # (A provider refusing the arguments of a well-formed question is no fault of the
        # traveller's: the timetable answers, as when the run has no live status.)
        unknown = False
        if route is None:
            route, unknown = await _route_or_unknown(ctx, train)
        if route is not None:
            failed = exc if isinstance(exc, UpstreamUnavailable) else None
            return _from_timetable(ctx, request, start, route, failed=failed)
        if isinstance(exc, UpstreamUnavailable):
            return say(failure(lang, exc, request.model_copy(update={"date": start})))
        if isinstance(exc, NotInSample):
            return not_in_sample(ctx, request)
        if unknown and isinstance(exc, NotFound):
            # no run and no timetable of that number anywhere (RailRadar's TRAIN_NOT_FOUND for
            # both): the number is wrong, not the run's live status missing
            return say(Reply(text=t(lang, "route.no_train", train=train)))
        return _no_status(ctx, train, start, exc)
    except RailwayError as exc:
        return say(failure(lang, exc, request.model_copy(update={"date": start})))
    # tomorrow's run, not started: its timetable's times, never a delay copied from today's run
    status = timetabled(answer.data, ctx.now)
    if request.timing and _over(status):  # "bhopal shatabdi ka time" after its run got there
        route = route or await _route(ctx, train)
        if route is not None and route.data.stops:
            return _timings_after_the_run(ctx, request, route, status)
    later = _next_run_there(ctx, request, status, route) or _run_there_before(
        request, status, route
    )
    if later is not None:  # "when will it reach guntakal" after this run passed it: the next
        moved = request.model_copy(update={"date": later, "switched": True})
        return _as_asked(await live_status(ctx, moved), request)
    if _not_a_stop(request, [stop.station.code for stop in status.stops]):
        note = source_note(lang, answer, ctx.now)
        lead = first_answer(ctx, request, status)
        return _not_a_stop_answer(ctx, request, (status.train, status.start_date), note, lead)
    switched = _switched_to(ctx, request, status.start_date)
    # A question carried to another day ("aur kal wali?" after "kitna late hai"): its answer
    # only when it tells more than the card of that run does
    carried = bool(switched) and says_only_the_run(ctx, request, status)
    text = lines(
        switched,
        "" if carried else first_answer(ctx, request, status),
        _next_run_due_there(ctx, request, status, route),
        f"🚆 {train_label(status.train)}",
        _run_line(ctx, status),
        *_changes(lang, status, ctx.index),
        *_position_lines(lang, status, ctx.now),
        _reported(lang, status, ctx.now),
        await _today_line(ctx, route.data, status) if today_too and route is not None else "",
        source_note(lang, answer, ctx.now),
    )
    quick: list[QuickReply] = [
        chip(t(lang, "chip.refresh"), _refreshed(request, status.start_date)),
        chip(t(lang, "chip.route"), TrainRoute(train=train)),
    ]
    if today_too:
        quick.append(run_chip(ctx, train, ctx.today))
    other = _other_kal(ctx, request, status.start_date)
    if other is not None:
        quick.append(other)
    if switched and status.start_date != ctx.today and not today_too:
        # moved to another day's run ("aur kal wali?"): today's, the run between, a tap away
        route = route or await _route(ctx, train)
        if route is not None and runs_on(route.data, ctx.today):
            quick.append(run_chip(ctx, train, ctx.today))
    answered = say(Reply(text=text, quick_replies=tuple(quick), shows_card=True))
    # (the button's start date is the button's: a follow-up that moves the day moves the run)
    ran = request.model_copy(update={"shown": status.start_date, "started": None})
    if status.cancelled:
        return answered.about(_cancelled_run_shown(ran, status))
    shown = _journey_said(ctx, Subject.of(request).model_copy(update={"request": ran}), status)
    return answered.about(_at_the_stop_asked(shown, request, status))


def _refreshed(request: LiveStatus, start: dt.date) -> LiveStatus:
    """The run shown, again: its start date; a board's button (the day the train is at its
    station, and the run's start date) as it was, so that the run refreshed is this one even
    without the timetable, never the start date read as the day there."""
    if request.started is None or request.date is None:
        return request.model_copy(update={"date": start, "started": None})
    return request.model_copy(update={"started": start})


def _journey_said(ctx: Context, shown: Subject, status: models.LiveStatus) -> Subject:
    """The subject with the journey the message named on the train ("12627 from Bengaluru to
    Kota": its live status, and SBC → KOTA in hand), each end the first of its stations the
    train calls at, the start before the end; so that "how long does it take?", "kitne stops
    hai" next are of that stretch, not the whole run. As it was when the message named no
    journey the train makes that way."""
    origins, destinations = ctx.journey
    if shown.journey is not None or not (origins and destinations):
        return shown
    calls = [stop.station.code for stop in status.stops]
    start = next((at for at, code in enumerate(calls) if code in origins), None)
    if start is None:
        return shown
    end = next((at for at, code in enumerate(calls) if at > start and code in destinations), None)
    if end is None:
        return shown
    return shown.model_copy(update={"origin": calls[start], "destination": calls[end]})


def _over(status: models.LiveStatus) -> bool:
    """Whether the run got to its last station (a cancelled run is no run that is over)."""
    return not status.cancelled and bool(status.stops) and status.stops[-1].has_arrived


def _timings_after_the_run(
    ctx: Context,
    request: LiveStatus,
    route: Sourced[models.TrainRoute],
    status: models.LiveStatus,
) -> Outcome:
    """ "Bhopal shatabdi ka time", "time of 12002" once the run asked about is over: the train's
    times by the timetable and the day of its next run, the run that got there said after them,
    never its status as if it were the answer."""
    lang, data = ctx.language, route.data
    first, last = data.stops[0], data.stops[-1]
    origin = station_label(station_of(ctx.index, first.station.code, first.station))
    upcoming = next_run(data, max(status.start_date, ctx.today - dt.timedelta(days=1)))
    ended = status.stops[-1]
    text = lines(
        f"🚆 {train_label(data.train)}",
        t(
            lang,
            "train.overview",
            origin=origin,
            leaves=clock_time(first.departure),
            destination=station_label(station_of(ctx.index, last.station.code, last.station)),
            arrives=clock_time(last.arrival),
            day=last.day,
        ),
        run_days(lang, data.train.run_days),
        t(
            lang,
            "live.timing_next_run",
            day=day_date(lang, upcoming, ctx.today),
            station=origin,
            time=clock_time(first.departure),
        )
        if upcoming is not None
        else "",
        t(
            lang,
            "live.timing_run_over",
            day=day_date(lang, status.start_date, ctx.today),
            station=station_label(ended.station),
            time=clock_time(ended.actual_arrival or ended.scheduled_arrival),
        ),
        source_note(lang, route, ctx.now),
    )
    train = data.train.number
    quick = [chip(t(lang, "chip.route"), TrainRoute(train=train))]
    if upcoming is not None:
        quick.append(chip(t(lang, "chip.live"), LiveStatus(train=train, date=upcoming)))
    shown = request.model_copy(update={"shown": upcoming or status.start_date, "timing": False})
    subject = Subject.of(request).model_copy(update={"request": shown})
    return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True)).about(subject)


def _at_the_stop_asked(shown: Subject, request: LiveStatus, status: models.LiveStatus) -> Subject:
    """What a status asked at a stop (or of its next stop) showed: that stop is the station in
    hand, so that "how long does it stop there?", "wahan platform?" next are about it (of a
    city's stations, the one the train calls at); the subject as it was when none was asked."""
    stop = city_stop(request.at, [stop.station.code for stop in status.stops])
    upcoming = next_stop(status) if request.focus == "next" else None
    if stop is None and upcoming is not None:  # "next station?": the stop it answered
        stop = upcoming.station.code
    return shown if stop is None else shown.model_copy(update={"station": stop})


def _as_asked(outcome: Outcome, request: LiveStatus) -> Outcome:
    """The answer for the next run there, its subject the question as asked (no day said: "when
    did it reach X" next is the run that passed it), with the run it showed."""
    shown = outcome.subject
    if shown is None or not isinstance(shown.request, LiveStatus):
        return outcome
    asked = request.model_copy(update={"shown": shown.request.shown})
    return outcome.about(shown.model_copy(update={"request": asked, "date": request.date}))


def _cancelled_run_shown(request: LiveStatus, status: models.LiveStatus) -> Subject:
    """What a cancelled run's status showed: the train, cancelled ("what happens to my ticket?"
    is its refund), and the journey it was to make, so that "any other train?", "koi aur
    gaadi" is the other trains between its ends."""
    shown = Subject.of(request).model_copy(update={"cancelled": True, "request": request})
    if not status.stops:
        return shown
    ends = {"origin": status.stops[0].station.code, "destination": status.stops[-1].station.code}
    return shown.model_copy(update=ends)


def _next_run_there(
    ctx: Context,
    request: LiveStatus,
    status: models.LiveStatus,
    route: Sourced[models.TrainRoute] | None,
) -> dt.date | None:
    """The start of the next run, when "when will it reach X" (no day said) was read as a run
    that has already been there: the run after it that will get there; None otherwise."""
    if not request.coming or request.date is not None or not request.at or route is None:
        return None
    there = stop_asked(request.at, status.stops)
    if there is None or not (there.has_arrived or there.has_departed):
        return None
    for days in range(1, 8):
        day = status.start_date + dt.timedelta(days=days)
        if runs_on(route.data, day):
            return day
    return None


def _run_there_before(
    request: LiveStatus, status: models.LiveStatus, route: Sourced[models.TrainRoute] | None
) -> dt.date | None:
    """The start of the run before, when "when did it reach agra" (the past said, no day) was
    read as a run not there yet: the latest run that got there (or passed it); None otherwise."""
    if not request.finished or request.date is not None or not request.at or route is None:
        return None
    there = stop_asked(request.at, status.stops)
    if there is None or there.has_arrived or there.has_departed:
        return None
    for days in range(1, 8):
        day = status.start_date - dt.timedelta(days=days)
        if runs_on(route.data, day):
            return day
    return None


# What a question of a station passed may ask of the run due there next: its time, platform.
_ASKED_OF_THE_NEXT_RUN: Final = frozenset({"arrival", "departure", "platform"})


def _next_run_due_there(
    ctx: Context,
    request: LiveStatus,
    status: models.LiveStatus,
    route: Sourced[models.TrainRoute] | None,
) -> str:
    """ "Its next run leaves KSR Bengaluru City Jn (SBC) on Wed 18 Nov at 19:20 and gets there
    on Wed 18 Nov at 19:36.": when the station asked about was already passed by the run shown
    (asked afresh with no day, not in the past), the run due there next, by the timetable,
    after the one that passed it; empty otherwise, and of a run the traveller follows ("when
    does it reach kota?" after its status is that run's alone)."""
    if request.date is not None or request.finished or route is None:
        return ""
    if ctx.run_in_hand(status.train.number) is not None:
        return ""
    if request.focus not in _ASKED_OF_THE_NEXT_RUN or not request.at:
        return ""
    there = stop_asked(request.at, status.stops)
    if there is None or not (there.has_arrived or there.has_departed):
        return ""
    data = route.data
    at = next((n for n, stop in enumerate(data.stops) if stop.station.code in request.at), None)
    for days in range(1, 8):
        start = status.start_date + dt.timedelta(days=days)
        if at is None or not runs_on(data, start):
            continue
        due = due_stops(data, start, ctx.now.tzinfo)
        leaves, reaches = due[0].departure, due[at].at
        if leaves is None or reaches is None:
            return ""
        origin = station_label(station_of(ctx.index, data.stops[0].station.code))
        if at == 0:  # its first station: the next run leaves it, never "gets there" as it goes
            return next_run_leaves(ctx, origin, start, leaves)
        return t(
            ctx.language,
            "facts.next_run_reaches",
            origin=origin,
            leaves_day=day_date(ctx.language, start, ctx.today),
            leaves=clock_time(leaves),
            day=day_date(ctx.language, reaches.date(), ctx.today),
            time=clock_time(reaches),
        )
    return ""


def _not_a_stop(request: LiveStatus, stops: list[str]) -> bool:
    """Whether the station asked about ("will it reach nagpur?") is none of the run's stops."""
    return bool(request.at) and bool(stops) and not set(stops) & set(request.at)


# Yes-or-no questions about getting to a station: "No, it doesn't stop there" answers them.
_WHETHER: Final = frozenset({"reaches", "left", "reached"})


def _not_a_stop_answer(
    ctx: Context,
    request: LiveStatus,
    run: tuple[models.Train, dt.date],
    note: str,
    lead: str = "",
) -> Outcome:
    """A train asked about at a station it does not stop at: that alone (no first where the
    question was yes or no; `lead`, the live answer's first line, where it has one), with its
    route and where it is now as buttons, never the position nobody asked for."""
    lang, (train, start) = ctx.language, run
    place = station_label(station_of(ctx.index, request.at[0]))
    key = N_("live.answer_no_stop") if request.focus in _WHETHER else N_("live.answer_not_on_route")
    said = lead or t(lang, key, train=train_label(train), station=place)
    where = LiveStatus(train=train.number, date=start)
    quick = chips(
        [
            (t(lang, "chip.route"), TrainRoute(train=train.number)),
            (t(lang, "chip.live"), where),
        ]
    )
    return say(Reply(text=lines(said, note), quick_replies=tuple(quick)))


def _switched_to(ctx: Context, request: LiveStatus, start: dt.date) -> str:
    """`Tomorrow's run:` when a follow-up moved the run to another day ("kal wali",
    "tomorrow's"), so that the day it switched to is said first, not left to a line further
    down; its date is the card's (`Run of Fri 4 Dec`, `Started Wed 2 Dec`), never said twice."""
    if not request.switched:
        return ""
    lang, day = ctx.language, day_date(ctx.language, start, ctx.today)
    key = {
        -1: N_("live.switched_yesterday"),
        0: N_("live.switched_today"),
        1: N_("live.switched_tomorrow"),
    }.get((start - ctx.today).days, N_("live.switched_day"))
    return t(lang, key, day=day)


def _other_kal(ctx: Context, request: LiveStatus, start: dt.date) -> QuickReply | None:
    """After "kal" read as one day (yesterday's run or tomorrow's), the other as a button."""
    if not request.kal or request.train is None:
        return None
    yesterday, tomorrow = ctx.today - dt.timedelta(days=1), ctx.today + dt.timedelta(days=1)
    other = {yesterday: tomorrow, tomorrow: yesterday}.get(start)
    return None if other is None else run_chip(ctx, request.train, other)


# A run's button says its day as the traveller reads it, from today: never from the run shown.
_RUN_CHIPS: Final = {
    -1: N_("live.chip_yesterday"),
    0: N_("live.chip_today"),
    1: N_("live.chip_tomorrow"),
}


def run_chip(ctx: Context, train: str, start: dt.date) -> QuickReply:
    """The button for the run of `train` that starts on `start`: "Yesterday's run", "Today's
    run", "Tomorrow's run" / "कल चली ट्रेन", "आज वाली ट्रेन", "कल चलने वाली ट्रेन" by its day
    from today, else "Run of Sun 6 Dec" / "6 दिसंबर वाली ट्रेन"; tapped, that run's status."""
    lang = ctx.language
    key = _RUN_CHIPS.get((start - ctx.today).days)
    if key is not None:
        label = t(lang, key)
    else:
        label = t(lang, "live.chip_run_of", day=chip_day(lang, start, ctx.today))
    return chip(label, LiveStatus(train=train, date=start))


async def _overview(ctx: Context, train: str, *, timing: bool = False) -> Outcome | None:
    """A train said alone: what it is (its ends, times and days), and what to ask about it, as
    buttons; None when the timetable does not know it. Its time asked ("time of bhopal
    shatabdi", "12002 ka time"): with the day and time its next run leaves, as its timings."""
    route = await _route(ctx, train)
    if route is None or not route.data.stops:
        return None
    lang, data = ctx.language, route.data
    first, last = data.stops[0], data.stops[-1]
    leaves = station_label(station_of(ctx.index, first.station.code, first.station))
    reaches = station_label(station_of(ctx.index, last.station.code, last.station))
    text = lines(
        f"🚆 {train_label(data.train)}",
        t(
            lang,
            "train.overview",
            origin=leaves,
            leaves=clock_time(first.departure),
            destination=reaches,
            arrives=clock_time(last.arrival),
            day=last.day,
        ),
        run_days(lang, data.train.run_days),
        next_departure(ctx, data) if timing else "",
        _journey_time(lang, data, ctx),
        _classes(lang, data.train.classes),
        t(lang, "train.what_about"),
        source_note(lang, route, ctx.now),
    )
    ends = {"from": first.station.code, "to": last.station.code}  # the whole run, to start with
    offers = [
        (t(lang, "chip.live"), LiveStatus(train=train)),
        (t(lang, "chip.route"), TrainRoute(train=train)),
        (t(lang, "chip.fare_of", train=train), Fare(train=train, **ends)),
        (t(lang, "chip.seats_of", train=train), SeatAvailability(train=train, **ends)),
    ]
    return say(Reply(text=text, quick_replies=tuple(chips(offers)), shows_card=True))


def _journey_time(language: Language, route: models.TrainRoute, ctx: Context) -> str:
    """`⏱ About 37h 55m end to end, 2,171 km.`; empty when the timetable gives no times."""
    times = span(due_stops(route, ctx.today, ctx.now.tzinfo))
    if times is None:
        return ""
    minutes = round((times[1] - times[0]).total_seconds() / 60)
    km = route.stops[-1].distance_km if route.stops else None
    took = duration(language, minutes)
    if km:
        return t(language, "train.journey_km", duration=took, km=formats.number(language, km))
    return t(language, "train.journey", duration=took)


def _classes(language: Language, classes: tuple[str, ...]) -> str:
    """`Classes: 1A 2A 3A SL`; empty when the source does not say."""
    return t(language, "train.classes", classes=" ".join(classes)) if classes else ""


# --- which run -----------------------------------------------------------------------------------


async def _route(ctx: Context, train: str) -> Sourced[models.TrainRoute] | None:
    """The train's timetable, when a source has it (to choose the run, and to fall back on)."""
    try:
        return await ctx.provider.train_route(train)
    except RailwayError:
        return None


async def _route_or_unknown(
    ctx: Context, train: str
) -> tuple[Sourced[models.TrainRoute] | None, bool]:
    """The train's timetable, else None and whether the sources say there is no such train."""
    try:
        return await ctx.provider.train_route(train), False
    except NotInSample:
        return None, False
    except NotFound:
        return None, True
    except RailwayError:
        return None, False


def _run(
    ctx: Context, request: LiveStatus, route: Sourced[models.TrainRoute] | None
) -> tuple[dt.date, bool]:
    """The start date of the run asked about, and whether today's run (not started yet) is worth
    a mention beside it."""
    if request.date is not None and request.started is not None:
        return request.started, False  # the button's own run (a board's), timetable or not
    if request.date is not None:
        start = _recent(request.date, ctx.today)
        if request.boarding is not None and route is not None:
            start = _start_date(route.data, start, request.boarding)
        elif _arriving_on(request) and route is not None:
            start = _start_date(route.data, start, *request.at)  # the run there that day
        return start, False
    in_hand = ctx.run_in_hand(request.train)  # the run just shown: the one followed
    if route is None:
        return in_hand or ctx.today, False
    if in_hand is not None and not _still_followed(route.data, in_hand, request, ctx.now):
        in_hand = None
    moving = runs_on_the_move(route.data, ctx.now)
    leaving = _next_to_leave(route.data, request, moving, ctx.now) if in_hand is None else None
    if leaving is not None:
        return leaving, False  # "which platform does it leave from?": the run yet to leave
    if in_hand is None:
        finished = _finished_run(route.data, ctx.now) if request.finished and not moving else None
        if finished is not None:
            return finished, False
        if not moving:
            return ctx.today, False
    # "I'm at Bhopal waiting for 12627" as a first question: the run due there next
    start = in_hand or _due_there_next(route.data, moving, request.at, ctx.now) or moving[0]
    stops = due_stops(route.data, ctx.today, ctx.now.tzinfo)
    later_today = bool(stops) and stops[0].departure is not None and stops[0].departure > ctx.now
    return start, start != ctx.today and later_today and runs_on(route.data, ctx.today)


# A run followed stays in hand this long after its timetable has it at its last station: a late
# train is still on its way ("platform?" as it comes in is its platform).
_LATE_GRACE: Final = dt.timedelta(hours=2)


def _still_followed(
    route: models.TrainRoute, start: dt.date, request: LiveStatus, now: dt.datetime
) -> bool:
    """Whether the run in hand is the one a question with no day means: not when it asks in the
    past of a run yet to leave ("when did it reach?" after tonight's run: the run that got
    there), nor of a run over by the timetable without asking in the past ("will it be late?"
    after the run that got there this morning: tonight's)."""
    times = span(due_stops(route, start, now.tzinfo))
    if times is None:
        return True
    left, over = times[0] <= now, times[1] + _LATE_GRACE <= now
    return left if request.finished else not over


def _next_to_leave(
    route: models.TrainRoute, request: LiveStatus, moving: list[dt.date], now: dt.datetime
) -> dt.date | None:
    """Of a question with no day of where a train leaves the station it starts from ("which
    platform does 12628 leave from?", "12628 kis platform se chalegi", "12628 platform at new
    delhi"): the start of the next run to leave it by the timetable, today's yet to start
    before the one on the move that left it yesterday; None for another station, or when a run
    on the move may still be there, up to two hours late (the one it already answers about)."""
    if request.focus not in _LEAVING_FOCI and not request.starting:
        return None
    first = route.stops[0].station.code if route.stops else None
    codes = request.at or ((first,) if request.starting and first else ())
    if first not in codes or not moving:
        # a station on the way is answered as passed, the run due there next beside it
        return None
    today = now.date()
    starts = sorted({*moving, *((today,) if runs_on(route, today) else ())})
    for start in starts:
        there = next(
            (due for due in due_stops(route, start, now.tzinfo) if due.stop.station.code in codes),
            None,
        )
        # a run on the move may run late to it: gone from it only well past its time
        grace = _LATE_GRACE if start in moving else dt.timedelta()
        if there is not None and there.departure is not None and there.departure + grace > now:
            return None if start in moving else start
    return None


# What a question of leaving a station asks of it: the platform it leaves from, when it leaves.
_LEAVING_FOCI: Final = frozenset({"platform", "departure"})


def _due_there_next(
    route: models.TrainRoute, moving: list[dt.date], at: tuple[str, ...], now: dt.datetime
) -> dt.date | None:
    """Of the runs on the move (latest first), the one due next at the station asked ("I'm at
    Bhopal waiting for 12627"): the earliest not yet due there by the timetable, never the run
    that just left its origin a day behind it; None when no station is asked or none is due."""
    if not at or len(moving) < 2:
        return None
    for start in reversed(moving):
        there = next(
            (due for due in due_stops(route, start, now.tzinfo) if due.stop.station.code in at),
            None,
        )
        if there is not None and there.at is not None and there.at > now:
            return start
    return None


def _finished_run(route: models.TrainRoute, now: dt.datetime) -> dt.date | None:
    """The start date of the latest run that got to its last station by `now`, when today's has
    not started (a night train asked of in the morning, "did it reach?"); None otherwise."""
    today = span(due_stops(route, now.date(), now.tzinfo)) if runs_on(route, now.date()) else None
    if today is not None and today[0] <= now:
        return None  # today's run has started (or is over): it is the one asked about
    for start in previous_runs(route, now.date(), now):
        times = span(due_stops(route, start, now.tzinfo))
        if times is not None and times[1] <= now:
            return start
    return None


def _recent(day: dt.date, today: dt.date) -> dt.date:
    """A date that can only be a recent run's ("17 Nov" read as next year's) is taken as this
    year's, since live status exists only for runs under way or just over."""
    if day > today + dt.timedelta(days=7):
        try:
            earlier = day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            return day
        if today - dt.timedelta(days=7) <= earlier <= today:
            return earlier
    return day


def _start_date(route: models.TrainRoute, on: dt.date, *boarding: str) -> dt.date:
    """The origin start date of the run that leaves `boarding` (or gets to it: the first of
    the codes it calls at) on `on`."""
    for stop in route.stops:
        if stop.station.code in boarding:
            return on - dt.timedelta(days=max(0, stop.day - 1))
    return on


def _arriving_on(request: LiveStatus) -> bool:
    """Whether the date asked is the day the train gets to the station asked about ("will it
    reach delhi tomorrow?"), said so in the message (not a run switched to by a follow-up)."""
    dated = request.date is not None and not request.switched and request.boarding is None
    return dated and bool(request.at) and request.arriving


def _run_line(ctx: Context, status: models.LiveStatus) -> str:
    """Which run, worded by its state: `Started Wed 2 Dec` only for a run that has started."""
    language = ctx.language
    day = day_date(language, status.start_date, ctx.today)
    if status.cancelled:
        return t(language, "live.run_cancelled", day=day)
    if not_started(status):
        if not status.stops:
            return t(language, "live.run_not_started", day=day)
        first = status.stops[0]
        moved_to = rescheduled_start(status)
        if moved_to is not None:
            past = overdue_start(status, ctx.now) is not None
            key = N_("live.run_rescheduled_overdue") if past else N_("live.run_rescheduled_leaves")
            return t(
                language,
                key,
                day=day,
                station=station_label(first.station),
                time=clock_time(moved_to),
                was=clock_time(first.scheduled_departure),
            )
        overdue = overdue_start(status, ctx.now)
        if overdue is not None:
            return t(
                language,
                "live.run_not_started_overdue",
                day=day,
                station=station_label(first.station),
                time=clock_time(overdue),
            )
        late = expected_late_start(first, ctx.now)
        if late is not None:
            # expected to leave late: the time a station's board shows, never the timetable's
            return t(
                language,
                "live.run_not_started_late",
                day=day,
                station=station_label(first.station),
                time=clock_time(first.expected_departure),
                due=clock_time(first.scheduled_departure),
                delay=delay(language, late),
            )
        return t(
            language,
            "live.run_not_started_leaves",
            day=day,
            station=station_label(first.station),
            time=clock_time(first.scheduled_departure),
        )
    return t(language, "live.started", day=day)


async def _today_line(ctx: Context, route: models.TrainRoute, shown: models.LiveStatus) -> str:
    """Today's run, beside an earlier one shown: when it leaves; after a cancelled run, only
    once today's is known not to be cancelled too (a train cancelled for days is said so)."""
    if not shown.cancelled:
        return _today_too(ctx.language, route, ctx)
    try:
        today = (await ctx.provider.live_status(route.train.number, ctx.today)).data
    except RailwayError:
        return _today_too(ctx.language, route, ctx)
    if today.cancelled:
        return t(ctx.language, "live.today_cancelled_too")
    return _today_too(ctx.language, route, ctx)


def _today_too(language: Language, route: models.TrainRoute, ctx: Context) -> str:
    stops = due_stops(route, ctx.today, ctx.now.tzinfo)
    first = stops[0]
    return t(
        language,
        "live.today_run",
        station=station_label(station_of(ctx.index, first.stop.station.code, first.stop.station)),
        time=clock_time(first.departure),
    )


# --- the answer first ------------------------------------------------------------------------


# --- what the railway changed -------------------------------------------------------------------


def _changes(language: Language, status: models.LiveStatus, index: StationIndex) -> list[str]:
    """Cancellation of part of the run, a diversion, a rescheduled start."""
    found: list[str] = []
    part = status.exception(models.ExceptionKind.PARTIALLY_CANCELLED)
    if part is not None or status.state is RunState.PARTIALLY_CANCELLED:
        short = _short_run_line(language, status)
        if short:
            found.append(short)
        elif part is not None and part.cancelled_from and part.cancelled_to:
            found.append(
                t(
                    language,
                    "live.part_cancelled_between",
                    start=station_label(part.cancelled_from),
                    end=station_label(part.cancelled_to),
                )
            )
        else:
            found.append(t(language, "live.part_cancelled"))
    moved = status.exception(models.ExceptionKind.RESCHEDULED)
    if moved is not None and moved.new_departure is not None:
        # Before the run leaves, its own line says when it now leaves.
        if not (not_started(status) and status.stops):
            # once under way, the new start is past: it left then
            key = N_("live.rescheduled_left") if status.stops else N_("live.rescheduled_to")
            found.append(t(language, key, time=clock_time(moved.new_departure)))
    elif status.rescheduled:
        found.append(t(language, "live.rescheduled"))
    turned = status.exception(models.ExceptionKind.DIVERTED)
    if turned is not None and turned.via:
        via = stations_named(index, turned.via[:4])
        found.append(t(language, "live.diverted_via", via=via))
    elif status.diverted:
        found.append(t(language, "live.diverted"))
    return found


def _short_run_line(language: Language, status: models.LiveStatus) -> str:
    """Where a run cut short at one end ends (or starts) instead, when its cancelled stretch
    reaches its last (or first) stop: "⚠️ Ends at KSR Bengaluru City Jn (SBC) on this run";
    empty for a stretch cancelled in between, or when the railway does not say which."""
    part = status.exception(models.ExceptionKind.PARTIALLY_CANCELLED)
    if part is None or part.cancelled_from is None or part.cancelled_to is None or not status.stops:
        return ""
    first, last = status.stops[0].station, status.stops[-1].station
    start, end = part.cancelled_from, part.cancelled_to
    if end.code == last.code and start.code != first.code:
        ends, usual = station_label(start), station_label(last)
        return t(language, "live.ends_short", end=ends, last=usual)
    if start.code == first.code and end.code != last.code:
        starts, usual = station_label(end), station_label(first)
        return t(language, "live.starts_short", start=starts, first=usual)
    return ""


# --- where it is -------------------------------------------------------------------------------


def _position_lines(language: Language, status: models.LiveStatus, now: dt.datetime) -> list[str]:
    stops = status.stops
    if status.cancelled:
        return []
    done = [stop for stop in stops if stop.has_arrived or stop.has_departed]
    last = done[-1] if done else None
    ahead = list(stops[stops.index(last) + 1 :]) if last else list(stops)
    served = [
        stop
        for stop in ahead
        if not off_the_run(status, stop) and not skipped_by_diversion(status, stop)
    ]
    upcoming = next_stop(status)
    cut_short = bool(ahead) and not served  # the rest of the run is cancelled
    late = status.delay_min if status.delay_min is not None else (last.delay_min if last else None)
    result: list[str] = []
    if not_started(status):
        return result  # the run's line says when and where it leaves
    # A run that reached its last station is said to have arrived, never to be "past" it.
    where = "" if cut_short or _reached(status) else _where(language, status, now)
    if where:
        result.append(where)
    if last is None:
        if status.current_station is not None and not where:
            result.append(t(language, "live.near", station=station_label(status.current_station)))
    elif last is stops[-1] and last.has_arrived:
        result.append(_reached_line(language, last))
    else:
        result.append(_last_line(language, last))
    if late is not None and not (last is not None and last is stops[-1]):
        words = delay(language, late)
        result.append(f"⏱ {words[:1].upper()}{words[1:]}")
    if upcoming is not None:
        result.append(_next_line(language, upcoming, late, now))
    return result


def _reported(language: Language, status: models.LiveStatus, now: dt.datetime) -> str:
    """When the provider last heard where a running train is, if that is a while ago: an answer
    fetched a minute ago can carry a position that is half an hour old, and the traveller should
    know it (a train between stations with no report is where it was, not where it is)."""
    reported = status.updated_at
    if reported is None or status.cancelled or not_started(status) or _reached(status):
        return ""
    if projected_location(status, now) is not None:
        return ""  # the position is projected, and says when it was reported
    age_min = int((now - reported).total_seconds() // 60)
    if age_min < POSITION_REPORT_OLD_MIN:
        return ""
    return t(
        language,
        "live.reported",
        when=local_time(language, reported, now),
        ago=duration(language, age_min),
    )


def _reached(status: models.LiveStatus) -> bool:
    return bool(status.stops) and status.stops[-1].has_arrived


def where_now(language: Language, status: models.LiveStatus, now: dt.datetime) -> str:
    """Where a run under way is now ("📍 15 km past Mathura Jn (MTJ)"); empty before it starts,
    once it has arrived, or when nobody knows."""
    if status.cancelled or not status.stops or not_started(status) or _reached(status):
        return ""
    return _where(language, status, now)


def _where(language: Language, status: models.LiveStatus, now: dt.datetime) -> str:
    """The current place: the provider's own line, else its current location; marked estimated
    when it is worked out from the timetable rather than tracked. A report older than a running
    train's freshness is moved on to where the train should be by now, and said as estimated
    from that report, with its time."""
    projected = projected_location(status, now)
    if projected is not None and status.updated_at is not None:
        place = _place(language, projected)
        reported = status.updated_at
        age_min = int((now - reported).total_seconds() // 60)
        return t(
            language,
            "live.projected",
            place=place,
            when=local_time(language, reported, now),
            ago=duration(language, age_min),
        )
    place = _place(language, status.location) if status.location is not None else ""
    if not place:
        place = _providers_words(language, status)
    if not place:
        return ""
    if status.estimated:
        return t(language, "live.estimated", place=place)
    return f"📍 {place}"


def _providers_words(language: Language, status: models.LiveStatus) -> str:
    """The provider's own line on where the run is ("Train departed from DHARMAVARAM JN (DMM)
    and late by 15 minutes."), which is English: told as it is in English; in Hindi only the
    station it last reported, and nothing when the run's stops already say where it is."""
    words = status.position.strip()
    if not words or language == "en":
        return words
    if status.stops or status.current_station is None:
        return ""
    return t(language, "live.reported_near", station=station_label(status.current_station))


def _place(language: Language, here: models.CurrentLocation) -> str:
    """`At Salem Jn (SA)`, `12 km past Lokur (LCR)`, `Past Lokur (LCR)`."""
    station = station_label(here.station)
    if here.at_station:
        return t(language, "live.location_at", station=station)
    if here.distance_from_station_km:
        km = formats.number(language, round(here.distance_from_station_km))
        return t(language, "live.location_past_km", station=station, km=km)
    return t(language, "live.location_past", station=station)


def _reached_line(language: Language, end: LiveStop) -> str:
    """ "🏁 Reached New Delhi (NDLS) at 09:27", or, with no time reported there, when it was
    due, never the timetable's time as if it were the event."""
    station = station_label(end.station)
    reached = reported_arrival(end)
    if reached is None:
        due = clock_time(due_there(end))
        return t(language, "live.reached_unreported", station=station, time=due)
    return t(language, "live.reached", station=station, time=clock_time(reached))


def _last_line(language: Language, stop: LiveStop) -> str:
    """ "Last: Surat (ST), left 09:08" with the time it left; a stop passed with no time
    reported (a run estimated from the timetable) says when it was due to leave, never the
    timetable's time as if it were the event."""
    label = station_label(stop.station)
    if stop.has_departed:
        if stop.actual_departure is not None:
            left = clock_time(stop.actual_departure)
            return t(language, "live.last_left", station=label, time=left)
        due = clock_time(stop.scheduled_departure or stop.scheduled_arrival)
        return t(language, "live.last_passed_due", station=label, time=due)
    if stop.actual_arrival is not None:
        since = clock_time(stop.actual_arrival)
        return t(language, "live.at_since", station=label, time=since)
    due = clock_time(stop.scheduled_arrival or stop.scheduled_departure)
    return t(language, "live.at_due", station=label, time=due)


def _next_line(language: Language, stop: LiveStop, late: int | None, now: dt.datetime) -> str:
    """ "Next: Nagpur Jn (NGP), expected 00:25 tomorrow (due 23:50)": a time on another day than
    today says its day, so that a stop after midnight is never read as earlier today."""
    scheduled = stop.scheduled_arrival or stop.scheduled_departure
    expected = expected_at(stop, late)
    station = station_label(stop.station)
    today = now.date()

    def when(moment: dt.datetime, beside: dt.date) -> str:
        day = moment.astimezone(now.tzinfo).date()
        if day in (today, beside):
            return clock_time(moment)
        words = sentence_day(language, day, today)
        return t(language, "live.time_on_day", time=clock_time(moment), day=words)

    if expected is not None and scheduled is not None and expected != scheduled:
        return t(
            language,
            "live.next_expected",
            station=station,
            expected=when(expected, today),
            due=when(scheduled, expected.astimezone(now.tzinfo).date()),
        )
    if scheduled is not None:
        return t(language, "live.next_due", station=station, due=when(scheduled, today))
    return t(language, "live.next", station=station)


# --- when live status is not available ---------------------------------------------------------


def _not_running(
    ctx: Context,
    request: LiveStatus,
    train: str,
    start: dt.date,
    route: Sourced[models.TrainRoute] | None,
) -> Outcome:
    """The train does not leave its origin that day: say so, with its next run, and offer the
    runs before it that may still be on the move (never a day to come)."""
    lang = ctx.language
    text = [t(lang, "live.no_run", train=train, when=on_day(lang, start, ctx.today))]
    quick: list[QuickReply] = []
    if route is not None:
        days = route.data.train.run_days
        if days and len(days) < 7:  # "It runs daily except Wed.": why not that day
            text.append(t(lang, "run.days_only", days=run_days(lang, days, in_sentence=True)))
        following = next_run(route.data, start)
        if following is not None:
            first = due_stops(route.data, following, ctx.now.tzinfo)[0]
            text.append(
                t(
                    lang,
                    "live.next_run",
                    day=day_date(lang, following, ctx.today),
                    time=clock_time(first.departure),
                    station=station_label(first.stop.station),
                )
            )
        quick = _earlier_runs(ctx, train, start, route.data)
    answered = say(Reply(text=lines(*text), quick_replies=tuple(quick)))
    stop = city_stop(request.at, route.data.codes if route is not None else [])
    if stop is None:
        return answered
    # "platform at bengaluru?" on a day it does not run: the stop asked is still in hand ("how
    # long does it halt there?")
    asked = request.model_copy(update={"train": train})
    return answered.about(Subject.of(asked).model_copy(update={"station": stop}))


def _earlier_runs(
    ctx: Context, train: str, start: dt.date, route: models.TrainRoute
) -> list[QuickReply]:
    """The runs before `start` that may still be on the move: `Started Sun 6 Dec` for one that
    has left, today's that has not yet as its run ("Today's run"), never said to have started."""
    lang = ctx.language
    quick = []
    for day in previous_runs(route, start, ctx.now):
        stops = due_stops(route, day, ctx.now.tzinfo)
        leaves = stops[0].departure if stops else None
        if leaves is not None and leaves > ctx.now:
            quick.append(run_chip(ctx, train, day))
            continue
        started = t(lang, "live.chip_started", day=chip_day(lang, day, ctx.today))
        quick.append(chip(started, LiveStatus(train=train, date=day)))
    return quick


def _no_status(ctx: Context, train: str, start: dt.date, exc: RailwayError) -> Outcome:
    """No live status and no timetable to fall back on."""
    lang = ctx.language
    if isinstance(exc, NotOffered):
        return say(failure(lang, exc))
    when = on_day(lang, start, ctx.today)
    return say(Reply(text=t(lang, "live.no_status", train=train, when=when)))


def _from_timetable(
    ctx: Context,
    request: LiveStatus,
    start: dt.date,
    route: Sourced[models.TrainRoute],
    failed: RailwayError | None = None,
) -> Outcome:
    """What the timetable says, when live status is not available: where the run is due (the
    station asked about, else where it should be by the clock), and when it reaches its end."""
    lang = ctx.language
    data = route.data
    train = data.train.number
    if not runs_on(data, start):
        return _not_running(ctx, request, train, start, route)  # never a run it does not make
    if _not_a_stop(request, data.codes):
        note = source_note(lang, route, ctx.now)
        return _not_a_stop_answer(ctx, request, (data.train, start), note)
    stops = due_stops(data, start, ctx.now.tzinfo)
    wanted = request.at or ((request.boarding,) if request.boarding else ())
    there = city_stop(wanted, [due.stop.station.code for due in stops])
    focus = next((due for due in stops if due.stop.station.code == there), None)
    if start > ctx.today and stops:
        # A run to come has no live status yet: when it starts, plainly, as the timetable says.
        text = [
            *_lateness_to_come(ctx, request, stops[0]),
            *_leaving_lines(ctx, request, focus, data.train),
        ]
        if request.focus != "departure" or not text or focus is not stops[0]:
            text.append(_starts_line(ctx, data, stops[0]))
        if focus is not None and focus is not stops[0] and request.focus != "departure":
            text.append(_due_line(ctx, focus))
    else:
        lead = N_("live.unavailable")
        if failed is not None:  # a refused key or a spent month promises no "just now"
            lead = (
                N_("live.unavailable_lasting") if lasting(failed) else N_("live.unavailable_failed")
            )
        text = [
            *_leaving_lines(ctx, request, focus, data.train),
            t(lang, lead, when=on_day(lang, start, ctx.today)),
            ask_again_note(lang, failed) if failed is not None else "",
            f"🚆 {train_label(data.train)}",
        ]
        if focus is not None and request.focus != "departure":
            text.append(_due_line(ctx, focus))
        elif focus is None and stops:
            text.extend(_clock_lines(ctx, stops))
    if stops and (focus is None or focus is not stops[-1]):
        text.append(_due_line(ctx, stops[-1]))
    text.append(source_note(lang, route, ctx.now))
    quick = [
        chip(t(lang, "chip.route"), TrainRoute(train=train)),
        *_earlier_runs(ctx, train, start, data)[:1],
    ]
    if focus is None and request.at:
        quick.insert(0, chip(t(lang, "chip.stops_at"), StopsAt(train=train, station=request.at)))
    return say(Reply(text=lines(*text), quick_replies=tuple(quick), shows_card=True))


def _starts_line(ctx: Context, route: models.TrainRoute, first: DueStop) -> str:
    """`🚆 12627 Karnataka Express starts on Fri 4 Dec: leaves KSR Bengaluru City Jn (SBC) at
    19:20.`"""
    lang = ctx.language
    leaves = first.departure
    return t(
        lang,
        "live.run_to_come",
        train=train_label(route.train),
        day=day_date(lang, leaves.date() if leaves is not None else ctx.today, ctx.today),
        station=station_label(station_of(ctx.index, first.stop.station.code, first.stop.station)),
        time=clock_time(leaves),
    )


def _lateness_to_come(ctx: Context, request: LiveStatus, first: DueStop) -> list[str]:
    """ "Is it late?", "on time?", "how late?" of a run days ahead: the plain answer first, that
    it has not started, when it leaves, and that how late it runs is known once it runs."""
    if request.focus not in ("late", "on_time", "delay", "leaving_late") or first.departure is None:
        return []
    lang = ctx.language
    return [
        t(
            lang,
            "live.answer_run_to_come",
            day=day_date(lang, first.departure.date(), ctx.today),
            time=clock_time(first.departure),
        )
    ]


def _leaving_lines(
    ctx: Context, request: LiveStatus, focus: DueStop | None, train: models.Train
) -> list[str]:
    """The narrower question answered first, by the timetable: when the train leaves the
    boarding station asked about ("where do I board", "कितने बजे निकलेगी"), or that no
    platform is known there yet ("platform kaunsa hoga" days ahead); else nothing."""
    if request.focus == "platform" and focus is not None:
        stop = focus.stop
        place = station_label(station_of(ctx.index, stop.station.code, stop.station))
        return [t(ctx.language, "live.answer_no_platform", station=place)]
    if request.focus != "departure" or focus is None or focus.departure is None:
        return []
    lang = ctx.language
    stop = focus.stop
    place = station_label(station_of(ctx.index, stop.station.code, stop.station))
    day = sentence_day(lang, focus.departure.date(), ctx.today)
    leaving = t(
        lang,
        "live.answer_leaves",
        train=train_label(train),
        station=place,
        time=clock_time(focus.departure),
        day=day,
    )
    if request.boarding == stop.station.code and not request.at:
        return [t(lang, "live.answer_boarding", station=place), leaving]
    return [leaving]


def _due_line(ctx: Context, due: DueStop) -> str:
    """`Due at Bhopal Jn (BPL) 22:05 on day 2 (Thu 19 Nov).`"""
    lang = ctx.language
    when = due.at
    station = station_label(station_of(ctx.index, due.stop.station.code, due.stop.station))
    day = day_date(lang, when.date(), ctx.today) if when is not None else ""
    return t(
        lang,
        "live.due_at",
        station=station,
        time=clock_time(when),
        number=due.stop.day,
        day=day,
    )


def _clock_lines(ctx: Context, stops: list[DueStop]) -> list[str]:
    """Where the run should be now, by the timetable."""
    lang = ctx.language
    where = by_the_clock(stops, ctx.now)
    if where.before is None and where.after is not None:
        leaves = where.after.departure
        day = day_date(lang, leaves.date(), ctx.today) if leaves is not None else ""
        station = station_label(where.after.stop.station)
        return [t(lang, "live.due_to_leave", station=station, time=clock_time(leaves), day=day)]
    if where.at_stop and where.before is not None:
        return [t(lang, "live.due_standing", station=station_label(where.before.stop.station))]
    if where.before is not None and where.after is not None:
        return [
            t(
                lang,
                "live.due_between",
                start=station_label(where.before.stop.station),
                end=station_label(where.after.stop.station),
            )
        ]
    return []
