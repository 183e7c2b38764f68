"""Trains between two stations: departure, arrival, duration and run days, six at a time, with
fare and seat buttons for the trains listed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from app.bot.format import (
    chip,
    chips,
    class_words,
    clock_time,
    day_date,
    delay,
    duration,
    fit,
    lines,
    missed_time,
    run_days,
    sentence_day,
    source_note,
    station_label,
    station_name,
    train_label,
)
from app.bot.handlers import cheapest, fastest, onward
from app.bot.handlers.asking import (
    AskUser,
    ask,
    city_label,
    one_city,
    other_station_chips,
    require_station,
)
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.dated import (
    Change,
    Moved,
    changes_on,
    leaving_days,
    mark,
    reaches_none,
    run_start,
)
from app.bot.handlers.lookups import not_running_note, station_of, trains_between_pair
from app.bot.handlers.paging import Page
from app.bot.handlers.railway_errors import failure
from app.bot.handlers.run_state import gone_from, stop_at
from app.bot.handlers.way_back import ask_the_day_back, asks_the_day_back
from app.bot.replies import QuickReply, Reply
from app.bot.requests import (
    Arrivals,
    CannotDo,
    Departures,
    Fare,
    LiveStatus,
    SeatAvailability,
    TrainsBetween,
)
from app.bot.requests.answers import StationSlot
from app.bot.requests.journeys import (
    DAY_PARTS,
    FAST_KIND,
    OVERNIGHT_ARRIVES_BY,
    PICKS,
    DayPart,
)
from app.bot.state import Listed, Subject
from app.bot.understanding.lexicon import GENERIC_KINDS
from app.errors import NotFound, RailwayError, TimetableNotLoaded
from app.i18n import N_, nt, t
from app.i18n.language import Language
from app.railways.models import Sourced, Train, TrainBetween
from app.railways.offline import PROVIDER_NAME as OFFLINE_SOURCE
from app.railways.sample import PROVIDER_NAME as SAMPLE_SOURCE
from app.railways.vocabulary import (
    AC_CLASSES,
    JOURNEY_CLASSES,
    StationCode,
    current_station_code,
    parse_train_number,
)

PAGE_SIZE = 6
_NAME_PREFIX = 5  # letters of a word of a train's name that must match, in any spelling
# Kinds most trains are, which say nothing of which one ("express").
_MOST_TRAINS = frozenset({"express", "exp", "superfast", "sf"})
_ORIGIN_CITY = 1  # `TrainsBetween.cities`: the origin stands for its whole city
_TO_CITY = 2  # … the destination does


async def trains_between(ctx: Context, request: TrainsBetween) -> Outcome:
    if asks_the_day_back(request):
        # "and the return train?": the trains back as their timetable runs them, then which
        # day back (never the onward day given silently), the answer before the question
        day_back = ask_the_day_back(ctx, request).pending
        plain = request.model_copy(update={"back_from": None, "back_as": ()})
        undated = await trains_between(ctx, plain)
        if undated.subject is None or not undated.subject.listed:
            return undated  # no train back: no day back to ask for
        return Outcome((*undated.replies, day_back.prompt), day_back, undated.subject)
    if request.board and not (request.origin and request.destination):
        raise _board_of_a_day(ctx, request)
    if request.from_trains and request.destination and not request.origin:
        request = await _started_by_a_train(ctx, request)
    if request.besides and request.origin and request.after_it:
        # "next train after mine" after a booking: its journey's trains after it leaves
        request = await onward.after_it_leaves(ctx, request)
    elif request.besides and request.origin:
        # "bangalore se mysore koi aur train?" off a run that gets there on Thursday: Thursday's
        request = await onward.on_getting_there(ctx, request)
    origins = _city(ctx, request.origin, whole=bool((request.cities or 0) & _ORIGIN_CITY))
    destinations = _city(ctx, request.destination, whole=bool((request.cities or 0) & _TO_CITY))
    from_code = origins[0] if origins else require_station(ctx, request, "from", request.origin)
    to_code = (
        destinations[0]
        if destinations
        else require_station(ctx, request, "to", request.destination)
    )
    lang = ctx.language
    if from_code == to_code:
        name = station_label(station_of(ctx.index, to_code))
        raise ask(request, "to", t(lang, "between.same_station", name=name))
    day = request.date
    offset = request.offset
    cities = (_ORIGIN_CITY if origins else 0) | (_TO_CITY if destinations else 0)
    answer: Sourced[list[TrainBetween]] | None
    try:
        answer, cities = await _search(ctx, from_code, to_code, day, cities)
    except TimetableNotLoaded:
        raise
    except NotFound:
        answer = None
    except RailwayError as exc:
        retry = TrainsBetween(
            origin=from_code, destination=to_code, date=day, offset=offset, cities=cities or None
        )
        return say(failure(ctx.language, exc, retry))
    origin = _end_label(ctx, from_code, whole=bool(cities & _ORIGIN_CITY))
    destination = _end_label(ctx, to_code, whole=bool(cities & _TO_CITY))
    when = day_date(lang, day, ctx.today) if day else ""
    trains = sorted(answer.data, key=lambda t: t.departure) if answer else []
    # Each train's number on the whole list: a list cut to some of them keeps these, so that
    # the traveller's "the 3rd one" is the train they saw as 3, whichever list is on screen.
    numbers = {item.train.number: n for n, item in enumerate(trains, 1)}
    trains = [item for item in trains if item.train.number != request.besides]
    left_line = ""
    if request.besides and day in (None, ctx.today) and trains:
        # Other trains instead of one cancelled, today: only those still to leave; those gone
        # already are said so, never offered as the train to take instead
        trains, left_line = await _still_to_leave(ctx, trains)
    trains, part_line = _in_part(lang, trains, request.part)
    if request.after is not None:
        journey = (from_code, to_code, cities)
        trains, part_line = await _leaving_after(ctx, trains, request.after, journey, day)
    gone_today = False
    now_asked = request.part is not None or request.leaving_now or request.after is not None
    if now_asked and day == ctx.today and not request.besides and trains:
        # "trains tonight", "aaj shaam", "now": only those still to leave today; those gone
        # already are said so, never listed as if they could still be taken
        trains, gone_line = await _still_to_leave(
            ctx, trains, request.part, key=N_("between.left_today")
        )
        left_line, gone_today = gone_line, bool(gone_line)
        if request.part is not None and _after_midnight(ctx.now.time(), request.part):
            # "tonight" asked at 01:00: the night's 02:15 leaves before the evening's 20:15
            trains.sort(key=lambda item: item.departure)
    kind_line = ""
    if request.kind == FAST_KIND and trains:  # "koi fast train hai?": the quickest, yes or no first
        found, kind_line = fastest.answer(ctx, trains)
        if not found:
            whole = request.model_copy(update={"kind": None})
            every = chip(t(lang, "between.all_trains"), whole)
            reply = Reply(text=lines(kind_line, _there_are(lang, trains)), quick_replies=(every,))
            return say(reply).about(_listing(whole, trains[:PAGE_SIZE], 1))
        trains = found
    elif request.kind is not None and trains:
        found = [item for item in trains if _of_kind(item, request.kind)]
        kind_line = _kind_answer(lang, request.kind, found)
        if not found:  # "any rajdhani?": no, what there is, and the list stays as it was
            whole = request.model_copy(update={"kind": None})
            every = chip(t(lang, "between.all_trains"), whole)
            reply = Reply(text=lines(kind_line, _there_are(lang, trains)), quick_replies=(every,))
            return say(reply).about(_listing(whole, trains[:PAGE_SIZE], 1))
        trains = found
    # A city answered at its main station only (the railway cannot search a city): its other
    # stations as buttons, never a question that holds the answer back.
    offer_line, offers = "", list[QuickReply]()
    if origins and not cities & _ORIGIN_CITY:
        offer_line, offers = other_station_chips(
            ctx,
            origins,
            lambda code: request.model_copy(
                update={"origin": (code,), "offset": 0, "cities": None}
            ),
        )
    if destinations and not cities & _TO_CITY:
        line, others = other_station_chips(
            ctx,
            destinations,
            lambda code: request.model_copy(
                update={"destination": (code,), "offset": 0, "cities": None}
            ),
        )
        offer_line, offers = lines(offer_line, line), [*offers[:3], *others[:3]]
    if answer is None or not trains:
        none = N_("between.none_on") if day else N_("between.none")
        if request.besides:  # "other trains" when the one found cancelled is the only one
            none = N_("between.none_other_on") if day else N_("between.none_other")
        if gone_today and not trains:  # "trains tonight" when the day's last has left
            none = N_("between.none_left_today")
        text = t(lang, none, origin=origin, destination=destination, day=when)
        uncovered = await _not_covered(ctx, answer, from_code, to_code, cities)
        if uncovered and not request.besides:
            # the sample railway, or the offline timetable, that has no train there on any
            # day: said as what the data does not cover, never as fact that none runs
            text = t(lang, uncovered, origin=origin, destination=destination)
        back = chip(
            t(lang, "between.other_direction"),
            TrainsBetween(
                origin=to_code, destination=from_code, date=day, cities=_swapped(cities) or None
            ),
        )
        # Another day may have trains where this one has none: every day's, to look at.
        any_day = TrainsBetween(origin=from_code, destination=to_code, cities=cities or None)
        days = chips([(t(lang, "between.chip_any_day"), any_day)] if day and not uncovered else [])
        if left_line:  # all gone for today: tomorrow's others, to tap
            tomorrow = ctx.today + dt.timedelta(days=1)
            days = chips([(t(lang, "day.tomorrow"), request.model_copy(update={"date": tomorrow}))])
        if request.returning and day and not await _runs_any_day(ctx, from_code, to_code, cities):
            # no train back on any day: said once, with what to look for instead, never "any
            # day" offered to say the same again
            city = ctx.index.city_name(from_code) if cities & _ORIGIN_CITY else None
            code = city or from_code
            text = t(
                lang, "between.back_none_any_day", origin=origin, destination=destination,
                origin_code=code,
            )  # fmt: skip
            days = []
        if request.besides:
            # no other train than the one cancelled: the days it runs again, and the refund
            # of the ticket held, not only the other direction
            days = [*days[:1], *await _besides_offers(ctx, request, (from_code, to_code, cities))]
        note = source_note(ctx.language, answer, ctx.now) if answer else ""
        turned = () if request.returning else (back,)  # the way back's other way: the journey
        reply = Reply(
            text=lines(left_line, _nothing_for(lang, request), text, offer_line, note),
            quick_replies=(*days, *turned, *offers),
            shows_card=True,
        )
        return say(reply).about(_listing(request, [], 1))
    asked = request.pick is None and request.kind is None and not offset
    named = _named_in(ctx, trains) if asked else None
    name_line = ""
    if named is not None and len(named) == 1:  # "chennai se bangalore shatabdi": that train
        request = request.model_copy(update={"pick": named[0].train.number})
    elif named:  # "delhi to mumbai rajdhani" of several Rajdhanis: those
        trains = named
    elif asked and (said := _name_said(ctx)):
        # "delhi to agra rajdhani" with no Rajdhani there: said so first, then the trains that
        # run there, never another train as if it were the one asked; one that runs there on
        # other days than the one asked is said not to run that day, with its days
        name_line = (
            await _named_on_other_days(ctx, from_code, to_code, day, cities)
            or await _named_the_other_way(
                ctx, (from_code, to_code, cities), (origin, destination), said
            )
            or t(lang, "between.name_none", name=said, origin=origin, destination=destination)
        )
    # Undated, asked today: today's runs the railway changed are flagged all the same.
    changes = await changes_on(ctx, trains, day or ctx.today)
    kept = numbers if len(trains) < len(numbers) and _seen_whole(ctx, request) else {}
    # "Today's trains" asked in the evening: the whole day's list, as asked, each train gone
    # already marked with when it left, never listed as if it could still be taken
    today_asked = day == ctx.today and not now_asked and not request.besides
    left = await _left_today(ctx, trains) if today_asked else {}
    due = await _due_today(ctx, trains) if today_asked else {}
    if day is not None and not offset and request.pick is None and _none_runs(trains, changes):
        # "Delhi to Kochi tomorrow" when its one train is cancelled that day: no train runs,
        # said plainly with why, and the next day one does, never a list of one marked off
        return await _no_train_runs(
            ctx,
            request,
            trains,
            changes,
            (from_code, to_code, cities),
            (origin, destination),
            source_note(ctx.language, answer, ctx.now),
        )
    if request.past_last and request.pick is not None and _chosen(trains, request.pick) is None:
        # "the one after that" past the list's last train: said so, and the first train of
        # the day after
        following = (day or ctx.today) + dt.timedelta(days=1)
        update = {"pick": "next", "date": following, "past_last": False, "offset": 0}
        later = await trains_between(ctx, request.model_copy(update=update))
        return later.led_by(t(lang, "between.was_last"))
    if request.pick is not None:
        note = source_note(ctx.language, answer, ctx.now)
        whole = TrainsBetween(
            origin=from_code, destination=to_code, date=day, cities=cities or None
        )
        fares: list[cheapest.Priced] = []
        # "does 22643 run on monday?" of a train not on that day's list: the days it does leave
        # the station it is listed from (its run may start the day before it gets there)
        other_days = (
            await _leaves_other_days(ctx, request, trains, (from_code, to_code, cities))
            if request.runs
            else ""
        )
        if request.pick == "cheapest":  # "sasta wala": each running train priced
            running = [
                item for item in trains if not _off_the_stretch(changes.get(item.train.number))
            ]
            fares = await cheapest.priced(ctx, running, day, cheapest.class_in_hand(ctx))
        return _picked(
            ctx,
            request,
            trains,
            changes,
            note,
            whole,
            ends=(origin, destination),
            numbers=kept,
            fares=fares,
            other_days=other_days,
            gone=(left, due),
        )
    if offset and offset >= len(trains):  # "more trains" after the last page: none left
        return _all_shown(ctx, request, trains, part_line, ends=(origin, destination))
    page = Page.of(len(trains), offset, PAGE_SIZE)
    shown = _serving_first(trains[page.start : page.end], changes)
    why = reaches_none(lang, trains, changes) if not offset else ""
    today_ = day_date(lang, ctx.today, ctx.today)
    # "Chennai to Mysuru on Wednesday" with its one train cut short at Bengaluru that day: no
    # train gets there, and why, said first; then the trains there are
    short_line = (
        t(lang, "between.none_reaches", destination=destination, day=when or today_, why=why)
        if why
        else ""
    )
    heading = N_("between.header_on") if day else N_("between.header")
    header = t(
        lang,
        heading,
        origin=origin,
        destination=destination,
        day=when,
        trains=page.label(lang, "trains"),
    )
    # "Any train now?": the answer first (the next to leave), the trains gone already after
    # the list, never a list of departed trains above it
    next_line = _next_now(lang, trains, changes) if request.leaving_now and not offset else ""
    left_after = left_line if now_asked else ""
    text = fit(
        lines(
            missed_time(lang, request.missed),
            next_line,
            name_line,
            "" if now_asked else left_line,
            short_line,
            kind_line,
            _widened(ctx, request, trains) if not offset else "",
            header,
            part_line,
            *(
                lines(
                    _train_lines(lang, kept.get(item.train.number, n), item),
                    _marked(lang, changes, item, when or day_date(lang, ctx.today, ctx.today)),
                    _left_mark(lang, changes, item, left, due),
                )
                for n, item in enumerate(shown, page.start + 1)
            ),
            left_after,
            offer_line,
            source_note(ctx.language, answer, ctx.now),
        )
    )
    quick: list[QuickReply] = list(offers)
    if short_line and day is not None:  # none gets there that day: the next day one does
        next_day = await _next_running_day(ctx, (from_code, to_code, cities), day)
        if next_day is not None:
            quick += _trains_on(ctx, _journey((from_code, to_code, cities)), next_day)
    for item in shown:
        if not _off_the_stretch(changes.get(item.train.number)):
            quick += _journey_chips(lang, item, day)
    if page.more:
        more = TrainsBetween(
            origin=from_code,
            destination=to_code,
            date=day,
            offset=page.end,
            cities=cities or None,
            part=request.part,
            after=request.after,
            leaving_now=request.leaving_now,
        )
        quick.insert(0, chip(t(lang, "chip.more_trains"), more))
    reply = Reply(text=text, quick_replies=tuple(quick[:13]), shows_card=True)
    return say(reply).about(_listing(request, shown, page.start + 1, changes, kept))


async def _still_to_leave(
    ctx: Context,
    trains: list[TrainBetween],
    part: DayPart | None = None,
    key: str = N_("between.others_left"),
) -> tuple[list[TrainBetween], str]:
    """Today's trains that have not yet left where the journey starts (a start the railway
    moved later counts as moved), and a line naming those that have (`key`); no line when none
    has. Of a part of the day that goes past midnight (`part`: "tonight"), a train leaving
    after midnight leaves tonight, the day after."""
    left = await _left_today(ctx, trains, part)
    if not left:
        return trains, ""
    waiting = [item for item in trains if item.train.number not in left]
    gone = [
        f"{train_label(item.train)} ({clock_time(left[item.train.number])})"
        for item in trains
        if item.train.number in left
    ]
    if len(gone) > _GONE_NAMED:  # a day's many: how many, and the last, never a wall of names
        return waiting, nt(
            ctx.language, "between.left_today_many", len(gone), count=len(gone), last=gone[-1]
        )
    return waiting, t(ctx.language, key, trains=", ".join(gone))


# How many trains gone already today a list names; more are counted.
_GONE_NAMED: Final = 3


def _next_now(
    lang: Language, trains: list[TrainBetween], changes: dict[str, Change | Moved]
) -> str:
    """ "Yes: the next one is 64417 New Delhi Ghaziabad MEMU, leaving NDLS at 16:15." of the
    first train still to leave that runs the journey; nothing when none does."""
    for item in trains:
        if _off_the_stretch(changes.get(item.train.number)):
            continue
        return t(
            lang,
            "between.next_now",
            train=train_label(item.train),
            station=item.from_station.code,
            time=clock_time(item.departure),
        )
    return ""


async def _left_today(
    ctx: Context, trains: list[TrainBetween], part: DayPart | None = None
) -> dict[str, dt.datetime]:
    """When each of today's trains that has already left where the journey starts left it (a
    start the railway moved later counts as moved), by train number. Of a part of the day that
    goes past midnight (`part`: "tonight"), a train leaving after midnight leaves tonight: the
    day after when asked in the evening, today when asked after midnight (at 01:00 the night's
    00:15 has left)."""
    moved = await changes_on(ctx, trains, ctx.today)
    past_midnight = part is not None and _after_midnight(ctx.now.time(), part)
    left: dict[str, dt.datetime] = {}
    for item in trains:
        leaves = dt.datetime.combine(ctx.today, item.departure, tzinfo=ctx.now.tzinfo)
        if part is not None and _after_midnight(item.departure, part) and not past_midnight:
            leaves += dt.timedelta(days=1)
        change = moved.get(item.train.number)
        if isinstance(change, Moved) and change.late_min:
            leaves += dt.timedelta(minutes=change.late_min)
        report = await _start_report(ctx, item, leaves) if leaves <= ctx.now else None
        if leaves <= ctx.now and not isinstance(report, _Due):
            left[item.train.number] = report or leaves  # when it left, as reported
    return left


@dataclass(frozen=True)
class _Due:
    """A train whose time to leave the journey's start today has passed, that its live run says
    has not left there yet: when it was due, and when (and how late) it is expected to leave."""

    due: dt.datetime
    expected: dt.datetime | None
    late_min: int | None


async def _start_report(
    ctx: Context, item: TrainBetween, due: dt.datetime
) -> _Due | dt.datetime | None:
    """The one rule for whether a listed train has left where the journey starts, the live
    card's: once its time is past (within the hours a start runs late), its run today is looked
    at, and a run that has not left that station (not started, running late) has not left: when
    it is now expected; one reported leaving it: when it did; None when no live report says
    (the timetable's time then stands)."""
    if ctx.now < due or ctx.now - due > _LATE_START_LOOKED:
        return None
    start = due.date() - dt.timedelta(days=(item.departure_day or 1) - 1)
    try:
        status = (await ctx.provider.live_status(item.train.number, start)).data
    except RailwayError:
        return None
    stop = stop_at(status, item.from_station.code)
    if stop is None:
        return None
    if stop.has_departed or stop.actual_departure is not None:
        return stop.actual_departure
    if gone_from(status, stop):
        return None  # reported further on: it has left, whatever this station's report
    late = stop.delay_min if stop.delay_min is not None else status.delay_min
    expected = stop.expected_departure
    if expected is None and late is not None and stop.scheduled_departure is not None:
        expected = stop.scheduled_departure + dt.timedelta(minutes=late)
    if expected is not None and expected <= due:
        expected = None  # no later time said: only that it has not left yet
    if not late and expected is not None:
        late = round((expected - due).total_seconds() / 60)  # as late as its prediction
    return _Due(due, expected, late if late else None)


# How long after its time a train's start is looked at live before the timetable says it left.
_LATE_START_LOOKED: Final = dt.timedelta(hours=3)


def _after_midnight(moment: dt.time, part: DayPart) -> bool:
    """Whether a train leaving at `moment` leaves in the part of the day after midnight (the
    night's 00:15), the part going on past it."""
    start, end = DAY_PARTS[part]
    minute = moment.hour * 60 + moment.minute
    return end > _DAY_MINUTES and minute < start and minute + _DAY_MINUTES < end


_DAY_MINUTES: Final = 24 * 60


def _seen_whole(ctx: Context, request: TrainsBetween) -> bool:
    """Whether the list on screen is of the same journey and day as `request` and numbered as
    the whole list (shown whole, or cut keeping its numbers): a cut of it ("which ones have
    sleeper?", "evening?", "the 3rd one" of the cut) keeps those numbers; a list asked afresh
    ("chennai to bangalore night trains") is numbered from 1."""
    subject = ctx.subject
    listing = subject.listing if subject is not None else None
    if subject is None or not isinstance(listing, TrainsBetween):
        return False
    ends = (listing.origin, listing.destination, listing.date)
    if ends != (request.origin, request.destination, request.date):
        return False
    uncut = (
        listing.kind is None
        and listing.part is None
        and listing.after is None
        and listing.besides is None
    )
    return uncut or any(item.number for item in subject.listed)


def _of_kind(item: TrainBetween, kind: str) -> bool:
    return of_kind(item.train, kind)


def of_kind(train: Train, kind: str) -> bool:
    """Whether a train is of the kind asked: with an AC class ("ac"), else with the kind's words
    in its name ("rajdhani", "vande bharat")."""
    if kind == "ac":
        return bool(set(train.classes) & AC_CLASSES)
    if kind in JOURNEY_CLASSES:  # "does it have 2AC?" of a list: a train with that class
        return kind in train.classes
    if (train.type or "").upper() in _TYPES_OF_KIND.get(kind, ()):
        return True  # "any superfast?": 12639 Brindavan Express, a superfast by its type
    if kind == "superfast" and not _PREMIUM_NAMES.isdisjoint(train.name.lower().split()):
        return True  # a Rajdhani or a Shatabdi is a superfast, whatever type a source gives it
    return set(kind.split()) <= set(train.name.lower().split())


# The railway's types of train (`Train.type`) of a kind that few trains carry in their name (a
# mail or an express is one by its name: "express wali" is the one called Express).
_TYPES_OF_KIND: Final[dict[str, frozenset[str]]] = {
    # the premium trains (Rajdhani, Shatabdi, Duronto, Vande Bharat...) run at superfast speeds
    # and fares: "koi superfast?" names them too
    "superfast": frozenset(
        {"SF", "RAJ", "SHT", "JSHT", "DRNT", "DRT", "VB", "VBX", "GR", "HMS", "HSP", "TEJ", "GTM"}
    ),
    "passenger": frozenset({"PAS", "PASS"}),
    "memu": frozenset({"MEMU"}),
    "demu": frozenset({"DEMU"}),
}


# Words of the names of the premium trains, all of them superfast.
_PREMIUM_NAMES: Final = frozenset(
    {"rajdhani", "shatabdi", "duronto", "vande", "tejas", "gatimaan", "humsafar", "garib"}
)


def _kind_answer(lang: Language, kind: str, found: list[TrainBetween]) -> str:
    """ "Yes: 12952 Mumbai Rajdhani (16:55)." or "No, there is no Rajdhani on this list."."""
    if not found and kind in JOURNEY_CLASSES:
        return t(lang, "between.class_no", journey_class=class_words(lang, kind))
    if not found:
        named = t(lang, "between.kind_ac") if kind == "ac" else kind.title()
        return t(lang, "between.kind_no", kind=named)
    trains = ", ".join(
        f"{train_label(item.train)} ({clock_time(item.departure)})" for item in found[:_KIND_SAID]
    )
    return t(lang, "between.kind_yes", trains=trains)


def _there_are(lang: Language, trains: list[TrainBetween]) -> str:
    """ "On this list: 12007 Chennai Mysuru Shatabdi (06:00), …": what there is, after a no."""
    said = ", ".join(
        f"{train_label(item.train)} ({clock_time(item.departure)})" for item in trains[:_KIND_SAID]
    )
    more = len(trains) - _KIND_SAID
    return t(lang, "between.kind_there_are", trains=said + (f" +{more}" if more > 0 else ""))


# How many trains of the kind asked a yes names (the list under it shows them all).
_KIND_SAID: Final = 4


async def _named_on_other_days(
    ctx: Context, from_code: str, to_code: str, day: dt.date | None, cities: int
) -> str:
    """For a journey asked on a day none of the trains named runs: that the first of them that
    runs there on other days does not run that day, its days and its next run; empty when none
    runs there on any day, or the railway cannot say."""
    if day is None:
        return ""
    try:
        every_day, _ = await _search(ctx, from_code, to_code, None, cities)
    except RailwayError:
        return ""
    named = _named_in(ctx, sorted(every_day.data, key=lambda item: item.departure)) or []
    for item in named:
        note = await not_running_note(ctx, item.train.number, day, item.from_station.code)
        if note:
            return note
    return ""


async def _named_the_other_way(
    ctx: Context, journey: tuple[str, str, int], ends: tuple[str, str], name: str
) -> str:
    """ "No Shatabdi runs from Bhopal to Delhi: 12002 Bhopal Shatabdi runs only the other way,
    Delhi → Bhopal. The trains that do:" for a train named on a journey it makes only the
    other way ("there's a shatabdi from bhopal to delhi, right?"); empty when none of that
    name runs back, or the railway cannot say."""
    from_code, to_code, cities = journey
    try:
        back, _ = await _search(ctx, to_code, from_code, None, _swapped(cities))
    except RailwayError:
        return ""
    named = _named_in(ctx, sorted(back.data, key=lambda item: item.departure)) or []
    if not named:
        return ""
    origin, destination = ends
    return t(
        ctx.language,
        "between.name_other_way",
        name=name,
        train=train_label(named[0].train),
        origin=origin,
        destination=destination,
    )


async def _leaves_other_days(
    ctx: Context,
    request: TrainsBetween,
    trains: list[TrainBetween],
    journey: tuple[str, str, int],
) -> str:
    """ "No, 22643 ... doesn't run from Bengaluru to Kochi on Mon 23 Nov: it leaves Bengaluru SMVT
    (SMVB) on Tue, next on Tue 24 Nov." for a train asked about on a day it is not on the list,
    by the days it leaves the station it is listed from (22643 starts on Mondays and gets to
    Bengaluru on day 2 of its run); empty when it is on that day's list, on no list of the
    journey, or the railway cannot say."""
    day, pick = request.date, request.pick or ""
    train = parse_train_number(pick)
    if day is None or train is None or any(item.train.number == train for item in trains):
        return ""
    from_code, to_code, cities = journey
    try:
        every_day, _ = await _search(ctx, from_code, to_code, None, cities)
    except RailwayError:
        return ""
    item = next((item for item in every_day.data if item.train.number == train), None)
    days = leaving_days(item) if item is not None else None
    if item is None or not days or _leaves_on(item, day):
        return ""
    lang = ctx.language
    following = next(
        (day + dt.timedelta(days=ahead) for ahead in range(1, 8)
         if _leaves_on(item, day + dt.timedelta(days=ahead))),
        None,
    )  # fmt: skip
    values = {
        "train": train_label(item.train),
        "origin": station_label(station_of(ctx.index, item.from_station.code)),
        "destination": station_label(station_of(ctx.index, item.to_station.code)),
        "day": day_date(lang, day, ctx.today),
        "days": run_days(lang, days, in_sentence=True),
    }
    if following is None:
        return t(lang, "between.leaves_other_days", **values)
    next_day = day_date(lang, following, ctx.today)
    return t(lang, "between.leaves_other_days_next", next=next_day, **values)


def _name_words(ctx: Context) -> list[str]:
    """The words of the train's name or kind the message says ("rajdhani", "kaveri"), a place
    of the journey aside; "express" and the like only when nothing else is said."""
    words = [word for word in ctx.train_name.lower().split() if not ctx.index.by_name(word)]
    wanted = [word for word in words if word not in GENERIC_KINDS]
    if not wanted:  # "chennai bangalore mail": its kind, when it is in names ("Mail")
        wanted = [word for word in words if word in GENERIC_KINDS - _MOST_TRAINS]
    return wanted


def _name_said(ctx: Context) -> str:
    """The name or kind of train the message asks for, as a traveller reads it ("Rajdhani");
    empty when it asks for none."""
    return " ".join(word.capitalize() for word in _name_words(ctx))


def _named_in(ctx: Context, trains: list[TrainBetween]) -> list[TrainBetween] | None:
    """The trains of the list the message names by a word of their name or their kind ("mumbai
    rajdhani", "shatabdi", "kaveri express"), a place of the journey aside; None when it names
    none, or none of the list is so named."""
    wanted = [word[:_NAME_PREFIX] for word in _name_words(ctx)]
    if not wanted:
        return None
    named = [
        item
        for item in trains
        if all(any(part.startswith(w) for part in item.train.name.lower().split()) for w in wanted)
    ]
    return named or None


def _all_shown(
    ctx: Context,
    request: TrainsBetween,
    trains: list[TrainBetween],
    part_line: str,
    *,
    ends: tuple[str, str],
) -> Outcome:
    """More asked of a list whose trains were all shown: that they were, how many, and buttons
    for the whole day's trains (the list was cut to a part of it) and every day's."""
    lang, day = ctx.language, request.date
    origin, destination = ends
    key = N_("between.all_shown_on") if day else N_("between.all_shown")
    when = day_date(lang, day, ctx.today) if day else ""
    count = len(trains)
    text = nt(lang, key, count, count=count, origin=origin, destination=destination, day=when)
    first = request.model_copy(update={"offset": 0, "pick": None, "wanted": None})
    offers: list[tuple[str, TrainsBetween]] = []
    if request.part is not None:
        offers.append((t(lang, "between.chip_whole_day"), first.model_copy(update={"part": None})))
    if day is not None:
        offers.append((t(lang, "between.chip_any_day"), first.model_copy(update={"date": None})))
    if not offers:
        offers.append((t(lang, "between.all_trains"), first))
    reply = Reply(text=lines(text, part_line), quick_replies=tuple(chips(offers)))
    return say(reply).about(_listing(request, trains[:PAGE_SIZE], 1))


def _nothing_for(lang: Language, request: TrainsBetween) -> str:
    """What a list with no train cannot answer, said first when it was asked ("fastest?", "the
    first one", "fare?", "seats?" after it): there is no train to compare, price or check."""
    if request.wanted is not None:
        key = N_("between.none_to_price") if request.wanted == "fare" else N_("between.none_seats")
        return t(lang, key)
    if request.pick is None:
        return ""
    compared = request.pick in PICKS  # "fastest?", not "the 2nd one"
    return t(lang, N_("between.none_to_compare") if compared else N_("between.none_to_pick"))


# The line that says a list is cut to a part of the day, and that no train leaves then.
_PARTS: Final[dict[str, tuple[str, str]]] = {
    "morning": (N_("between.part_morning"), N_("between.part_none_morning")),
    "afternoon": (N_("between.part_afternoon"), N_("between.part_none_afternoon")),
    "evening": (N_("between.part_evening"), N_("between.part_none_evening")),
    "night": (N_("between.part_night"), N_("between.part_none_night")),
    "overnight": (N_("between.part_overnight"), N_("between.part_none_overnight")),
}


def _in_part(
    lang: Language, trains: list[TrainBetween], part: DayPart | None
) -> tuple[list[TrainBetween], str]:
    """The trains that leave in the part of the day asked ("morning trains"), with a line that
    says so; all of them, saying none leaves then, when none does."""
    if part is None:
        return trains, ""
    start, end = DAY_PARTS[part]
    cut, none = _PARTS[part]
    kept = [item for item in trains if _within(item.departure, start, end)]
    if part == "overnight":
        kept = [item for item in kept if _there_next_morning(item)]
    # In the order they leave within the part: the night's 22:15 before the 00:15 after it.
    kept.sort(key=lambda item: (item.departure.hour * 60 + item.departure.minute - start) % 1440)
    return (kept, t(lang, cut)) if kept else (trains, t(lang, none))


async def _leaving_after(
    ctx: Context,
    trains: list[TrainBetween],
    after: int,
    journey: tuple[str, str, int],
    day: dt.date | None,
) -> tuple[list[TrainBetween], str]:
    """The trains that leave at or after the time asked ("after 7 tonight", "10 ke baad"), with
    a line that says so; when none does, all of them, with the line a traveller would say: no
    more trains after that time (today, or that day), and the first train of the next day when
    the railway names one ("the first tomorrow is 12007 Chennai Mysuru Shatabdi at 06:00")."""
    lang = ctx.language
    said = f"{after // 60:02d}:{after % 60:02d}"
    kept = [item for item in trains if item.departure.hour * 60 + item.departure.minute >= after]
    if kept:
        return kept, t(lang, "between.leaving_after", time=said)
    from_code, to_code, cities = journey
    ends = {
        "origin": _end_name(ctx, from_code, whole=bool(cities & _ORIGIN_CITY)),
        "destination": _end_name(ctx, to_code, whole=bool(cities & _TO_CITY)),
        "time": said,
    }
    if day is None:  # every day's trains: the first of the day, the top of the list
        if not trains:
            return trains, t(lang, "between.none_after", **ends)
        first = trains[0]
        leaves = clock_time(first.departure)
        train = train_label(first.train)
        return trains, t(lang, "between.none_after_first", **ends, train=train, leaves=leaves)
    following = day + dt.timedelta(days=1)
    first_then = await _first_on(ctx, journey, following)
    if day == ctx.today:
        if first_then is None:
            return trains, t(lang, "between.none_after_today", **ends)
        return trains, t(
            lang,
            "between.none_after_today_first",
            **ends,
            train=train_label(first_then.train),
            leaves=clock_time(first_then.departure),
        )
    on = day_date(lang, day, ctx.today)
    if first_then is None:
        return trains, t(lang, "between.none_after_on", **ends, day=on)
    return trains, t(
        lang,
        "between.none_after_on_first",
        **ends,
        day=on,
        next=day_date(lang, following, ctx.today),
        train=train_label(first_then.train),
        leaves=clock_time(first_then.departure),
    )


async def _first_on(
    ctx: Context, journey: tuple[str, str, int], day: dt.date
) -> TrainBetween | None:
    """The first train that makes the journey on `day` (not cancelled on it); None when none
    does, or the railway cannot say."""
    from_code, to_code, cities = journey
    try:
        answer, _ = await _search(ctx, from_code, to_code, day, cities)
    except RailwayError:
        return None
    found = sorted(answer.data, key=lambda item: item.departure)
    changed = await changes_on(ctx, found, day)
    return next(
        (item for item in found if not _off_the_stretch(changed.get(item.train.number))), None
    )


def _there_next_morning(item: TrainBetween) -> bool:
    """Whether a train reaches the listed end the day after it leaves, by the next noon."""
    arrives = item.arrival.hour * 60 + item.arrival.minute
    return item.arrival_day_offset == 1 and arrives < OVERNIGHT_ARRIVES_BY


def _within(moment: dt.time, start: int, end: int) -> bool:
    minute = moment.hour * 60 + moment.minute
    return start <= minute < end or start <= minute + 24 * 60 < end  # night runs past midnight


def _off_the_stretch(change: Change | Moved | None) -> bool:
    """Whether the railway cancelled a listed train's run that day on all of the journey (the
    whole run, or the part covering it): no fare or seats to offer for it, its line says so."""
    return isinstance(change, Change) and (change.full or bool(change.covers))


async def _besides_offers(
    ctx: Context, request: TrainsBetween, journey: tuple[str, str, int]
) -> list[QuickReply]:
    """What to offer when no train but the cancelled one makes the journey: the next day a
    train runs it, and what happens to the ticket on the cancelled train (its refund)."""
    lang = ctx.language
    offers: list[QuickReply] = []
    later = await _next_running_day(ctx, journey, max(request.date or ctx.today, ctx.today))
    if later is not None:
        offers += _trains_on(ctx, _journey(journey), later)
    refund = CannotDo(task="refund", problem="train_cancelled")
    offers += chips([(t(lang, "between.chip_refund"), refund)])
    return offers


def _none_runs(trains: list[TrainBetween], changes: dict[str, Change | Moved]) -> bool:
    """Whether every listed train is cancelled that day on all of the journey."""
    return bool(trains) and all(_off_the_stretch(changes.get(i.train.number)) for i in trains)


# How many days after the one asked are looked at for a train that runs.
_DAYS_LOOKED_AHEAD: Final = 7


async def _no_train_runs(
    ctx: Context,
    request: TrainsBetween,
    trains: list[TrainBetween],
    changes: dict[str, Change | Moved],
    journey: tuple[str, str, int],
    ends: tuple[str, str],
    note: str,
) -> Outcome:
    """ "No train runs New Delhi → Kochi on Tue 8 Dec: 12626 Kerala Express is cancelled that
    day.", then the next day a train runs the journey, to tap (or every day's trains when none
    does in the week after)."""
    lang, day = ctx.language, request.date
    assert day is not None
    why = "; ".join(
        t(lang, "between.cancelled_that_day", train=f"{i.train.number} {i.train.name}")
        for i in trains
    )
    origin, destination = ends
    when = day_date(lang, day, ctx.today)
    text = t(lang, "between.none_runs", origin=origin, destination=destination, day=when, why=why)
    whole = _journey(journey)
    later = await _next_running_day(ctx, journey, day)
    if later is not None:
        next_line = t(lang, "between.next_running_day", day=day_date(lang, later, ctx.today))
        quick = _trains_on(ctx, whole, later)
    else:
        next_line = t(lang, "between.none_runs_this_week")
        quick = chips([(t(lang, "between.chip_any_day"), whole)])
    reply = Reply(text=lines(text, next_line, note), quick_replies=tuple(quick))
    return say(reply).about(_listing(request, trains, 1, changes))


async def _next_running_day(
    ctx: Context, journey: tuple[str, str, int], day: dt.date
) -> dt.date | None:
    """The first day of the week after `day` that a train runs the journey (not cancelled on
    it); None when none does, or the railway cannot say."""
    from_code, to_code, cities = journey
    lang = ctx.language
    for ahead in range(1, _DAYS_LOOKED_AHEAD + 1):
        later = day + dt.timedelta(days=ahead)
        try:
            answer, _ = await _search(ctx, from_code, to_code, later, cities)
        except RailwayError:
            return None
        found = list(answer.data)
        changed = await changes_on(ctx, found, later)
        if found and not _none_runs(found, changed) and not reaches_none(lang, found, changed):
            return later
    return None


def _another_day(ctx: Context, whole: TrainsBetween, day: dt.date | None) -> list[QuickReply]:
    """The journey's trains on the day after the cancelled run's (or tomorrow's), to tap."""
    return _trains_on(ctx, whole, max(day or ctx.today, ctx.today) + dt.timedelta(days=1))


def _trains_on(ctx: Context, whole: TrainsBetween, day: dt.date) -> list[QuickReply]:
    """The journey's trains on `day`, to tap ("Trains Thu 10 Dec")."""
    label = t(ctx.language, "between.chip_trains_on", day=day_date(ctx.language, day, ctx.today))
    return chips([(label, whole.model_copy(update={"date": day}))])


def _journey(journey: tuple[str, str, int]) -> TrainsBetween:
    """The whole day's trains of a journey (from, to, the ends taken as cities)."""
    from_code, to_code, cities = journey
    return TrainsBetween(origin=from_code, destination=to_code, cities=cities or None)


def _journey_chips(lang: Language, item: TrainBetween, day: dt.date | None) -> list[QuickReply]:
    """Fare and seats of one listed train, for its own stations and the date."""
    number = item.train.number
    leg = {
        "train": number,
        "origin": item.from_station.code,
        "destination": item.to_station.code,
        "date": day,
    }
    return chips(
        [
            (t(lang, "chip.fare_of", train=number), Fare(**leg)),
            (t(lang, "chip.seats_of", train=number), SeatAvailability(**leg)),
        ]
    )


def _due_line(lang: Language, late: _Due) -> str:
    """When a train past its time has not left yet, and when it is now expected to."""
    due = clock_time(late.due)
    if late.expected is None:
        return t(lang, "between.due_not_left", due=due)
    text = t(lang, "between.due_not_left_expected", due=due, time=clock_time(late.expected))
    return f"{text} ({delay(lang, late.late_min)})" if late.late_min else text


async def _due_today(ctx: Context, trains: list[TrainBetween]) -> dict[str, _Due]:
    """Today's trains past their time at the journey's start whose run has not left it, by
    number (a start the railway moved later counts as moved, as for those gone)."""
    moved = await changes_on(ctx, trains, ctx.today)
    found: dict[str, _Due] = {}
    for item in trains:
        leaves = dt.datetime.combine(ctx.today, item.departure, tzinfo=ctx.now.tzinfo)
        change = moved.get(item.train.number)
        if isinstance(change, Moved) and change.late_min:
            leaves += dt.timedelta(minutes=change.late_min)
        late = await _start_report(ctx, item, leaves) if leaves <= ctx.now else None
        if isinstance(late, _Due):
            found[item.train.number] = late
    return found


def _marked(
    lang: Language, changes: dict[str, Change | Moved], item: TrainBetween, when: str
) -> str:
    line = mark(lang, changes.get(item.train.number), when)
    return f"   {line}" if line else ""


def _left_mark(
    lang: Language,
    changes: dict[str, Change | Moved],
    item: TrainBetween,
    left: dict[str, dt.datetime],
    due: dict[str, _Due] | None = None,
) -> str:
    """ "   ⌛ Already left today at 16:55" under a listed train gone already today; "⏳ Due
    07:40, not left yet: expected 07:50 (10 min late)" under one past its time whose run has
    not left; nothing under one still to leave, or one the railway cancelled on the journey
    (its line says so)."""
    if _off_the_stretch(changes.get(item.train.number)):
        return ""
    late = (due or {}).get(item.train.number)
    if late is not None:
        return f"   {_due_line(lang, late)}"
    leaves = left.get(item.train.number)
    if leaves is None:
        return ""
    line = t(lang, "between.left_at", time=clock_time(leaves))
    return f"   {line}"


def _listing(
    request: TrainsBetween,
    shown: list[TrainBetween],
    first: int,
    changes: dict[str, Change | Moved] | None = None,
    numbers: dict[str, int] | None = None,
) -> Subject:
    """What a list showed: its journey and date, and the trains on screen, for "the 2nd one"
    (and which of them are cancelled on the journey, for "another train" to leave out), with
    the numbers they had on the whole list when it is cut to some of them."""
    cleared: dict[str, object] = {"offset": 0, "pick": None, "runs": False, "wanted": None}
    whole = request.model_copy(update={**cleared, "missed": ()})
    changed = changes or {}
    kept = numbers or {}
    listed = tuple(
        _listed(item, _cancelled(changed.get(item.train.number))).model_copy(
            update={"number": kept.get(item.train.number, 0)}
        )
        for item in shown
    )
    update = {"listed": listed, "listed_from": first, "listing": whole}
    return Subject.of(whole).model_copy(update=update)


def _listed(item: TrainBetween, cancelled: bool = False) -> Listed:
    return Listed(
        train=item.train.number,
        name=item.train.name,
        origin=item.from_station.code,
        destination=item.to_station.code,
        departs=clock_time(item.departure),
        arrives=clock_time(item.arrival),
        arrival_days=item.arrival_day_offset,
        minutes=item.duration_min,
        run_day=item.departure_day or 1,
        cancelled=cancelled,
    )


def _board_of_a_day(ctx: Context, request: TrainsBetween) -> AskUser:
    """A station's board asked for another day: said plainly that a board shows the coming
    hours only, and the other end of that day's journey asked, the board of now a tap away."""
    lang = ctx.language
    slot: StationSlot = "to" if request.origin else "from"
    station = (request.origin or request.destination)[0]
    label = station_label(station_of(ctx.index, station))
    day = day_date(lang, request.date, ctx.today) if request.date else ""
    key = N_("between.board_day_to") if slot == "to" else N_("between.board_day_from")
    board = Departures(station=station) if slot == "to" else Arrivals(station=station)
    now = chip(t(lang, "chip.board_now", code=station), board)
    return ask(request, slot, t(lang, key, station=label, day=day), [now])


# --- one train of the list --------------------------------------------------------------------

_PICK_HEADINGS: Final[dict[str, str]] = {
    "first": N_("between.pick_first"),
    "last": N_("between.pick_last"),
    "fastest": N_("between.pick_fastest"),
    "slowest": N_("between.pick_slowest"),
    "arrives": N_("between.pick_arrives"),
    "advised": N_("between.pick_advised"),
}


def _advised(
    lang: Language,
    running: list[TrainBetween],
    left: dict[str, dt.datetime],
    late: dict[str, int],
) -> tuple[TrainBetween | None, str]:
    """The train to take of those that run (and have not left today), with why: the shortest
    journey, and which gets in first when another does (a run the railway starts later gets in
    as much later: `late`, minutes by train); the only one, when one is left."""
    open_ = [item for item in running if item.train.number not in left] or running
    if not open_:
        return None, ""
    if len(open_) == 1:
        return open_[0], t(lang, "between.advised_only")

    def reaches(item: TrainBetween) -> int:
        return _reaches(item) + late.get(item.train.number, 0)

    quickest = min(open_, key=lambda item: (item.duration_min or 10**6, reaches(item)))
    first_in = min(open_, key=reaches)
    span = duration(lang, quickest.duration_min) if quickest.duration_min is not None else ""
    if first_in is quickest or reaches(first_in) == reaches(quickest):
        return quickest, t(
            lang, "between.advised_both", duration=span, time=_arrives(reaches(quickest))
        )
    return quickest, lines(
        t(lang, "between.advised_fastest", duration=span),
        t(lang, "between.advised_arrives_first", train=train_label(first_in.train),
          time=_arrives(reaches(first_in))),
    )  # fmt: skip


def _late_starts(changes: dict[str, Change | Moved]) -> dict[str, int]:
    """How many minutes later than the timetable the railway starts each moved run."""
    return {
        number: change.late_min
        for number, change in changes.items()
        if isinstance(change, Moved) and change.late_min
    }


def _arrives(minutes: int) -> str:
    """When a listed train gets in, `minutes` from the listed day's start: "10:55", "04:50
    (+1)"."""
    days, minute = divmod(minutes, 24 * 60)
    arrival = f"{minute // 60:02d}:{minute % 60:02d}"
    return f"{arrival} (+{days})" if days else arrival


def _chosen(trains: list[TrainBetween], pick: str) -> TrainBetween | None:
    """The train `pick` names of the list (sorted by departure)."""
    if pick == "first":
        return trains[0]
    if pick == "last":
        return trains[-1]
    if pick == "fastest":
        timed = [item for item in trains if item.duration_min is not None]
        return min(timed, key=lambda item: item.duration_min or 0) if timed else None
    if pick == "slowest":
        timed = [item for item in trains if item.duration_min is not None]
        return max(timed, key=lambda item: item.duration_min or 0) if timed else None
    if pick == "arrives":
        return min(trains, key=_reaches)
    if pick.lstrip("-").isdigit() and len(pick) < 3:
        number = int(pick)
        at = len(trains) - 1 if number == -1 else number - 1
        return trains[at] if 0 <= at < len(trains) else None
    return next((item for item in trains if item.train.number == pick), None)


# Picks that set one train apart by its times: of the trains that run, when any does.
_SUPERLATIVES: Final = frozenset({"first", "last", "fastest", "slowest", "arrives"})


def _running(trains: list[TrainBetween], changes: dict[str, Change | Moved]) -> list[TrainBetween]:
    """The trains of the list not cancelled on the listed stretch that day ("the earliest" is
    the earliest that runs); all of them when every one is."""
    running = [item for item in trains if not _cancelled(changes.get(item.train.number))]
    return running or trains


def _reaches(item: TrainBetween) -> int:
    """When a train reaches its listed destination, in minutes from the listed day's start."""
    leaves = item.departure.hour * 60 + item.departure.minute
    if item.duration_min is not None:
        return leaves + item.duration_min
    arrives = item.arrival.hour * 60 + item.arrival.minute
    return arrives + item.arrival_day_offset * 24 * 60


def _picked(
    ctx: Context,
    request: TrainsBetween,
    trains: list[TrainBetween],
    changes: dict[str, Change | Moved],
    note: str,
    whole: TrainsBetween,
    *,
    ends: tuple[str, str],
    numbers: dict[str, int] | None = None,
    fares: list[cheapest.Priced] | None = None,
    other_days: str = "",
    gone: tuple[dict[str, dt.datetime], dict[str, _Due]] = ({}, {}),
) -> Outcome:
    """One train of the list, asked about alone: which one (by its number on the whole list),
    its times, and what the railway changed on the date; for "will it run?", yes or no first
    (`other_days`: the no of a train not on the list, with the days it does run there);
    the cheapest by the `fares` of the list's trains, when they could be priced."""
    lang, day = ctx.language, request.date
    origin, destination = ends
    pick = request.pick or ""
    when = t(lang, "between.when", day=day_date(lang, day, ctx.today)) if day else ""
    listing = _listing(request, trains[:PAGE_SIZE], 1, changes, numbers=numbers)
    everything = chip(t(lang, "between.all_trains"), whole)
    if pick == "cheapest" and fares:
        low = fares[0]
        cheap, number = (
            low.item,
            (numbers or {}).get(low.item.train.number, trains.index(low.item) + 1),
        )
        text = lines(
            t(lang, "between.pick_cheapest", origin=origin, destination=destination, when=when),
            _train_lines(lang, number, cheap),
            cheapest.fare_line(lang, low, fares[1:]),
            note,
        )
        leg = {"train": cheap.train.number, "origin": cheap.from_station.code,
               "destination": cheap.to_station.code, "date": day,
               "class": low.fare.journey_class}  # fmt: skip
        quick = chips(
            [
                (t(lang, "chip.fare_of", train=cheap.train.number), Fare.model_validate(leg)),
                (
                    t(lang, "chip.seats_of", train=cheap.train.number),
                    SeatAvailability.model_validate(leg),
                ),
            ]
        )
        shown = listing.model_copy(
            update={
                "train": cheap.train.number,
                "origin": cheap.from_station.code,
                "destination": cheap.to_station.code,
                # the class it was priced in: "tatkal?", "2 log?" next are that fare's
                "journey_class": low.fare.journey_class,
            }
        )
        return say(Reply(text=text, quick_replies=(*quick, everything), shows_card=True)).about(
            shown
        )
    if pick == "cheapest":
        text = lines(t(lang, "between.cheapest_unknown"), note)
        quick = [chip(t(lang, "chip.fare_of", train=item.train.number), _fare(item, day))
                 for item in trains[:12]]  # fmt: skip
        return say(Reply(text=text, quick_replies=(*quick, everything), shows_card=True)).about(
            listing
        )
    if pick == "next":
        return _next_one(ctx, request, trains, changes, note, whole, ends=ends)
    why = ""
    if pick == "advised":  # "which should I take": the one advised, and why
        item, why = _advised(lang, _running(trains, changes), gone[0], _late_starts(changes))
    else:
        item = _chosen(_running(trains, changes) if pick in _SUPERLATIVES else trains, pick)
    if item is None and pick.isdigit() and len(pick) <= 2:
        text = nt(lang, "between.no_such", len(trains), number=pick, count=len(trains))
        return say(Reply(text=text, quick_replies=(everything,), shows_card=True)).about(listing)
    if item is None:
        missing = N_("between.runs_not_listed") if request.runs else N_("between.not_listed")
        # in a sentence, the day as Hindi says it there ("बुध, 9 दिसंबर को"), not a heading's
        on_day = t(lang, "between.on_day", day=day_date(lang, day, ctx.today)) if day else ""
        text = other_days or t(
            lang, missing, origin=origin, destination=destination, when=on_day, train=pick
        )
        # The train asked about stays in hand: "does it run on sunday?" next is its question,
        # not one for each train of the list
        asked_train = parse_train_number(pick)
        asked = listing.model_copy(update={"train": asked_train}) if asked_train else listing
        return say(Reply(text=lines(text), quick_replies=(everything,), shows_card=True)).about(
            asked
        )
    number = (numbers or {}).get(item.train.number, trains.index(item) + 1)
    if not numbers and number > PAGE_SIZE:
        # past the first page ("uske baad wali" after the next train): the page from it is in
        # hand, so that "the next one after that" next is the one after it, not the first's
        listing = _listing(request, trains[number - 1 : number - 1 + PAGE_SIZE], number, changes)
    heading = _PICK_HEADINGS.get(pick, N_("between.pick_one"))
    change = changes.get(item.train.number)
    first = _runs_answer(ctx, item, change, day) if request.runs else ""
    text = lines(
        first,
        t(lang, heading, origin=origin, destination=destination, when=when),
        _train_lines(lang, number, item),
        # the railway's change on the list's day: today, when the list said none
        _marked(lang, changes, item, day_date(lang, day or ctx.today, ctx.today)),
        # today, whether it has left or, past its time, is late and can still be caught
        _left_mark(lang, changes, item, *gone),
        why,
        note,
    )
    train = item.train.number
    quick = [
        *_journey_chips(lang, item, day),
        chip(t(lang, "chip.live_of", train=train), LiveStatus(train=train)),
        everything,
    ]
    if _off_the_stretch(change):
        # a cancelled run has no fare or seats to book: the train's next day, the other trains
        quick = [
            chip(t(lang, "chip.live_of", train=train), LiveStatus(train=train)),
            *_another_day(ctx, whole, day),
            chip(t(lang, "cannot.chip_other_trains"), whole),
        ]
    shown = listing.model_copy(
        update={
            "train": train,
            "origin": item.from_station.code,
            "destination": item.to_station.code,
        }
    )
    return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True)).about(shown)


# How many days ahead the next train is looked for (a train that runs once a week), and how many
# trains after it are named on its answer.
_NEXT_DAYS: Final = 8
_AFTER_IT: Final = 2


def _next_one(
    ctx: Context,
    request: TrainsBetween,
    trains: list[TrainBetween],
    changes: dict[str, Change | Moved],
    note: str,
    whole: TrainsBetween,
    *,
    ends: tuple[str, str],
) -> Outcome:
    """ "Next train from A to B": the first train to leave from now on (on the day asked, from
    its start), that day's, with the one or two after it named; never the day's whole list,
    trains already gone first."""
    lang = ctx.language
    origin, destination = ends
    found = _upcoming(ctx, trains, changes, request.date)
    if not found:
        return _picked(ctx, request.model_copy(update={"pick": "first"}), trains, changes, note,
                       whole, ends=ends)  # fmt: skip
    day = found[0][1]
    item = found[0][0]
    when = sentence_day(lang, day, ctx.today)
    after = [o for o, on in found[1 : 1 + _AFTER_IT] if on == day]
    later = [
        t(lang, "between.after_it", time=clock_time(o.departure), train=train_label(o.train))
        for o in after
    ]
    asked_day = request.date or ctx.today
    now = ctx.now.time().replace(tzinfo=None)
    skipped = [
        t(lang, "between.after_it", time=clock_time(o.departure), train=train_label(o.train))
        for o in trains
        if (day != asked_day or o.departure < item.departure)
        and not (asked_day == ctx.today and o.departure < now)
        and _leaves_on(o, asked_day)
        and _cancelled(changes.get(o.train.number))
    ]
    text = lines(
        t(lang, "between.next_skips", trains=", ".join(skipped)) if skipped else "",
        t(lang, "between.pick_next", origin=origin, destination=destination, day=when),
        _train_lines(lang, 1, item),  # one train shown: the 1st of this answer, as listed
        _marked(lang, changes, item, day_date(lang, day, ctx.today)) if day == asked_day else "",
        t(lang, "between.then", trains=" · ".join(later)) if later else "",
        note,
    )
    train = item.train.number
    booked = [] if _off_the_stretch(changes.get(train)) else _journey_chips(lang, item, day)
    quick = [
        *booked,  # a cancelled run: never its fare or seats
        chip(t(lang, "chip.live_of", train=train), LiveStatus(train=train, date=day)),
        chip(t(lang, "between.all_trains"), whole.model_copy(update={"date": day})),
    ]
    # The trains after it are on screen too: "rajdhani 3A?", "the 2nd one" may mean one of them.
    listing = _listing(request.model_copy(update={"date": day}), [item, *after], 1)
    shown = listing.model_copy(
        update={
            "train": train,
            "origin": item.from_station.code,
            "destination": item.to_station.code,
            "date": day,
            "request": request,  # asked again ("in Hindi", "kal ka?"): the next one again
            # "more trains": the day's list after the last train named, never from its start
            "more_from": _place_in(trains, after[-1] if after else item),
        }
    )
    return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True)).about(shown)


def _place_in(trains: list[TrainBetween], item: TrainBetween) -> int:
    """How many trains of the list (sorted by departure) leave up to `item`, it included."""
    numbers = [train.train.number for train in trains]
    return numbers.index(item.train.number) + 1 if item.train.number in numbers else 0


def _upcoming(
    ctx: Context,
    trains: list[TrainBetween],
    changes: dict[str, Change | Moved],
    day: dt.date | None,
) -> list[tuple[TrainBetween, dt.date]]:
    """The trains of the list (sorted by departure) in the order they leave from now on, each
    with the day it leaves, over the first day that has one: from `day` (today when not said),
    never a train already gone today, nor one cancelled on the day the changes are of."""
    today = ctx.today
    start = max(day or today, today)
    changed_on = day or today
    now = ctx.now.replace(tzinfo=None)
    for ahead in range(_NEXT_DAYS):
        on = start + dt.timedelta(days=ahead)
        known = changes if on == changed_on else {}
        leaving = [
            (item, on)
            for item in trains
            if _leaves_on(item, on)
            and not (on == today and _expected(item, on, known) < now)
            and not _cancelled(known.get(item.train.number))
        ]
        if leaving:
            # in the order they are now expected to leave: a rescheduled start is later
            return sorted(leaving, key=lambda found: _expected(found[0], on, known))
    return []


def _expected(item: TrainBetween, on: dt.date, changes: dict[str, Change | Moved]) -> dt.datetime:
    """When the listed train is expected to leave its listed station on `on`: the timetable's
    time, later by as much as the railway moved its start (when it did, and says by how much)."""
    scheduled = dt.datetime.combine(on, item.departure)
    moved = changes.get(item.train.number)
    if not isinstance(moved, Moved):
        return scheduled
    if moved.late_min is not None:
        return scheduled + dt.timedelta(minutes=moved.late_min)
    if moved.leaves is not None and moved.code == item.from_station.code:
        return moved.leaves
    return scheduled


def _leaves_on(item: TrainBetween, day: dt.date) -> bool:
    """Whether the listed train leaves its listed station on `day` (by the days its run starts;
    every day when the source does not say)."""
    days = item.train.run_days
    start = run_start(item, day)
    return not days or start.strftime("%a").upper() in {d.upper()[:3] for d in days}


def _serving_first(
    shown: list[TrainBetween], changes: dict[str, Change | Moved]
) -> list[TrainBetween]:
    """The trains of a page, those cancelled that day on all of the stretch listed last: they
    do not serve it, whatever time they would have left."""

    def serves(item: TrainBetween) -> bool:
        change = changes.get(item.train.number)
        return not (isinstance(change, Change) and change.covers)

    return [item for item in shown if serves(item)] + [i for i in shown if not serves(i)]


def _cancelled(change: Change | Moved | None) -> bool:
    """A listed run cancelled on the listed stretch (a part cancelled elsewhere still runs)."""
    return isinstance(change, Change) and (change.full or change.on_the_journey is not False)


def _fare(item: TrainBetween, day: dt.date | None) -> Fare:
    return Fare(
        train=item.train.number,
        origin=item.from_station.code,
        destination=item.to_station.code,
        date=day,
    )


def _runs_answer(
    ctx: Context, item: TrainBetween, change: Change | Moved | None, day: dt.date | None
) -> str:
    """Yes or no: does the listed train run on the date, on the listed stretch."""
    lang = ctx.language
    label = train_label(item.train)
    when = day_date(lang, day, ctx.today) if day else ""
    stretch = f"{item.from_station.code} → {item.to_station.code}"
    if day is None:
        days = run_days(lang, leaving_days(item), in_sentence=True)
        return t(lang, "between.runs_days", train=label, days=days)
    if change is None or isinstance(change, Moved):  # a moved start is said under the train
        return t(lang, "between.runs_yes", train=label, day=when, stretch=stretch)
    if change.full:
        return t(lang, "between.runs_no", train=label, day=when)
    if change.on_the_journey is False:
        return t(
            lang,
            "between.runs_yes_part_elsewhere",
            train=label,
            day=when,
            stretch=stretch,
            start=change.start,
            end=change.end,
        )
    return t(lang, "between.runs_part", train=label, day=when, start=change.start, end=change.end)


def _widened(ctx: Context, request: TrainsBetween, trains: list[TrainBetween]) -> str:
    """ "No train in the data leaves from Dadar (DR); these leave from other Mumbai stations.":
    said above a list answered for a station's whole city when the station named has none of
    its trains (one said by name, not the city: "dadar se delhi"); empty when the trains serve
    the station named, or the city was asked."""
    said = (
        (request.origin, True, N_("between.widened_from")),
        (request.destination, False, N_("between.widened_to")),
    )
    for candidates, leaving, key in said:
        if not candidates or not trains:
            continue
        named = {current_station_code(code) for code in candidates}
        city = ctx.index.city_name(StationCode(candidates[0]))
        if city is None or len(named) >= len(ctx.index.same_city(candidates[0])):
            continue  # a station in no city of several, or the city named
        ends = (item.from_station if leaving else item.to_station for item in trains)
        if any(current_station_code(end.code) in named for end in ends):
            continue
        place = station_label(station_of(ctx.index, candidates[0]))
        return t(ctx.language, key, station=place, city=city)
    return ""


def _city(
    ctx: Context, candidates: tuple[StationCode, ...], *, whole: bool
) -> tuple[StationCode, ...]:
    """The stations of the city an end names ("chennai", or a button's main station marked as
    its city), main first; empty for one station or for places that only share a name."""
    if whole and candidates:
        city = ctx.index.same_city(candidates[0])
        # a station in no city of several (Ernakulam Jn back from Delhi) stands for itself
        return tuple(StationCode(code) for code in city) if len(city) > 1 else ()
    return one_city(ctx.index, candidates)


async def _started_by_a_train(ctx: Context, request: TrainsBetween) -> TrainsBetween:
    """The journey with the start of the first of `request.from_trains` that goes on to its
    destination as the origin (that train left out when `others`); as it was, to be asked where
    from, when none of them goes there."""
    wanted = {current_station_code(code) for code in request.destination}
    wanted |= {current_station_code(code) for code in one_city(ctx.index, request.destination)}
    for number in request.from_trains:
        try:
            route = (await ctx.provider.train_route(number)).data
        except TimetableNotLoaded:
            raise
        except RailwayError:
            continue
        codes = [current_station_code(code) for code in route.codes]
        if len(codes) < 2 or not wanted & set(codes[1:]):
            continue
        update: dict[str, object] = {"origin": (StationCode(codes[0]),), "from_trains": ()}
        if request.others:
            update["besides"] = number
        return request.model_copy(update=update)
    return request.model_copy(update={"from_trains": ()})


async def _search(
    ctx: Context, from_code: str, to_code: str, day: dt.date | None, cities: int
) -> tuple[Sourced[list[TrainBetween]], int]:
    """The trains, city-wide at the ends that are cities when the railway can search so (each
    train then names its own stations); else between the main stations, `cities` cleared. Two
    stations with no train between them are asked once more city-wide, said as the cities'
    (`trains_between_pair`)."""
    answer, city_wide = await trains_between_pair(
        ctx, from_code, to_code, day, by_city=bool(cities)
    )
    if not city_wide:
        return answer, 0
    if not cities:
        return answer, _ORIGIN_CITY | _TO_CITY
    # The search widens both ends: a station asked for by name keeps only its own trains.
    kept = [
        item
        for item in answer.data
        if (cities & _ORIGIN_CITY or _same(item.from_station.code, from_code))
        and (cities & _TO_CITY or _same(item.to_station.code, to_code))
    ]
    return answer.model_copy(update={"data": kept}), cities


async def _runs_any_day(ctx: Context, from_code: str, to_code: str, cities: int) -> bool:
    """Whether any train makes the journey on any day (a search that fails says yes: nothing
    is said that is not known)."""
    try:
        answer, _ = await _search(ctx, from_code, to_code, None, cities)
    except TimetableNotLoaded:
        raise
    except RailwayError:
        return True
    return bool(answer.data)


def _same(code: str, wanted: str) -> bool:
    return current_station_code(code.strip().upper()) == current_station_code(wanted)


def _swapped(cities: int) -> int:
    return ((cities & _ORIGIN_CITY) << 1) | ((cities & _TO_CITY) >> 1)


def _end_name(ctx: Context, code: str, *, whole: bool) -> str:
    """An end of the journey as said in a sentence: the city's name ("Chennai") for a city's
    stations together, the station's name for one."""
    if whole:
        return ctx.index.city_name(StationCode(code)) or station_name(ctx.index, StationCode(code))
    return station_name(ctx.index, StationCode(code))


def _end_label(ctx: Context, code: str, *, whole: bool) -> str:
    if whole:
        return city_label(ctx.index, ctx.language, StationCode(code))
    return station_label(station_of(ctx.index, code))


def _train_lines(language: Language, number: int, item: TrainBetween) -> str:
    arrival = clock_time(item.arrival)
    if item.arrival_day_offset:
        arrival += f" (+{item.arrival_day_offset})"
    facts = [
        f"{clock_time(item.departure)} {item.from_station.code} → {arrival} {item.to_station.code}"
    ]
    if item.duration_min is not None:
        facts.append(duration(language, item.duration_min))
    if days := run_days(language, leaving_days(item)):
        facts.append(days)
    return f"{number}. {train_label(item.train)}\n   {' · '.join(facts)}"


def all_listed(ctx: Context, listing: TrainsBetween, listed: tuple[Listed, ...]) -> Outcome:
    """ "Koi aur option?", "any other option" after a list that left no train out: those are
    all its trains; the other options are other days, the way back, and each train's seats
    (its classes) on the list's buttons. An end is a whole city when the list said so or its
    trains used several of its stations."""
    lang = ctx.language
    cities = listing.cities or 0
    if _city(ctx, listing.origin, whole=bool(cities & _ORIGIN_CITY)):
        cities |= _ORIGIN_CITY
    if _city(ctx, listing.destination, whole=bool(cities & _TO_CITY)):
        cities |= _TO_CITY
    if len({item.origin for item in listed}) > 1:
        cities |= _ORIGIN_CITY
    if len({item.destination for item in listed}) > 1:
        cities |= _TO_CITY
    origin = _end_label(ctx, listing.origin[0], whole=bool(cities & _ORIGIN_CITY))
    destination = _end_label(ctx, listing.destination[0], whole=bool(cities & _TO_CITY))
    day = listing.date
    ends = {"origin": origin, "destination": destination}
    said = (
        t(lang, "between.all_listed_on", day=day_date(lang, day, ctx.today), **ends)
        if day
        else t(lang, "between.all_listed", **ends)
    )
    text = lines(said, t(lang, "between.other_options"))
    first = max(day or ctx.today, ctx.today) + dt.timedelta(days=1)
    later = [first, first + dt.timedelta(days=1)]
    whole = listing.model_copy(
        update={"offset": 0, "pick": None, "besides": None, "cities": cities or None}
    )
    quick = chips(
        [
            *(
                (
                    t(lang, "between.chip_trains_on", day=day_date(lang, other, ctx.today)),
                    whole.model_copy(update={"date": other}),
                )
                for other in later
            ),
            (t(lang, "between.chip_any_day"), whole.model_copy(update={"date": None})),
            (
                t(lang, "between.other_direction"),
                whole.model_copy(
                    update={
                        "origin": listing.destination,
                        "destination": listing.origin,
                        "cities": _swapped(cities) or None,
                    }
                ),
            ),
        ]
    )
    return say(Reply(text=text, quick_replies=tuple(quick)))


async def _not_covered(
    ctx: Context,
    answer: Sourced[list[TrainBetween]] | None,
    from_code: str,
    to_code: str,
    cities: int,
) -> str | None:
    """The words for a journey the data in use does not cover at all: the sample railway's
    dozen made-up trains, or the offline timetable, with no train between the two on any day
    ("kolkata to patna"); None when a live source answered, or some day has trains there."""
    if answer is None or answer.source not in _COVERING:
        return None
    try:
        any_day, _ = await _search(ctx, from_code, to_code, None, cities)
    except RailwayError:
        return None
    if any_day.data:
        return None  # the data has trains there, only not that day: "none that day" is true
    return _COVERING[answer.source]


# What a source that covers only some trains says of a journey it has none for.
_COVERING: Final = {
    SAMPLE_SOURCE: N_("between.not_in_sample"),
    OFFLINE_SOURCE: N_("between.not_in_timetable"),
}
