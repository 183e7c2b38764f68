"""A train's halts as short facts, from its timetable, never its whole route again: the halt it
makes next after a station ("bhopal ke baad kaunsa station": Jhansi, with its times) or last
before one ("bhopal se pehle kaunsa station": Jhansi too, on the other way), and how
many stops it makes on a stretch, or end to end ("kitne stops hai": a count)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from app.bot.format import chip, clock_time, lines, source_note, station_label, train_label
from app.bot.handlers.asking import ask, station_chip
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.lookups import station_of
from app.bot.replies import QuickReply, Reply
from app.bot.requests import LiveStatus, TrainFacts, TrainRoute
from app.bot.state import Subject
from app.i18n import N_, nt, t
from app.railways import models
from app.railways.models import RouteStop, Sourced, Station


def next_halt(ctx: Context, request: TrainFacts, answer: Sourced[models.TrainRoute]) -> Outcome:
    """Where the train halts next after the station asked about, or last before it
    (`previous`), and when."""
    lang, route = ctx.language, answer.data
    label, train = train_label(route.train), route.train.number
    stops = list(route.stops)
    keys = _BEFORE if request.fact == "previous" else _AFTER
    quick = [chip(t(lang, "chip.route"), TrainRoute(train=train))]
    if keys is _BEFORE and not request.station and request.origin and not request.destination:
        # "bhopal se pehle": the "se" of "before" (se pehle), not where a journey starts
        request = request.model_copy(update={"station": request.origin, "origin": ()})
    if not request.station:
        # "which station comes next?" with no station in hand: after which, its halts to tap
        ends = stops[1:] if keys is _BEFORE else stops[:-1]
        halts = [stop for stop in ends if stop.is_halt]
        chips_ = [station_chip(ctx.index, "station", stop.station.code) for stop in halts]
        raise ask(request.with_slots({"train": train}), "station",
                  t(lang, keys.where, train=label), chips_)  # fmt: skip
    at = halt_at(stops, request.station)
    if at is None:
        asked = _label(ctx, station_of(ctx.index, request.station[0]))
        text = lines(t(lang, keys.off_route, train=label, station=asked), _note(ctx, answer))
        return say(Reply(text=text, quick_replies=tuple(quick))).about(_shown(request, train))
    there = _label(ctx, at.station)
    beyond = stops[: stops.index(at)][::-1] if keys is _BEFORE else stops[stops.index(at) + 1 :]
    neighbour = next((stop for stop in beyond if stop.is_halt), None)
    if neighbour is None:
        text = lines(t(lang, keys.none, train=label, station=there), _note(ctx, answer))
        shown = _shown(request, train, station=at.station.code)
        return say(Reply(text=text, quick_replies=tuple(quick))).about(shown)
    values = {
        "train": label,
        "after": there,
        "before": there,
        "station": _label(ctx, neighbour.station),
        "arrives": clock_time(neighbour.arrival),
        "leaves": clock_time(neighbour.departure),
        "day": neighbour.day,
    }
    text = lines(t(lang, _key(keys, neighbour, stops), **values), _note(ctx, answer))
    here = LiveStatus(train=train, at=(neighbour.station.code,))
    quick.insert(0, chip(t(lang, "chip.live"), here))
    shown = _shown(request, train, station=neighbour.station.code)
    return say(Reply(text=text, quick_replies=tuple(quick))).about(shown)


def _key(keys: _Side, neighbour: RouteStop, stops: list[RouteStop]) -> str:
    """The words for the halt found: an end of the run (the last after, the first before) is
    said to be one."""
    if keys is _AFTER:
        end = neighbour is stops[-1] or neighbour.departure is None
    else:
        end = neighbour is stops[0] or neighbour.arrival is None
    return keys.end if end else keys.stop


@dataclass(frozen=True)
class _Side:
    """The catalog's words for the halt on one side of a station: the halt itself, the halt
    that is an end of the run, no halt on that side, the station not on the route, which?"""

    stop: str
    end: str
    none: str
    off_route: str
    where: str


_AFTER: Final = _Side(
    N_("facts.next"),
    N_("facts.next_last"),
    N_("facts.next_none"),
    N_("facts.next_off_route"),
    N_("facts.next_where"),
)
_BEFORE: Final = _Side(
    N_("facts.previous"),
    N_("facts.previous_first"),
    N_("facts.previous_none"),
    N_("facts.previous_off_route"),
    N_("facts.previous_where"),
)


def stop_count(ctx: Context, request: TrainFacts, answer: Sourced[models.TrainRoute]) -> Outcome:
    """How many stops the train makes between the journey's two stations (or its two ends)."""
    lang, route = ctx.language, answer.data
    label, train = train_label(route.train), route.train.number
    stops = list(route.stops)
    start, end = _stretch(stops, request)
    between = [stop for stop in stops[stops.index(start) + 1 : stops.index(end)] if stop.is_halt]
    whole = start is stops[0] and end is stops[-1]
    values = {
        "train": label,
        "count": len(between),
        "origin": _label(ctx, start.station),
        "destination": _label(ctx, end.station),
    }
    if not between:
        first = t(lang, "facts.stops_none", **values)
    else:
        key = N_("facts.stops_run") if whole else N_("facts.stops")
        first = nt(lang, key, len(between), **values)
    quick: list[QuickReply] = [chip(t(lang, "chip.route"), TrainRoute(train=train))]
    shown = _shown(request, train, origin=start.station.code, destination=end.station.code)
    # A stretch asked about ("stops between Bengaluru and Bhopal"): its stops by name too,
    # when they fit a phone's screen; the whole run's are its route's to show.
    named = " · ".join(station_label(stop.station) for stop in between)
    listed = named if between and not whole and len(between) <= _NAMED_STOPS else ""
    text = lines(first, listed, _note(ctx, answer))
    return say(Reply(text=text, quick_replies=tuple(quick))).about(shown)


# The most stops of a stretch named one by one under their count.
_NAMED_STOPS: Final = 12


def _stretch(stops: list[RouteStop], request: TrainFacts) -> tuple[RouteStop, RouteStop]:
    """The stops of the stretch asked about: from its `from` to its `to` where the train calls
    at both in that order, else from its first stop to its last."""
    start = halt_at(stops, request.origin) if request.origin else None
    end = halt_at(stops, request.destination) if request.destination else None
    start, end = start or stops[0], end or stops[-1]
    if stops.index(end) <= stops.index(start):
        return stops[0], stops[-1]
    return start, end


def halt_at(stops: list[RouteStop], wanted: tuple[str, ...]) -> RouteStop | None:
    """The stop among `wanted` (a city's stations, main first) the train halts at, else one it
    passes; None when it goes by none of them."""
    by_code = {stop.station.code: stop for stop in reversed(stops)}
    on_route = [by_code[code] for code in wanted if code in by_code]
    halts = [stop for stop in on_route if stop.is_halt]
    return next(iter(halts or on_route), None)


def _shown(request: TrainFacts, train: str, **more: object) -> Subject:
    return Subject.of(request.with_slots({"train": train})).model_copy(update=more)


def _label(ctx: Context, station: Station) -> str:
    return station_label(station_of(ctx.index, station.code, station))


def _note(ctx: Context, answer: Sourced[models.TrainRoute]) -> str:
    return source_note(ctx.language, answer, ctx.now)
