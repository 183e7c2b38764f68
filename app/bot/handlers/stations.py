"""Stations by name (best match with its code, and other candidates) and by code (name, state,
zone). The station index answers first; the provider only for what the index does not know."""

from __future__ import annotations

from app.bot.format import chips, lines, proper, source_note, station_name
from app.bot.handlers.asking import ask
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.railway_errors import error_text
from app.bot.replies import QuickReply, Reply
from app.bot.requests import Departures, StationByCode, StationByName
from app.errors import InvalidArgument, NotFound, RailwayError
from app.railways.models import Station

ASK_STATION = "Which station? Type its name (like Howrah) or its code (like HWH)."
MAX_OTHERS = 4


async def station_by_name(ctx: Context, request: StationByName) -> Outcome:
    name = request.name
    codes: list[str] = list(request.code)
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
            raise ask(request, "code", ASK_STATION)
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


async def station_by_code(ctx: Context, request: StationByCode) -> Outcome:
    codes = request.code
    if not codes:
        raise ask(request, "code", ASK_STATION)
    code = codes[0]
    old = request.renamed_from
    renamed = f"{old} is the old code; it is now {code}." if old else ""
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
    return _describe(station, list(codes[1:]), ctx, note=note, lead=renamed, by_code=True)


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
    quick: list[QuickReply] = chips(
        [
            (f"Trains at {station.code}", Departures(station=station.code)),
            *(
                (f"{code} {station_name(ctx.index, code)}", StationByCode(code=code))
                for code in others
            ),
        ]
    )
    return say(Reply(text=text, quick_replies=tuple(quick)))


def _zone(zone: str | None) -> str:
    return f"{zone.strip().upper()} zone" if zone and zone.strip() else ""
