"""PNR status: the journey, the chart and one line per passenger, with tracking and live status."""

from __future__ import annotations

import datetime as dt
import re

from app.bot.format import (
    chip,
    chips,
    clock_time,
    day_date,
    lines,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.asking import ask
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.railway_errors import PNR_NOT_FOUND, error_text, retry_chips
from app.bot.replies import Reply
from app.bot.requests import LiveStatus, PnrStatus, TrackPnr
from app.errors import InvalidPnr, NotFound, RailwayError
from app.railways import models
from app.railways.models import Passenger, StatusKind
from app.railways.status import describe_status

ASK_PNR = "Send me your 10-digit PNR number (top left of your ticket), like 4512345678."

_DIGIT_RUN = re.compile(r"\d(?:[\d -]*\d)?")


def wrong_length_number(text: str) -> str | None:
    """The longest number in `text` when it is not 10 digits long (a mistyped PNR)."""
    runs = ["".join(ch for ch in run if ch.isdigit()) for run in _DIGIT_RUN.findall(text)]
    if not runs:
        return None
    longest = max(runs, key=len)
    return longest if len(longest) != 10 and len(longest) >= 3 else None


async def pnr_status(ctx: Context, request: PnrStatus) -> Outcome:
    number = request.pnr
    if number is None:
        wrong = wrong_length_number(ctx.text)
        lead = f"{wrong} has {len(wrong)} digits, but a PNR has 10." if wrong else ""
        raise ask(request, "pnr", lines(lead, ASK_PNR))
    try:
        answer = await ctx.provider.pnr_status(number)
    except (InvalidPnr, NotFound):
        return say(Reply(text=PNR_NOT_FOUND))
    except RailwayError as exc:
        return say(Reply(text=error_text(exc), quick_replies=retry_chips(request, exc)))
    status = answer.data
    text = lines(
        f"🎫 PNR {number}",
        f"🚆 {train_label(status.train)}",
        _journey_line(status, ctx.today),
        _stations_line(status),
        _chart_line(status),
        *(_passenger_line(passenger) for passenger in status.passengers),
        source_note(answer, ctx.now, timely=True),
    )
    quick = [chip("Refresh", request)]
    if status.journey_date >= ctx.today - dt.timedelta(days=1) and not status.train_cancelled:
        quick.insert(0, chip("Track this PNR", TrackPnr(pnr=number)))
    if abs((status.journey_date - ctx.today).days) <= 2 and not status.train_cancelled:
        boarding = (status.boarding or status.from_station).code
        live = LiveStatus(train=status.train.number, date=status.journey_date, boarding=boarding)
        quick[1:1] = chips([("Live status", live)])
    return say(Reply(text=text, quick_replies=tuple(quick)))


def _journey_line(status: models.PnrStatus, today: dt.date) -> str:
    when = f"📅 {day_date(status.journey_date, today)}"
    if status.departure is not None:
        when += f", departs {clock_time(status.departure)}"
    return when


def _stations_line(status: models.PnrStatus) -> str:
    start = status.boarding or status.from_station
    end = status.upto or status.to_station
    text = f"{station_label(start)} → {station_label(end)}"
    return f"{text} · {status.journey_class}" if status.journey_class else text


def _chart_line(status: models.PnrStatus) -> str:
    if status.train_cancelled:
        return "❌ The train is cancelled."
    return "Chart prepared ✅" if status.chart_prepared else "Chart not prepared yet"


def _passenger_line(passenger: Passenger) -> str:
    current = describe_status(passenger.current)
    booked = describe_status(passenger.booking)
    if passenger.current.kind is StatusKind.UNKNOWN and not passenger.current.raw.strip():
        current = booked
    line = f"P{passenger.number} {current}"
    return line if booked == current else f"{line} · booked {booked}"
