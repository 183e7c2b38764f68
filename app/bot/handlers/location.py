"""A shared location: the nearest stations, with their distances and a departures button each."""

from __future__ import annotations

import math

from app.bot.format import chips, lines, station_label
from app.bot.handlers.context import Context, Outcome, say
from app.bot.replies import Reply
from app.bot.requests import Departures, NearestStations

NEAREST = 3
FAR_KM = 50.0


async def nearest_stations(ctx: Context, location: NearestStations) -> Outcome:
    if not (math.isfinite(location.lat) and math.isfinite(location.lng)) or not (
        -90 <= location.lat <= 90 and -180 <= location.lng <= 180
    ):
        return say(Reply(text="That location doesn't look right. Please share it again."))
    found = ctx.index.nearest(location.lat, location.lng, limit=NEAREST)
    if not found:
        return say(Reply(text="I don't know any station near that spot, sorry."))
    rows = [
        f"{n}. {station_label(station)}: {_distance(km)}"
        for n, (station, km) in enumerate(found, 1)
    ]
    far = (
        "They are quite far; there may be no railway close to you." if found[0][1] > FAR_KM else ""
    )
    text = lines("📍 Stations nearest to you:", *rows, far)
    quick = tuple(
        chips(
            (f"Trains at {station.code}", Departures(station=station.code)) for station, _ in found
        )
    )
    return say(Reply(text=text, quick_replies=quick))


def _distance(km: float) -> str:
    return f"{km * 1000:.0f} m" if km < 1 else f"{km:.1f} km"
