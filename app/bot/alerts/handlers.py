"""PNR alerts in the conversation: subscribe ("alert 4512345678", "track my pnr", the Track this
PNR button), list ("my alerts") and stop ("stop 4512345678", "stop all"); plain "stop" when no
question is pending stops them too."""

from __future__ import annotations

import datetime as dt
import random

from app.bot.alerts.changes import entry_line, status_summary
from app.bot.alerts.departure import timetabled
from app.bot.alerts.schedule import next_poll_at
from app.bot.alerts.subscriptions import AlertBook, Baseline, Subscription
from app.bot.format import chip, day_date, lines, sample_note, train_label
from app.bot.handlers.asking import ask
from app.bot.handlers.context import Context, Handler, Outcome, say
from app.bot.handlers.railway_errors import failure, no_booking_text
from app.bot.replies import QuickReply, Reply
from app.bot.requests import AlertList, AlertStop, AlertSubscribe, PnrStatus, Reset, TrackPnr
from app.constants import ALERTS_MAX_PER_USER
from app.errors import InvalidPnr, NotFound, RailwayError
from app.i18n import N_, nt, t
from app.i18n.language import Language


def _book(ctx: Context) -> AlertBook | None:
    return AlertBook(ctx.store) if ctx.store is not None else None


async def _train_label(ctx: Context, train: str) -> str:
    """`12627 Karnataka Express`, or the number alone when the timetable does not say."""
    try:
        return train_label((await ctx.provider.train_route(train)).data.train)
    except RailwayError:
        return train


# --- subscribe ---------------------------------------------------------------------------------


def _not_for_guests(ctx: Context, request: AlertSubscribe | TrackPnr) -> Outcome:
    """Why a website chat's guest gets no alerts (their chat ends with the visit: Messenger
    could not carry an alert to them later), with the booking's status a tap away."""
    asked = request.pnr or (ctx.subject.pnr if ctx.subject is not None else None)
    lang = ctx.language
    full = (chip(t(lang, "alerts.chip_full"), PnrStatus(pnr=asked)),) if asked else ()
    return say(Reply(text=t(lang, "alerts.guest"), quick_replies=full))


async def subscribe(ctx: Context, request: AlertSubscribe | TrackPnr) -> Outcome:
    """Alerts for a PNR: the one named, else the one just looked up, else ask which."""
    lang = ctx.language
    book = _book(ctx)
    if book is None:
        return say(Reply(text=t(lang, "alerts.not_available")))
    if not ctx.reachable_later:  # a website chat's guest: no alert could reach them later
        return _not_for_guests(ctx, request)
    subject = ctx.subject
    named = request.train if isinstance(request, AlertSubscribe) else None
    # Just after a train shown without a PNR, the last PNR looked up may be another journey's.
    about_a_train = subject is not None and subject.train is not None and subject.pnr is None
    about_a_train = about_a_train or named is not None
    number = request.pnr or (None if about_a_train else await book.last_pnr(ctx.user_id))
    if number is None:
        wrong = request.mistyped if named is None else None
        lead = t(lang, "pnr.wrong_length", number=wrong, digits=len(wrong)) if wrong else ""
        shown = named or (ctx.subject.train if ctx.subject is not None else None)
        if shown is not None and not wrong:
            # "alert bhi laga do" after a train's status: alerts follow a booking, not a train.
            question = t(lang, "alerts.ask_pnr_of_train", train=await _train_label(ctx, shown))
            raise ask(AlertSubscribe(), "pnr", question)
        raise ask(AlertSubscribe(), "pnr", lines(lead, t(lang, "alerts.ask_pnr")))
    subs = await book.all_of(ctx.user_id)
    for sub in subs:
        if sub.pnr == number:
            if not await book.is_scheduled(ctx.user_id, number):
                await book.schedule(ctx.user_id, number, _next_poll(ctx, sub.baseline))
            when = day_date(lang, sub.journey_date, ctx.today)
            text = t(lang, "alerts.already", pnr=number, train=sub.train, day=when)
            return say(Reply(text=text, quick_replies=_chips_for(lang, number), shows_card=True))
    if len(subs) >= ALERTS_MAX_PER_USER:
        return say(_limit_reply(ctx, subs, number))
    try:
        answer = await ctx.provider.pnr_status(number)
    except (InvalidPnr, NotFound) as exc:
        return say(Reply(text=no_booking_text(lang, exc)))
    except RailwayError as exc:
        return say(failure(lang, exc, TrackPnr(pnr=number)))
    status = answer.data
    train = train_label(status.train)
    if status.journey_date is None:  # no date to time the looks by, nor to end them
        return say(Reply(text=t(lang, "alerts.no_date", pnr=number, train=train)))
    when = day_date(lang, status.journey_date, ctx.today)
    if status.train_cancelled:
        text = t(lang, "alerts.train_cancelled", pnr=number, train=train, day=when)
        full = chip(t(lang, "alerts.chip_full"), PnrStatus(pnr=number))
        return say(Reply(text=text, quick_replies=(full,)))
    if status.journey_date < ctx.today:
        return say(Reply(text=t(lang, "alerts.journey_over", pnr=number, day=when)))
    baseline = Baseline.of(status)
    sub = Subscription(pnr=number, train=train, created_at=ctx.now.timestamp(), baseline=baseline)
    sub = await timetabled(ctx.provider, sub, status)  # its polls placed by the train's time
    await book.add(ctx.user_id, sub, _next_poll(ctx, sub.baseline))
    whose = _whose(lang, baseline)
    promise_key = N_("alerts.promise_charted") if baseline.chart_prepared else N_("alerts.promise")
    text = lines(
        t(lang, "alerts.on", pnr=number, train=train, day=when),
        t(lang, promise_key, whose=whose),
        status_summary(lang, baseline),
        sample_note(lang, answer),
    )
    return say(Reply(text=text, quick_replies=_chips_for(lang, number), shows_card=True))


def _next_poll(ctx: Context, baseline: Baseline) -> float:
    tz = ctx.now.tzinfo or dt.UTC  # the railway's zone: `now` is always aware
    return next_poll_at(ctx.now.timestamp(), baseline, tz, random.random)


def _whose(language: Language, baseline: Baseline) -> str:
    numbers = sorted(baseline.passengers)
    if not numbers:
        return t(language, "alerts.whose_ticket")
    if len(numbers) == 1:
        return t(language, "alerts.whose_one", first=numbers[0])
    if len(numbers) == 2:
        return t(language, "alerts.whose_two", first=numbers[0], second=numbers[1])
    return t(language, "alerts.whose_any")


def _chips_for(language: Language, number: str) -> tuple[QuickReply, ...]:
    return (
        chip(t(language, "alerts.chip_full"), PnrStatus(pnr=number)),
        chip(t(language, "alerts.chip_mine"), AlertList()),
        chip(t(language, "alerts.chip_stop"), AlertStop(pnr=number)),
    )


def _limit_reply(ctx: Context, subs: list[Subscription], number: str) -> Reply:
    lang = ctx.language
    text = lines(
        t(lang, "alerts.limit", most=ALERTS_MAX_PER_USER, count=len(subs)),
        *(entry_line(lang, sub, ctx.today) for sub in subs),
        t(lang, "alerts.limit_then", pnr=number),
    )
    return Reply(text=text, quick_replies=_stop_chips(lang, subs))


def _stop_chips(language: Language, subs: list[Subscription]) -> tuple[QuickReply, ...]:
    chips = [
        chip(t(language, "alerts.chip_stop_one", pnr=sub.pnr), AlertStop(pnr=sub.pnr))
        for sub in subs
    ]
    if len(subs) > 1:
        chips.append(chip(t(language, "alerts.chip_stop_all"), AlertStop(everything=True)))
    return tuple(chips[:13])


# --- list and stop -----------------------------------------------------------------------------


async def list_alerts(ctx: Context, request: AlertList) -> Outcome:
    lang = ctx.language
    book = _book(ctx)
    if book is None:
        return say(Reply(text=t(lang, "alerts.not_available")))
    subs = await book.all_of(ctx.user_id)
    if not subs:
        last = await book.last_pnr(ctx.user_id) if ctx.reachable_later else None
        offer = (chip(t(lang, "alerts.chip_track", pnr=last), TrackPnr(pnr=last)),) if last else ()
        return say(Reply(text=t(lang, "alerts.none"), quick_replies=offer))
    text = lines(
        nt(lang, "alerts.listing", len(subs), count=len(subs)),
        *(entry_line(lang, sub, ctx.today) for sub in subs),
        t(lang, "alerts.when"),
    )
    return say(Reply(text=text, quick_replies=_stop_chips(lang, subs), shows_card=True))


async def stop(ctx: Context, request: AlertStop) -> Outcome:
    """Stop one PNR's alerts, or all; with several and none named, ask which."""
    lang = ctx.language
    book = _book(ctx)
    if book is None:
        return say(Reply(text=t(lang, "alerts.not_available")))
    number = request.pnr
    if number is not None:
        if await book.remove(ctx.user_id, number):
            return say(_stopped(lang, [number], await book.all_of(ctx.user_id)))
        subs = await book.all_of(ctx.user_id)
        text = t(lang, "alerts.not_tracking", pnr=number)
        if subs:
            entries = (entry_line(lang, sub, ctx.today) for sub in subs)
            text = lines(text, t(lang, "alerts.yours"), *entries)
        return say(Reply(text=text, quick_replies=_stop_chips(lang, subs)))
    if request.everything:
        stopped = await book.remove_all(ctx.user_id)
        if not stopped:
            return say(Reply(text=t(lang, "alerts.none_to_stop")))
        return say(_stopped(lang, stopped, []))
    subs = await book.all_of(ctx.user_id)
    if not subs:
        return say(Reply(text=t(lang, "alerts.none_to_stop")))
    if len(subs) == 1:
        await book.remove(ctx.user_id, subs[0].pnr)
        return say(_stopped(lang, [subs[0].pnr], []))
    raise ask(
        request,
        "pnr",
        lines(t(lang, "alerts.which_stop"), *(entry_line(lang, s, ctx.today) for s in subs)),
        _stop_chips(lang, subs),
        options=[sub.pnr for sub in subs],
    )


def _stopped(language: Language, pnrs: list[str], left: list[Subscription]) -> Reply:
    again: tuple[QuickReply, ...] = ()
    if len(pnrs) == 1:
        text = t(language, "alerts.stopped_one", pnr=pnrs[0])
        again = (chip(t(language, "alerts.chip_again"), TrackPnr(pnr=pnrs[0])),)
    else:
        text = t(language, "alerts.stopped_all", count=len(pnrs))
    if left:
        text = " ".join((text, nt(language, "alerts.still", len(left), count=len(left))))
        mine = chip(t(language, "alerts.chip_mine"), AlertList())
        return Reply(text=text, quick_replies=(*again, mine))
    return Reply(text=text, quick_replies=again)


# --- beside other handlers ---------------------------------------------------------------------


def remembering(handler: Handler[PnrStatus]) -> Handler[PnrStatus]:
    """`handler` (PNR status), remembering a PNR it offered to track for "track my pnr"."""

    async def answer(ctx: Context, request: PnrStatus) -> Outcome:
        outcome = await handler(ctx, request)
        number = request.pnr
        book = _book(ctx)
        if number is not None and book is not None:
            offered = {q.payload for reply in outcome.replies for q in reply.quick_replies}
            if TrackPnr(pnr=number).pack() in offered:
                await book.remember_pnr(ctx.user_id, number)
        return outcome

    return answer


def stopping_alerts(reset: Handler[Reset]) -> Handler[Reset]:
    """`reset`, except that "stop" (or "cancel") with no question pending stops alerts, when
    the user has any: that is what a traveller means, replying to an alert."""

    async def answer(ctx: Context, request: Reset) -> Outcome:
        book = _book(ctx)
        if request.pending or not request.stops_alerts or book is None:
            return await reset(ctx, request)
        if not await book.all_of(ctx.user_id):
            return await reset(ctx, request)
        return await stop(ctx, AlertStop())

    return answer
