"""Seat availability for a train, between two stations, in a class, from a date."""

from __future__ import annotations

import datetime as dt
from typing import Final

from app.bot.format import (
    chip,
    chip_day,
    clock_time,
    day_date,
    fit,
    lines,
    quota_name,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.asking import (
    AskUser,
    Journey,
    ask_again,
    ask_date,
    class_of,
    require_journey,
)
from app.bot.handlers.cancelled_runs import journey_not_made
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.lookups import (
    journey_mismatch,
    next_day_leaving,
    not_running_note,
    station_of,
    train_classes,
)
from app.bot.handlers.party import party_fare, party_of, room_for_the_party
from app.bot.handlers.railway_errors import failure
from app.bot.handlers.run_state import gone_from, stop_at
from app.bot.handlers.timetable import due_stops
from app.bot.replies import Reply
from app.bot.requests import Fare, SeatAvailability
from app.bot.state import Subject
from app.bot.status_words import status_words
from app.errors import (
    ClassNotOnTrain,
    InvalidArgument,
    NotFound,
    NotInSample,
    NotRunningOnDate,
    RailwayError,
)
from app.i18n import N_, nt, t
from app.i18n.language import Language
from app.railways.models import SeatDay, StatusKind
from app.railways.status import parse_status
from app.railways.vocabulary import AC_CLASSES, GENERAL_QUOTA

_MARKS = {
    StatusKind.AVAILABLE: " ✅",
    StatusKind.REGRET: " ❌",
    StatusKind.NOT_AVAILABLE: " ❌",
    StatusKind.CAN: " ❌",
}
# The classes of seats, not berths: chair cars and second sitting ("no confirmed seat in CC").
SEATED_CLASSES = frozenset({"CC", "EC", "2S", "EA", "EV"})


async def seat_availability(ctx: Context, request: SeatAvailability) -> Outcome:
    journey = await require_journey(ctx, request)
    train, from_code, to_code = journey.train, journey.origin, journey.destination
    journey_class = request.journey_class
    plain = not (request.cooled or request.uncooled)
    if journey_class is None and plain and request.date is not None and request.date >= ctx.today:
        each = await _each_class(ctx, request, journey, request.date)
        if each is not None:  # "12952 seats kal": every class's that day, never "which class?"
            return each
    if journey_class is None:
        journey_class = await class_of(ctx, request, train)
    day = request.date
    if day is None:
        raise ask_date(ctx, request)
    if day < ctx.today:
        passed = t(ctx.language, "seats.passed", day=day_date(ctx.language, day, ctx.today))
        raise ask_date(ctx, request, lead=passed)
    quota = request.quota or GENERAL_QUOTA
    not_open = _tatkal_not_open(ctx, request, train, from_code, to_code, journey_class, day)
    if not_open is not None:
        return not_open
    asked = SeatAvailability(
        train=train, origin=from_code, destination=to_code, journey_class=journey_class
    ).model_copy(update={"quota": request.quota})
    # The run that day cancelled, or the journey's part of it, is said first. The railway's
    # own availability says when it is not: a day it takes bookings on (seats, RAC, a waiting
    # list) is a run it has not cancelled, so the run is looked at only when the answer leaves
    # that open (no such day, regret, "TRAIN CANCELLED", a refusal).
    try:
        answer = await ctx.provider.seat_availability(
            train, from_code, to_code, day, journey_class, quota
        )
    except NotInSample:
        raise  # the router says which trains the sample railway has
    except (ClassNotOnTrain, NotRunningOnDate, InvalidArgument) as refusal:
        if (not_made := await journey_not_made(ctx, asked, day)) is not None:
            return not_made
        if isinstance(refusal, NotRunningOnDate):
            instead = await _on_its_next_run(ctx, request, train, from_code, day, journey_class)
            if instead is not None:
                return instead
        raise await ask_again(
            ctx, request, train=train, journey_class=journey_class, day=day, refusal=refusal
        ) from None
    except NotFound:
        if (not_made := await journey_not_made(ctx, asked, day)) is not None:
            return not_made
        wrong = await journey_mismatch(ctx, train, from_code, to_code)
        text = wrong or t(
            ctx.language, "seats.not_found", train=train, origin=from_code, to=to_code
        )
        return say(Reply(text=text))
    except RailwayError as exc:
        if (not_made := await journey_not_made(ctx, asked, day)) is not None:
            return not_made
        return say(failure(ctx.language, exc, request))
    found = answer.data
    if not booking_open(found.days, day) and (not_made := await journey_not_made(ctx, asked, day)):
        return not_made
    if quota in TATKAL_QUOTAS:  # only the days Tatkal is open for, never ones to come
        found = found.model_copy(
            update={
                "days": tuple(
                    d for d in found.days if ctx.now >= tatkal_opens(d.date, journey_class, ctx)
                )
            }
        )
    lang = ctx.language
    origin = station_label(station_of(ctx.index, from_code, found.from_station))
    destination = station_label(station_of(ctx.index, to_code, found.to_station))
    gone = await _gone_today(ctx, train, from_code, day)
    party = party_of(request.passengers)
    text = fit(
        lines(
            # today's train already gone from where the journey starts: that said, never "Yes,
            # 42 seats available today" for a train that cannot be boarded any more
            gone or _answer_for(lang, found.days, day, journey_class, ctx.today, party),
            # a party's fare, per person and for all of them, under whether there is room
            await party_fare(ctx, (train, from_code, to_code), journey_class, quota, day, party)
            if party and not gone
            else "",
            t(lang, "seats.header", train=train_label(found.train)),
            f"{origin} → {destination}",
            journey.note(lang),
            t(
                lang,
                "seats.class_quota",
                journey_class=found.journey_class,
                quota=quota_name(lang, found.quota),
            ),
            *(_day_line(lang, seat_day, ctx.today) for seat_day in found.days),
            "" if found.days else t(lang, "seats.no_days"),
            _tatkal_in_mind(ctx, request, journey_class, day),
            source_note(lang, answer, ctx.now),
        )
    )
    leg = {"train": train, "origin": from_code, "destination": to_code}
    later = day + dt.timedelta(days=1)
    quick = (
        chip(
            t(lang, "chip.fare_of", train=journey_class),
            Fare(**leg, date=day, journey_class=journey_class),
        ),
        chip(
            t(lang, "chip.seats_of", train=chip_day(lang, later, ctx.today)),
            SeatAvailability(**leg, date=later, journey_class=journey_class),
        ),
    )
    # What it showed: the journey settled (a city's station, the train asked for).
    shown = request.with_slots({**leg, "date": day, "journey_class": journey_class})
    return say(Reply(text=text, quick_replies=quick, shows_card=True)).about(Subject.of(shown))


async def _gone_today(ctx: Context, train: str, from_code: str, day: dt.date) -> str:
    """`⌛ 12675 was due to leave Chennai Central (MAS) at 06:10 today: that time has passed.`
    when the seats asked are today's and the train's timetable has it gone from the journey's
    first station over an hour ago; empty otherwise (another day, not yet due, or no timetable
    to tell)."""
    if day != ctx.today:
        return ""
    try:
        route = (await ctx.provider.train_route(train)).data
    except RailwayError:
        return ""
    order = route.codes
    if from_code not in order:
        return ""
    where = order.index(from_code)
    start = day - dt.timedelta(days=max(0, route.stops[where].day - 1))
    leaves = due_stops(route, start, ctx.now.tzinfo)[where].departure
    # an hour's grace: a train running late may not have left yet
    if leaves is None or leaves.date() != day or leaves + _GONE_AFTER > ctx.now:
        return ""
    if await _not_left(ctx, train, start, from_code):
        return ""  # rescheduled or running late: the live card's word, not the timetable's
    place = station_label(station_of(ctx.index, from_code, route.stops[where].station))
    return t(ctx.language, "seats.gone_today", train=train, station=place, time=clock_time(leaves))


async def _not_left(ctx: Context, train: str, start: dt.date, code: str) -> bool:
    """Whether the run's live report has it not yet gone from `code` (not started, its start
    rescheduled later, running late). False when no live report says (the timetable's time
    then stands)."""
    try:
        status = (await ctx.provider.live_status(train, start)).data
    except RailwayError:
        return False
    stop = stop_at(status, code)
    return stop is not None and not gone_from(status, stop)


# How long after its timetabled departure a train is taken to have left for today's seats.
_GONE_AFTER: Final = dt.timedelta(hours=1)


# How many classes a train may have for seats asked with none to show each that day.
_CLASSES_AT_ONCE: Final = 4


async def _each_class(
    ctx: Context, request: SeatAvailability, journey: Journey, day: dt.date
) -> Outcome | None:
    """Seats of a train asked with no class, for a day ("12952 seats kal", "seats kitni hai
    kal?" while its fare asks which class): each of its classes that day on one card, the class
    to look at further a tap away; None for a train of one class or of many, or when a class's
    answer is not there to say plainly (the usual path then asks which, or says why)."""
    train, from_code, to_code = journey.train, journey.origin, journey.destination
    known = await train_classes(ctx, train)
    if not 2 <= len(known) <= _CLASSES_AT_ONCE:
        return None
    quota = request.quota or GENERAL_QUOTA
    lang = ctx.language
    rows: list[str] = []
    found = None
    for code in known:
        try:
            answer = await ctx.provider.seat_availability(
                train, from_code, to_code, day, code, quota
            )
        except RailwayError:
            return None
        that_day = next((d for d in answer.data.days if d.date == day), None)
        if that_day is None:
            return None
        found = found or answer
        rows.append(f"{code}: {day_status(lang, that_day)}")
    assert found is not None
    seats = found.data
    origin = station_label(station_of(ctx.index, from_code, seats.from_station))
    destination = station_label(station_of(ctx.index, to_code, seats.to_station))
    text = lines(
        t(lang, "seats.header", train=train_label(seats.train)),
        f"{origin} → {destination}",
        journey.note(lang),
        t(
            lang,
            "seats.each_class_on",
            day=day_date(lang, day, ctx.today),
            quota=quota_name(lang, quota),
        ),
        *rows,
        source_note(lang, found, ctx.now),
    )
    leg = {"train": train, "origin": from_code, "destination": to_code, "date": day}
    quick = tuple(
        chip(t(lang, "chip.seats_of", train=code), SeatAvailability(**leg, journey_class=code))
        for code in known
    )
    shown = Subject.of(request.with_slots(leg)).model_copy(update={"classes": tuple(known)})
    return say(Reply(text=text, quick_replies=quick, shows_card=True)).about(shown)


async def _on_its_next_run(
    ctx: Context,
    request: SeatAvailability,
    train: str,
    boards: str,
    day: dt.date,
    journey_class: str,
) -> Outcome | None:
    """Seats asked for a day the train does not leave the traveller's station: said so (its days,
    its next run), then the seats of that next run, never only a question for another date; None
    when its next run is not known (or not after `day`)."""
    following = await next_day_leaving(ctx, train, day, boards)
    if following is None or following <= day:
        return None
    lead = await not_running_note(ctx, train, day, boards)
    update = {"date": following, "journey_class": journey_class}
    try:
        shown = await seat_availability(ctx, request.model_copy(update=update))
    except AskUser:
        return None
    return shown.led_by(lead) if lead else shown


# Tatkal and Premium Tatkal: booked from the day before the journey, at 10:00 for AC classes
# and 11:00 for the others.
TATKAL_QUOTAS: Final = frozenset({"TQ", "PT"})
_TATKAL_AC: Final = dt.time(10, 0)
_TATKAL_NON_AC: Final = dt.time(11, 0)


def tatkal_opens(day: dt.date, journey_class: str, ctx: Context) -> dt.datetime:
    """When Tatkal opens for a journey on `day` in `journey_class`: the day before, at 10:00
    for AC classes, 11:00 for the others."""
    at = _TATKAL_AC if journey_class in AC_CLASSES else _TATKAL_NON_AC
    return dt.datetime.combine(day - dt.timedelta(days=1), at, tzinfo=ctx.now.tzinfo)


def _tatkal_not_open(
    ctx: Context,
    request: SeatAvailability,
    train: str,
    from_code: str,
    to_code: str,
    journey_class: str,
    day: dt.date,
) -> Outcome | None:
    """Tatkal seats asked for a day whose Tatkal booking has not opened yet ("tatkal seats on
    the 30th", 12 days ahead): when it opens, and the general quota's seats a tap away, never a
    Tatkal availability that cannot be booked; None when it is open (or not Tatkal asked)."""
    if request.quota not in TATKAL_QUOTAS:
        return None
    opens = tatkal_opens(day, journey_class, ctx)
    if ctx.now >= opens:
        return None
    lang = ctx.language
    key = N_("seats.tatkal_opens_ac") if journey_class in AC_CLASSES else N_("seats.tatkal_opens")
    text = t(
        lang,
        key,
        day=day_date(lang, day, ctx.today),
        open_day=day_date(lang, opens.date(), ctx.today),
        journey_class=journey_class,
    )
    leg = {"train": train, "origin": from_code, "destination": to_code, "date": day}
    general = SeatAvailability(**leg, journey_class=journey_class)
    quick = (chip(t(lang, "chip.seats_general"), general),)
    shown = request.with_slots({**leg, "journey_class": journey_class})
    return say(Reply(text=text, quick_replies=quick)).about(Subject.of(shown))


def _tatkal_in_mind(
    ctx: Context, request: SeatAvailability, journey_class: str, day: dt.date
) -> str:
    """Under the general quota's seats asked after Tatkal was talked of (a Tatkal fare): one
    line on when Tatkal opens for that day, or that it is open; empty otherwise."""
    before = ctx.subject.quota if ctx.subject is not None else None
    if request.quota is not None or before not in TATKAL_QUOTAS or _whole(ctx.mentioned):
        return ""
    lang = ctx.language
    opens = tatkal_opens(day, journey_class, ctx)
    key = N_("seats.tatkal_open_now") if ctx.now >= opens else N_("seats.tatkal_opens_on")
    return t(
        lang,
        key,
        day=day_date(lang, day, ctx.today),
        open_day=day_date(lang, opens.date(), ctx.today),
        time=clock_time(opens),
    )


def _whole(said: Subject | None) -> bool:
    """Whether the message named its train and both stations: a question of its own, nothing
    of the one before it carried into it."""
    if said is None or said.train is None:
        return False
    journey = said.request.slots if said.request is not None else {}
    return {"from", "to"} <= set(journey) or None not in (said.origin, said.destination)


def booking_open(days: tuple[SeatDay, ...], day: dt.date) -> bool:
    """Whether the railway takes bookings for `day`: seats, RAC or a waiting list to join (a
    cancelled run's days say "TRAIN CANCELLED", and its journey is not sold)."""
    found = next((seat_day for seat_day in days if seat_day.date == day), None)
    if found is None:
        return False
    kind = found.kind
    return kind in (StatusKind.AVAILABLE, StatusKind.CNF, StatusKind.RAC) or kind.is_waitlist


def _answer_for(
    language: Language,
    days: tuple[SeatDay, ...],
    day: dt.date,
    journey_class: str,
    today: dt.date,
    party: int | None = None,
) -> str:
    """Yes or no for the day asked, first: `Yes, 29 seats available in 3A on Sat 5 Dec.`, `No,
    waiting list on Thu 10 Dec: GNWL1/WL1.`; RAC (a shared berth until it confirms) said so;
    for a party, whether the seats counted take all of them; empty when the source says nothing
    of that day."""
    found = next((seat_day for seat_day in days if seat_day.date == day), None)
    if found is None:  # the days shown are others: said first, never left to be taken for it
        when = day_date(language, day, today)
        return t(language, "seats.day_not_listed", day=when) if days else ""
    kind = found.kind
    values = {
        "day": day_date(language, day, today),
        "journey_class": journey_class,
        "status": " ".join(found.status.split()),
    }
    if party is not None and (room := room_for_the_party(
        language, found, party, journey_class, values["day"]
    )):
        return room
    if kind is StatusKind.AVAILABLE and found.count is not None:
        return nt(language, "seats.yes_count", found.count, count=found.count, **values)
    if kind in (StatusKind.AVAILABLE, StatusKind.CNF):
        return t(language, "seats.yes", **values)
    if kind is StatusKind.RAC:
        # a chair car's RAC is a seat to wait on, never a berth to share; its place said in the
        # person's words, as the day's line says it ("आरएसी 8")
        seated = journey_class in SEATED_CLASSES
        values["status"] = _status_words(language, found)
        return t(language, N_("seats.rac_seated") if seated else N_("seats.rac"), **values)
    if kind.is_waitlist:
        return t(language, "seats.no_waitlist", **values)
    if kind is StatusKind.REGRET:
        return t(language, "seats.no_regret", **values)
    if kind is StatusKind.NOT_AVAILABLE:
        return t(language, "seats.no_not_available", **values)
    if kind is StatusKind.CAN:
        return t(language, "seats.no_cancelled", **values)
    return ""


def day_status(language: Language, seat_day: SeatDay) -> str:
    """A day's status as a seats card says it ("29 seats available ✅", "waiting (GNWL15/WL10)")."""
    return f"{_status_words(language, seat_day)}{_MARKS.get(seat_day.kind, '')}"


def _day_line(language: Language, seat_day: SeatDay, today: dt.date) -> str:
    status = _status_words(language, seat_day)
    day = day_date(language, seat_day.date, today)
    return f"{day}: {status}{_MARKS.get(seat_day.kind, '')}"


def _status_words(language: Language, seat_day: SeatDay) -> str:
    """The day's status in the person's language ("AVAILABLE-0029" is "29 सीटें उपलब्ध", "RAC 12"
    "आरएसी 12"); a waiting list keeps the railway's codes beside the word ("वेटिंग
    (GNWL15/WL10)": the place one would get, and where the list stands)."""
    railways = " ".join(seat_day.status.split())
    if seat_day.kind is StatusKind.AVAILABLE and seat_day.count is not None:
        return nt(language, "seats.day_available", seat_day.count, count=seat_day.count)
    if seat_day.kind is StatusKind.AVAILABLE:  # "RLWL/AVAILABLE.": seats, their number not given
        return t(language, "seats.day_available_uncounted")
    if seat_day.kind is StatusKind.REGRET:
        return t(language, "seats.day_regret")
    if seat_day.kind is StatusKind.NOT_AVAILABLE:
        return t(language, "seats.day_not_available")
    if seat_day.kind is StatusKind.CAN:
        return t(language, "seats.day_cancelled")
    if seat_day.kind.is_waitlist and railways:
        return t(language, "seats.day_waiting", status=railways)
    if seat_day.kind is StatusKind.RAC and railways:
        return status_words(language, parse_status(railways))
    return railways or seat_day.kind.value
