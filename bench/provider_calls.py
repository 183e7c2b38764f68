"""`python -m bench.provider_calls`: upstream calls per 1,000 travellers' questions over a simulated
day, through the real cache, single flight and call budget (real Redis), against a fake RailRadar
that counts every call and answers in its recorded shapes.

The day runs on a simulated clock (minutes pass in microseconds); each question makes the provider
calls the bot's handler for it makes (live status: the route, to choose the run, then the run;
a waitlisted PNR: its status, then RailRadar's confirmation estimate; a fare: the route, the run
that day, to say first when it is cancelled, then the fare; seats: the seat calendar, then the
route and the run only when the day asked takes no bookings), in time order, with the alert
poller's background polls interleaved at the times app/bot/alerts/schedule.py gives them. A seat
calendar runs about two weeks from the date asked, each day one of the recorded four (seats,
RAC, a waiting list, regret) by its date; one train in 4 is of a kind whose fares move with
demand (Rajdhani...), the rest priced by the tariff.

The mix (assumptions, not tuned to the result): questions arrive through the day in a traveller's
rhythm (few at night, peaks 07:00-10:00 and 17:00-22:00). Shares: PNR status 32%, live status
22%, trains between 12%, seats 7%, route 6%, departures 6%, fare 5%, station names and codes 4%,
"is 12626 cancelled?" per train 3%, cancelled/rescheduled lists 1%, other (help, alerts list) 2%.
Trains come from 400, asked by popularity (Zipf, s = 1.1: the top 20 trains get about half the
questions); station pairs from 150 and boards from 60 stations the same way. A PNR is asked about
by its owner 3 times on average over the day (1 + a geometric number of re-checks, 1 to 6 hours
apart); its journey is 0-2 days ahead for 30%, 3-14 days for 40%, 15-60 days for 30%; half are
confirmed, 10% RAC, 40% waitlisted; a booking within 4 hours of departure has its chart prepared.
15% of PNRs asked about get an alert. Alerts live until their journey day, so a service running
for weeks has many more running than two days make: the standing mix (the default) also runs
the alerts subscribed on each of the 60 days before (as many a day as the measured day makes,
those whose journey is not over), taken over at the warm-up day's start; `--mix two-days` runs
only the two simulated days' alerts (the mix before 2026-12-03). Each alert is polled as the
poller polls it: from the look that subscribed it, by the booking's phase
(app/bot/alerts/schedule.py; a look at the PNR within the poll's interval, its owner asking, is
the poll's look), the phases counted from when the train leaves the ticket's first station
(its timetable's time: subscribing reads the train's route, kept 7 days; a PNR here is booked
from its train's origin), a confirmed booking before its last day's chart window looking at its
train's run instead of its PNR (a look shared with everyone asking about that run), and paced
by the call budget of the plan (--plan, 100,000 calls a month by
default), whose month so far is taken as spent at exactly its pace (the plan just carries this
traffic), so polling gets the share of the month people leave. The plan's minute limit
(--per-minute, RailRadar's 10 by default: its paid plans' limits are not recorded anywhere) is
applied to the calls as made, in time order, as the call budget applies it: a call past the
minute's limit waits for the next free slot (a person's question up to 20 s, then it is
answered from what is known, with its age; an alert poll is put off); the waits are reported.
Trains leave their origin at an hour of their own and run 8-30 hours, so at any moment some
runs have not started, some run, some have arrived. A traveller asks 3 questions a day on
average (for the travellers-a-day figures).

Goal: at most 150 upstream calls per 1,000 questions. Also reported: distinct questions per 1,000
(the floor a cache without state-dependent freshness approaches), the calls that were requests
never made before (no cache can save those), people's calls and alert polls apart, calls per
kind and per cause (a first request, or a repeat after the answer went stale; for PNRs the
booking's state and how far its journey is, for runs their state), the busiest minute of calls
as asked (the demand, before the minute's limit spaces them out), and how many travellers a day
RailRadar's free tier (1,000 calls a month) and a 100,000-call monthly plan serve at the
measured rate.

    python -m bench.provider_calls [--questions N] [--seed S] [--plan CALLS] [--per-minute N]
                                   [--mix standing|two-days] [--json FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import datetime as dt
import hashlib
import heapq
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from app.bot.alerts.changes import compare
from app.bot.alerts.departure import announced, timetabled
from app.bot.alerts.schedule import (
    counted_from,
    journey_over,
    look_taken_s,
    next_poll_at,
    paced,
    watches_run,
)
from app.bot.alerts.subscriptions import Baseline, Subscription
from app.bot.handlers.seats import booking_open
from app.constants import BUDGET_BACKGROUND_RESERVE, BUDGET_WAIT_S, BUDGET_WINDOW_S
from app.errors import RailwayError
from app.i18n.language import DEFAULT_LANGUAGE
from app.railways.budget import CallBudget, Limits, RedisLedger, background_calls
from app.railways.cache import CachedProvider, answers_up_to, pnr_cache_keys
from app.railways.chain import ProviderChain
from app.railways.models import PnrStatus
from app.railways.railradar import RailRadarProvider
from app.store import RedisStore
from bench.figures import Goal, Result, add_output_argument, finish, method_of
from bench.processes import default_redis_url

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "railradar"
IST = ZoneInfo("Asia/Kolkata")
URL = "https://railradar.bench/v1"
KEY = "rr_live_bench0123456789"
DAY_START = dt.datetime(2026, 12, 14, tzinfo=IST)
CALLS_PER_1000_GOAL = 150.0
QUESTIONS_PER_TRAVELLER = 3.0
FREE_TIER_MONTH = 1_000
PLAN_MONTH = 100_000
PER_MINUTE = 10  # RailRadar's free tier, read from its headers; paid plans' are not recorded
DAYS_PER_MONTH = 30.0
# One train in 4 has fares priced by demand (Rajdhani, Shatabdi, Duronto, Vande Bharat...): about
# twice their share of the timetable (some 400 of 3,500 long-distance trains), for they are asked
# about more; a generous share, so the fares kept for every date are not overstated.
DYNAMIC_FARE_SHARE = 4
RUNNING_LATE_MIN = 6  # a running train's delay in the bench: live_running's
SEAT_CALENDAR_DAYS = 14  # RailRadar's seats answer: "one call covers about 14 days"

# Questions per hour of the day, relative.
HOURLY = (1, 0.6, 0.4, 0.4, 0.6, 1.5, 3, 5, 6, 6, 5, 4, 4, 4, 4, 4, 4.5, 5.5, 6, 6, 6, 5, 3.5, 2)
SHARES = {
    "pnr": 32,
    "live": 22,
    "between": 12,
    "seats": 7,
    "route": 6,
    "departures": 6,
    "fare": 5,
    "station": 4,
    "per_train": 3,
    "list": 1,
    "other": 2,
}
TRAINS, PAIRS, BOARDS = 400, 150, 60
ZIPF_S = 1.1
RECHECKS_MEAN = 2.0  # a PNR is asked 1 + this many times on average
ALERT_SHARE = 0.15
# The standing mix: alerts subscribed on each of this many days before the simulated ones, still
# running while their journey is ahead (bookings open 60 days ahead).
STANDING_DAYS = 60
MIXES = ("standing", "two-days")
CLASSES = ("3A", "SL", "2A", "CC", "1A")
_ISO = re.compile(r"(20\d\d-\d\d-\d\d)(T\d\d:\d\d:\d\d\+05:30)?")


def fixture(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return body


def shifted(body: dict[str, Any], delta: dt.timedelta) -> dict[str, Any]:
    """`body` with every date and ISO time moved by `delta` (dates by its whole days)."""

    def move(match: re.Match[str]) -> str:
        if match.group(2):
            moment = dt.datetime.fromisoformat(match.group(1) + match.group(2)) + delta
            return moment.isoformat()
        day = dt.date.fromisoformat(match.group(1))
        return (dt.datetime.combine(day, dt.time(12), IST) + delta).date().isoformat()

    moved: dict[str, Any] = json.loads(_ISO.sub(move, json.dumps(body)))
    return moved


class SimClock:
    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@dataclass(frozen=True)
class Run:
    """A train's timetable in the simulation: when it leaves its origin, how long it runs."""

    number: str
    leaves_min: int  # minute of the day
    runs_min: int

    @property
    def kind(self) -> str:
        """Its kind, as its timetable names it: one train in DYNAMIC_FARE_SHARE is of a kind
        with fares priced by demand (a Rajdhani here), by its number, whatever its popularity."""
        digest = int(hashlib.sha256(self.number.encode()).hexdigest(), 16)
        return "Rajdhani Express" if digest % DYNAMIC_FARE_SHARE == 0 else "Superfast Express"

    def start_for(self, now: dt.datetime) -> dt.date:
        """The run a traveller asking now means: yesterday's while it is still out, else today's."""
        yesterday = now.date() - dt.timedelta(days=1)
        ends = dt.datetime.combine(yesterday, dt.time(), IST) + dt.timedelta(
            minutes=self.leaves_min + self.runs_min
        )
        return yesterday if ends > now else now.date()


@dataclass(frozen=True)
class Booking:
    pnr: str
    train: str
    journey: dt.date
    leaves: dt.time
    state: str  # CNF, RAC, WL

    def departure(self) -> dt.datetime:
        return dt.datetime.combine(self.journey, self.leaves, IST)


@dataclass
class FakeRailRadar:
    """Counts calls (by kind, person or poll) and answers in RailRadar's recorded shapes."""

    clock: SimClock
    runs: dict[str, Run]
    bookings: dict[str, Booking]
    calls: list[tuple[float, str, bool]] = field(default_factory=list)
    polling: bool = False
    # Why each call was made: (feature, cause) where cause says whether the same request was
    # ever made before (a first question, or a repeat after the answer went stale) and, for
    # PNRs and runs, the state the answer was in.
    causes: list[tuple[float, str, str]] = field(default_factory=list)
    _made: set[str] = field(default_factory=set)

    def answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/v1")
        parts = [part for part in path.split("/") if part]
        kind = _kind(parts)
        self.calls.append((self.clock(), kind, self.polling))
        now = dt.datetime.fromtimestamp(self.clock(), IST)
        asked = f"{path}?{sorted(request.url.params.items())}"
        cause = "repeat" if asked in self._made else "first"
        self._made.add(asked)
        params = dict(request.url.params)
        self.causes.append((self.clock(), kind, self._cause(parts, params, cause, now)))
        body = self._body(parts, params, now)
        if body is None:
            return httpx.Response(404, json=fixture("error_train_not_found"))
        return httpx.Response(200, json=body)

    def _cause(self, parts: list[str], params: dict[str, str], cause: str, now: dt.datetime) -> str:
        who = "poll" if self.polling else "person"
        match parts:
            case ["pnr", pnr, *_]:
                booking = self.bookings[pnr]
                days = (booking.departure() - now).total_seconds() / 86400
                horizon = "<1d" if days < 1 else "1-14d" if days <= 14 else ">14d"
                return f"{who} {cause} {booking.state} {horizon}"
            case ["trains", number, "live"]:
                run = self.runs[number]
                start = dt.date.fromisoformat(params["date"])
                leaves = dt.datetime.combine(start, dt.time(), IST) + dt.timedelta(
                    minutes=run.leaves_min
                )
                state = (
                    "not started"
                    if now < leaves
                    else "completed"
                    if now > leaves + dt.timedelta(minutes=run.runs_min)
                    else "running"
                )
                return f"{who} {cause} {state}"
        return f"{who} {cause}"

    def _body(self, parts: list[str], params: dict[str, str], now: dt.datetime) -> Any:
        today = now.date() - dt.date(2026, 10, 2)
        match parts:
            case ["pnr", pnr, "prediction"]:
                return fixture("pnr_prediction")
            case ["pnr", pnr]:
                return self._pnr(self.bookings[pnr], now)
            case ["trains", "between", _, _]:
                return shifted(fixture("between_NDLS_MMCT"), today)
            case ["trains", number, "live"]:
                return self._live(self.runs[number], dt.date.fromisoformat(params["date"]), now)
            case ["trains", number, "fare"]:
                return shifted(fixture("fare"), today)
            case ["trains", number, "seats"]:
                return _calendar(dt.date.fromisoformat(params["journeyDate"]))
            case ["trains", number]:
                return self._route(self.runs[number])
            case ["stations", _, "live"]:
                return shifted(fixture("station_live_MS"), today)
        return None

    def _route(self, run: Run) -> dict[str, Any]:
        """schedule_12951, renumbered, leaving its origin (MMCT) at the run's own time."""
        body = _renumbered(fixture("schedule_12951"), "12951", run.number)
        body["data"]["train"]["type"] = run.kind
        body["data"]["route"][0]["departure"] = (
            f"{run.leaves_min // 60:02d}:{run.leaves_min % 60:02d}"
        )
        return body

    def _pnr(self, booking: Booking, now: dt.datetime) -> dict[str, Any]:
        body = fixture("pnr_waitlisted")
        data = body["data"]
        data["pnrNumber"] = booking.pnr
        data["train"]["number"] = booking.train
        data["train"]["journeyDate"] = booking.journey.isoformat()
        # Booked from the train's origin (its route's first station), as the bench's runs leave.
        origin = {"code": "MMCT", "name": "Mumbai Central"}
        data["train"]["source"] = data["train"]["boardingPoint"] = origin
        charted = now >= booking.departure() - dt.timedelta(hours=4)
        data["charting"] = {
            "isPrepared": charted,
            "status": "Chart Prepared" if charted else "Chart Not Prepared",
        }
        status, formatted = {
            "CNF": ("CNF", "CNF/B2/34/GN"),
            "RAC": ("RAC", "RAC/7/GN"),
            "WL": ("WL", "GNWL/12/GN"),
        }[booking.state]
        for passenger in data["passengers"]:
            passenger["current"]["status"] = status
            passenger["current"]["formatted"] = formatted
            passenger["isWaitlisted"] = booking.state == "WL"
            passenger["isConfirmed"] = booking.state == "CNF"
        data["isWaitlisted"] = booking.state == "WL"
        return body

    def _live(self, run: Run, start: dt.date, now: dt.datetime) -> dict[str, Any]:
        leaves = dt.datetime.combine(start, dt.time(), IST) + dt.timedelta(minutes=run.leaves_min)
        if now < leaves:
            # live_not_started leaves 2026-10-02 13:15: moved to this run's departure.
            body = shifted(
                fixture("live_not_started"), leaves - dt.datetime(2026, 10, 2, 13, 15, tzinfo=IST)
            )
        elif now > leaves + dt.timedelta(minutes=run.runs_min):
            # live_running left 2026-10-02 06:10: moved to this run's departure, arrived.
            body = shifted(
                fixture("live_running"), leaves - dt.datetime(2026, 10, 2, 6, 10, tzinfo=IST)
            )
            body["data"]["status"] = "completed"
        else:
            body = _running(run, leaves, now)
        return _renumbered(body, body["data"]["trainNumber"], run.number)


def _running(run: Run, leaves: dt.datetime, now: dt.datetime) -> dict[str, Any]:
    """A running train's answer as RailRadar gives it (live_running's shape), reported a minute
    before `now`: its halts spaced as the recorded trains of its kind space theirs (the
    Rajdhani's schedule: 8 halts in 932 minutes; the superfast's live run: 12 in 475), a station
    passed without stopping between two halts, its speed theirs, 6 minutes late throughout."""
    body = fixture("live_running")
    data = body["data"]
    demand_priced = run.kind == "Rajdhani Express"
    spacing = 932 / 8 if demand_priced else 475 / 12  # minutes between halts
    speed = 89.4 if demand_priced else 62.5  # km/h
    late = dt.timedelta(minutes=RUNNING_LATE_MIN)
    reported = now - dt.timedelta(minutes=1)
    count = max(2, round(run.runs_min / spacing) * 2 + 1)  # halts, and a station between each
    route: list[dict[str, Any]] = []
    last_passed = 0
    for k in range(count):
        minute = run.runs_min * k / (count - 1)
        due = leaves + dt.timedelta(minutes=minute)
        passed = due + late <= reported
        last_passed = k if passed else last_passed
        halt = k % 2 == 0
        stop: dict[str, Any] = {
            "sequence": k + 1,
            "stationCode": f"X{k:03d}",
            "stationName": f"Station {k}",
            "isHalt": halt,
            "status": "departed" if passed else "upcoming",
            "scheduledArrival": due.isoformat(),
            "scheduledDeparture": due.isoformat(),
            "actualArrival": (due + late).isoformat(),
            "actualDeparture": (due + late).isoformat(),
            "delayArrival": RUNNING_LATE_MIN,
            "delayDeparture": RUNNING_LATE_MIN,
            "distance": round(speed * minute / 60, 1),
        }
        if not passed:
            stop["provenance"] = "predicted"
        route.append(stop)
    run_km = speed * ((reported - leaves - late).total_seconds() / 3600)
    passed_stop = route[last_passed]
    data.update(
        startDate=leaves.date().isoformat(),
        lastUpdatedAt=reported.replace(microsecond=0).isoformat(),
        delayMinutes=RUNNING_LATE_MIN,
        route=route,
        currentLocation={
            "stationCode": passed_stop["stationCode"],
            "stationName": passed_stop["stationName"],
            "sequence": passed_stop["sequence"],
            "status": "departed",
            "isHalt": passed_stop["isHalt"],
            "distanceFromOriginKm": round(run_km, 2),
            "distanceFromLastStationKm": round(max(0.0, run_km - passed_stop["distance"]), 2),
            "delayMinutes": RUNNING_LATE_MIN,
        },
    )
    for key in ("previousHalt", "nextHalt"):
        data.pop(key, None)
    return body


def _kind(parts: list[str]) -> str:
    match parts:
        case ["pnr", _, "prediction"]:
            return "pnr_prediction"
        case ["pnr", _]:
            return "pnr"
        case ["trains", "between", *_]:
            return "between"
        case ["trains", _, "live"]:
            return "live"
        case ["trains", _, kind]:
            return kind
        case ["trains", _]:
            return "route"
        case ["stations", _, "live"]:
            return "departures"
    return "/".join(parts)


def _renumbered(body: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    renumbered: dict[str, Any] = json.loads(json.dumps(body).replace(f'"{old}"', f'"{new}"'))
    return renumbered


class Zipf:
    def __init__(self, n: int, s: float, rng: random.Random) -> None:
        weights = [1 / (k**s) for k in range(1, n + 1)]
        total = sum(weights)
        self._cumulative = []
        running = 0.0
        for weight in weights:
            running += weight / total
            self._cumulative.append(running)
        self._rng = rng

    def pick(self) -> int:
        return min(bisect.bisect(self._cumulative, self._rng.random()), len(self._cumulative) - 1)


@dataclass(order=True)
class Event:
    at: float
    order: int
    kind: str = field(compare=False)
    key: tuple[Any, ...] = field(compare=False)


@dataclass
class World:
    rng: random.Random
    runs: dict[str, Run]
    bookings: dict[str, Booking]
    events: list[Event]


def build_world(questions: int, seed: int, mix: str = "standing") -> World:
    rng = random.Random(seed)
    runs = {}
    for k in range(TRAINS):
        number = f"{12001 + k * 7:05d}"
        runs[number] = Run(number, rng.randrange(0, 24 * 60), rng.randrange(8 * 60, 30 * 60))
    trains, pairs, boards = (
        Zipf(TRAINS, ZIPF_S, rng),
        Zipf(PAIRS, ZIPF_S, rng),
        Zipf(BOARDS, ZIPF_S, rng),
    )
    bookings: dict[str, Booking] = {}
    events: list[Event] = []
    # A day before the measured one warms the cache, as a service running for days has it.
    for day in (-1, 0):
        start = DAY_START + dt.timedelta(days=day)
        events += _day(rng, start, questions, runs, bookings, (trains, pairs, boards), len(events))
    if mix == "standing":
        made = sum(
            1 for event in events if event.kind == "alert" and event.at >= DAY_START.timestamp()
        )
        events += _standing_alerts(rng, made, runs, bookings, trains, len(events))
    events.sort()
    return World(rng, runs, bookings, events)


def _standing_alerts(
    rng: random.Random,
    per_day: int,
    runs: dict[str, Run],
    bookings: dict[str, Booking],
    trains: Zipf,
    order: int,
) -> list[Event]:
    """The alerts a service running for weeks still has: as many a day as the measured day
    makes, subscribed on each of the STANDING_DAYS before the warm-up day, those whose journey
    is not over. They are taken over through the warm-up day (a first look each, at the hour
    of the day it was subscribed, unmeasured; the next poll at any moment of the interval its
    phase gives, as for an alert running all along), then polled as any other."""
    numbers = list(runs)
    warm_up = DAY_START - dt.timedelta(days=1)
    events: list[Event] = []
    for days_before in range(1, STANDING_DAYS + 1):
        subscribed = (warm_up - dt.timedelta(days=days_before)).date()
        for _ in range(per_day):
            train = numbers[trains.pick()]
            booking = _booking(rng, train, runs[train], len(bookings), subscribed)
            if booking.journey < warm_up.date():
                continue  # its journey is over: the alert ended with it
            bookings[booking.pnr] = booking
            at = (warm_up + dt.timedelta(seconds=rng.uniform(0, 24 * 3600))).timestamp()
            events.append(Event(at, order, "alert", (booking.pnr, "standing")))
            order += 1
    return events


def _day(
    rng: random.Random,
    start: dt.datetime,
    questions: int,
    runs: dict[str, Run],
    bookings: dict[str, Booking],
    popularity: tuple[Zipf, Zipf, Zipf],
    order: int,
) -> list[Event]:
    """One day's questions from `start`: each with its time, kind and what it is about."""
    trains, pairs, boards = popularity
    numbers = list(runs)
    hours = list(range(24))
    kinds, weights = zip(*SHARES.items(), strict=True)
    events: list[Event] = []
    day_end = (start + dt.timedelta(days=1)).timestamp()

    def moment() -> float:
        hour = rng.choices(hours, HOURLY)[0]
        return (start + dt.timedelta(hours=hour, seconds=rng.uniform(0, 3600))).timestamp()

    made = 0
    pnr_asks = 0
    pnr_quota = questions * SHARES["pnr"] / sum(SHARES.values())
    while made < questions:
        kind = rng.choices(kinds, weights)[0]
        at = moment()
        train = numbers[trains.pick()]
        if kind == "pnr" and pnr_asks >= pnr_quota:
            continue
        if kind != "pnr" and made - pnr_asks >= questions - pnr_quota:
            continue
        if kind == "pnr":
            booking = _booking(rng, train, runs[train], len(bookings), start.date())
            bookings[booking.pnr] = booking
            when = at
            for _ in range(1 + _geometric(rng, RECHECKS_MEAN)):
                if when >= day_end or made >= questions:
                    break
                events.append(Event(when, order, "pnr", (booking.pnr,)))
                order, made, pnr_asks = order + 1, made + 1, pnr_asks + 1
                when += rng.uniform(1, 6) * 3600
            if rng.random() < ALERT_SHARE:
                events.append(Event(at + 1, order, "alert", (booking.pnr,)))
                order += 1
            continue
        if kind in ("live", "per_train", "route"):
            key: tuple[Any, ...] = (train,)
        elif kind == "between":
            offset = rng.choices((0, 1, rng.randrange(2, 31)), (30, 30, 40))[0]
            key = (f"P{pairs.pick()}", offset)
        elif kind == "departures":
            key = (f"S{boards.pick()}", rng.choice((2, 4)))
        elif kind in ("fare", "seats"):
            key = (train, rng.choice(CLASSES), rng.randrange(1, 31))
        else:
            key = ()
        events.append(Event(at, order, kind, key))
        order, made = order + 1, made + 1
    return events


def _geometric(rng: random.Random, mean: float) -> int:
    p = 1 / (1 + mean)
    return int(math.log(1 - rng.random()) / math.log(1 - p))


def _booking(rng: random.Random, train: str, run: Run, n: int, today: dt.date) -> Booking:
    ahead = rng.choices(
        (rng.randrange(0, 3), rng.randrange(3, 15), rng.randrange(15, 61)), (30, 40, 30)
    )[0]
    state = rng.choices(("CNF", "RAC", "WL"), (50, 10, 40))[0]
    leaves = dt.time(run.leaves_min // 60, run.leaves_min % 60)
    return Booking(
        f"{4_000_000_000 + n:010d}",
        train,
        today + dt.timedelta(days=ahead),
        leaves,
        state,
    )


# --- the simulation ------------------------------------------------------------------------------


def _month_key(now: float) -> str:
    month = dt.datetime.fromtimestamp(now, dt.UTC).strftime("%Y-%m")
    return f"rb:budget:{{railradar}}:month:{month}"


def _month_elapsed(now: float) -> float:
    """The share of the calendar month (UTC) gone by at `now`."""
    moment = dt.datetime.fromtimestamp(now, dt.UTC)
    first = moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return (moment - first) / (following - first)


async def simulate(
    questions: int,
    seed: int,
    redis_url: str,
    plan: int = PLAN_MONTH,
    per_minute: int = PER_MINUTE,
    mix: str = MIXES[0],
) -> Result:
    result = Result("provider_calls", "Provider calls per 1,000 questions", method_of(__doc__))
    world = build_world(questions, seed, mix)
    clock = SimClock((DAY_START - dt.timedelta(days=1)).timestamp())
    measured_from = DAY_START.timestamp()
    fake = FakeRailRadar(clock, world.runs, world.bookings)
    store = RedisStore.from_url(redis_url)
    assert store.redis is not None
    for key in await store.scan_keys("rb:cache:*railradar*"):
        await store.delete(key)
    for key in await store.scan_keys("rb:budget:*"):
        await store.delete(key)
    # The plan's month, spent so far at exactly its pace (the plan just carries this traffic):
    # alert polling gets what the month's calls left allow, as app/railways/budget.py computes.
    budget = CallBudget("railradar", Limits(None, plan), RedisLedger(store.redis), clock=clock)
    await store.redis.set(_month_key(clock()), round(plan * _month_elapsed(clock())))
    client = httpx.AsyncClient(transport=httpx.MockTransport(fake.answer))
    upstream = RailRadarProvider(URL, KEY, client=client, clock=clock, budget=budget)
    provider = ProviderChain([CachedProvider(upstream, store, clock=clock)])
    asked: Counter[str] = Counter()
    distinct: set[tuple[Any, ...]] = set()
    polls = 0
    alerts: list[tuple[float, str]] = []
    subs: dict[str, Subscription] = {}
    day_end = (DAY_START + dt.timedelta(days=1)).timestamp()
    failures = 0
    try:
        for event in world.events:
            while alerts and alerts[0][0] <= event.at:
                at, pnr = heapq.heappop(alerts)
                clock.now = at
                polls += at >= measured_from
                following = await poll(provider, fake, pnr, subs, clock, world.rng)
                if following is not None:
                    spacing = await budget.background_spacing_s()
                    due_by_then = 1 + sum(1 for due, _ in alerts if due <= following)
                    following = paced(clock(), following, spacing, due_by_then)
                if following is not None and following < day_end:
                    heapq.heappush(alerts, (following, pnr))
            clock.now = event.at
            if event.kind == "alert":
                # Subscribed after a look at the PNR (its owner's question a moment ago): the
                # first poll is due as the booking's phase says, from that look.
                pnr = event.key[0]
                try:
                    status = (await provider.pnr_status(pnr)).data
                except RailwayError:
                    continue
                sub = Subscription(
                    pnr=pnr,
                    train=status.train.number,
                    created_at=clock(),
                    baseline=Baseline.of(status),
                )
                subs[pnr] = await timetabled(provider, sub, status)
                first = next_poll_at(clock(), subs[pnr].baseline, IST, world.rng.random)
                if event.key[1:] == ("standing",):
                    # Taken over running: its last look was at any moment of its interval, so
                    # the next is due within it, and this look (the bench's, to know the
                    # booking) stands for none.
                    first = clock() + world.rng.random() * (first - clock())
                    await store.delete(*pnr_cache_keys(upstream.name, pnr))
                heapq.heappush(alerts, (first, pnr))
                continue
            measured = event.at >= measured_from
            if measured:
                asked[event.kind] += 1
                distinct.add((event.kind, *_distinct_key(event, clock, world)))
            try:
                await ask(provider, world, event, clock)
            except RailwayError:
                failures += measured
    finally:
        await provider.aclose()
        await store.close()

    total = sum(asked.values())
    fake.calls = [call for call in fake.calls if call[0] >= measured_from]
    people = sum(1 for _, _, polling in fake.calls if not polling)
    background = len(fake.calls) - people
    per_1000 = 1000 * len(fake.calls) / total
    by_kind = Counter(kind for _, kind, _ in fake.calls)
    minutes = Counter(int(at // 60) for at, _, _ in fake.calls)
    busiest = max(minutes.values(), default=0)
    per_question = len(fake.calls) / total
    travellers = lambda month: month / DAYS_PER_MONTH / per_question / QUESTIONS_PER_TRAVELLER  # noqa: E731
    result.add(
        "upstream calls per 1,000 questions",
        round(per_1000, 1),
        goal=Goal("<=", CALLS_PER_1000_GOAL),
        headline=True,
    )
    result.add("of them people's questions", round(1000 * people / total, 1))
    result.add("of them alert polls", round(1000 * background / total, 1))
    result.add("distinct questions per 1,000", round(1000 * len(distinct) / total, 1))
    firsts = sum(1 for at, _, cause in fake.causes if at >= measured_from and " first" in cause)
    result.add(
        "of the calls, requests never made before, per 1,000", round(1000 * firsts / total, 1)
    )
    result.add(
        "travellers a day, free tier (1,000 calls a month)",
        round(travellers(FREE_TIER_MONTH)),
        headline=True,
    )
    result.add(
        "travellers a day, 100,000 calls a month", round(travellers(PLAN_MONTH)), headline=True
    )
    result.add("busiest minute, calls as asked (before the minute's limit)", busiest, "calls")
    limited = minute_limit(fake.calls, per_minute)
    result.add(f"people's calls that waited for the minute's limit ({per_minute})", limited.waited)
    result.add("longest wait for it", round(limited.longest_wait_s, 1), "s")
    result.add("questions answered without a call, no slot within 20 s", limited.held)
    result.notes.append(
        f"{total:,} questions over one simulated day ({_listed(asked)}), "
        f"{len(world.bookings):,} PNRs over both days, {polls:,} alert polls; "
        f"{len(fake.calls):,} upstream calls "
        f"({_listed(by_kind)}); "
        f"{failures} questions failed."
    )
    pnr_firsts = sum(
        1
        for at, kind, cause in fake.causes
        if at >= measured_from and kind.startswith("pnr") and cause.startswith("person first")
    )
    result.notes.append(
        f"Why: {1000 * firsts / total:.0f} calls per 1,000 questions were requests never made "
        "before, which no cache can answer: a train's run, a fare or seat calendar, a board, a "
        f"PNR nobody asked about yet. {1000 * pnr_firsts / total:.0f} of them are PNRs (a "
        "first look, and RailRadar's estimate for a waiting list): a PNR is one traveller's, "
        "shared with nobody, so that part does not fall with volume. The rest are repeats "
        "after an answer's freshness ran out (a running train after 5 to 15 minutes, by when "
        "it is due at its next halt; a waiting list after an hour or more, by the time left "
        "before its journey) and alert polls, each due by its booking's phase and paced by the "
        "plan. Every call a question shares with another's (single flight), with "
        "an alert poll's answer (the same cache key), or with a state that cannot have "
        "changed is already saved."
    )
    result.notes.append(
        "Travellers a day = the plan's calls a month / 30 / calls per question / "
        f"{QUESTIONS_PER_TRAVELLER:g} questions per traveller. The rate is measured at this "
        "day's volume; a Page with fewer questions shares fewer cached answers, so its rate is "
        "higher (run with --questions to see)."
    )
    print(f"{total:,} questions, {len(fake.calls):,} upstream calls: {per_1000:.1f} per 1,000")
    print(f"  people {people:,}, alert polls {background:,} ({polls:,} polls)")
    print(f"  distinct questions per 1,000: {1000 * len(distinct) / total:.1f}")
    print(f"  by kind: {dict(by_kind.most_common())}")
    print(f"  asked: {dict(asked.most_common())}")
    print(
        f"  busiest minute, as asked before the minute's limit: {busiest} calls; "
        f"failures: {failures}"
    )
    print(
        f"  under {per_minute} calls a minute: {limited.waited} people's calls waited "
        f"(longest {limited.longest_wait_s:.1f} s), {limited.held} held past 20 s, "
        f"{limited.polls_put_off} polls put off"
    )
    causes = Counter(f"{kind}: {cause}" for at, kind, cause in fake.causes if at >= measured_from)
    print("  calls by feature and cause:")
    for label, count in sorted(causes.items()):
        print(f"    {label:<40} {count:>6,}")
    print(
        f"  travellers a day: free tier {travellers(FREE_TIER_MONTH):,.0f}, "
        f"100k plan {travellers(PLAN_MONTH):,.0f}"
    )
    return result


@dataclass(frozen=True)
class MinuteLimit:
    """What a minute's limit did to the calls, as the budget spaces them (a sliding window)."""

    waited: int  # people's calls that waited for a slot
    longest_wait_s: float
    held: int  # people's questions a slot would not come for within BUDGET_WAIT_S
    polls_put_off: int


def minute_limit(calls: Sequence[tuple[float, str, bool]], per_minute: int) -> MinuteLimit:
    """The calls (time, kind, by a poll) under `per_minute` calls in any BUDGET_WINDOW_S, as the
    budget gives them: a person's call takes the first slot free at or after its time, and never
    waits past BUDGET_WAIT_S (the question is answered from what is known instead, no call); a
    poll is put off when the minute has only its last slots (BUDGET_BACKGROUND_RESERVE) left."""
    taken: list[float] = []
    waited = held = put_off = 0
    longest = 0.0
    polls_may = per_minute - max(1, round(per_minute * BUDGET_BACKGROUND_RESERVE))
    for at, _, polling in sorted(calls):
        if polling:
            # A poll never waits and never takes the minute's last slots: put off instead.
            recent = len(taken) - bisect.bisect_right(taken, at - BUDGET_WINDOW_S)
            if recent >= polls_may:
                put_off += 1
                continue
            bisect.insort(taken, at)
            continue
        start = at
        if len(taken) >= per_minute:
            start = max(at, taken[-per_minute] + BUDGET_WINDOW_S)
        wait = start - at
        if wait > BUDGET_WAIT_S:
            held += 1
            continue
        if wait > 0:
            waited += 1
            longest = max(longest, wait)
        bisect.insort(taken, start)
    return MinuteLimit(waited, longest, held, put_off)


def _listed(counts: Counter[str]) -> str:
    return ", ".join(f"{kind} {count:,}" for kind, count in counts.most_common())


def _distinct_key(event: Event, clock: SimClock, world: World) -> tuple[Any, ...]:
    if event.kind in ("live", "per_train"):
        now = dt.datetime.fromtimestamp(clock(), IST)
        return (event.key[0], world.runs[event.key[0]].start_for(now))
    return event.key


async def ask(provider: ProviderChain, world: World, event: Event, clock: SimClock) -> None:
    """The provider calls the bot's handler for this question makes."""
    now = dt.datetime.fromtimestamp(clock(), IST)
    today = now.date()
    match event.kind:
        case "pnr":
            status = (await provider.pnr_status(event.key[0])).data
            if status.waiting and not status.chart_prepared:
                await provider.pnr_prediction(event.key[0])
        case "live":
            train = event.key[0]
            await provider.train_route(train)
            await provider.live_status(train, world.runs[train].start_for(now))
        case "per_train":
            train = event.key[0]
            await provider.live_status(train, world.runs[train].start_for(now))
        case "route":
            await provider.train_route(event.key[0])
        case "between":
            pair, offset = event.key
            origin, destination = _pair(pair)
            await provider.trains_between(origin, destination, today + dt.timedelta(days=offset))
        case "departures":
            station, hours = event.key
            await provider.departures(_station(station), hours)
        case "fare":
            train, journey_class, offset = event.key
            await provider.train_route(train)
            day = today + dt.timedelta(days=offset)
            # Whether the run makes the journey that day, said first when it does not
            # (app/bot/handlers/cancelled_runs.py): its live status, the run from MMCT, day 1.
            await provider.live_status(train, day)
            await provider.fare(train, "MMCT", "NDLS", journey_class, "GN", 30, day)
        case "seats":
            train, journey_class, offset = event.key
            day = today + dt.timedelta(days=offset)
            seats = await provider.seat_availability(
                train, "MMCT", "NDLS", day, journey_class, "GN"
            )
            # The run is looked at only when the day's availability leaves it in doubt
            # (app/bot/handlers/seats.py): no seats, RAC or waiting list to join that day.
            if not booking_open(seats.data.days, day):
                await provider.train_route(train)
                await provider.live_status(train, day)
        case _:
            return  # station names and codes come from the local index; lists say "no list"


async def poll(
    provider: ProviderChain,
    fake: FakeRailRadar,
    pnr: str,
    subs: dict[str, Subscription],
    clock: SimClock,
    rng: random.Random,
) -> float | None:
    """One alert poll, as the poller makes it (a look at the PNR within its interval, by its
    owner or an earlier poll, is its look; a confirmed booking before its chart window looks at
    its train's run instead); when the next one is due."""
    sub = subs[pnr]
    taken = look_taken_s(clock(), sub.baseline, IST)
    fake.polling = True
    run = None
    try:
        if watches_run(clock(), sub.baseline, IST) and sub.train_number and sub.run_start:
            try:
                with background_calls(), answers_up_to(taken):
                    run = await provider.live_status(sub.train_number, sub.run_start)
            except RailwayError:
                run = None
            if run is not None and not run.stale and not announced(run.data, sub.baseline):
                return next_poll_at(clock(), sub.baseline, IST, rng.random)
        with background_calls(), answers_up_to(taken):
            answer = await provider.pnr_status(pnr)
    except RailwayError:
        return clock() + 3600
    finally:
        fake.polling = False
    status: PnrStatus = answer.data
    if journey_over(clock(), status.journey_date, IST):
        return None  # the poller ends the alert with the journey day
    base = counted_from(clock(), answer.as_of.timestamp(), sub.baseline, IST)
    looked = run.data if run is not None and not run.stale else None
    _, baseline = compare(DEFAULT_LANGUAGE, sub.baseline, status, looked)
    subs[pnr] = sub.model_copy(update={"baseline": baseline})
    return next_poll_at(base, baseline, IST, rng.random)


def _calendar(start: dt.date) -> dict[str, Any]:
    """A seat calendar as RailRadar answers it: about two weeks from the date asked, each day
    one of the recorded calendar's four (seats, RAC, a waiting list, regret), by its date."""
    body = fixture("seats")
    recorded = body["data"]["calendar"]
    days = []
    for ahead in range(SEAT_CALENDAR_DAYS):
        day = start + dt.timedelta(days=ahead)
        entry = dict(recorded[day.toordinal() % len(recorded)])
        entry.update(date=day.isoformat(), rawDate=f"{day.day}-{day.month}-{day.year}")
        days.append(entry)
    body["data"]["calendar"] = days
    return body


def _pair(pair: str) -> tuple[str, str]:
    n = int(pair[1:])
    return f"A{n % 26 + 65:c}{n // 26 % 26 + 65:c}", f"B{n % 26 + 65:c}{n // 26 % 26 + 65:c}"


def _station(station: str) -> str:
    n = int(station[1:])
    return f"C{n % 26 + 65:c}{n // 26 % 26 + 65:c}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.provider_calls", description=__doc__)
    parser.add_argument("--questions", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--redis-url", default=default_redis_url())
    parser.add_argument(
        "--plan", type=int, default=PLAN_MONTH, help="the provider plan's calls a month"
    )
    parser.add_argument(
        "--per-minute", type=int, default=PER_MINUTE, help="the provider plan's calls a minute"
    )
    parser.add_argument(
        "--mix",
        choices=MIXES,
        default=MIXES[0],
        help="standing: with the alerts of the weeks before still running (the default); "
        "two-days: only the alerts the two simulated days make (the mix before 2026-12-03)",
    )
    add_output_argument(parser)
    args = parser.parse_args(argv)
    result = run(args.questions, args.seed, args.redis_url, args.plan, args.per_minute, args.mix)
    return finish(result, args.json)


def run(
    questions: int,
    seed: int,
    redis_url: str,
    plan: int = PLAN_MONTH,
    per_minute: int = PER_MINUTE,
    mix: str = MIXES[0],
) -> Result:
    """One simulated day (after a day that warms the cache) and what it cost upstream."""
    return asyncio.run(simulate(questions, seed, redis_url, plan, per_minute, mix))


if __name__ == "__main__":
    sys.exit(main())
