"""PNR status: the journey, the chart and one line per passenger, with tracking and live status."""

from __future__ import annotations

import datetime as dt
from typing import Final

from app.bot.alerts.subscriptions import AlertBook
from app.bot.format import (
    PROVIDER_NAMES,
    chip,
    chips,
    class_words,
    clock_time,
    day_date,
    lines,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.asking import ask
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.names import not_a_sample_booking
from app.bot.handlers.railway_errors import error_text, no_booking_text, retry_chips
from app.bot.replies import QuickReply, Reply
from app.bot.requests import (
    AlertStop,
    LiveStatus,
    PnrStatus,
    SeatAvailability,
    TrackPnr,
    TrainsBetween,
)
from app.bot.state import Subject
from app.bot.status_words import status_words
from app.constants import PNR_CHART_S, PNR_SECOND_CHART_S
from app.errors import InvalidPnr, NotFound, PnrNotInSample, RailwayError
from app.i18n import N_, nt, t
from app.i18n.language import Language
from app.railways import models
from app.railways.models import Passenger, Sourced, StatusKind
from app.railways.sample import PROVIDER_NAME as SAMPLE_SOURCE


async def pnr_status(ctx: Context, request: PnrStatus) -> Outcome:
    number = request.pnr
    if number is None:
        raise ask(request, "pnr", ask_pnr(ctx, request.mistyped))
    try:
        answer = await ctx.provider.pnr_status(number)
    except PnrNotInSample:
        return not_a_sample_booking(ctx)
    except (InvalidPnr, NotFound) as exc:
        return say(Reply(text=no_booking_text(ctx.language, exc)))
    except RailwayError as exc:
        retry = retry_chips(ctx.language, request, exc)
        return say(Reply(text=error_text(ctx.language, exc), quick_replies=retry))
    status = answer.data
    lang = ctx.language
    if request.waiting is not None:
        request = _first_in_status(request, status)
    if request.passenger is not None:
        return await _one_passenger(ctx, request, answer)
    if request.chance and _already_shown(ctx, number):
        return await _chance(ctx, request, answer)
    shown = _already_shown(ctx, number) or request.focus == "next"
    if request.focus in _ONE_LINE and shown and status.passengers:
        return await _standing(ctx, request, answer)
    # A chance asked with a booking new to the conversation: its status, then the estimate (a
    # cancelled train's card says so itself).
    asked = request.chance and not status.train_cancelled
    chance = (await _chance_answer(ctx, status, plain=request.plain))[0] if asked else ""
    focus = _date_line(lang, status, ctx.today) if request.focus == "date" else ""
    if request.focus == "class" and status.journey_class:
        # "what class did i book?": the class, first
        focus = t(lang, "pnr.class_booked", travel_class=class_words(lang, status.journey_class))
    if request.focus == "train":  # "what's the train number?": the booking's train, first
        focus = t(lang, "pnr.train_booked", train=train_label(status.train))
    tracked = await alerts_on(ctx, number)
    text = lines(
        focus or _focus_line(lang, request, status),
        f"🎫 PNR {number}",
        f"🚆 {train_label(status.train)}",
        _journey_line(lang, status, ctx.today),
        _stations_line(status),
        _chart_line(lang, status),
        *_card_passenger_lines(lang, status),
        chance or await _chance_line(ctx, number, status),
        t(lang, "pnr.alerts_on") if tracked else "",
        source_note(lang, answer, ctx.now),
    )
    quick = [chip(t(lang, "chip.refresh"), request)]
    if _trackable(ctx, status):
        quick.insert(0, _alerts_chip(lang, number, tracked))
    day = status.journey_date  # undated: no run to offer the live status of
    if day is not None and abs((day - ctx.today).days) <= 2 and not status.train_cancelled:
        boarding = (status.boarding or status.from_station).code
        live = LiveStatus(train=status.train.number, date=status.journey_date, boarding=boarding)
        quick[1:1] = chips([(t(lang, "chip.live"), live)])
    return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True)).about(
        _subject(request, status)
    )


async def alerts_on(ctx: Context, number: str) -> bool:
    """Whether the person gets alerts for the PNR already (their card then says so)."""
    if ctx.store is None:
        return False
    return await AlertBook(ctx.store).get(ctx.user_id, number) is not None


def _alerts_chip(language: Language, number: str, tracked: bool) -> QuickReply:
    """Track this PNR, or Stop alerts when the person gets its alerts already."""
    if tracked:
        return chip(t(language, "alerts.chip_stop"), AlertStop(pnr=number))
    return chip(t(language, "pnr.chip_track"), TrackPnr(pnr=number))


def _trackable(ctx: Context, status: models.PnrStatus) -> bool:
    """Whether PNR alerts are offered for the booking: its journey not over nor its train
    cancelled, and the person reachable later (not a website chat's guest)."""
    if status.journey_date is None:  # undated: no day to time alerts by, nor to end them
        return False
    over = status.journey_date < ctx.today - dt.timedelta(days=1) or status.train_cancelled
    return ctx.reachable_later and not over


# What a question about a booking just shown asks in one line, its card a tap away: how many of
# its passengers are confirmed, where its waiting list stands now.
_ONE_LINE: Final = frozenset({"count", "waiting", "next"})


async def _standing(ctx: Context, request: PnrStatus, answer: Sourced[models.PnrStatus]) -> Outcome:
    """ "How many of us are confirmed?", "how much waiting now?" of the booking just shown: the
    count, or the waiting list's places now, in one line (a cancelled train says so instead);
    the whole card and alerts a tap away."""
    lang, status = ctx.language, answer.data
    if status.train_cancelled:
        first = t(lang, "pnr.cancelled")
    elif request.focus == "count":
        first = _count_line(lang, status)
    elif request.focus == "next":
        first = _next_line(lang, status)
    else:
        first = _waiting_line(lang, status)
    options = request.focus == "next" and _may_still_move(ctx, status)
    if options:
        # "so what now?" with passengers waiting: their chance, alerts, and other trains or
        # classes of the same journey, never the rules alone
        first = lines(
            first, await _chance_line(ctx, status.pnr, status), _options_line(ctx, status)
        )
    text = lines(first, source_note(lang, answer, ctx.now))
    quick = [chip(t(lang, "alerts.chip_full"), PnrStatus(pnr=status.pnr))]
    if options:
        quick[:0] = _other_journey_chips(lang, status)
    if _trackable(ctx, status):
        quick.insert(0, _alerts_chip(lang, status.pnr, await alerts_on(ctx, status.pnr)))
    return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True)).about(
        _subject(request, status)
    )


def _may_still_move(ctx: Context, status: models.PnrStatus) -> bool:
    """Whether some passenger of a booking still to travel is on a waiting list the chart has
    not fixed yet (its train running): what they can do is still worth saying."""
    waiting = any(p.current.kind.is_waitlist for p in status.passengers)
    # undated: no day to look up other trains on, so none offered
    dated = status.journey_date is not None and status.journey_date >= ctx.today
    still = dated and not status.chart_prepared
    return waiting and still and not status.train_cancelled


def _options_line(ctx: Context, status: models.PnrStatus) -> str:
    """What a waitlisted traveller can do besides waiting: alerts, other trains or classes."""
    start = status.boarding or status.from_station
    end = status.upto or status.to_station
    day = day_date(ctx.language, status.journey_date, ctx.today) if status.journey_date else ""
    # a website chat's guest cannot be messaged later: no alerts offered
    key = N_("pnr.next_options") if ctx.reachable_later else N_("pnr.next_options_guest")
    return t(
        ctx.language,
        key,
        origin=station_label(start),
        destination=station_label(end),
        day=day,
    )


def _other_journey_chips(language: Language, status: models.PnrStatus) -> list[QuickReply]:
    """The other trains of the booking's journey that day, and its train's seats by class."""
    start = (status.boarding or status.from_station).code
    end = (status.upto or status.to_station).code
    day = status.journey_date
    others = TrainsBetween(origin=start, destination=end, date=day)
    seats = SeatAvailability(train=status.train.number, origin=start, destination=end, date=day)
    return chips(
        [
            (t(language, "cannot.chip_other_trains"), others),
            (t(language, "pnr.chip_other_classes"), seats),
        ]
    )


def _count_line(language: Language, status: models.PnrStatus) -> str:
    """How many of the booking's passengers are confirmed, and who waits where."""
    confirmed = [p for p in status.passengers if p.current.kind is StatusKind.CNF]
    waiting = [p for p in status.passengers if p.current.kind is not StatusKind.CNF]
    total = len(status.passengers)
    if total == 1:  # one passenger: whether they are confirmed, as "is it confirmed?" says
        return _focus_line(language, PnrStatus(pnr=status.pnr, focus="confirmed"), status)
    sat = ", ".join(f"P{p.number} {status_words(language, p.current)}" for p in confirmed)
    wait = ", ".join(f"P{p.number} {status_words(language, p.current)}" for p in waiting)
    if not waiting:
        return t(language, "pnr.count_all", total=total, who=sat)
    if not confirmed:
        return t(language, "pnr.count_none", total=total, waiting=wait)
    return t(language, "pnr.count_some", count=len(confirmed), total=total, confirmed=sat,
             waiting=wait)  # fmt: skip


def _next_line(language: Language, status: models.PnrStatus) -> str:
    """What comes of the booking now, as the railway's rules go for where its passengers stand:
    confirmed, nothing to do but board; some waiting, what happens to them by the chart."""
    waiting = [p for p in status.passengers if p.current.kind is not StatusKind.CNF]
    said = "; ".join(_passenger_line(language, passenger) for passenger in status.passengers)
    if not waiting:
        return t(language, "pnr.next_confirmed", who=said, train=train_label(status.train))
    listed = [p for p in waiting if p.current.kind is not StatusKind.RAC]
    rules = [t(language, "pnr.next_rac")] if len(listed) < len(waiting) else []
    if listed:
        some = len(listed) < len(status.passengers)
        key = N_("pnr.next_waiting_charted") if status.chart_prepared else N_("pnr.next_waiting")
        rules.insert(0, t(language, key))
        if some:
            rules.append(t(language, "pnr.next_waiting_with_others"))
    return lines(t(language, "pnr.next_now", who=said), *rules)


def _waiting_line(language: Language, status: models.PnrStatus) -> str:
    """Where the booking's passengers not confirmed stand now, with what they were booked at;
    or that none waits."""
    waiting = [p for p in status.passengers if p.current.kind is not StatusKind.CNF]
    if not waiting:
        seated = status.passengers
        who = ", ".join(f"P{p.number} {status_words(language, p.current)}" for p in seated)
        return t(language, "pnr.waiting_none", who=who)
    now = "; ".join(_passenger_line(language, passenger) for passenger in waiting)
    charted = N_("pnr.waiting_now_charted") if status.chart_prepared else N_("pnr.waiting_now")
    return t(language, charted, waiting=now)


def _date_line(language: Language, status: models.PnrStatus, today: dt.date) -> str:
    """The day of the journey asked ("what is the travel date"): the day, and when its train
    leaves the boarding station; that it is not known when the railway's answer has no date."""
    if status.journey_date is None:
        return t(language, "pnr.journey_undated")
    day = day_date(language, status.journey_date, today)
    if status.departure is None:
        return t(language, "pnr.journey_on_day", day=day)
    start = station_label(status.boarding or status.from_station)
    time = clock_time(status.departure)
    train = status.train.number
    return t(language, "pnr.journey_on", day=day, train=train, station=start, time=time)


# How long before the train leaves the boarding station its charts are usually prepared.
FIRST_CHART_BEFORE: Final = dt.timedelta(seconds=PNR_CHART_S)
SECOND_CHART_BEFORE: Final = dt.timedelta(seconds=PNR_SECOND_CHART_S)


def chart_when(language: Language, status: models.PnrStatus) -> str:
    """When a booking's chart is usually prepared: about 4 hours before its train leaves the
    boarding station, the second chart about 30 minutes before, at the clock times of this
    train's departure when the booking gives it."""
    if status.departure is None:
        return t(language, "pnr.chart_when_undated")
    leaves = dt.datetime.combine(dt.date.min + dt.timedelta(days=1), status.departure)
    return t(
        language,
        "pnr.chart_when",
        train=status.train.number,
        time=clock_time(status.departure),
        first=clock_time(leaves - FIRST_CHART_BEFORE),
        second=clock_time(leaves - SECOND_CHART_BEFORE),
    )


def _focus_line(language: Language, request: PnrStatus, status: models.PnrStatus) -> str:
    """The answer to what the question asked of the booking, before its card: whether the chart
    is out, or whether (and where) its passengers are confirmed; empty for its whole status."""
    if request.focus in (None, "date", "class", "train") or status.train_cancelled:
        return ""
    if request.focus == "chart" and status.chart_prepared:
        return t(language, "pnr.chart_yes")
    if request.focus == "chart":  # not yet: when it will be, for this booking's train
        return lines(t(language, "pnr.chart_no"), chart_when(language, status))
    confirmed = [p for p in status.passengers if p.current.kind is StatusKind.CNF]
    waiting = [p for p in status.passengers if p.current.kind is not StatusKind.CNF]
    sat = ", ".join(f"P{p.number} {status_words(language, p.current)}" for p in confirmed)
    wait = ", ".join(f"P{p.number} {status_words(language, p.current)}" for p in waiting)
    if not status.passengers:
        return ""
    if request.focus == "berth":
        return _berths_line(language, sat, wait)
    if not waiting:
        return t(language, "pnr.all_confirmed", who=sat)
    # Once the chart is prepared a waiting list moves no more: "not yet" would promise a change.
    charted = status.chart_prepared
    if not confirmed:
        key = N_("pnr.none_confirmed_charted") if charted else N_("pnr.none_confirmed")
        return t(language, key, waiting=wait)
    key = N_("pnr.some_confirmed_charted") if charted else N_("pnr.some_confirmed")
    return t(language, key, confirmed=sat, waiting=wait)


def _berths_line(language: Language, seated: str, waiting: str) -> str:
    """ "Which coach am I in?", "मेरी बोगी कौन सी है": the coach and berth of each passenger
    confirmed, and who has none yet."""
    if not waiting:
        return t(language, "pnr.berths_all", seated=seated)
    if not seated:
        return t(language, "pnr.berths_none", waiting=waiting)
    return t(language, "pnr.berths_some", seated=seated, waiting=waiting)


def _already_shown(ctx: Context, number: str) -> bool:
    """Whether the conversation is about this booking already (its status was just shown): a
    question about its chance then asks that alone; a booking new to the conversation is shown
    with it, its status first ("pnr 4523456789, what are the chances of confirmation?")."""
    return ctx.subject is not None and ctx.subject.pnr == number


async def _chance_answer(
    ctx: Context, status: models.PnrStatus, *, plain: bool = False
) -> tuple[str, Sourced[models.ConfirmationChance] | None]:
    """Will the booking be confirmed: the provider's estimate, worded as one (with the estimate,
    for its age), or that there is none (the train cancelled, nobody waiting, no estimate);
    `plain` (a yes or no asked for): the estimate led by what it comes to."""
    lang = ctx.language
    number = status.pnr
    waiting = [
        p
        for p in status.passengers
        if p.current.kind.is_waitlist or p.current.kind is StatusKind.RAC
    ]
    if status.train_cancelled:
        return t(lang, "pnr.cancelled"), None
    if not waiting:
        return t(lang, "pnr.chance_not_waiting", pnr=number), None
    if status.journey_date is not None and status.journey_date < ctx.today:  # journey over
        day = day_date(lang, status.journey_date, ctx.today)
        return t(lang, "pnr.chance_past", pnr=number, day=day), None
    if status.chart_prepared:  # the lists move no more: no estimate of a change can stand
        listed = any(p.current.kind.is_waitlist for p in waiting)
        key = N_("pnr.chance_charted") if listed else N_("pnr.chance_charted_rac")
        return t(lang, key, pnr=number), None
    try:
        estimate = await ctx.provider.pnr_prediction(number)
    except RailwayError:
        none = t(lang, "pnr.chance_none", pnr=number)
        return (lines(t(lang, "pnr.plain_unsure"), none) if plain else none), None
    if plain:
        return plain_line(lang, number, estimate), estimate
    return _estimate_line(lang, number, estimate), estimate


async def _chance(ctx: Context, request: PnrStatus, answer: Sourced[models.PnrStatus]) -> Outcome:
    """The chance of a booking just shown: the estimate, and where the booking stands now, with
    the source and age of the estimate (or, with none, of the booking's status)."""
    lang = ctx.language
    status = answer.data
    number = status.pnr
    now = " · ".join(_passenger_line(lang, passenger) for passenger in status.passengers)
    first, estimate = await _chance_answer(ctx, status, plain=request.plain)
    note = source_note(lang, estimate if estimate is not None else answer, ctx.now)
    text = lines(first, t(lang, "pnr.chance_now", status=now) if now else "", note)
    track = _alerts_chip(lang, number, await alerts_on(ctx, number))
    still_to_travel = status.journey_date is not None and status.journey_date >= ctx.today
    quick = (
        # nothing to track once over, nor for a guest the alert could not reach
        *((track,) if still_to_travel and ctx.reachable_later else ()),
        chip(t(lang, "alerts.chip_full"), PnrStatus(pnr=number)),
    )
    return say(Reply(text=text, quick_replies=quick)).about(_subject(request, status))


def _first_in_status(request: PnrStatus, status: models.PnrStatus) -> PnrStatus:
    """The question of the passengers in a status ("the RAC one") as one of the one passenger
    now in it; when none is, or several are ("dono waiting wale"), the booking's chance (which
    says where each passenger stands)."""
    waiting = request.waiting
    found = [
        passenger.number
        for passenger in status.passengers
        if (passenger.current.kind is StatusKind.RAC) == (waiting == "RAC")
        and passenger.current.kind not in (StatusKind.CNF, StatusKind.CAN)
    ]
    alone = found[0] if len(found) == 1 else None
    return request.model_copy(update={"waiting": None, "passenger": alone, "chance": True})


async def _one_passenger(
    ctx: Context, request: PnrStatus, answer: Sourced[models.PnrStatus]
) -> Outcome:
    """One passenger of a booking ("P2's berth?", "यात्री 3 की सीट"): their status, their coach
    and berth in words when confirmed, their chance when they wait; the whole card a tap away."""
    lang, status = ctx.language, answer.data
    found = next((p for p in status.passengers if p.number == request.passenger), None)
    quick = (chip(t(lang, "alerts.chip_full"), PnrStatus(pnr=status.pnr)),)
    if status.train_cancelled:
        text = lines(t(lang, "pnr.cancelled"), source_note(lang, answer, ctx.now))
    elif found is None:
        count, asked = len(status.passengers), request.passenger
        text = lines(
            nt(lang, "pnr.no_such_passenger", count, pnr=status.pnr, count=count, number=asked),
            " · ".join(_passenger_line(lang, passenger) for passenger in status.passengers),
        )
    else:
        alone = status.model_copy(update={"passengers": (found,)})
        confirmed = request.chance and found.current.kind is StatusKind.CNF
        text = lines(
            t(lang, "pnr.passenger_confirmed", who=f"P{found.number}") if confirmed else "",
            t(lang, "pnr.one_passenger", pnr=status.pnr, line=_charted_line(lang, status, found)),
            _seat_words(lang, found.current),
            await _chance_line(ctx, status.pnr, alone),
            source_note(lang, answer, ctx.now),
        )
    return say(Reply(text=text, quick_replies=quick, shows_card=True)).about(
        _subject(request, status)
    )


# A berth's kind in words ("LB": lower berth).
_BERTH_KINDS = {
    "LB": N_("berth.LB"),
    "MB": N_("berth.MB"),
    "UB": N_("berth.UB"),
    "SL": N_("berth.SL"),
    "SU": N_("berth.SU"),
    "SM": N_("berth.SM"),
    "WS": N_("berth.WS"),
}


def _seat_words(language: Language, current: models.BerthStatus) -> str:
    """ "Coach S6, berth 72 (middle berth).": a confirmed seat in words; empty for anything
    else, or a seat the railway gave without its coach."""
    if current.kind is not StatusKind.CNF or not current.coach or current.berth is None:
        return ""
    kind_key = _BERTH_KINDS.get(current.berth_type or "")
    kind = f" ({t(language, kind_key)})" if kind_key else ""
    return t(language, "pnr.seat_of", coach=current.coach, berth=current.berth, kind=kind)


_GRADES = {
    "HIGH": N_("pnr.chance_high"),
    "MEDIUM": N_("pnr.chance_medium"),
    "LOW": N_("pnr.chance_low"),
}
_PROVIDERS = {"railradar": "RailRadar", "sample": N_("pnr.chance_sample")}


def _estimate_line(
    language: Language, number: str, estimate: Sourced[models.ConfirmationChance]
) -> str:
    chance = estimate.data
    grade_key = _GRADES.get((chance.grade or "").strip().upper())
    grade = t(language, grade_key) if grade_key else ""
    named = _PROVIDERS.get(estimate.source, estimate.source)
    source = t(language, named) if named.startswith("pnr.") else named
    if chance.percent is None and not grade:
        return t(language, "pnr.chance_none", pnr=number)
    if chance.percent is None:
        return t(language, "pnr.chance_grade", pnr=number, grade=grade, source=source)
    return t(
        language,
        "pnr.chance_percent",
        pnr=number,
        percent=chance.percent,
        grade=f" ({grade})" if grade else "",
        source=source,
    )


# From what percent an estimate is a plain "probably yes", and below what a "probably not";
# between them (and for a medium grade) it cannot be said either way.
LIKELY_YES: Final = 65
LIKELY_NOT: Final = 40
_PLAIN_YES: Final = N_("pnr.plain_yes")
_PLAIN_NOT: Final = N_("pnr.plain_not")
_PLAIN_EVEN: Final = N_("pnr.plain_unsure_of")
_PLAIN_GRADES: Final = {"HIGH": _PLAIN_YES, "LOW": _PLAIN_NOT}


def plain_line(
    language: Language, number: str, estimate: Sourced[models.ConfirmationChance]
) -> str:
    """ "Probably yes — 71% likely to confirm (...'s estimate)": the estimate as the plain yes
    or no asked for, never one it does not bear out; "Can't say for sure" when it is near even,
    medium, or there is none."""
    chance = estimate.data
    grade = (chance.grade or "").strip().upper()
    named = _PROVIDERS.get(estimate.source, estimate.source)
    source = t(language, named) if named.startswith("pnr.") else named
    if chance.percent is not None:
        likely = t(language, "pnr.plain_percent", percent=chance.percent)
        key = _PLAIN_EVEN
        if chance.percent >= LIKELY_YES:
            key = _PLAIN_YES
        elif chance.percent < LIKELY_NOT:
            key = _PLAIN_NOT
    elif grade_key := _GRADES.get(grade):
        likely = t(language, "pnr.plain_grade", grade=t(language, grade_key))
        key = _PLAIN_GRADES.get(grade, _PLAIN_EVEN)
    else:
        return lines(t(language, "pnr.plain_unsure"), t(language, "pnr.chance_none", pnr=number))
    return t(language, key, pnr=number, likely=likely, source=source)


def _subject(request: PnrStatus, status: models.PnrStatus) -> Subject:
    """What a PNR's status shows: its train, the traveller's journey on it, date and class."""
    return Subject.model_validate(
        {
            "request": request,
            "pnr": status.pnr,
            "train": status.train.number,
            "origin": (status.boarding or status.from_station).code,
            "destination": (status.upto or status.to_station).code,
            "date": status.journey_date,
            "journey_class": status.journey_class,
            "passengers": len(status.passengers) or None,
            "cancelled": status.train_cancelled or None,
        }
    )


def ask_pnr(ctx: Context, wrong: str | None) -> str:
    """Which PNR: its 10 digits, and why a number typed (`wrong`) was not one."""
    lead = t(ctx.language, "pnr.wrong_length", number=wrong, digits=len(wrong)) if wrong else ""
    return lines(lead, t(ctx.language, "pnr.ask"))


def _journey_line(language: Language, status: models.PnrStatus, today: dt.date) -> str:
    if status.journey_date is None:  # the railway's answer gave no date: shown without one
        return t(language, "pnr.journey_undated")
    day = day_date(language, status.journey_date, today)
    if status.departure is not None:
        return t(language, "pnr.journey_departs", day=day, time=clock_time(status.departure))
    return f"📅 {day}"


def _stations_line(status: models.PnrStatus) -> str:
    start = status.boarding or status.from_station
    end = status.upto or status.to_station
    text = f"{station_label(start)} → {station_label(end)}"
    return f"{text} · {status.journey_class}" if status.journey_class else text


def _chart_line(language: Language, status: models.PnrStatus) -> str:
    if status.train_cancelled:
        return t(language, "pnr.cancelled")
    key = N_("pnr.chart_prepared") if status.chart_prepared else N_("pnr.chart_not_prepared")
    return t(language, key)


async def _chance_line(ctx: Context, number: str, status: models.PnrStatus) -> str:
    """The provider's estimate that a waitlisted or RAC booking confirms, worded as its estimate
    and said of the passengers who wait only ("P3: 71% likely to confirm (RailRadar's
    estimate)"; the sample railway's is said to be made up); empty when nobody waits, the chart
    is out, or the provider has no estimate."""
    waiting = [
        f"P{p.number}"
        for p in status.passengers
        if p.current.kind is StatusKind.RAC or p.current.kind.is_waitlist
    ]
    if not waiting or status.chart_prepared or status.train_cancelled:
        return ""
    if status.journey_date is not None and status.journey_date < ctx.today:  # over: no change
        return ""
    try:
        answer = await ctx.provider.pnr_prediction(number)
    except RailwayError:
        return ""
    percent = answer.data.percent
    if percent is None or not 0 <= percent <= 100:
        return ""
    who = ", ".join(waiting)
    if answer.source == SAMPLE_SOURCE:
        return t(ctx.language, "pnr.chance_made_up", who=who, percent=percent)
    provider = PROVIDER_NAMES.get(answer.source, "")  # none for the sample railway
    key = N_("pnr.chance_of") if provider else N_("pnr.chance")
    return t(ctx.language, key, who=who, percent=percent, provider=provider)


def _card_passenger_lines(language: Language, status: models.PnrStatus) -> list[str]:
    """The card's line for each passenger; once the chart is prepared, what it means for those
    not confirmed beside their status (never a bare "Chart prepared ✅" beside a waiting list):
    a waitlisted passenger gets no berth (alone on the e-ticket, it is cancelled and refunded
    automatically; with others confirmed or in RAC, they may travel with them), RAC travels."""
    return [_charted_line(language, status, passenger) for passenger in status.passengers]


def _charted_line(language: Language, status: models.PnrStatus, passenger: Passenger) -> str:
    """A passenger's line, with what the chart, once prepared, means for them if not confirmed."""
    line = _passenger_line(language, passenger)
    if not status.chart_prepared or status.train_cancelled:
        return line
    kind = passenger.current.kind
    if kind is StatusKind.RAC:
        return t(language, "pnr.charted_rac", line=line)
    if not kind.is_waitlist:
        return line
    seated = any(p.current.kind in (StatusKind.CNF, StatusKind.RAC) for p in status.passengers)
    key = N_("pnr.charted_waiting_with_others") if seated else N_("pnr.charted_waiting_alone")
    return t(language, key, line=line)


def _passenger_line(language: Language, passenger: Passenger) -> str:
    current = status_words(language, passenger.current)
    booked = status_words(language, passenger.booking)
    if passenger.current.kind is StatusKind.UNKNOWN and not passenger.current.raw.strip():
        current = booked
        if passenger.booking.kind is StatusKind.UNKNOWN and not passenger.booking.raw.strip():
            return t(language, "pnr.passenger_unknown", number=passenger.number)
    line = f"P{passenger.number} {current}"
    return line if booked == current else t(language, "pnr.booked", line=line, booked=booked)
