"""Stations by name (best match with its code, and other candidates) and by code (name, state,
zone). The station index answers first; the provider only for what the index does not know."""

from __future__ import annotations

import re
from typing import Final

from app.bot.format import (
    chips,
    index_note,
    lines,
    proper,
    source_note,
    spoken_name,
    station_name,
)
from app.bot.handlers.asking import ask
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.railway_errors import error_text
from app.bot.replies import QuickReply, Reply
from app.bot.requests import Departures, StationByCode, StationByName
from app.bot.state import Subject
from app.errors import InvalidArgument, NotFound, RailwayError
from app.i18n import N_, t
from app.i18n.language import Language
from app.railways.models import Station

# The states and union territories a station is in, by their keys in the catalog: a Hindi reader
# is told "पश्चिम बंगाल", not "West Bengal". A key is the English name, lower case, joined by `_`.
_STATES: Final = frozenset(
    {
        N_("state.andhra_pradesh"),
        N_("state.arunachal_pradesh"),
        N_("state.assam"),
        N_("state.bihar"),
        N_("state.chhattisgarh"),
        N_("state.goa"),
        N_("state.gujarat"),
        N_("state.haryana"),
        N_("state.himachal_pradesh"),
        N_("state.jharkhand"),
        N_("state.karnataka"),
        N_("state.kerala"),
        N_("state.madhya_pradesh"),
        N_("state.maharashtra"),
        N_("state.manipur"),
        N_("state.meghalaya"),
        N_("state.mizoram"),
        N_("state.nagaland"),
        N_("state.odisha"),
        N_("state.punjab"),
        N_("state.rajasthan"),
        N_("state.sikkim"),
        N_("state.tamil_nadu"),
        N_("state.telangana"),
        N_("state.tripura"),
        N_("state.uttar_pradesh"),
        N_("state.uttarakhand"),
        N_("state.west_bengal"),
        N_("state.andaman_and_nicobar_islands"),
        N_("state.chandigarh"),
        N_("state.dadra_and_nagar_haveli_and_daman_and_diu"),
        N_("state.delhi"),
        N_("state.jammu_and_kashmir"),
        N_("state.ladakh"),
        N_("state.lakshadweep"),
        N_("state.puducherry"),
    }
)
# Older or other spellings the railway's data may give.
_STATE_SPELLINGS: Final = {
    "orissa": "odisha",
    "pondicherry": "puducherry",
    "uttaranchal": "uttarakhand",
    "nct_of_delhi": "delhi",
    "jammu_kashmir": "jammu_and_kashmir",
}

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
            return say(Reply(text=error_text(ctx.language, exc)))
        if found is not None:
            codes = [station.code for station in found.data]
            if found.data:
                return _describe(
                    found.data[0], codes[1:], ctx, note=source_note(ctx.language, found, ctx.now)
                )
    if not codes:
        if not name:
            if request.near_you:  # "nearest railway station": their location or their town
                raise ask(request, "code", t(ctx.language, "location.ask"))
            raise ask(request, "code", t(ctx.language, "stations.ask"))
        return say(Reply(text=t(ctx.language, "stations.not_found", name=name[:40])))
    best = ctx.index.get(codes[0]) or Station(code=codes[0], name=codes[0])
    return _describe(best, codes[1:], ctx, note=_indexed(ctx, best.code))


async def station_by_code(ctx: Context, request: StationByCode) -> Outcome:
    codes = request.code
    if not codes:
        raise ask(request, "code", t(ctx.language, "stations.ask"))
    code = codes[0]
    old = request.renamed_from
    renamed = t(ctx.language, "stations.renamed", old=old, code=code) if old else ""
    station = ctx.index.get(code)
    note = _indexed(ctx, code)
    if station is None:
        try:
            found = await ctx.provider.station_by_code(code)
        except (NotFound, InvalidArgument):
            text = t(ctx.language, "stations.no_code", code=code)
            return say(Reply(text=text))
        except RailwayError as exc:
            return say(Reply(text=error_text(ctx.language, exc)))
        station, note = found.data, source_note(ctx.language, found, ctx.now)
    return _describe(station, list(codes[1:]), ctx, note=note, lead=renamed, by_code=True)


def _indexed(ctx: Context, code: str) -> str:
    """The source line of a station the index answers: where the index has it from."""
    return index_note(ctx.language, ctx.index.source_of(code), ctx.now)


def _describe(
    station: Station,
    others: list[str],
    ctx: Context,
    *,
    note: str = "",
    lead: str = "",
    by_code: bool = False,
) -> Outcome:
    lang = ctx.language
    name = spoken_name(station)
    heading = N_("stations.is") if by_code else N_("stations.code_of")
    title = t(lang, heading, code=station.code, name=name)
    zone = _zone(lang, station.zone)
    place = " · ".join(part for part in (_state(lang, station.state), zone) if part)
    others = [code for code in others if code != station.code][:MAX_OTHERS]
    also = ", ".join(f"{station_name(ctx.index, code)} ({code})" for code in others)
    other_text = t(lang, "stations.also", stations=also) if others else ""
    text = lines(
        lead,
        title,
        place,
        other_text,
        note,
    )
    quick: list[QuickReply] = chips(
        [
            (t(lang, "chip.trains_at", code=station.code), Departures(station=station.code)),
            *(
                (f"{code} {station_name(ctx.index, code)}", StationByCode(code=code))
                for code in others
            ),
        ]
    )
    # The station shown is the subject ("trains from there to Delhi"), even when the name
    # had other candidates.
    shown = Subject(request=StationByCode(code=station.code), station=station.code)
    return say(Reply(text=text, quick_replies=tuple(quick), shows_card=True)).about(shown)


def _state(language: Language, state: str | None) -> str:
    """The state as the language names it (`West Bengal` / `पश्चिम बंगाल`), else as given."""
    name = proper(state or "")
    slug = re.sub(r"[^a-z]+", "_", name.lower()).strip("_")
    key = f"state.{_STATE_SPELLINGS.get(slug, slug)}"
    return t(language, key) if key in _STATES else name


def _zone(language: Language, zone: str | None) -> str:
    return t(language, "stations.zone", zone=zone.strip().upper()) if zone and zone.strip() else ""
