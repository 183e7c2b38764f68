"""Trains cancelled or rescheduled on a date, a page at a time, or "none reported"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from app.bot.format import (
    chip,
    clock_time,
    day_date,
    delay,
    fit,
    lines,
    relative_day,
    source_note,
    train_label,
)
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.paging import Page
from app.bot.handlers.railway_errors import error_text, retry_chips
from app.bot.replies import QuickReply, Reply
from app.bot.requests import CancelledTrains, RescheduledTrains
from app.errors import NotFound, RailwayError
from app.railways.models import CancelledTrain, RescheduledTrain, Sourced, Station

PAGE_SIZE = 10


async def cancelled_trains(ctx: Context, request: CancelledTrains) -> Outcome:
    day = request.date or ctx.today
    offset = request.offset
    try:
        answer: Sourced[list[CancelledTrain]] = await ctx.provider.cancelled_trains(day)
    except NotFound:
        answer = _nothing(ctx)
    except RailwayError as exc:
        retry = CancelledTrains(date=day, offset=offset)
        return say(Reply(text=error_text(exc), quick_replies=retry_chips(retry, exc)))
    return _listing(
        ctx,
        answer,
        day,
        offset,
        title="❌ Cancelled trains",
        none="No cancelled trains reported",
        line=_cancelled_line,
        page=CancelledTrains,
        other=("Rescheduled", RescheduledTrains(date=day)),
    )


async def rescheduled_trains(ctx: Context, request: RescheduledTrains) -> Outcome:
    day = request.date or ctx.today
    offset = request.offset
    try:
        answer: Sourced[list[RescheduledTrain]] = await ctx.provider.rescheduled_trains(day)
    except NotFound:
        answer = _nothing(ctx)
    except RailwayError as exc:
        retry = RescheduledTrains(date=day, offset=offset)
        return say(Reply(text=error_text(exc), quick_replies=retry_chips(retry, exc)))
    return _listing(
        ctx,
        answer,
        day,
        offset,
        title="🕒 Rescheduled trains",
        none="No rescheduled trains reported",
        line=lambda train: _rescheduled_line(train, ctx.today),
        page=RescheduledTrains,
        other=("Cancelled", CancelledTrains(date=day)),
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
    other: tuple[str, CancelledTrains | RescheduledTrains],
) -> Outcome:
    items: Sequence[Any] = answer.data
    when = relative_day(day, ctx.today).lower()
    when = when if when in {"today", "tomorrow", "yesterday"} else f"on {day_date(day, ctx.today)}"
    other_chip = chip(f"{other[0]} {when}" if len(when) <= 8 else other[0], other[1])
    quick: list[QuickReply] = []
    if not items:
        text = lines(f"{none} {when}.", source_note(answer, ctx.now, timely=True))
        quick = [other_chip]
        if day == ctx.today:
            quick.append(chip("Tomorrow", page(date=day + dt.timedelta(days=1))))
        return say(Reply(text=text, quick_replies=tuple(quick)))
    shown = Page.of(len(items), offset, PAGE_SIZE)
    text = fit(
        lines(
            f"{title} {when}: {shown.label}",
            *(f"• {line(item)}" for item in items[shown.start : shown.end]),
            source_note(answer, ctx.now, timely=True),
        )
    )
    if shown.more:
        quick.append(chip("More", page(date=day, offset=shown.end)))
    quick.append(other_chip)
    return say(Reply(text=text, quick_replies=tuple(quick)))


def _ends(source: Station | None, destination: Station | None) -> str:
    if source is None or destination is None:
        return ""
    return f" ({source.code} → {destination.code})"


def _cancelled_line(train: CancelledTrain) -> str:
    text = train_label(train.train) + _ends(train.source, train.destination)
    return f"{text}, {train.kind.strip().lower()}" if train.kind and train.kind.strip() else text


def _rescheduled_line(train: RescheduledTrain, today: dt.date) -> str:
    text = train_label(train.train) + _ends(train.source, train.destination)
    details = []
    if train.new_date is not None or train.new_time is not None:
        when = day_date(train.new_date, today) if train.new_date else ""
        if train.new_time is not None:
            when = f"{when} {clock_time(train.new_time)}".strip()
        details.append(f"now leaves {when}")
    if train.delay_min:
        details.append(delay(train.delay_min))
    return f"{text}: {', '.join(details)}" if details else text
