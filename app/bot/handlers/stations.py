"""Stations by name (best match with its code, and other candidates) and by code (name, state,
zone). The station index answers first; the provider only for what the index does not know."""

from __future__ import annotations

from app.bot import payloads
from app.bot.format import chip, lines, proper, source_note
from app.bot.handlers.common import (
    Context,
    Outcome,
    Slots,
    ask,
    error_text,
    say,
    station_candidates,
    station_name,
    text_slot,
)
from app.bot.replies import QuickReply, Reply
from app.bot.understanding import Intent
from app.errors import InvalidArgument, NotFound, RailwayError
from app.railways.models import Station
from app.railways.vocabulary import is_renamed_station_code

ASK_STATION = "Which station? Type its name (like Howrah) or its code (like HWH)."
MAX_OTHERS = 4


async def station_by_name(ctx: Context, slots: Slots) -> Outcome:
    name = text_slot(slots, "name")
    codes = station_candidates(slots, "code") or station_candidates(slots, "station")
    if not codes and name:
        codes = [match.station.code for match in ctx.index.search(name, limit=MAX_OTHERS + 1)]
    if not codes and name:
        try:
            found = await ctx.provider.station_by_name(name)
        except (NotFound, InvalidArgument):
            found = None
        except RailwayError as exc:
            return say(Reply(text=error_text(exc)))
        if found is not None:
            codes = [station.code for station in found.data]
            if found.data:
                return _describe(found.data[0], codes[1:], ctx, note=source_note(found, ctx.now))
    if not codes:
        if not name:
            raise ask(Intent.STATION_BY_NAME, slots, "code", ASK_STATION)
        return say(
            Reply(
                text=(
                    f"I couldn't find a station called “{name[:40]}”. "
                    "Try another spelling, or its code."
                )
            )
        )
    best = ctx.index.get(codes[0]) or Station(code=codes[0], name=codes[0])
    return _describe(best, codes[1:], ctx)


async def station_by_code(ctx: Context, slots: Slots) -> Outcome:
    codes = station_candidates(slots, "code") or station_candidates(slots, "station")
    if not codes:
        raise ask(Intent.STATION_BY_CODE, slots, "code", ASK_STATION)
    code = codes[0]
    asked = (text_slot(slots, "code") or "").upper()
    renamed = ""
    if is_renamed_station_code(asked):
        renamed = f"{asked} is the old code; it is now {code}."
    station = ctx.index.get(code)
    note = ""
    if station is None:
        try:
            found = await ctx.provider.station_by_code(code)
        except (NotFound, InvalidArgument):
            text = f"No station has the code {code}. Try the station's name instead."
            return say(Reply(text=text))
        except RailwayError as exc:
            return say(Reply(text=error_text(exc)))
        station, note = found.data, source_note(found, ctx.now)
    return _describe(station, codes[1:], ctx, note=note, lead=renamed, by_code=True)


def _describe(
    station: Station,
    others: list[str],
    ctx: Context,
    *,
    note: str = "",
    lead: str = "",
    by_code: bool = False,
) -> Outcome:
    name = proper(station.name) or station.code
    title = f"🚉 {station.code} is {name}" if by_code else f"🚉 {name}: code {station.code}"
    place = " · ".join(part for part in (proper(station.state or ""), _zone(station.zone)) if part)
    others = [code for code in others if code != station.code][:MAX_OTHERS]
    other_text = (
        "Also: " + ", ".join(f"{station_name(ctx.index, code)} ({code})" for code in others)
        if others
        else ""
    )
    text = lines(
        lead,
        title,
        place,
        other_text,
        note,
    )
    quick: list[QuickReply] = [
        chip(f"Trains at {station.code}", payloads.departures(station.code, 4))
    ]
    quick.extend(
        chip(f"{code} {station_name(ctx.index, code)}", payloads.station(code)) for code in others
    )
    return say(Reply(text=text, quick_replies=tuple(quick)))


def _zone(zone: str | None) -> str:
    return f"{zone.strip().upper()} zone" if zone and zone.strip() else ""
