"""PNR alerts in the conversation: subscribe ("alert 4512345678", "track my pnr", the Track this
PNR button), list ("my alerts") and stop ("stop 4512345678", "stop all"); plain "stop" when no
question is pending stops them too."""

from __future__ import annotations

import datetime as dt
import random

from app.bot.alerts.changes import entry_line, status_summary
from app.bot.alerts.schedule import next_poll_at
from app.bot.alerts.subscriptions import AlertBook, Baseline, Subscription
from app.bot.format import chip, day_date, lines, train_label
from app.bot.handlers.asking import ask
from app.bot.handlers.context import Context, Handler, Outcome, say
from app.bot.handlers.pnr import wrong_length_number
from app.bot.handlers.railway_errors import PNR_NOT_FOUND, error_text, retry_chips
from app.bot.replies import QuickReply, Reply
from app.bot.requests import AlertList, AlertStop, AlertSubscribe, PnrStatus, Reset, TrackPnr
from app.bot.understanding.lexicon import STOP_ALERT_PHRASES
from app.bot.understanding.text import normal
from app.constants import ALERTS_MAX_PER_USER
from app.errors import InvalidPnr, NotFound, RailwayError

ASK_PNR = "Which PNR should I track? Send its 10 digits (top left of your ticket), like 4512345678."
NO_ALERTS = (
    "You have no PNR alerts. Send “alert” with your PNR, like “alert 4512345678”, and I'll "
    "message you when its status changes."
)
NOT_AVAILABLE = "PNR alerts aren't available here, sorry. Ask me for the PNR any time instead."


def _book(ctx: Context) -> AlertBook | None:
    return AlertBook(ctx.store) if ctx.store is not None else None


# --- subscribe ---------------------------------------------------------------------------------


async def subscribe(ctx: Context, request: AlertSubscribe | TrackPnr) -> Outcome:
    """Alerts for a PNR: the one named, else the one just looked up, else ask which."""
    book = _book(ctx)
    if book is None:
        return say(Reply(text=NOT_AVAILABLE))
    number = request.pnr or await book.last_pnr(ctx.user_id)
    if number is None:
        wrong = wrong_length_number(ctx.text)
        lead = f"{wrong} has {len(wrong)} digits, but a PNR has 10." if wrong else ""
        raise ask(AlertSubscribe(), "pnr", lines(lead, ASK_PNR))
    subs = await book.all_of(ctx.user_id)
    for sub in subs:
        if sub.pnr == number:
            if not await book.is_scheduled(ctx.user_id, number):
                await book.schedule(ctx.user_id, number, _next_poll(ctx, sub.baseline))
            text = (
                f"You're already getting alerts for PNR {number} "
                f"({sub.train}, {day_date(sub.journey_date, ctx.today)})."
            )
            return say(Reply(text=text, quick_replies=_chips_for(number)))
    if len(subs) >= ALERTS_MAX_PER_USER:
        return say(_limit_reply(ctx, subs, number))
    try:
        answer = await ctx.provider.pnr_status(number)
    except (InvalidPnr, NotFound):
        return say(Reply(text=PNR_NOT_FOUND))
    except RailwayError as exc:
        chips = retry_chips(TrackPnr(pnr=number), exc)
        return say(Reply(text=error_text(exc), quick_replies=chips))
    status = answer.data
    train = train_label(status.train)
    when = day_date(status.journey_date, ctx.today)
    if status.train_cancelled:
        text = (
            f"The train of PNR {number} ({train}, {when}) is cancelled: there's nothing to track."
        )
        return say(Reply(text=text, quick_replies=(chip("Full status", PnrStatus(pnr=number)),)))
    if status.journey_date < ctx.today:
        text = f"PNR {number}'s journey date ({when}) has passed: there's nothing to track."
        return say(Reply(text=text))
    baseline = Baseline.of(status)
    sub = Subscription(pnr=number, train=train, created_at=ctx.now.timestamp(), baseline=baseline)
    await book.add(ctx.user_id, sub, _next_poll(ctx, baseline))
    promise = f"I'll message you when {_whose(baseline)} status changes"
    if baseline.chart_prepared:
        promise += " or if the train is cancelled."
    else:
        promise += ", when the chart is prepared or if the train is cancelled."
    text = lines(
        f"🔔 Alerts on for PNR {number} ({train}, {when}).",
        promise,
        status_summary(baseline),
    )
    return say(Reply(text=text, quick_replies=_chips_for(number)))


def _next_poll(ctx: Context, baseline: Baseline) -> float:
    tz = ctx.now.tzinfo or dt.UTC  # the railway's zone: `now` is always aware
    return next_poll_at(ctx.now.timestamp(), baseline, tz, random.random)


def _whose(baseline: Baseline) -> str:
    numbers = sorted(baseline.passengers)
    if not numbers:
        return "the ticket's"
    if len(numbers) == 1:
        return f"P{numbers[0]}'s"
    if len(numbers) == 2:
        return f"P{numbers[0]}'s or P{numbers[1]}'s"
    return "any passenger's"


def _chips_for(number: str) -> tuple[QuickReply, ...]:
    return (
        chip("Full status", PnrStatus(pnr=number)),
        chip("My alerts", AlertList()),
        chip("Stop alerts", AlertStop(pnr=number)),
    )


def _limit_reply(ctx: Context, subs: list[Subscription], number: str) -> Reply:
    text = lines(
        f"Sorry, I can follow at most {ALERTS_MAX_PER_USER} PNRs for you, and you have "
        f"{len(subs)}:",
        *(entry_line(sub, ctx.today) for sub in subs),
        f"Stop one of them, then ask again to track {number}.",
    )
    return Reply(text=text, quick_replies=_stop_chips(subs))


def _stop_chips(subs: list[Subscription]) -> tuple[QuickReply, ...]:
    chips = [chip(f"Stop {sub.pnr}", AlertStop(pnr=sub.pnr)) for sub in subs]
    if len(subs) > 1:
        chips.append(chip("Stop all", AlertStop(everything=True)))
    return tuple(chips[:13])


# --- list and stop -----------------------------------------------------------------------------


async def list_alerts(ctx: Context, request: AlertList) -> Outcome:
    book = _book(ctx)
    if book is None:
        return say(Reply(text=NOT_AVAILABLE))
    subs = await book.all_of(ctx.user_id)
    if not subs:
        last = await book.last_pnr(ctx.user_id)
        offer = (chip(f"Track {last}", TrackPnr(pnr=last)),) if last else ()
        return say(Reply(text=NO_ALERTS, quick_replies=offer))
    count = f"{len(subs)} PNR{'s' if len(subs) > 1 else ''}"
    text = lines(
        f"🔔 You're getting alerts for {count}:",
        *(entry_line(sub, ctx.today) for sub in subs),
        "I message you when a status changes, the chart is prepared or a train is cancelled.",
    )
    return say(Reply(text=text, quick_replies=_stop_chips(subs)))


async def stop(ctx: Context, request: AlertStop) -> Outcome:
    """Stop one PNR's alerts, or all; with several and none named, ask which."""
    book = _book(ctx)
    if book is None:
        return say(Reply(text=NOT_AVAILABLE))
    number = request.pnr
    if number is not None:
        if await book.remove(ctx.user_id, number):
            return say(_stopped([number], await book.all_of(ctx.user_id)))
        subs = await book.all_of(ctx.user_id)
        text = f"You weren't getting alerts for PNR {number}."
        if subs:
            text = lines(text, "Your alerts:", *(entry_line(sub, ctx.today) for sub in subs))
        return say(Reply(text=text, quick_replies=_stop_chips(subs)))
    if request.everything:
        stopped = await book.remove_all(ctx.user_id)
        if not stopped:
            return say(Reply(text="You have no PNR alerts to stop."))
        return say(_stopped(stopped, []))
    subs = await book.all_of(ctx.user_id)
    if not subs:
        return say(Reply(text="You have no PNR alerts to stop."))
    if len(subs) == 1:
        await book.remove(ctx.user_id, subs[0].pnr)
        return say(_stopped([subs[0].pnr], []))
    raise ask(
        request,
        "pnr",
        lines("Which PNR's alerts should I stop?", *(entry_line(s, ctx.today) for s in subs)),
        _stop_chips(subs),
        options=[sub.pnr for sub in subs],
    )


def _stopped(pnrs: list[str], left: list[Subscription]) -> Reply:
    again: tuple[QuickReply, ...] = ()
    if len(pnrs) == 1:
        text = f"🔕 Stopped alerts for PNR {pnrs[0]}."
        again = (chip("Track again", TrackPnr(pnr=pnrs[0])),)
    else:
        text = f"🔕 Stopped alerts for all {len(pnrs)} of your PNRs."
    if left:
        text += f" You still have {len(left)} more."
        return Reply(text=text, quick_replies=(*again, chip("My alerts", AlertList())))
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
        if request.pending or normal(ctx.text) not in STOP_ALERT_PHRASES or book is None:
            return await reset(ctx, request)
        if not await book.all_of(ctx.user_id):
            return await reset(ctx, request)
        return await stop(ctx, AlertStop())

    return answer
