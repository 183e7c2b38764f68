"""A shared location: the nearest stations, with their distances and a departures button each,
and where the station index has them from."""

from __future__ import annotations

import math

from app.bot.format import chips, index_note, lines, station_label
from app.bot.handlers.context import Context, Outcome, say
from app.bot.replies import Reply
from app.bot.requests import Departures, NearestStations, StationByCode
from app.bot.state import Subject
from app.i18n import formats, t
from app.i18n.language import Language

NEAREST = 3
FAR_KM = 50.0


async def nearest_stations(ctx: Context, location: NearestStations) -> Outcome:
    if not (math.isfinite(location.lat) and math.isfinite(location.lng)) or not (
        -90 <= location.lat <= 90 and -180 <= location.lng <= 180
    ):
        return say(Reply(text=t(ctx.language, "location.bad")))
    lang = ctx.language
    found = ctx.index.nearest(location.lat, location.lng, limit=NEAREST)
    if not found:
        return say(Reply(text=t(lang, "location.none")))
    rows = [
        f"{n}. {station_label(station)}: {_distance(lang, km)}"
        for n, (station, km) in enumerate(found, 1)
    ]
    far = t(lang, "location.far") if found[0][1] > FAR_KM else ""
    # where the index has the stations from, as every station answer of the index says it
    note = index_note(lang, ctx.index.source_of(found[0][0].code), ctx.now)
    text = lines(t(lang, "location.nearest"), *rows, far, note)
    offers = (
        (t(lang, "chip.trains_at", code=station.code), Departures(station=station.code))
        for station, _ in found
    )
    # The nearest station is the place in hand, as if looked up by its code: "trains from
    # there", "yahan se mysore" and "how long to agra" next start from it.
    shown = Subject.of(StationByCode(code=(found[0][0].code,)))
    return say(Reply(text=text, quick_replies=tuple(chips(offers)), shows_card=True)).about(shown)


def _distance(language: Language, km: float) -> str:
    """`282 m`, `2.5 km`, `1,613.1 km` (Indian digit grouping, as every number the bot says)."""
    if km < 1:
        return t(language, "location.metres", metres=formats.number(language, round(km * 1000)))
    return t(language, "location.km", km=formats.number(language, round(km, 1)))
