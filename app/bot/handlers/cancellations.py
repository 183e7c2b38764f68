"""Trains cancelled or rescheduled on a date, a page at a time, or "none reported"; and for one
train, yes or no first ("is 12626 cancelled tomorrow?"), from its live run's state and the
railway's changes to it. A source with no list by date says so plainly and offers the per-train
check: a list is never invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from app.bot.format import (
    chip,
    chip_day,
    clock_time,
    day_date,
    day_word,
    delay,
    fit,
    lines,
    on_day,
    railway_note,
    readable,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.asking import MAX_QUICK_REPLIES, AskUser, ask
from app.bot.handlers.cancelled_journeys import cancelled_on_journey
from app.bot.handlers.cancelled_runs import cancelled_list, change_in, rescheduled_list
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.live import where_now
from app.bot.handlers.lookups import station_of
from app.bot.handlers.paging import Page
from app.bot.handlers.railway_errors import failure
from app.bot.handlers.reasons import reason
from app.bot.handlers.run_state import not_started
from app.bot.handlers.timetable import runs_on
from app.bot.replies import QuickReply, Reply
from app.bot.requests import CancelledTrains, LiveStatus, RescheduledTrains
from app.bot.state import Listed, Subject
from app.errors import NotFound, NotInSample, NotOffered, NotRunningOnDate, RailwayError
from app.i18n import N_, t
from app.i18n.language import Language
from app.railways import models
from app.railways.models import (
    CancelledTrain,
    ExceptionKind,
    RescheduledTrain,
    Sourced,
    Station,
)

PAGE_SIZE = 10


async def cancelled_trains(ctx: Context, request: CancelledTrains) -> Outcome:
    day = request.date or ctx.today
    if request.train is not None:
        asking = "changed" if request.changed else "cancelled"
        return await _one_train(ctx, request.train, day, asking=asking, why=request.why)
    if request.mine:
        raise _which_is_yours(ctx, request, day)
    if request.origin and request.destination:
        journey = await cancelled_on_journey(ctx, request.origin, request.destination, day)
        if journey is not None:
            return journey
    offset = request.offset
    try:
        answer: Sourced[list[CancelledTrain]] = await ctx.provider.cancelled_trains(day)
    except NotFound:
        answer = _nothing(ctx)
    except NotOffered:
        return _no_list(ctx, "cancelled", day)
    except RailwayError as exc:
        retry = CancelledTrains(date=day, offset=offset)
        return say(failure(ctx.language, exc, retry))
    listed = _listing(
        ctx,
        answer,
        day,
        offset,
        title=N_("cancelled.title"),
        none=N_("cancelled.none"),
        line=lambda train: _cancelled_line(ctx.language, train),
        page=CancelledTrains,
        other=(N_("rescheduled.chip"), N_("rescheduled.chip_when"), RescheduledTrains(date=day)),
    )
    place = request.origin or request.destination
    if not place or offset:
        return listed
    # "any train cancelled from NDLS today?": yes or no for the trains that start or end there,
    # first, over the day's whole list
    return listed.led_by(_at_the_place(ctx, answer.data, place, day))


def _at_the_place(
    ctx: Context, cancelled: Sequence[CancelledTrain], place: tuple[str, ...], day: dt.date
) -> str:
    """Whether any train cancelled on `day` starts or ends at the place (its city's stations):
    "Yes, ...: 12626 Kerala Express." or "No train starting or ending in ... is cancelled"."""
    lang = ctx.language
    codes = {code for given in place for code in (given, *ctx.index.same_city(given))}
    found = [
        item
        for item in cancelled
        if (item.source is not None and item.source.code in codes)
        or (item.destination is not None and item.destination.code in codes)
    ]
    city = ctx.index.city_name(place[0]) if len(place) > 1 else None
    named = city or station_label(station_of(ctx.index, place[0]))
    when = on_day(lang, day, ctx.today)
    if not found:
        return t(lang, "cancelled.at_place_none", place=named, when=when)
    trains = ", ".join(train_label(item.train) for item in found)
    return t(lang, "cancelled.at_place_some", place=named, when=when, trains=trains)


async def rescheduled_trains(ctx: Context, request: RescheduledTrains) -> Outcome:
    day = request.date or ctx.today
    if request.train is not None:
        asking = "new_time" if request.new_time else "rescheduled"
        return await _one_train(ctx, request.train, day, asking=asking, why=request.why)
    if request.mine:
        raise _which_is_yours(ctx, request, day)
    offset = request.offset
    try:
        answer: Sourced[list[RescheduledTrain]] = await ctx.provider.rescheduled_trains(day)
    except NotFound:
        answer = _nothing(ctx)
    except NotOffered:
        return _no_list(ctx, "rescheduled", day)
    except RailwayError as exc:
        retry = RescheduledTrains(date=day, offset=offset)
        return say(failure(ctx.language, exc, retry))
    return _listing(
        ctx,
        answer,
        day,
        offset,
        title=N_("rescheduled.title"),
        none=N_("rescheduled.none"),
        line=lambda train: _rescheduled_line(ctx.language, train, ctx.now),
        page=RescheduledTrains,
        other=(N_("cancelled.chip"), N_("cancelled.chip_when"), CancelledTrains(date=day)),
    )


def _which_is_yours(
    ctx: Context, request: CancelledTrains | RescheduledTrains, day: dt.date
) -> AskUser:
    """ "Is my train cancelled?" with no train known: which one is theirs, its number or name
    (the trains of a list just shown to tap), then yes or no for it, never the list again."""
    lang = ctx.language
    listed = ctx.subject.listed if ctx.subject is not None else ()
    taps = [
        chip(item.train, request.model_copy(update={"train": item.train, "date": day}))
        for item in listed[:MAX_QUICK_REPLIES]
    ]
    return ask(
        request.model_copy(update={"date": day}), "train", t(lang, "run.which_is_yours"), taps
    )


def _nothing(ctx: Context) -> Sourced[Any]:
    """The railway's "no data" for a date is its way of saying nothing is reported."""
    return Sourced(data=[], source=ctx.provider.name, as_of=ctx.now)


def _listing(
    ctx: Context,
    answer: Sourced[Any],
    day: dt.date,
    offset: int,
    *,
    title: str,
    none: str,
    line: Callable[[Any], str],
    page: type[CancelledTrains | RescheduledTrains],
    other: tuple[str, str, CancelledTrains | RescheduledTrains],
) -> Outcome:
    lang = ctx.language
    items: Sequence[Any] = answer.data
    near = bool(day_word(lang, day, ctx.today))
    when = on_day(lang, day, ctx.today)
    plain, dated, target = other
    other_chip = chip(t(lang, dated, when=when) if near else t(lang, plain), target)
    quick: list[QuickReply] = []
    if not items:
        text = lines(t(lang, none, when=when), source_note(lang, answer, ctx.now))
        quick = [other_chip]
        if day == ctx.today:
            tomorrow = day + dt.timedelta(days=1)
            quick.append(chip(chip_day(lang, tomorrow, ctx.today), page(date=tomorrow)))
        return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True))
    shown = Page.of(len(items), offset, PAGE_SIZE)
    text = fit(
        lines(
            t(lang, title, when=when, trains=shown.label(lang)),
            *(f"• {line(item)}" for item in items[shown.start : shown.end]),
            source_note(lang, answer, ctx.now),
        )
    )
    if shown.more:
        quick.append(chip(t(lang, "chip.more"), page(date=day, offset=shown.end)))
    quick.append(other_chip)
    on_screen = items[shown.start : shown.end]
    return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True)).about(
        _listed(page(date=day), on_screen, shown.start + 1, day)
    )


def _listed(
    listing: CancelledTrains | RescheduledTrains, items: Sequence[Any], first: int, day: dt.date
) -> Subject:
    """What a list of changed trains showed: its date, and the trains on screen, so that "the
    first one", "kerala express kab chalegi" are about that train's run on that date."""
    listed = tuple(
        Listed(
            train=item.train.number,
            name=item.train.name,
            origin=item.source.code if item.source is not None else None,
            destination=item.destination.code if item.destination is not None else None,
            on=day,
            cancelled=_fully(item),
        )
        for item in items
    )
    update = {"listed": listed, "listed_from": first, "listing": listing}
    return Subject.of(listing).model_copy(update=update)


def _fully(item: object) -> bool:
    """Whether a train of a day's changes is cancelled on its whole run that day ("the
    cancelled one" of a list with one cut short is the other)."""
    kind = getattr(item, "kind", None)
    return " ".join(str(kind or "").lower().split()) == "fully cancelled"


def _ends(source: Station | None, destination: Station | None) -> str:
    if source is None or destination is None:
        return ""
    return f" ({source.code} → {destination.code})"


# How far a train is cancelled, as the railway words it → the catalog key of our words.
_CANCELLED_KINDS: Final = {
    "fully cancelled": N_("cancelled.fully"),
    "partially cancelled": N_("cancelled.partially"),
}


def _cancelled_line(language: Language, train: CancelledTrain) -> str:
    text = train_label(train.train) + _ends(train.source, train.destination)
    kind = " ".join((train.kind or "").lower().split())
    if not kind:
        return text
    known = _CANCELLED_KINDS.get(kind)
    if known is None and not readable(language, kind):
        return text  # a kind the catalog does not know, in English: not in a Hindi reply
    return f"{text}, {t(language, known) if known else kind}"


def _now_leaves(language: Language, train: RescheduledTrain, now: dt.datetime) -> str:
    """`now leaves Sat 5 Dec 08:30` / `अब शनि, 5 दिसंबर को 08:30 बजे चलेगी`; once that moment
    has passed, `left Thu 3 Dec 08:30`."""
    time = clock_time(train.new_time) if train.new_time is not None else ""
    today = now.date()
    if train.new_date is None:
        return t(language, "rescheduled.now_leaves_at", time=time)
    day = day_date(language, train.new_date, today)
    if not time:
        return t(language, "rescheduled.now_leaves", when=day)
    if train.new_time is not None and _has_passed(_on(train.new_date, train.new_time), now):
        return t(language, "rescheduled.left_on_at", day=day, time=time)
    return t(language, "rescheduled.now_leaves_on_at", day=day, time=time)


def _on(day: dt.date, moment: dt.time | dt.datetime) -> dt.datetime:
    """A new start as a moment: a bare clock time on its day."""
    return moment if isinstance(moment, dt.datetime) else dt.datetime.combine(day, moment)


def _rescheduled_line(language: Language, train: RescheduledTrain, now: dt.datetime) -> str:
    text = train_label(train.train) + _ends(train.source, train.destination)
    details = []
    if train.new_date is not None or train.new_time is not None:
        details.append(_now_leaves(language, train, now))
    if train.delay_min:
        details.append(delay(language, train.delay_min))
    return f"{text}: {', '.join(details)}" if details else text


# --- one train: yes or no first ---------------------------------------------------------------


async def several_trains(
    ctx: Context, request: CancelledTrains | RescheduledTrains, trains: list[str]
) -> Outcome:
    """A train's name that is several trains ("is karnataka express cancelled today?": 12627
    one way, 12628 the other): yes or no for each, rather than a question first."""
    lang = ctx.language
    day = request.date or ctx.today
    asking = "cancelled" if isinstance(request, CancelledTrains) else "rescheduled"
    runs = [await _one_run(ctx, train, day, asking=asking, why=request.why) for train in trains]
    said = [line for run in runs for line in run.lines]
    notes = dict.fromkeys(run.note for run in runs if run.note)
    quick = [
        chip(t(lang, "run.chip_live_of", train=run.train), LiveStatus(train=run.train, date=day))
        for run in runs
        if run.quick
    ]
    return say(Reply(text=lines(*said, *notes), quick_replies=tuple(quick)))


@dataclass(frozen=True)
class _Run:
    """What is known of one train's run from a date: the answer's lines, its source note, and
    whether live status is worth offering."""

    train: str
    lines: tuple[str, ...]
    note: str = ""
    quick: bool = False
    failed: Reply | None = None
    origin: str | None = None  # the run's ends, for "other trains" next
    destination: str | None = None
    cancelled: bool = False  # the whole run is cancelled: "what happens to my ticket?" next


async def _one_train(
    ctx: Context, train: str, day: dt.date, *, asking: str, why: bool = False
) -> Outcome:
    """Whether one train's run from `day` is cancelled (`asking="cancelled"`), rescheduled, or
    either ("changed": "is 12627 affected?"), from its live run: yes or no first, then what the
    railway changed, with the source; asked
    why, the railway's reason first (or that it published none, and where its notices are)."""
    run = await _one_run(ctx, train, day, asking=asking, why=why)
    if run.failed is not None:
        return say(run.failed)
    live = (chip(t(ctx.language, "chip.live"), LiveStatus(train=train, date=day)),)
    quick = (*(live if run.quick else ()), *_the_days_lists(ctx, day))
    text = lines(*run.lines, run.note)
    kind = RescheduledTrains if asking == "rescheduled" else CancelledTrains
    shown = Subject.of(kind(train=train, date=day, why=why)).model_copy(
        update={
            "origin": run.origin,
            "destination": run.destination,
            "cancelled": run.cancelled or None,
        }
    )
    return say(Reply(text=text, quick_replies=quick, shows_card=True)).about(shown)


def _the_days_lists(ctx: Context, day: dt.date) -> tuple[QuickReply, ...]:
    """After the day's list of cancelled or rescheduled trains, a yes or no about one of them
    ("why?", "is it late?") keeps both lists a tap away; none after anything else."""
    last = ctx.subject.request if ctx.subject is not None else None
    if not isinstance(last, CancelledTrains | RescheduledTrains) or last.train is not None:
        return ()
    lang = ctx.language
    near = bool(day_word(lang, day, ctx.today))
    when = on_day(lang, day, ctx.today)
    lists = (
        (N_("cancelled.chip"), N_("cancelled.chip_when"), CancelledTrains(date=day)),
        (N_("rescheduled.chip"), N_("rescheduled.chip_when"), RescheduledTrains(date=day)),
    )
    return tuple(
        chip(t(lang, dated, when=when) if near else t(lang, plain), target)
        for plain, dated, target in lists
    )


async def _one_run(
    ctx: Context, train: str, day: dt.date, *, asking: str, why: bool = False
) -> _Run:
    lang = ctx.language
    when = on_day(lang, day, ctx.today)
    try:
        answer = await ctx.provider.live_status(train, day)
        if answer.data.start_date != day:
            raise NotFound("the source answered for another run")  # never that run's yes or no
    except NotRunningOnDate:
        return _Run(train, (t(lang, "run.not_scheduled", train=train, when=when),))
    except NotInSample:
        raise  # the router says which trains the sample railway has, as for its other questions
    except (NotFound, NotOffered):
        listed = await _from_lists(ctx, train, day, asking=asking)
        if listed is not None:  # no live status for that run: the railway's lists of the day
            return listed
        return _Run(train, (t(lang, "run.unknown", train=train, when=when),))
    except RailwayError as exc:
        kind = RescheduledTrains if asking == "rescheduled" else CancelledTrains
        failed = failure(lang, exc, kind(train=train, date=day))
        return _Run(train, (failed.text,), failed=failed)
    status = answer.data
    label = train_label(status.train)
    if asking == "cancelled":
        first = _cancelled_answer(lang, status, label, when)
    elif asking == "changed":
        first = _changed_answer(lang, status, label, when, ctx.now)
    elif asking == "new_time":
        first = _new_start_answer(lang, status, label, when, ctx.now)
    else:
        first = _rescheduled_answer(lang, status, label, when, ctx.now)
    if asking in ("new_time", "rescheduled", "changed") and not status.cancelled:
        first = lines(first, where_now(lang, status, ctx.now))  # left at its new time: where now
    note = _note_of(status, asking)
    said: tuple[str, ...] = (first, railway_note(lang, note))
    changed = status.cancelled or status.partially_cancelled
    if asking != "cancelled" and not changed:
        changed = status.rescheduled or status.exception(ExceptionKind.RESCHEDULED) is not None
    if why and changed:
        said = (reason(lang, note), first)
    source = source_note(lang, answer, ctx.now)
    ends = (status.stops[0].station.code, status.stops[-1].station.code) if status.stops else None
    return _Run(
        train,
        said,
        source,
        quick=not status.cancelled,
        origin=ends[0] if ends else None,
        destination=ends[1] if ends else None,
        cancelled=status.cancelled,
    )


# The changes a question is about, by what it asks: the railway's words quoted under the answer
# are those of its own change ("cancelled between Bhubaneswar and Puri" for "is it cancelled?"),
# not a diversion's announced first.
_ASKED_KINDS: Final = {
    "cancelled": (ExceptionKind.CANCELLED, ExceptionKind.PARTIALLY_CANCELLED),
    "rescheduled": (ExceptionKind.RESCHEDULED,),
    "new_time": (ExceptionKind.RESCHEDULED,),
}


def _note_of(status: models.LiveStatus, asking: str) -> str | None:
    """The railway's words about the change asked of, else about any change of the run."""
    noted = [e for e in status.exceptions if e.message]
    asked = [e for e in noted if e.kind in _ASKED_KINDS.get(asking, ())]
    return next((e.message for e in asked or noted), None)


async def _from_lists(ctx: Context, train: str, day: dt.date, *, asking: str) -> _Run | None:
    """Whether a train's run is cancelled (or rescheduled) from the source's list of the day,
    where it has one, for a train its timetable knows; None when no list or no timetable says.
    A train no timetable knows is said not to be found, as its route or facts say it."""
    lang, when = ctx.language, on_day(ctx.language, day, ctx.today)
    try:
        route = (await ctx.provider.train_route(train)).data
    except NotInSample:
        raise
    except NotFound:
        return _Run(train, (t(lang, "route.no_train", train=train),))
    except RailwayError:
        return None  # the timetable out of reach: never "No, not cancelled"
    if not runs_on(route, day):
        return _Run(train, (t(lang, "run.not_scheduled", train=train, when=when),))
    label = train_label(route.train)
    if asking == "cancelled":
        cancelled = await cancelled_list(ctx, day)
        return _listed_run(ctx, label, when, cancelled, train) if cancelled else None
    moved = await rescheduled_list(ctx, day)
    return _moved_run(ctx, label, when, moved, train) if moved is not None else None


def _listed_run(
    ctx: Context, label: str, when: str, listed: Sourced[list[CancelledTrain]], train: str
) -> _Run:
    """Yes, yes partly, or no, from the source's list of trains cancelled that day."""
    lang = ctx.language
    change = change_in(listed, train)
    note = source_note(lang, listed, ctx.now)
    if change is None:
        return _Run(train, (t(lang, "run.cancelled_no", train=label, when=when),), note)
    if change.part is None:
        yes = t(lang, "run.cancelled_yes", train=label, when=when)
        return _Run(train, (yes,), note, cancelled=True)
    start, end = (station_label(station) for station in change.part)
    yes = t(lang, "run.cancelled_part", train=label, when=when, start=start, end=end)
    return _Run(train, (yes,), note)


def _moved_run(
    ctx: Context, label: str, when: str, listed: Sourced[list[RescheduledTrain]], train: str
) -> _Run:
    """Yes (with the new start) or no, from the source's list of trains rescheduled that day."""
    lang = ctx.language
    note = source_note(lang, listed, ctx.now)
    moved = next((item for item in listed.data if item.train.number == train), None)
    if moved is None:
        return _Run(train, (t(lang, "run.rescheduled_no", train=label, when=when),), note)
    said = _moved_yes(lang, label, when, moved.new_time, moved.delay_min, ctx.now)
    return _Run(train, (said,), note)


def _moved_yes(
    language: Language,
    label: str,
    when: str,
    new_time: dt.time | dt.datetime | None,
    delay_min: int | None,
    now: dt.datetime | None = None,
) -> str:
    """Yes, the run was rescheduled: to its new start and how late that is, where known; once
    that start has passed (`now`), said as having left then, never as still to come."""
    if new_time is None:
        return t(language, "run.rescheduled_yes", train=label, when=when)
    late = delay(language, delay_min) if delay_min else ""
    if now is not None and _has_passed(new_time, now):
        key = N_("run.rescheduled_yes_left") if late else N_("run.rescheduled_yes_left_plain")
        return t(language, key, train=label, when=when, time=clock_time(new_time), late=late)
    if not late:  # how late is not known: never an empty "()"
        return t(
            language,
            "run.rescheduled_yes_to_plain",
            train=label,
            when=when,
            time=clock_time(new_time),
        )
    return t(
        language,
        "run.rescheduled_yes_to",
        train=label,
        when=when,
        time=clock_time(new_time),
        late=late,
    )


def _has_passed(moment: dt.time | dt.datetime, now: dt.datetime) -> bool:
    """Whether a new start (a moment; a bare clock time says no day, so never) is past."""
    if not isinstance(moment, dt.datetime):
        return False
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=now.tzinfo)
    return aware <= now


def _cancelled_answer(language: Language, status: models.LiveStatus, label: str, when: str) -> str:
    if status.cancelled:
        return t(language, "run.cancelled_yes", train=label, when=when)
    if status.partially_cancelled:
        part = status.exception(ExceptionKind.PARTIALLY_CANCELLED)
        if part is not None and part.cancelled_from and part.cancelled_to:
            return t(
                language,
                "run.cancelled_part",
                train=label,
                when=when,
                start=station_label(part.cancelled_from),
                end=station_label(part.cancelled_to),
            )
        return t(language, "run.cancelled_part_somewhere", train=label, when=when)
    return t(language, "run.cancelled_no", train=label, when=when)


def _changed_answer(
    language: Language, status: models.LiveStatus, label: str, when: str, now: dt.datetime
) -> str:
    """Whether the railway changed the run at all: cancelled (in full or part) or rescheduled,
    said as such; else no, it runs to the timetable."""
    if status.cancelled or status.partially_cancelled:
        return _cancelled_answer(language, status, label, when)
    if status.rescheduled or status.exception(ExceptionKind.RESCHEDULED) is not None:
        return _rescheduled_answer(language, status, label, when, now)
    return t(language, "run.changed_no", train=label, when=when)


def _rescheduled_answer(
    language: Language, status: models.LiveStatus, label: str, when: str, now: dt.datetime
) -> str:
    moved = status.exception(ExceptionKind.RESCHEDULED)
    if moved is not None or status.rescheduled:
        new_start = moved.new_departure if moved is not None else None
        waiting = bool(status.stops) and not_started(status)
        if waiting and new_start is not None and _has_passed(new_start, now):
            # its new start gone by with no report of it leaving: never "it now starts at 09:45"
            # at 15:00, nor that it left
            late_by = moved.delay_min if moved is not None else None
            return t(
                language,
                "run.rescheduled_yes_overdue",
                train=label,
                when=when,
                time=clock_time(new_start),
                late=f" ({delay(language, late_by)})" if late_by else "",
            )
        return _moved_yes(
            language,
            label,
            when,
            new_start,
            moved.delay_min if moved is not None else None,
            None if status.stops and not_started(status) else now,  # not started: still to come
        )
    if status.cancelled:
        return t(language, "run.rescheduled_cancelled", train=label, when=when)
    return t(language, "run.rescheduled_no", train=label, when=when)


def _new_start_answer(
    language: Language, status: models.LiveStatus, label: str, when: str, now: dt.datetime
) -> str:
    """ "What is the new time?": the run's new start, said as having happened once it has (never
    a "yes" to a question that asked no yes or no); or that there is none, the run not moved."""
    moved = status.exception(ExceptionKind.RESCHEDULED)
    new_start = moved.new_departure if moved is not None else None
    if new_start is None:
        if status.cancelled:
            return t(language, "run.rescheduled_cancelled", train=label, when=when)
        if moved is not None or status.rescheduled:
            return t(language, "run.rescheduled_yes", train=label, when=when)
        return t(language, "run.new_start_none", train=label, when=when)
    late = delay(language, moved.delay_min) if moved is not None and moved.delay_min else ""
    aware = new_start if new_start.tzinfo is not None else new_start.replace(tzinfo=now.tzinfo)
    key = N_("run.new_start_left") if aware <= now else N_("run.new_start")
    if aware <= now and status.stops and not_started(status):
        key = N_("run.new_start_overdue")  # its new time past, never reported leaving: not "left"
    return t(language, key, train=label, when=when, time=clock_time(new_start), late=late)


def _no_list(ctx: Context, asking: str, day: dt.date) -> Outcome:
    """The source has no list by date: say so plainly, and offer the per-train check (for the
    train in hand, if any). Never an invented list."""
    lang = ctx.language
    key = N_("run.no_cancelled_list") if asking == "cancelled" else N_("run.no_rescheduled_list")
    quick: list[QuickReply] = []
    subject = ctx.subject
    if subject is not None and subject.train is not None:
        kind = CancelledTrains if asking == "cancelled" else RescheduledTrains
        offer = N_("run.chip_cancelled") if asking == "cancelled" else N_("run.chip_rescheduled")
        asked = kind(train=subject.train, date=day)
        quick.append(chip(t(lang, offer, train=subject.train), asked))
    text = t(lang, key, when=on_day(lang, day, ctx.today))
    return say(Reply(text=text, quick_replies=tuple(quick)))
