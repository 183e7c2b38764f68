"""Trains leaving a station in the next few hours, or arriving at it, with scheduled and expected
times and delay.

The board is checked against the clock, whatever a provider sends: departures are the trains
that have not left and leave within the window asked for (one standing at the platform past its
time has not left); arrivals, the trains that have not arrived and arrive within it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from app.bot.format import (
    chip,
    chips,
    clock_time,
    delay,
    fit,
    lines,
    missed_time,
    provider_name,
    relative_day,
    source_note,
    station_label,
    station_name,
    train_label,
)
from app.bot.handlers.asking import one_city, other_station_chips, require_station
from app.bot.handlers.between import of_kind, trains_between
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.dated import (
    Moved,
    RunChanges,
    cancelled_here,
    moved_line,
    run_changes,
    stretch_of,
)
from app.bot.handlers.lookups import station_of, trains_between_pair
from app.bot.handlers.paging import Page
from app.bot.handlers.railway_errors import failure
from app.bot.replies import QuickReply, Reply
from app.bot.requests import Arrivals, Departures, LiveStatus, TrainsBetween
from app.bot.state import Listed, Subject
from app.errors import (
    NotFound,
    RailwayError,
    TimetableNotLoaded,
    UpstreamUnavailable,
)
from app.i18n import N_, nt, t
from app.i18n.language import Language
from app.railways import vocabulary
from app.railways.chain import ProviderChain
from app.railways.models import BoardState, Departure, Sourced, StationBoard, TrainBetween
from app.railways.provider import Provider
from app.railways.vocabulary import StationCode, current_station_code

PAGE_SIZE = 8
# Board states of a train that has reached the station (for arrivals: no longer to come).
_ARRIVED: Final = frozenset({BoardState.AT_STATION, BoardState.DEPARTED})


async def departures(ctx: Context, request: Departures) -> Outcome:
    return await _board(ctx, request, arriving=False)


async def arrivals(ctx: Context, request: Arrivals) -> Outcome:
    return await _board(ctx, request, arriving=True)


async def _board(ctx: Context, request: Departures | Arrivals, *, arriving: bool) -> Outcome:
    missed = missed_time(ctx.language, request.missed)
    city = one_city(ctx.index, request.station)
    code = city[0] if city else require_station(ctx, request, "station", request.station)
    window = _window(ctx.now, request.after, request.until)
    hours, offset = request.hours, request.offset
    if window is not None:
        hours = _hours_until(ctx.now, window[1])
    kind = Arrivals if arriving else Departures
    since, until = window or (ctx.now, ctx.now + dt.timedelta(hours=hours))
    towards = request.towards if isinstance(request, Departures) else ()
    board = _Board(ctx, since, until, arriving=arriving, hours=hours)
    try:
        answer, trains = await board.fetch(code)
        main, others = code, city[1:]
        if not trains and not towards and len(city) > 1:
            # The main station has nothing in the window: the first other station of the city
            # that has, rather than "none" and a tap.
            for other in city[1 : 1 + _OTHERS_TRIED]:
                found, leaving = await board.fetch(other)
                if leaving:
                    answer, trains, code = found, leaving, other
                    others = tuple(c for c in city if c not in (main, other))
                    break
    except TimetableNotLoaded:
        raise
    except RailwayError as exc:
        retry = request.model_copy(update={"station": (code,)})
        return say(failure(ctx.language, exc, retry))
    fell_back = code != main  # the main station had nothing: another of the city's is shown
    given = _board_station(answer, code)
    other_board = ""
    live_elsewhere = ""
    if current_station_code(given) != current_station_code(code) and not (city and given in city):
        # Another station's trains, not of the city asked: never told as this station's
        # departures. The timetable's board of the station asked instead, said so; a broken
        # answer when no timetable has one.
        named = answer.data.station if answer is not None else None
        elsewhere = station_label(station_of(ctx.index, given, named))
        timetabled = await _timetable_board(ctx, board, code)
        if timetabled is None:
            broken = UpstreamUnavailable(f"the board of {given} came for {code}")
            broken.unanswered = answer.source if answer is not None else ""
            retry = request.model_copy(update={"station": (code,)})
            return say(failure(ctx.language, broken, retry))
        answer, trains = timetabled
        given = _board_station(answer, code)
        asked_here = station_label(station_of(ctx.index, code, None))
        live_elsewhere = t(
            ctx.language, "departures.live_for_another_station", asked=asked_here, given=elsewhere
        )
    covered = answer.data.hours if answer is not None else hours
    reach = ""
    if window is None and 0 < covered < hours and answer is not None:
        # the railway's board reaches fewer hours than asked (RailRadar's, 8): said as far as
        # it reaches, never "none in the next 12 hours" of hours it did not look at, and why
        # not the hours asked, in a clause
        hours = covered
        provider = provider_name(answer.source)
        reach = t(ctx.language, "departures.board_reach", provider=provider, hours=covered)
    if city and given in city and given != code:
        # The railway answered with another station of the city than the one asked: the board
        # is that station's, said so, and the rest of the city (its main station too) offered.
        asked_place = station_label(station_of(ctx.index, code, None))
        others = tuple(c for c in city if c != given)
        code = given
        other_board = asked_place
    # A city's board is its main station's, with its other stations offered as buttons.
    offer_line, offers = other_station_chips(
        ctx, (code, *others) if city else (), lambda other: kind(station=other, hours=hours)
    )
    request = request.model_copy(update={"missed": ()})  # said once, never again with the board
    offered = tuple(others) if city else ()
    shown_subject = Subject.of(
        request.model_copy(update={"station": (code,), "offset": 0})
    ).model_copy(update={"offered": offered})
    data = answer.data if answer else None
    place = station_label(station_of(ctx.index, code, data.station if data else None))
    lang = ctx.language
    instead = lines(missed, live_elsewhere)
    if fell_back:
        instead = lines(_none_line(ctx, main, arriving, hours, window), live_elsewhere)
    other_said = ""
    if other_board:
        other_said = t(lang, "departures.other_station", asked=other_board, given=place)
        instead = lines(instead, other_said)
    going = ""
    if towards:
        trains, going = await _going(ctx, code, towards, trains)
        if not trains:  # none of these: the trains from here that go there, later
            lead = t(lang, "departures.towards_none_soon", place=place, destination=going)
            city_wide = 2 if one_city(ctx.index, towards) else None  # `TrainsBetween.cities`
            between = TrainsBetween(
                origin=(code,), destination=towards, date=ctx.today, cities=city_wide
            )
            return (await trains_between(ctx, between)).led_by(lead)
    if request.kind is not None and trains:
        # "any rajdhani?", "koi vande bharat hai?": yes (those of that kind) or no (the board a
        # tap away, never printed again under the no)
        of_it = [d for d in trains if of_kind(d.train, request.kind)]
        instead = lines(_kind_answer(lang, request.kind, of_it, arriving=arriving), instead)
        if not of_it:
            whole = request.model_copy(update={"station": (code,), "kind": None, "offset": 0})
            every = chip(t(lang, "between.all_trains"), whole)
            going_to = towards[0] if len(towards) == 1 else None
            listed = tuple(
                _listed(d, code, going_to, ctx, arriving=arriving) for d in trains[:PAGE_SIZE]
            )
            kept = {"listed": listed, "listed_from": 1, "listing": whole}
            reply = Reply(text=instead, quick_replies=(every,))
            return say(reply).about(shown_subject.model_copy(update=kept))
        trains = of_it
    if request.beyond and trains:
        # "the 2nd one" of a board of one (those going where asked, when it was narrowed):
        # which trains there are, to tap
        count = len(trains)
        beyond = nt(lang, "board.no_such", count, number=request.beyond, count=count)
        instead = lines(beyond, instead)
    if offset and offset >= len(trains):
        # "more trains", "the one after that" past the board's last train: none further on
        # this board (said so), the hours after it instead
        lead = N_("board.was_last") if request.past_last else N_("board.no_more")
        later = _hours_after(request.model_copy(update={"station": (code,)}), since, until)
        return (await _board(ctx, later, arriving=arriving)).led_by(t(lang, lead))
    span = _span(lang, window, ctx.today) if window else ""
    if answer is None or not trains:
        none = N_("arrivals.none") if arriving else N_("departures.none")
        text = nt(lang, none, hours, place=place, hours=hours)
        if window is not None:
            none = N_("arrivals.none_between") if arriving else N_("departures.none_between")
            text = t(lang, none, place=place, span=span)
        text = lines(other_said, text, reach)
        quick: list[QuickReply] = []
        looked = answer is not None and window is None and hours < vocabulary.MAX_HOURS
        next_one = await _next_later(ctx, code, arriving=arriving) if looked else None
        if next_one is not None:
            # the next train after the hours asked, offered: "the first one", "uska platform"
            # next are that train
            one = await _later_one(ctx, next_one, code, (text, offer_line), offers, request)
            seen = one.subject.model_copy(update={"offered": offered}) if one.subject else None
            return one.about(seen) if seen is not None else one
        if hours < 8 and window is None and not looked:  # none in the day ahead: no dud tap
            quick.append(chip(t(lang, "departures.next_8"), kind(station=code, hours=8)))
        note = source_note(ctx.language, answer, ctx.now) if answer else ""
        reply = Reply(
            text=lines(text, offer_line, note), quick_replies=(*quick, *offers), shows_card=True
        )
        return say(reply).about(shown_subject)
    page = Page.of(len(trains), offset, PAGE_SIZE)
    shown = trains[page.start : page.end]
    changed = await run_changes(ctx, {_run_start(d) for d in shown})
    cancels = await _cancellations(ctx, shown, changed, code, arriving=arriving)
    # a cancelled run has no live times to give: it says nothing of whether the board is live
    running = [d for d in trains if d.state is not BoardState.CANCELLED]
    timetable_only = bool(running) and all(
        d.delay_min is None and _expected(d, arriving) is None for d in running
    )
    notes = [source_note(ctx.language, answer, ctx.now)]
    if timetable_only:
        notes.insert(0, t(lang, "departures.timetable_only"))
    header = N_("arrivals.header") if arriving else N_("departures.header")
    heading = t(lang, header, place=place, hours=hours, trains=page.label(lang, "trains"))
    if window is not None:
        header = N_("arrivals.header_between") if arriving else N_("departures.header_between")
        heading = t(lang, header, place=place, span=span, trains=page.label(lang, "trains"))
    heading = lines(heading, reach)
    if going:
        heading = lines(heading, t(lang, "departures.towards", destination=going))
    text = fit(
        lines(
            instead,
            heading,
            *(_line(d, ctx, changed, cancels, code, arriving=arriving) for d in shown),
            offer_line,
            *notes,
        )
    )
    quick = []
    if page.more:
        more = request.model_copy(update={"station": (code,), "offset": page.end})
        quick.append(chip(t(lang, "chip.more_trains"), more))
    quick += chips(
        (t(lang, "chip.live_of", train=d.train.number), _run_here(d, code, ctx, arriving=arriving))
        for d in shown[: 6 if not offers else 4]
    )
    quick += offers
    going_to = towards[0] if len(towards) == 1 else None
    listed = tuple(_listed(d, code, going_to, ctx, arriving=arriving) for d in shown)
    subject = shown_subject.model_copy(
        update={"listed": listed, "listed_from": page.start + 1, "listing": request}
    )
    return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True)).about(subject)


def _hours_after(
    request: Departures | Arrivals, since: dt.datetime, until: dt.datetime
) -> Departures | Arrivals:
    """The same board for as many hours again, from the end of the one shown (still marked as
    shown past the last train, for "the one after that" next to be its first)."""
    start, end = until, until + (until - since)
    update = {"after": start.hour * 60 + start.minute, "until": end.hour * 60 + end.minute}
    return request.model_copy(update={**update, "offset": 0, "beyond": 0})


async def _next_later(
    ctx: Context, code: str, *, arriving: bool
) -> tuple[Sourced[StationBoard], Departure] | None:
    """The first train to leave (or arrive) in the day ahead, for a board that had none in the
    hours asked, with the board it is on; None when none does, or the railway cannot say."""
    hours = vocabulary.MAX_HOURS
    until = ctx.now + dt.timedelta(hours=hours)
    board = _Board(ctx, ctx.now, until, arriving=arriving, hours=hours)
    try:
        answer, trains = await board.fetch(code)
    except RailwayError:
        return None
    coming = [d for d in trains if d.state is not BoardState.CANCELLED]
    return (answer, coming[0]) if answer is not None and coming else None


async def _later_one(
    ctx: Context,
    found: tuple[Sourced[StationBoard], Departure],
    code: str,
    said: tuple[str, str],
    offers: Sequence[QuickReply],
    request: Departures | Arrivals,
) -> Outcome:
    """ "None in the next 4 hours", then the next train after them, as a board of one: its live
    status and the day's board to tap, and "the first one" next is that train."""
    lang, arriving = ctx.language, isinstance(request, Arrivals)
    answer, later = found
    changed = await run_changes(ctx, {_run_start(later)})
    cancels = await _cancellations(ctx, [later], changed, code, arriving=arriving)
    lead = t(lang, N_("arrivals.next_later") if arriving else N_("departures.next_later"))
    line = _line(later, ctx, changed, cancels, code, arriving=arriving)
    hours = vocabulary.MAX_HOURS
    day = request.model_copy(update={"station": (code,), "hours": hours, "offset": 0})
    live = _run_here(later, code, ctx, arriving=arriving)
    quick = (
        chip(t(lang, "chip.live_of", train=later.train.number), live),
        chip(t(lang, "departures.next_24"), day),
        *offers,
    )
    none, offer_line = said
    text = lines(none, lead, line, offer_line, source_note(lang, answer, ctx.now))
    listed = (_listed(later, code, None, ctx, arriving=arriving),)
    shown = Subject.of(day).model_copy(update={"listed": listed, "listed_from": 1, "listing": day})
    return say(Reply(text=text, quick_replies=quick)).about(shown)


def _kind_answer(lang: Language, kind: str, found: list[Departure], *, arriving: bool) -> str:
    """ "Yes: 12952 Mumbai Rajdhani (16:55)." or "No, there is no Rajdhani on this list."."""
    if not found:
        named = t(lang, "between.kind_ac") if kind == "ac" else kind.title()
        return t(lang, "between.kind_no", kind=named)
    said = []
    for d in found[:_KIND_SAID]:
        at = d.scheduled_arrival if arriving else d.scheduled_departure
        said.append(f"{train_label(d.train)} ({clock_time(at)})" if at else train_label(d.train))
    return t(lang, "between.kind_yes", trains=", ".join(said))


# How many trains of the kind asked a yes names (the board under it shows them all).
_KIND_SAID: Final = 4
# Other stations of a city whose board is looked at when its main station has no train.
_OTHERS_TRIED: Final = 3


def _board_station(answer: Sourced[StationBoard] | None, asked: StationCode) -> StationCode:
    """The station a board is of, as the railway says (its current code), else the one asked."""
    if answer is None or answer.data.station is None:
        return asked
    return StationCode(current_station_code(answer.data.station.code))


async def _timetable_board(
    ctx: Context, board: _Board, code: StationCode
) -> tuple[Sourced[StationBoard], list[Departure]] | None:
    """The offline timetable's board of `code` and its trains in the window, for a live board
    that came for another station; None when there is no timetable or it has no board."""
    chain = ctx.provider
    timetable = chain.offline if isinstance(chain, ProviderChain) else None
    if timetable is None:
        return None
    try:
        answer, trains = await board.asking(timetable).fetch(code)
    except RailwayError:
        return None
    return (answer, trains) if answer is not None else None


class _Board:
    """A station's board, kept to the trains in the window asked for."""

    def __init__(
        self,
        ctx: Context,
        since: dt.datetime,
        until: dt.datetime,
        *,
        arriving: bool,
        hours: int,
    ) -> None:
        self._ctx, self._since, self._until = ctx, since, until
        self._arriving, self._hours = arriving, hours

    def asking(self, provider: Provider) -> _Board:
        """This board, asked of `provider` instead."""
        ctx = replace(self._ctx, provider=provider)
        return _Board(ctx, self._since, self._until, arriving=self._arriving, hours=self._hours)

    async def fetch(self, code: str) -> tuple[Sourced[StationBoard] | None, list[Departure]]:
        """The board (None: the railway has no data, nothing in the window) and its trains in
        the window, in the order they leave (or arrive)."""
        try:
            answer = await self._ctx.provider.departures(code, self._hours)
        except TimetableNotLoaded:
            raise
        except NotFound:
            return None, []
        entries = answer.data.departures
        since, until = self._since, self._until
        if self._arriving:
            return answer, sorted((d for d in entries if _arrives(d, since, until)), key=_arrival)
        now = self._ctx.now
        leaving = [d for d in entries if _leaves(d, since, until, boarding_now=since <= now)]
        return answer, sorted(leaving, key=_departure)


def _none_line(
    ctx: Context,
    code: str,
    arriving: bool,
    hours: int,
    window: tuple[dt.datetime, dt.datetime] | None,
) -> str:
    """ "No trains leave Mumbai CSMT in the next 4 hours.": said of a city's main station when
    another of its stations is shown instead."""
    lang = ctx.language
    place = station_label(station_of(ctx.index, code))
    if window is not None:
        none = N_("arrivals.none_between") if arriving else N_("departures.none_between")
        return t(lang, none, place=place, span=_span(lang, window, ctx.today))
    none = N_("arrivals.none") if arriving else N_("departures.none")
    return nt(lang, none, hours, place=place, hours=hours)


async def _going(
    ctx: Context, code: str, towards: tuple[StationCode, ...], trains: list[Departure]
) -> tuple[list[Departure], str]:
    """The trains of the board that go on to `towards` (by the trains between the two), and the
    place's name (its city's, when its city's trains are the ones that go there)."""
    try:
        between, city_wide = await _between(ctx, code, towards)
    except NotFound:
        between, city_wide = [], False
    numbers = {item.train.number for item in between}
    if city_wide and not one_city(ctx.index, towards):
        towards = tuple(StationCode(each) for each in ctx.index.same_city(towards[0]))
    return [d for d in trains if d.train.number in numbers], _place_name(ctx, towards)


async def _between(
    ctx: Context, code: str, towards: tuple[StationCode, ...]
) -> tuple[list[TrainBetween], bool]:
    """The direct trains from `code` to the place `towards` (a city's stations, or one; one with
    none from here, its city's: `trains_between_pair`), and whether they are the city's."""
    city = one_city(ctx.index, towards)
    answer, city_wide = await trains_between_pair(
        ctx, code, (city or towards)[0], None, by_city=bool(city)
    )
    if not city_wide:
        return list(answer.data), False
    # The search widens both ends: only the trains from this board's own station.
    mine = current_station_code(code)
    return [d for d in answer.data if current_station_code(d.from_station.code) == mine], True


def _place_name(ctx: Context, towards: tuple[StationCode, ...]) -> str:
    if one_city(ctx.index, towards):
        return ctx.index.city_name(towards[0]) or station_name(ctx.index, towards[0])
    return station_label(station_of(ctx.index, towards[0]))


def _listed(
    entry: Departure, code: str, going_to: str | None, ctx: Context, *, arriving: bool
) -> Listed:
    """A board's train as a follow-up may point at it: boarded here, to the place the board was
    kept to (where the traveller goes is not its last stop); arriving, boarded where it came
    from, to here; and the day it is here (past midnight, tomorrow)."""
    scheduled = entry.scheduled_arrival if arriving else entry.scheduled_departure
    expected = _expected(entry, arriving)
    return Listed(
        train=entry.train.number,
        name=entry.train.name,
        origin=entry.from_code if arriving else code,
        destination=code if arriving else going_to,
        departs=clock_time(scheduled) if scheduled is not None else None,
        expected=clock_time(expected) if expected is not None else None,
        on=_day_here(entry, ctx, arriving=arriving),
        ends=None if arriving else entry.to_code,
        # a run that will not leave here: never "the next one" to take
        cancelled=entry.state is BoardState.CANCELLED and not arriving,
    )


def _day_here(entry: Departure, ctx: Context, *, arriving: bool) -> dt.date | None:
    """The day the board's train is at the board's station, in the traveller's time zone."""
    scheduled = entry.scheduled_arrival if arriving else entry.scheduled_departure
    scheduled = scheduled or entry.scheduled_departure or entry.scheduled_arrival
    return scheduled.astimezone(ctx.now.tzinfo).date() if scheduled is not None else None


def _run_here(entry: Departure, code: str, ctx: Context, *, arriving: bool) -> LiveStatus:
    """The run of a board's train that is at the board's station at the time shown (the 00:15
    of an evening board is tomorrow's), not whichever run is on the move."""
    day = _day_here(entry, ctx, arriving=arriving)
    if day is None:
        return LiveStatus(train=entry.train.number)
    # with the run's start date the board gives: that run, even when its timetable cannot be had
    started = entry.start_date
    return LiveStatus(
        train=entry.train.number, date=day, boarding=code, at=(code,), started=started
    )


# --- against the clock --------------------------------------------------------------------------


def _window(
    now: dt.datetime, after: int | None, until: int | None
) -> tuple[dt.datetime, dt.datetime] | None:
    """The clock window asked for, from now on: today's, or tomorrow's once today's is over;
    one that has begun starts now, as one with only an end does. A window across midnight
    ("10 pm to 2 am", "tonight") asked after midnight and before its end is the night under
    way, never the next one."""
    if until is None:
        return None
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if after is None:  # "till 5 am": from now until the next 5 am
        end = midnight + dt.timedelta(minutes=until)
        return now, end if end > now else end + dt.timedelta(days=1)
    start = midnight + dt.timedelta(minutes=after)
    end = midnight + dt.timedelta(minutes=until)
    if end <= start and now < end:
        start -= dt.timedelta(days=1)  # "11 pm to 5 am" at 00:30: from now until 5 am
    elif end <= start:
        end += dt.timedelta(days=1)  # "10 pm to 2 am"
    if end <= now:
        start, end = start + dt.timedelta(days=1), end + dt.timedelta(days=1)
    return max(start, now), end


def _hours_until(now: dt.datetime, end: dt.datetime) -> int:
    """How many hours of the board to ask for, to reach `end`."""
    hours = -(-int((end - now).total_seconds()) // 3600)
    return min(vocabulary.MAX_HOURS, max(1, hours))


def _span(language: Language, window: tuple[dt.datetime, dt.datetime], today: dt.date) -> str:
    """`18:00–21:00`, and the day when it is not today."""
    start, end = window
    text = f"{clock_time(start)}–{clock_time(end)}"
    if start.date() != today:
        text = f"{relative_day(language, start.date(), today)} {text}"
    return text


def _moment(
    scheduled: dt.datetime | None, expected: dt.datetime | None, late: int | None
) -> dt.datetime | None:
    """When it happens: as expected, else as scheduled plus the delay known, else as scheduled."""
    if expected is not None:
        return expected
    if scheduled is not None and late:
        return scheduled + dt.timedelta(minutes=late)
    return scheduled


def _leaves(
    entry: Departure, now: dt.datetime, until: dt.datetime, *, boarding_now: bool = False
) -> bool:
    """A train that starts or stops here, has not left, and leaves within the window: expected
    then, or due then by the timetable though running late (its line leads with that time, so
    "none in the next 12 hours" is never followed by a train due inside them). On the board of
    now (`boarding_now`), one standing here past its time, or whose run has still not started
    past it, has not left either; a window later on leaves both out."""
    if entry.scheduled_departure is None or entry.has_left:
        return False
    moment = _moment(entry.scheduled_departure, entry.expected_departure, entry.delay_min)
    if moment is None or min(moment, entry.scheduled_departure) > until:
        return False
    if moment >= now or entry.state is BoardState.AT_STATION:
        return True
    return boarding_now and entry.state is BoardState.NOT_STARTED


def _arrives(entry: Departure, now: dt.datetime, until: dt.datetime) -> bool:
    """A train that ends or stops here, has not arrived, and arrives within the window (expected
    then, or due then by the timetable)."""
    if entry.scheduled_arrival is None or entry.state in _ARRIVED or entry.has_left:
        return False
    moment = _moment(entry.scheduled_arrival, entry.expected_arrival, entry.delay_min)
    return moment is not None and now <= moment and min(moment, entry.scheduled_arrival) <= until


def _departure(entry: Departure) -> float:
    moment = _moment(entry.scheduled_departure, entry.expected_departure, entry.delay_min)
    return moment.timestamp() if moment is not None else float("inf")


def _arrival(entry: Departure) -> float:
    moment = _moment(entry.scheduled_arrival, entry.expected_arrival, entry.delay_min)
    return moment.timestamp() if moment is not None else float("inf")


def _expected(entry: Departure, arriving: bool) -> dt.datetime | None:
    return entry.expected_arrival if arriving else entry.expected_departure


# --- one line per train --------------------------------------------------------------------------


def _same(code: str, other: str) -> bool:
    return bool(code) and current_station_code(code) == current_station_code(other)


def _run_start(entry: Departure) -> dt.date:
    """The day the train's run started at its origin: as the source says, else the day it is
    at this station (a run that started a day earlier is then not matched to the railway's
    lists of changed runs, rather than matched to the wrong run)."""
    if entry.start_date is not None:
        return entry.start_date
    moment = entry.scheduled_departure or entry.scheduled_arrival
    return moment.date() if moment is not None else dt.date.min


async def _cancellations(
    ctx: Context, shown: list[Departure], changed: RunChanges, here: str, *, arriving: bool
) -> dict[tuple[str, dt.date], str]:
    """What a board says of each of its runs the railway cancelled, whole or in part, by (train,
    start): cancelled, when its stop here is on the stretch cancelled; still running here, with
    the stretch cancelled, when the station is before (or after) it."""
    lang = ctx.language
    said: dict[tuple[str, dt.date], str] = {}
    for entry in shown:
        key = (entry.train.number, _run_start(entry))
        item = changed.cancelled.get(key)
        if item is None:
            continue
        stretch = stretch_of(item)
        here_too = await cancelled_here(ctx, item, here, arriving=arriving)
        if stretch is None:
            said[key] = t(lang, "departures.cancelled")
            continue
        start, end = stretch
        if here_too is None:
            said[key] = t(lang, "departures.part_cancelled_somewhere", start=start, end=end)
        elif here_too:
            said[key] = t(lang, "departures.part_cancelled", start=start, end=end)
        else:
            said[key] = t(lang, "departures.part_runs_here", start=start, end=end)
    return said


def _moved_time(
    entry: Departure, moved: Moved | None, here: str, *, arriving: bool
) -> dt.datetime | None:
    """When a rescheduled run now leaves (or reaches) this station: the railway's new start
    when it starts here, else the time the board expects it; None when it is not rescheduled
    or no new time is known."""
    if moved is None:
        return None
    if not arriving and _same(moved.code, here) and moved.leaves is not None:
        return moved.leaves
    scheduled = entry.scheduled_arrival if arriving else entry.scheduled_departure
    expected = _expected(entry, arriving)
    return expected if expected is not None and expected != scheduled else None


def _line(
    entry: Departure,
    ctx: Context,
    changed: RunChanges,
    cancels: dict[tuple[str, dt.date], str],
    here: str,
    *,
    arriving: bool,
) -> str:
    scheduled = entry.scheduled_arrival if arriving else entry.scheduled_departure
    lang = ctx.language
    key = (entry.train.number, _run_start(entry))
    moved = changed.moved(ctx, *key)
    # A run the railway rescheduled leads with the time it now leaves (or arrives), the board's
    # order, and says the timetable's after: never its old time among later trains.
    now_at = _moved_time(entry, moved, here, arriving=arriving)
    shown_at = now_at or scheduled
    at = clock_time(shown_at)
    if shown_at is not None and shown_at.date() > ctx.today:
        at = t(lang, "departures.tomorrow", time=at)
    line = f"{at} {train_label(entry.train)}"
    if arriving and entry.from_code:
        line += f" ← {entry.from_code}"
    elif not arriving and entry.to_code:
        line += f" → {entry.to_code}"
    if arriving and entry.scheduled_departure is None:
        line += " " + t(lang, "departures.ends_here")
    details = []
    if entry.state is BoardState.CANCELLED and key not in cancels:
        # The board itself says so: no expected time nor delay for a train that will not come.
        return f"{line}\n   {t(lang, 'departures.cancelled')}"
    if key in cancels:
        details.append(cancels[key])
    elif now_at is not None and scheduled is not None:
        details.append(t(lang, "departures.rescheduled_was", time=clock_time(scheduled)))
    elif moved is not None and _same(moved.code, here):
        # The railway moved its start from here: said as such, not as a train running late.
        details.append(moved_line(lang, moved))
    elif moved is not None:
        details.append(t(lang, "departures.rescheduled"))
    expected = _expected(entry, arriving)
    late = moved is None or not _same(moved.code, here)
    if entry.state is BoardState.CANCELLED and not arriving:
        late = False  # it will not leave here: no time to expect it at, nor a delay
    overdue = entry.state is BoardState.NOT_STARTED and not arriving and moved is None
    if overdue and scheduled is not None and (expected or scheduled) < ctx.now:
        # its run not started past its time: no time to expect it at, only that it has not left
        details.append(t(lang, "departures.not_left_yet"))
        late = False
    if now_at is not None and _same(moved.code if moved else "", here) and not arriving:
        late = False  # its start moved from here: the delay is said once, as the railway's
        if moved is not None and moved.late_min:
            details.append(delay(lang, moved.late_min))
    if late and expected is not None and expected != scheduled and now_at is None:
        when = clock_time(expected)
        if expected.date() > ctx.today and (scheduled is None or scheduled.date() <= ctx.today):
            # due 23:18 tonight, expected after midnight: "exp 00:28 (tomorrow)", never 00:28
            # read as earlier than 23:18 the same night
            when = t(lang, "departures.tomorrow", time=when)
        details.append(t(lang, "departures.expected", time=when))
    if late and entry.delay_min is not None:
        details.append(delay(lang, entry.delay_min))
    if entry.platform:
        details.append(t(lang, "departures.platform", platform=entry.platform))
    return f"{line}\n   {' · '.join(details)}" if details else line
