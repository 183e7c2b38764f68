"""Whether a provider's trains between two places go between the places asked.

A provider may answer a trains-between question with trains of another journey: a stale or
wrong recording, or a city search that widened past the asked cities (RailRadar's `byCity`).
A train is another journey's when neither end it is listed with is an asked place: the station
it is listed from is not the asked origin nor a station of the origin's city, and the station it
is listed to is not the destination nor one of its city's. One end at an asked place is kept: a
city-wide search lists a train from where it is boarded nearest (RailRadar's own documented
answer for New Delhi → Mumbai Central lists 22946 from Vapi to Borivali), and the traveller sees
both ends in the list.
A city is the station index's grouping (`StationIndex.same_city`), or the city the provider
itself names for the station when that is the asked station's city by name (a suburb the
index does not group). The trains listed carry no stop list, so the ends are all there is
to check.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.railways.models import Station, TrainBetween
from app.railways.stations import StationIndex, normalize_name
from app.railways.vocabulary import current_station_code


def journey_trains(
    index: StationIndex, trains: Sequence[TrainBetween], from_code: str, to_code: str
) -> list[TrainBetween]:
    """The trains of `trains` listed from the asked origin's place or to the destination's."""
    return [
        item
        for item in trains
        if _at(index, item.from_station, from_code) or _at(index, item.to_station, to_code)
    ]


def _at(index: StationIndex, station: Station, asked: str) -> bool:
    """Whether `station` is the asked station, or one of its city's."""
    code = current_station_code(station.code.strip().upper())
    wanted = current_station_code(asked.strip().upper())
    if code in index.same_city(wanted):
        return True
    city = index.city_name(wanted)
    return bool(city and station.city and normalize_name(station.city) == normalize_name(city))
