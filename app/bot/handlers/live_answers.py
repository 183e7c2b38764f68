"""The first line of a live status: the answer to the narrower question asked about a run
("is it late?", "is it on time?", "has it left Itarsi?", "kab pahunchegi", "platform?", "why?"),
yes or no first where the question is one, and empty for "where is it".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from app.bot.format import (
    clock_time,
    dated_sentence_day,
    day_date,
    delay,
    duration,
    lines,
    sentence_day,
    station_label,
    train_label,
)
from app.bot.handlers.context import Context
from app.bot.handlers.lookups import city_stop, station_of, stations_named
from app.bot.handlers.reasons import no_reason_for_delay, reason
from app.bot.handlers.run_state import (
    ON_TIME_MIN,
    beyond_predictions,
    due_there,
    expected_at,
    expected_late_start,
    last_report,
    next_stop,
    not_started,
    off_the_run,
    overdue_start,
    reported_arrival,
    rescheduled_start,
    skipped_by_diversion,
)
from app.bot.requests import LiveStatus
from app.i18n import N_, t
from app.i18n.language import Language
from app.railways import models
from app.railways.models import LiveStop, RunState


def first_answer(ctx: Context, request: LiveStatus, status: models.LiveStatus) -> str:
    """The answer to the narrower question asked, in one line; empty for "where is it"."""
    lang = ctx.language
    if request.focus == "stopped" and not (status.cancelled or not_started(status)):
        return _stopped_answer(lang, status)
    if request.focus in ("why", "stopped"):
        late = "" if status.cancelled else _late_answer(ctx, status, "delay")
        why = lines(_why_answer(lang, status), late if _changed(status) else "")
        # "mysore tak kyu nahi ja rahi": that the run does not get there (its part cancelled,
        # or diverted away from it) first, then the railway's reason
        stop = _asked_stop(request, status) if request.at else None
        if stop is not None and (off_the_run(status, stop) or skipped_by_diversion(status, stop)):
            return lines(_whether_answer(ctx, request, status), why)
        return why
    if status.cancelled:
        return t(lang, "live.cancelled", train=status.train.number)
    if request.focus == "diverted":
        return _diverted_answer(ctx, status)
    if request.focus == "leaving_late":
        # "how late will it leave?": before the run, when it leaves (its start moved, or due);
        # on the way, when it left its start and how late it runs now
        delayed = _late_answer(ctx, status, "delay")
        return (
            delayed
            if not_started(status)
            else lines(_departure_answer(ctx, request, status), delayed)
        )
    if request.focus in ("late", "on_time", "delay"):
        late = _late_answer(ctx, status, request.focus)
        # "will it reach bhopal on time": the yes or no, then when it gets there
        return lines(late, _arrival_answer(ctx, request, status)) if request.at else late
    if request.focus == "arrival":
        return _arrival_answer(ctx, request, status)
    if request.focus in ("reaches", "left", "reached"):
        return _whether_answer(ctx, request, status)
    if request.focus == "platform":
        return _platform_answer(ctx, request, status)
    if request.focus == "departure":
        return _departure_answer(ctx, request, status)
    if request.focus == "next":
        return _next_answer(lang, status)
    if request.focus == "what_now":
        return _what_now_answer(ctx, status)
    return ""


def says_only_the_run(ctx: Context, request: LiveStatus, status: models.LiveStatus) -> bool:
    """Whether the first answer would say only what the card's own first line says of a run
    not started ("It hasn't started yet: it is scheduled to leave at 19:20." over "Run of Tue 8
    Dec: not started yet, leaves KSR Bengaluru City Jn (SBC) at 19:20."): how late it is, whether
    it is on time, when it leaves its origin, with no start moved or expected late to tell."""
    if not not_started(status) or not status.stops or rescheduled_start(status) is not None:
        return False
    first = status.stops[0]
    if request.focus in ("delay", "leaving_late"):
        return True  # the card says when it leaves, and how late, when it is expected late
    if expected_late_start(first, ctx.now) is not None:
        return False  # "is it on time?": no, it is expected late, which the card says second
    if request.focus == "on_time":
        return True
    wanted = request.at or ((request.boarding,) if request.boarding else ())
    asked = stop_asked(wanted, status.stops) if wanted else first
    return request.focus == "departure" and asked is first and request.boarding is None


def _what_now_answer(ctx: Context, status: models.LiveStatus) -> str:
    """ "What should I do now?" about a train, no booking in hand: how late it runs, then what
    can be checked of it next (when it reaches one's station, its platform there, its route);
    never advice the railway did not give."""
    end = status.stops[-1].station.name if status.stops else status.train.name
    return lines(
        _late_answer(ctx, status, "delay"), t(ctx.language, "live.answer_what_now", station=end)
    )


def _next_answer(language: Language, status: models.LiveStatus) -> str:
    """ "Next station?": the stop the run gets to next, and when; empty before the run starts
    or once it is over (its card says where it leaves, or that it arrived)."""
    stop = next_stop(status)
    if stop is None:
        return ""
    label, station = train_label(status.train), station_label(stop.station)
    due = stop.scheduled_arrival or stop.scheduled_departure
    expected = expected_at(stop, status.delay_min)
    if expected is not None and due is not None and expected != due:
        return t(
            language,
            "live.answer_next_expected",
            train=label,
            station=station,
            expected=clock_time(expected),
            due=clock_time(due),
        )
    if due is not None:
        due_at = clock_time(due)
        return t(language, "live.answer_next_due", train=label, station=station, due=due_at)
    return t(language, "live.answer_next", train=label, station=station)


def _diverted_answer(ctx: Context, status: models.LiveStatus) -> str:
    """Yes or no: whether the run takes another path than its usual one, and which way."""
    language = ctx.language
    label = train_label(status.train)
    turned = status.exception(models.ExceptionKind.DIVERTED)
    if turned is not None and turned.via:
        via = stations_named(ctx.index, turned.via[:4])
        return t(language, "live.answer_diverted_via", train=label, via=via)
    if turned is not None or status.diverted:
        return t(language, "live.answer_diverted", train=label)
    return t(language, "live.answer_not_diverted", train=label)


def _why_answer(language: Language, status: models.LiveStatus) -> str:
    """Why the run is what it is: the railway's reason for what it changed (cancelled, cut
    short, rescheduled, diverted), else that it gave none; for a delay alone, that the railway
    publishes no reasons for delays; else that nothing was changed."""
    note = next((change.message for change in status.exceptions if change.message), None)
    if _changed(status) or note:
        return reason(language, note)
    if status.delay_min is not None and status.delay_min >= ON_TIME_MIN:
        return no_reason_for_delay(language, delay(language, status.delay_min))
    return t(language, "why.nothing_changed")


def _stopped_answer(language: Language, status: models.LiveStatus) -> str:
    """Why the train under way stands still: the railway's reason for what it changed, if it
    changed anything; else that it says nothing of halts on the way, and how late it runs."""
    note = next((change.message for change in status.exceptions if change.message), None)
    if _changed(status) or note:
        return reason(language, note)
    if status.delay_min is not None and status.delay_min >= ON_TIME_MIN:
        return t(language, "why.stopped_late", delay=delay(language, status.delay_min))
    return t(language, "why.stopped")


def _changed(status: models.LiveStatus) -> bool:
    """Whether the railway changed the run: cancelled it (or part of it), moved its start,
    diverted it."""
    return status.cancelled or status.partially_cancelled or status.rescheduled or status.diverted


# How a question about the delay is answered, by what it asks: whether it is late, whether it
# is on time (a yes when it is), how late it is (no yes or no): the keys for a run under way
# late and on time, for a run not started, and for a start the railway moved.
_LATE_KEYS: Final = {
    "late": (
        N_("live.answer_late"),
        N_("live.answer_on_time"),
        N_("live.answer_not_started_not_late"),
        N_("live.answer_rescheduled_yes"),
    ),
    "on_time": (
        N_("live.answer_late_no"),
        N_("live.answer_on_time_yes"),
        N_("live.answer_not_started_on_time"),
        N_("live.answer_rescheduled_no"),
    ),
    "delay": (
        N_("live.answer_delay"),
        N_("live.answer_delay_none"),
        N_("live.answer_not_started"),
        N_("live.answer_rescheduled"),
    ),
}


# A run well ahead of its time is said to be early, never "on time": not late ("No, it is
# running 7 min early."), on time or better ("Yes, ..."), or how late ("Running 7 min early.").
_EARLY_KEYS: Final = {
    "late": N_("live.answer_late_no"),
    "on_time": N_("live.answer_late"),
    "delay": N_("live.answer_delay"),
}


# A run not started that the railway expects to leave late: "is it late?" is a yes, "is it on
# time?" a no, "how late?" the delay expected.
_EXPECTED_LATE_KEYS: Final = {
    "late": N_("live.answer_not_started_expected_late"),
    "on_time": N_("live.answer_not_started_expected_late_no"),
    "delay": N_("live.answer_not_started_expected_delay"),
}


def _late_answer(ctx: Context, status: models.LiveStatus, asks: str) -> str:
    """How late the run is, yes or no first when the question is one: "is it late?" is a yes
    when it is late, "is it on time?" a yes when it is on time; "how late?" is the delay."""
    language = ctx.language
    late_key, on_time_key, not_started_key, moved_key = _LATE_KEYS.get(asks, _LATE_KEYS["late"])
    first = status.stops[0] if status.stops else None
    if not_started(status):
        moved_to = rescheduled_start(status)
        if moved_to is not None and first is not None and first.scheduled_departure is not None:
            late_by = int((moved_to - first.scheduled_departure).total_seconds() // 60)
            return t(
                language,
                moved_key,
                time=clock_time(moved_to),
                was=clock_time(first.scheduled_departure),
                delay=duration(language, late_by),
            )
        overdue = overdue_start(status, ctx.now)
        if overdue is not None:  # never "not late, due to leave at 13:15" at 14:50
            ago = int((ctx.now - overdue).total_seconds() // 60)
            return t(
                language,
                "live.answer_not_started_overdue",
                time=clock_time(overdue),
                ago=duration(language, ago),
            )
        leaves = clock_time(first.scheduled_departure) if first else "--:--"
        ahead = expected_late_start(first, ctx.now)
        if ahead is not None and first is not None and first.expected_departure is not None:
            # Not started, but the railway expects it to leave late: by how much, plainly.
            expected = clock_time(first.expected_departure)
            late_words = delay(language, ahead)
            key = _EXPECTED_LATE_KEYS.get(asks, _EXPECTED_LATE_KEYS["late"])
            return t(language, key, time=leaves, expected=expected, delay=late_words)
        return t(language, not_started_key, time=leaves)
    late = status.delay_min
    if late is None:
        return ""
    if status.state is RunState.COMPLETED and status.stops:
        end = status.stops[-1]
        reached = reported_arrival(end)
        if reached is None:
            return _unreported(ctx, N_("live.answer_reached_unreported"), end, "", status)
        return t(
            language, "live.answer_reached", time=clock_time(reached), delay=delay(language, late)
        )
    if late >= ON_TIME_MIN:
        return t(language, late_key, delay=delay(language, late))
    if late <= -ON_TIME_MIN:
        return t(language, _EARLY_KEYS.get(asks, late_key), delay=delay(language, late))
    return t(language, on_time_key)


def stop_asked(wanted: tuple[str, ...], stops: Sequence[LiveStop]) -> LiveStop | None:
    """The run's stop at the stations asked (a city's: the one `city_stop` picks), or None."""
    code = city_stop(wanted, [stop.station.code for stop in stops])
    return next((stop for stop in stops if stop.station.code == code), None)


def _focus_stop(request: LiveStatus, status: models.LiveStatus) -> LiveStop | None:
    """The stop a narrower question is about: the one named, else the traveller's boarding
    station until the train has left it (a train does not arrive where it starts), else the
    station booked to, else the destination."""
    wanted = request.at or ((request.boarding,) if request.boarding else ())
    stops = status.stops
    # A city's stations come main one first: "when will it reach bangalore" is Bengaluru City
    # where the train calls there, not the suburb it passes on the way in.
    found = stop_asked(wanted, stops)
    starts_here = found is not None and found is stops[0] and found.scheduled_arrival is None
    if found is not None and not request.at and (found.has_departed or starts_here):
        found = None  # past the boarding station: the traveller's question is the arrival
    if found is None and not request.at:
        booked = (stop for stop in stops if stop.station.code == request.alighting)
        found = next(booked, stops[-1] if stops else None)
    return found


def _arrival_answer(ctx: Context, request: LiveStatus, status: models.LiveStatus) -> str:
    lang = ctx.language
    stop = _focus_stop(request, status)
    if stop is None:
        if request.at:
            place = station_label(station_of(ctx.index, request.at[0]))
            label = train_label(status.train)
            return t(lang, "live.answer_not_on_route", train=label, station=place)
        return ""
    if stop is status.stops[0] and stop.scheduled_arrival is None and request.at:
        away = _going_away(ctx, request, status, stop)
        if away:
            return away
    if stop is status.stops[0] and stop.scheduled_arrival is None:
        # A train does not arrive at its origin: "kitne baje niklegi new delhi se" is when it
        # leaves there, moved when the railway rescheduled the start.
        return _departure_answer(
            ctx, request.model_copy(update={"at": (stop.station.code,)}), status
        )
    place = station_label(station_of(ctx.index, stop.station.code, stop.station))
    if skipped_by_diversion(status, stop):
        return t(lang, "live.answer_stop_skipped", station=place)
    if off_the_run(status, stop):
        return t(lang, "live.answer_stop_cancelled", station=place)
    if stop.has_arrived or stop.has_departed:
        return _came_answer(ctx, stop, place, status)
    expected = expected_at(stop, status.delay_min)
    scheduled = stop.scheduled_arrival or stop.scheduled_departure
    if expected is None:
        return ""
    day = _said_day(ctx, request, expected.date())
    if scheduled is not None and expected != scheduled:
        return t(
            lang,
            "live.answer_expected_late",
            station=place,
            time=clock_time(expected),
            day=day,
            due=clock_time(scheduled),
        )
    # a run a day or more ahead: its timetable's time, never "on time" of a run not yet begun
    timetabled = beyond_predictions(status, ctx.now)
    key = N_("live.answer_timetabled") if timetabled else N_("live.answer_expected")
    return t(lang, key, station=place, time=clock_time(expected), day=day)


def _said_day(ctx: Context, request: LiveStatus, day: dt.date) -> str:
    """The day of a time in an answer: "tomorrow", or "tomorrow, Thu 19 Nov" once the traveller
    asked which day that is."""
    if request.dated:
        return dated_sentence_day(ctx.language, day, ctx.today)
    return sentence_day(ctx.language, day, ctx.today)


def _came_answer(ctx: Context, stop: LiveStop, place: str, status: models.LiveStatus) -> str:
    """When a train asked about ("kab pahunchegi") already got to a station: that it has passed
    it (or stands there now), when it got there and how late, never a time still to come."""
    lang = ctx.language
    came = reported_arrival(stop)
    scheduled = stop.scheduled_arrival or stop.scheduled_departure
    where = "end" if stop is status.stops[-1] else "passed" if stop.has_departed else "at"
    if came is None:
        return _unreported(ctx, _UNREPORTED_CAME_KEYS[where], stop, place, status)
    values = {
        "station": place,
        "time": clock_time(came),
        "day": sentence_day(lang, came.date(), ctx.today) if came is not None else "",
        "late": delay(lang, _late_there(stop, came, scheduled, status)),
    }
    with_late, without = _CAME_KEYS[where]
    return t(lang, with_late if values["late"] else without, **values)


def _late_there(
    stop: LiveStop,
    at: dt.datetime | None,
    scheduled: dt.datetime | None,
    status: models.LiveStatus,
) -> int | None:
    """How late the train was at a stop it got to or left (`at`, against `scheduled`): the
    source's delay there, else the difference, else the run's delay; None when unknown."""
    if stop.delay_min is not None:
        return stop.delay_min
    if at is not None and scheduled is not None:
        return round((at - scheduled).total_seconds() / 60)
    return status.delay_min


def _how_late(language: Language, minutes: int | None) -> str:
    """`, 12 min late` after a time it got somewhere; empty when not known."""
    said = delay(language, minutes)
    return f", {said}" if said else ""


# Where a train is against a station it already got to → the answer's keys (with how late it
# got there, and without when that is not known).
_CAME_KEYS: Final = {
    "passed": (N_("live.answer_passed"), N_("live.answer_passed_at")),
    "at": (N_("live.answer_arrived"), N_("live.answer_arrived_at")),
    "end": (N_("live.answer_reached_end"), N_("live.answer_reached_end_at")),
}

# The same, when the report says the train got there but gives no time there.
_UNREPORTED_CAME_KEYS: Final = {
    "passed": N_("live.answer_passed_unreported"),
    "at": N_("live.answer_arrived_unreported"),
    "end": N_("live.answer_reached_end_unreported"),
}


def _unreported(
    ctx: Context,
    key: str,
    stop: LiveStop,
    place: str,
    status: models.LiveStatus,
    *,
    leaving: bool = False,
    **values: str,
) -> str:
    """A stop the run got to or left with no time reported there ("Yes, it has left Jhansi Jn
    (VGLJ), but no time has been reported there: it was due to leave at 09:08 (today)."): that
    it did, when the timetable had it there (said as due, never as if it happened), then the
    last time the report does give."""
    lang = ctx.language
    due = due_there(stop, leaving)
    day = sentence_day(lang, due.date(), ctx.today) if due is not None else ""
    said = t(lang, key, station=place, due=clock_time(due), day=day, **values)
    return lines(said, _last_reported(ctx, status))


def _last_reported(ctx: Context, status: models.LiveStatus) -> str:
    """The last time the live report gives ("Last reported: left Gwalior Jn (GWL) at 03:55
    (today)."), else when the report was made; empty when neither is known."""
    lang = ctx.language
    found = last_report(status)
    if found is None:
        at = status.updated_at
        if at is None:
            return ""
        day = sentence_day(lang, at.date(), ctx.today)
        return t(lang, "live.answer_last_report_time", time=clock_time(at), day=day)
    stop, at = found
    place = station_label(station_of(ctx.index, stop.station.code, stop.station))
    day = sentence_day(lang, at.date(), ctx.today)
    left = stop.has_departed
    key = N_("live.answer_last_report_left") if left else N_("live.answer_last_report_at")
    return t(lang, key, station=place, time=clock_time(at), day=day)


def _whether_answer(ctx: Context, request: LiveStatus, status: models.LiveStatus) -> str:
    """Yes or no, then when: whether the run gets to a station (or its end) at all, now that
    the railway may have cut it short ("does it still reach mysuru?"), whether it has left one
    (the station asked, else the traveller's boarding station, else its origin) or reached one
    (the station asked, else its destination)."""
    lang = ctx.language
    stop = _asked_stop(request, status)
    if stop is None:
        if not request.at:
            return ""
        place = station_label(station_of(ctx.index, request.at[0]))
        return t(lang, "live.answer_no_stop", train=train_label(status.train), station=place)
    place = station_label(station_of(ctx.index, stop.station.code, stop.station))
    if skipped_by_diversion(status, stop):
        return t(lang, "live.answer_no_skipped", station=place)
    if off_the_run(status, stop):
        return t(lang, "live.answer_no_cancelled_part", station=place)
    if request.focus == "left":
        return _left_answer(ctx, stop, place, status)
    if stop.has_arrived or stop.has_departed:
        came = reported_arrival(stop)
        if came is None:
            return _unreported(ctx, N_("live.answer_yes_reached_unreported"), stop, place, status)
        day = _said_day(ctx, request, came.date()) if came is not None else ""
        scheduled = stop.scheduled_arrival or stop.scheduled_departure
        return t(
            lang,
            "live.answer_yes_reached",
            station=place,
            time=clock_time(came),
            day=day,
            late=_how_late(lang, _late_there(stop, came, scheduled, status)),
        )
    expected = expected_at(stop, status.delay_min)
    if expected is None:
        return ""
    scheduled = stop.scheduled_arrival or stop.scheduled_departure
    late = scheduled is not None and expected != scheduled
    values = {
        "station": place,
        "time": clock_time(expected),
        "day": _said_day(ctx, request, expected.date()),
        "due": clock_time(scheduled),
    }
    if request.focus == "reached":
        key = N_("live.answer_not_yet_late") if late else N_("live.answer_not_yet")
    else:
        key = N_("live.answer_yes_expected_late") if late else N_("live.answer_yes_expected")
    return t(lang, key, **values)


def _asked_stop(request: LiveStatus, status: models.LiveStatus) -> LiveStop | None:
    """The stop a yes-or-no question is about: the one named (a city's main station first);
    else, for "has it left", the traveller's boarding station or the origin, and for the
    others the destination."""
    stops = status.stops
    if request.at:
        return stop_asked(request.at, stops)
    if request.focus == "left":
        boarding = next((stop for stop in stops if stop.station.code == request.boarding), None)
        return boarding or (stops[0] if stops else None)
    return stops[-1] if stops else None


def _left_answer(ctx: Context, stop: LiveStop, place: str, status: models.LiveStatus) -> str:
    """ "Yes, it left Bhopal Jn (BPL) at 00:47 (Today)." or "No, not yet: …" with when: for a
    run under way the source's prediction, else the timetable's time plus the delay so far; for
    a run not started, its timetable (or the start the railway moved it to)."""
    lang = ctx.language
    if stop.has_departed:
        left = stop.actual_departure
        if left is None:
            key = N_("live.answer_yes_left_unreported")
            return _unreported(ctx, key, stop, place, status, leaving=True)
        day = sentence_day(lang, left.date(), ctx.today)
        late = _how_late(lang, _late_there(stop, left, stop.scheduled_departure, status))
        return t(
            lang,
            "live.answer_yes_left",
            station=place,
            time=clock_time(left),
            day=day,
            late=late,
        )
    if stop.has_arrived:
        came = stop.actual_arrival
        if came is None:
            key = N_("live.answer_no_standing_unreported")
            return _unreported(ctx, key, stop, place, status)
        return t(lang, "live.answer_no_standing", station=place, time=clock_time(came))
    leaves = stop.scheduled_departure
    overdue = overdue_start(status, ctx.now) if stop is status.stops[0] else None
    if overdue is not None:
        day = sentence_day(lang, overdue.date(), ctx.today)
        return t(
            lang, "live.answer_not_left_overdue", station=place, time=clock_time(overdue), day=day
        )
    if not_started(status):
        moved_to = rescheduled_start(status) if stop is status.stops[0] else None
        leaves = moved_to or leaves
    elif stop.expected_departure is not None:
        leaves = stop.expected_departure
    elif leaves is not None and status.delay_min:
        leaves += dt.timedelta(minutes=status.delay_min)
    if leaves is None:
        return ""
    day = sentence_day(lang, leaves.date(), ctx.today)
    return t(lang, "live.answer_not_left", station=place, time=clock_time(leaves), day=day)


def _platform_answer(ctx: Context, request: LiveStatus, status: models.LiveStatus) -> str:
    """The platform at the station asked (else the boarding station, else the next stop): never
    another station's when the one asked is not on the run, and said as passed when the train has
    already left it."""
    lang = ctx.language
    wanted: tuple[str, ...] = request.at or ((request.boarding,) if request.boarding else ())
    stops = status.stops
    if not wanted and request.starting and stops:
        wanted = (stops[0].station.code,)  # "which platform does it depart from?": its start
    stop = stop_asked(wanted, stops)
    if stop is None and wanted and stops:
        # "platform at kota?" of a train that never stops there: said so, not the next stop's
        place = station_label(station_of(ctx.index, wanted[0]))
        return t(lang, "live.answer_not_on_route", train=train_label(status.train), station=place)
    if stop is None:
        ahead = (s for s in stops if not (s.has_arrived or s.has_departed))
        stop = next(ahead, stops[-1] if stops else None)
    if stop is None:
        return ""
    place = station_label(station_of(ctx.index, stop.station.code, stop.station))
    if skipped_by_diversion(status, stop):
        return t(lang, "live.answer_stop_skipped", station=place)
    if off_the_run(status, stop):
        return t(lang, "live.answer_stop_cancelled", station=place)
    if stop.has_departed and not request.starting:
        # (where it leaves from, asked as a habit, is its start's platform all the same)
        return _platform_passed(ctx, status, stop, place)
    if stop.platform:
        return t(lang, "live.answer_platform", platform=stop.platform, station=place)
    return t(lang, "live.answer_no_platform", station=place)


def _platform_passed(ctx: Context, status: models.LiveStatus, stop: LiveStop, place: str) -> str:
    """A platform asked at a station the run has already left: that it has passed it, when it
    left, and the platform it left from when known."""
    left = stop.actual_departure
    if left is None:
        train = status.train.number
        if stop.platform:
            key = N_("live.answer_platform_passed_unreported")
            return _unreported(
                ctx, key, stop, place, status, leaving=True, train=train, platform=stop.platform
            )
        key = N_("live.answer_platform_passed_unknown_unreported")
        return _unreported(ctx, key, stop, place, status, leaving=True, train=train)
    values = {
        "train": status.train.number,
        "station": place,
        "time": clock_time(left),
        "day": sentence_day(ctx.language, left.date(), ctx.today),
    }
    if stop.platform:
        return t(ctx.language, "live.answer_platform_passed", platform=stop.platform, **values)
    return t(ctx.language, "live.answer_platform_passed_unknown", **values)


def _departure_answer(ctx: Context, request: LiveStatus, status: models.LiveStatus) -> str:
    """When the train leaves the station asked about, else the traveller's boarding station,
    else its origin: expected, or left; led by the boarding station when it is a booking's."""
    lang = ctx.language
    wanted = request.at or ((request.boarding,) if request.boarding else ())
    stops = status.stops
    stop = stop_asked(wanted, stops) or (stops[0] if stops else None)
    if stop is None:
        return ""
    place = station_label(station_of(ctx.index, stop.station.code, stop.station))
    number = status.train.number
    if stop.has_departed and stop.actual_departure is None:
        key = N_("live.answer_left_unreported")
        text = _unreported(ctx, key, stop, place, status, leaving=True, train=number)
    elif stop.has_departed:
        left = stop.actual_departure
        day = _said_day(ctx, request, left.date()) if left is not None else ""
        text = t(
            lang, "live.answer_left", train=number, station=place, time=clock_time(left), day=day
        )
    else:
        due = stop.scheduled_departure
        expected = _expected_departure(ctx, status, stop)
        if expected is None:
            return ""
        overdue = overdue_start(status, ctx.now) if stop is stops[0] else None
        if overdue is not None:
            text = t(
                lang,
                "live.answer_leaves_overdue",
                train=number,
                station=place,
                time=clock_time(overdue),
                day=_said_day(ctx, request, overdue.date()),
            )
            if request.boarding == stop.station.code and not request.at:
                return lines(t(lang, "live.answer_boarding", station=place), text)
            return text
        day = _said_day(ctx, request, expected.date())
        late = due is not None and expected != due
        moved = late and stop is stops[0] and expected == rescheduled_start(status)
        key = N_("live.answer_leaves_late") if late else N_("live.answer_leaves")
        key = N_("live.answer_leaves_moved") if moved else key
        text = t(
            lang,
            key,
            train=number,
            station=place,
            time=clock_time(expected),
            day=day,
            due=clock_time(due),
        )
    if request.boarding is not None and stop.station.code == request.boarding and not request.at:
        return lines(t(lang, "live.answer_boarding", station=place), text)
    return text


def _expected_departure(
    ctx: Context, status: models.LiveStatus, stop: LiveStop
) -> dt.datetime | None:
    """When the train is expected to leave `stop`: before the run starts, its timetable (moved
    when the railway rescheduled the start, or expected late from its first station); on the
    way, the source's prediction."""
    moved = rescheduled_start(status)
    if not_started(status):
        if moved is not None and stop is status.stops[0]:
            return moved
        if stop is status.stops[0] and expected_late_start(stop, ctx.now) is not None:
            return stop.expected_departure  # expected to leave late, as the board says
        return stop.scheduled_departure
    return stop.expected_departure or stop.scheduled_departure


def _going_away(
    ctx: Context, request: LiveStatus, status: models.LiveStatus, origin: LiveStop
) -> str:
    """When a run on its way "reaches" the station it started from ("when does it reach
    bangalore?", "bengaluru kab pahunchegi?" of a train out of Bengaluru): it is going away from
    there, when it left, and where and when it gets to the end of its run; "" before it left."""
    last = status.stops[-1]
    if not origin.has_departed or last is origin:
        return ""
    lang = ctx.language
    left = origin.actual_departure
    train = train_label(status.train)
    place = station_label(station_of(ctx.index, origin.station.code, origin.station))
    end = station_label(station_of(ctx.index, last.station.code, last.station))
    if left is None:
        key = N_("live.answer_going_away_unreported")
        away = _unreported(ctx, key, origin, place, status, leaving=True, train=train, end=end)
    else:
        away = t(
            lang,
            "live.answer_going_away",
            train=train,
            station=place,
            time=clock_time(left),
            day=_said_day(ctx, request, left.date()),
            end=end,
        )
    ends = _arrival_answer(ctx, request.model_copy(update={"at": (last.station.code,)}), status)
    return lines(away, ends) if ends else away


def next_run_leaves(ctx: Context, origin: str, start: dt.date, leaves: dt.datetime) -> str:
    """ "Its next run leaves New Delhi (NDLS) on Tue 8 Dec at 16:55.": of a question about
    getting to the station a train starts from, which its runs only leave."""
    day = day_date(ctx.language, start, ctx.today)
    time = clock_time(leaves)
    return t(ctx.language, "facts.next_run_leaves", origin=origin, day=day, leaves=time)
