"""A conversation with the real bot: the real NLU and station index, the railwayapi v2 client
behind the cache, and the upstream mocked at the HTTP layer with bodies in the v2 shapes."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo

import httpx
import respx

from app.bot.conversation import Bot
from app.bot.incoming import Incoming, Location
from app.bot.replies import Reply
from app.railways.cache import CachedProvider
from app.railways.chain import ProviderChain
from app.railways.importer import run_import
from app.railways.offline import OfflineProvider
from app.railways.provider import Provider
from app.railways.railradar import RailRadarProvider
from app.railways.railwayapi import RailwayApiProvider
from app.railways.sample import SampleProvider
from app.railways.stations import StationIndex
from app.store import Store
from tests.conftest import FakeClock
from tests.support.railradar_fake import KEY as RAILRADAR_KEY
from tests.support.railradar_fake import URL as RAILRADAR_URL
from tests.support.railradar_fake import FakeRailRadar

TZ = ZoneInfo("Asia/Kolkata")
# FakeClock's start: Wednesday 18 November 2026, 16:36:40 in India.
TODAY = dt.date(2026, 11, 18)
API_URL = "https://railway.test/v2"
API_KEY = "k3yfortests"
INDEX = StationIndex.build()

JsonObject = dict[str, Any]
ALL_DAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")


def path(*segments: str) -> str:
    """The v2 URL for `segments`, key and trailing slash included."""
    return f"{API_URL}/{'/'.join(segments)}/apikey/{API_KEY}/"


def ddmmyyyy(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def station(code: str, name: str) -> JsonObject:
    return {"code": code, "name": name}


def train(
    number: str,
    name: str,
    days: Iterable[str] = ALL_DAYS,
    classes: Iterable[str] = ("1A", "2A", "3A", "SL"),
) -> JsonObject:
    running = set(days)
    return {
        "number": number,
        "name": name,
        "days": [{"code": day, "runs": "Y" if day in running else "N"} for day in ALL_DAYS],
        "classes": [{"code": code, "name": code, "available": "Y"} for code in classes],
    }


def ok(**fields: Any) -> JsonObject:
    return {"response_code": 200, "debit": 1, **fields}


def refusal(code: int) -> JsonObject:
    """A v2 error: HTTP 200, the real status in `response_code`."""
    return {"response_code": code, "debit": 1}


KARNATAKA = train("12627", "KARNATAKA EXP", classes=("1A", "2A", "3A", "SL"))
RAJDHANI = train("12951", "MUMBAI RAJDHANI", classes=("1A", "2A", "3A"))

# Stops of 12627 from KSR Bengaluru to New Delhi: 21, so the route takes two pages.
KARNATAKA_STOPS = (
    ("SBC", "KSR BENGALURU", None, "19:20", 1),
    ("YPR", "YESVANTPUR JN", "19:33", "19:35", 1),
    ("DMM", "DHARMAVARAM JN", "22:48", "22:50", 1),
    ("ATP", "ANANTAPUR", "23:33", "23:35", 1),
    ("GTL", "GUNTAKAL JN", "01:05", "01:15", 2),
    ("AD", "ADONI", "02:03", "02:05", 2),
    ("RC", "RAICHUR", "03:15", "03:20", 2),
    ("WADI", "WADI JN", "05:10", "05:15", 2),
    ("KLBG", "KALABURAGI", "05:58", "06:00", 2),
    ("SUR", "SOLAPUR JN", "07:40", "07:45", 2),
    ("DD", "DAUND JN", "10:55", "11:00", 2),
    ("ANG", "AHMADNAGAR", "12:20", "12:22", 2),
    ("MMR", "MANMAD JN", "15:10", "15:15", 2),
    ("BSL", "BHUSAVAL JN", "18:05", "18:15", 2),
    ("KNW", "KHANDWA JN", "20:05", "20:10", 2),
    ("ET", "ITARSI JN", "22:45", "22:55", 2),
    ("BPL", "BHOPAL JN", "00:35", "00:45", 3),
    ("VGLJ", "VIRANGANA LAKSHMIBAI JHANSI JN", "04:05", "04:15", 3),
    ("GWL", "GWALIOR JN", "05:10", "05:12", 3),
    ("AGC", "AGRA CANTT", "06:40", "06:45", 3),
    ("NDLS", "NEW DELHI", "09:15", None, 3),
)


RAJDHANI_STOPS = (
    ("NDLS", "NEW DELHI", None, "16:55", 1),
    ("KOTA", "KOTA JN", "21:40", "21:50", 1),
    ("BRC", "VADODARA JN", "03:23", "03:33", 2),
    ("ST", "SURAT", "05:13", "05:18", 2),
    ("MMCT", "MUMBAI CENTRAL", "08:35", None, 2),
)

Stop = tuple[str, str, str | None, str | None, int]


def route_body(stops: Iterable[Stop] = KARNATAKA_STOPS, of: JsonObject = KARNATAKA) -> JsonObject:
    return ok(
        train=of,
        route=[
            {
                "no": n,
                "station": station(code, name),
                "scharr": arrives or "Source",
                "schdep": leaves or "Destination",
                "day": day,
                "distance": 100 * (n - 1),
                "halt": 5,
            }
            for n, (code, name, arrives, leaves, day) in enumerate(stops, 1)
        ],
    )


def _later(at: str | None, minutes: int) -> str:
    if at is None:
        return "00:00"
    moment = dt.datetime.combine(TODAY, dt.time.fromisoformat(at)) + dt.timedelta(minutes=minutes)
    return moment.strftime("%H:%M")


def live_body(start: dt.date, departed: int, late: int, *, at_next: bool = False) -> JsonObject:
    """12627's run from `start`: the first `departed` stops left, `late` minutes behind."""
    route = []
    for n, (code, name, arrives, leaves, day) in enumerate(KARNATAKA_STOPS, 1):
        on = (start + dt.timedelta(days=day - 1)).strftime("%d %b %Y")
        arrived = (1 < n <= departed) or (at_next and n == departed + 1)
        route.append(
            {
                "no": n,
                "station": station(code, name),
                "day": day,
                "distance": 100 * (n - 1),
                "scharr": arrives or "Source",
                "schdep": leaves or "Destination",
                "actarr": _later(arrives, late),
                "actdep": _later(leaves, late),
                "scharr_date": on,
                "actarr_date": on,
                "has_arrived": arrived,
                "has_departed": n <= departed,
                "latemin": late,
            }
        )
    here = KARNATAKA_STOPS[max(0, departed - 1 + (1 if at_next else 0))]
    return ok(
        debit=3,
        train={"number": "12627", "name": "KARNATAKA EXP"},
        position=f"Train is near {here[1]} and late by {late} minutes.",
        start_date=start.strftime("%d-%m-%Y"),
        current_station=station(here[0], here[1]),
        route=route,
    )


def pnr_body(doj: dt.date, *passengers: tuple[str, str], chart: bool = False) -> JsonObject:
    return ok(
        pnr="4512345678",
        doj=ddmmyyyy(doj),
        total_passengers=len(passengers),
        chart_prepared=chart,
        from_station=station("SBC", "KSR BENGALURU"),
        to_station=station("NDLS", "NEW DELHI"),
        boarding_point=station("YPR", "YESVANTPUR JN"),
        reservation_upto=station("NDLS", "NEW DELHI"),
        train=KARNATAKA,
        journey_class={"code": "SL", "name": "SLEEPER CLASS"},
        passengers=[
            {"no": n, "booking_status": booked, "current_status": current}
            for n, (booked, current) in enumerate(passengers, 1)
        ],
    )


def between_body(*trains: tuple[str, str, str, str, str, str, str]) -> JsonObject:
    """Trains as (number, name, from, to, leaves, arrives, travel time)."""
    return ok(
        total=len(trains),
        trains=[
            {
                **train(number, name),
                "from_station": station(src, src),
                "to_station": station(dst, dst),
                "src_departure_time": leaves,
                "dest_arrival_time": arrives,
                "travel_time": takes,
            }
            for number, name, src, dst, leaves, arrives, takes in trains
        ],
    )


def fare_body(
    number: str, cls: str, total: int, src: str = "NDLS", dst: str = "MMCT"
) -> JsonObject:
    return ok(
        fare=total,
        train={"number": number, "name": "MUMBAI RAJDHANI"},
        from_station=station(src, "NEW DELHI"),
        to_station=station(dst, "MUMBAI CENTRAL"),
        journey_class={"code": cls, "name": cls},
        quota={"code": "GN", "name": "GENERAL QUOTA"},
    )


def seats_body(cls: str, *days: tuple[dt.date, str]) -> JsonObject:
    return ok(
        train={"number": "12951", "name": "MUMBAI RAJDHANI"},
        from_station=station("NDLS", "NEW DELHI"),
        to_station=station("MMCT", "MUMBAI CENTRAL"),
        journey_class={"code": cls, "name": cls},
        quota={"code": "GN", "name": "GENERAL QUOTA"},
        availability=[{"date": ddmmyyyy(day), "status": status} for day, status in days],
    )


async def _no_sleep(_: float) -> None:
    await asyncio.sleep(0)


@dataclass
class Chat:
    """One user talking to the bot; `upstream` is the mocked railway API."""

    bot: Bot
    upstream: respx.Router
    clock: FakeClock
    user: str = "psid-1001"
    seen: list[Reply] = field(default_factory=list)

    def answers(self, url: str, body: JsonObject) -> respx.Route:
        return self.upstream.get(url).mock(return_value=httpx.Response(200, json=body))

    def runs_unchanged(self, train: str, route: JsonObject) -> None:
        """The train's route, and no news of its runs (no live status for them, no list of
        changes): a fare's or seats' journey on any day stands as the timetable has it."""
        self.answers(path("route", "train", train), route)
        not_found = httpx.Response(200, json=refusal(404))
        for what in (f"live/train/{train}/date", "cancelled/date"):
            self.upstream.get(url__regex=rf".*/v2/{what}/.*").mock(return_value=not_found)

    def fails(self, url: str, status: int = 503) -> respx.Route:
        return self.upstream.get(url).mock(return_value=httpx.Response(status, text="down"))

    async def send(self, incoming: Incoming) -> list[Reply]:
        replies = await self.bot.respond(incoming)
        self.seen.extend(replies)
        return replies

    async def say(self, text: str) -> list[Reply]:
        return await self.send(Incoming(user_id=self.user, text=text))

    async def tap(self, payload: str, title: str = "") -> list[Reply]:
        return await self.send(Incoming(user_id=self.user, text=title or None, payload=payload))

    async def tap_titled(self, title: str) -> list[Reply]:
        """Tap the quick reply with this title in the last reply."""
        for chip in self.seen[-1].quick_replies:
            if chip.title == title:
                return await self.tap(chip.payload, chip.title)
        offered = [chip.title for chip in self.seen[-1].quick_replies]
        raise AssertionError(f"no quick reply {title!r} in {offered}")

    async def share_location(self, lat: float, lng: float) -> list[Reply]:
        return await self.send(Incoming(user_id=self.user, location=Location(lat=lat, lng=lng)))


# The railway's lists of runs cancelled or rescheduled on a date, asked beside every list and
# board of trains: none, unless a test answers the URL itself.
_CHANGED_RUNS: Final = re.compile(rf"^{re.escape(API_URL)}/(cancelled|rescheduled)/date/")


def _no_changed_runs(upstream: respx.Router) -> None:
    def empty(request: httpx.Request) -> httpx.Response | None:
        others = (route for route in upstream.routes if route is not default)
        if any(route.pattern.match(request) for route in others):
            return None  # the test's own answer
        return httpx.Response(200, json=ok(total=0, trains=[]))

    default = upstream.route(method="GET", url__regex=_CHANGED_RUNS.pattern).mock(side_effect=empty)


def new_bot(provider: Provider, store: Store, clock: FakeClock) -> Bot:
    return Bot(provider, INDEX, store, clock=clock, tz=TZ)


def has_timetable(upstream: respx.Router) -> respx.Route:
    """The timetable of the PNRs' train, 12627, as the railway has it (a PNR alert reads its
    departure there); a test may answer otherwise."""
    return upstream.get(path("route", "train", "12627")).mock(
        return_value=httpx.Response(200, json=route_body())
    )


@asynccontextmanager
async def chat(store: Store, clock: FakeClock) -> AsyncIterator[Chat]:
    """A bot over the mocked railway API, the cache and conversation state in `store`."""
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as upstream:
        _no_changed_runs(upstream)
        live = RailwayApiProvider(API_URL, API_KEY, clock=clock, tz=TZ, sleep=_no_sleep)
        provider = CachedProvider(live, store, clock=clock)
        bot = new_bot(provider, store, clock)
        has_timetable(upstream)
        try:
            yield Chat(bot, upstream, clock)
        finally:
            await provider.aclose()


def text_of(replies: list[Reply]) -> str:
    return "\n".join(reply.text for reply in replies)


def chips(replies: list[Reply]) -> dict[str, str]:
    """Quick-reply title → payload, over all replies."""
    return {chip.title: chip.payload for reply in replies for chip in reply.quick_replies}


def assert_phone_friendly(replies: list[Reply]) -> None:
    """Messenger's limits, and never silence."""
    assert replies, "the bot must never be silent"
    for reply in replies:
        assert reply.text.strip()
        assert len(reply.text) <= 2000
        assert len(reply.quick_replies) <= 13
        assert len(reply.buttons) <= 3
        for chip in reply.quick_replies:
            assert 0 < len(chip.title) <= 20, chip.title
            assert 0 < len(chip.payload) <= 1000


def arrivals_body(*trains: tuple[str, str, str, str, str]) -> JsonObject:
    """A station board: (number, name, scheduled departure, expected departure, delay)."""
    return ok(
        total=len(trains),
        trains=[
            {
                "number": number,
                "name": name,
                "scharr": leaves,
                "schdep": leaves,
                "actarr": expected,
                "actdep": expected,
                "delayarr": late,
                "delaydep": late,
            }
            for number, name, leaves, expected, late in trains
        ],
    )


DATAMEET = Path(__file__).resolve().parent.parent / "fixtures" / "datameet"


@asynccontextmanager
async def offline_chat(
    store: Store, clock: FakeClock, data_dir: Path, *, imported: bool = True
) -> AsyncIterator[Chat]:
    """A bot with no live provider: the offline timetable (small datameet-format files)."""
    path = data_dir / "railbot.sqlite3"
    if imported:
        run_import(
            path,
            stations=str(DATAMEET / "stations.json"),
            trains=str(DATAMEET / "trains.json"),
            schedules=str(DATAMEET / "schedules.json"),
            progress=None,
            clock=clock,
        )
    offline = OfflineProvider(path, INDEX, clock=clock, tz=TZ, recheck_s=0)
    provider = CachedProvider(ProviderChain([], offline), store, clock=clock)
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as upstream:
        try:
            yield Chat(new_bot(provider, store, clock), upstream, clock)
        finally:
            await provider.aclose()


@asynccontextmanager
async def railradar_chat(
    store: Store, clock: FakeClock
) -> AsyncIterator[tuple[Chat, FakeRailRadar]]:
    """A bot over RailRadar v1 (the fake that answers with the recorded shapes, moved to the
    clock's day), behind the cache, on `clock`."""
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as upstream:
        today = dt.datetime.fromtimestamp(clock(), TZ).date()
        railradar = FakeRailRadar(upstream, today=lambda: today, clock=clock)
        live = RailRadarProvider(RAILRADAR_URL, RAILRADAR_KEY, clock=clock, tz=TZ, sleep=_no_sleep)
        provider = CachedProvider(live, store, clock=clock)
        try:
            yield Chat(new_bot(provider, store, clock), upstream, clock), railradar
        finally:
            await provider.aclose()


@asynccontextmanager
async def sample_chat(store: Store, clock: FakeClock) -> AsyncIterator[Chat]:
    """A bot over the sample railway (the built-in hand-made one), behind the cache, on `clock`."""
    sample = SampleProvider(store, index=INDEX, clock=clock, tz=TZ)
    provider = CachedProvider(sample, store, clock=clock)
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as upstream:
        try:
            yield Chat(new_bot(provider, store, clock), upstream, clock)
        finally:
            await provider.aclose()
