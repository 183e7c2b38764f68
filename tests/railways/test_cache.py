"""The railway cache, on the in-memory store and on real Redis: freshness by kind, single flight
inside a process and across processes, stale answers on upstream failure, negative caching."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from app.constants import (
    CACHE_PREFIX,
    CACHE_TTL_S,
    FLIGHT_PREFIX,
    HOUR,
    NEGATIVE_TTL_S,
    STALE_MAX_AGE_S,
)
from app.errors import (
    BudgetExhausted,
    InvalidArgument,
    InvalidPnr,
    NotFound,
    NotOffered,
    UpstreamAuthError,
    UpstreamUnavailable,
)
from app.observability import REGISTRY
from app.railways.budget import CallBudget, Limits, MemoryLedger, background_calls
from app.railways.cache import CachedProvider, answers_up_to
from app.railways.freshness import pnr_fresh_s
from app.railways.models import (
    WEEKDAYS,
    CancelledTrain,
    ConfirmationChance,
    Fare,
    LiveStatus,
    PnrStatus,
    RescheduledTrain,
    RouteStop,
    SeatAvailability,
    Sourced,
    Station,
    StationBoard,
    Train,
    TrainBetween,
    TrainRoute,
)
from app.store import MemoryStore, RedisStore, Store
from tests.conftest import FakeClock

T = TypeVar("T")
IST = ZoneInfo("Asia/Kolkata")
PNR = "4512345678"
SBC = Station(code="SBC", name="KSR BENGALURU")
NDLS = Station(code="NDLS", name="NEW DELHI")
KARNATAKA = Train(number="12627", name="KARNATAKA EXP")
DAY = dt.date(2026, 12, 14)


class FakeUpstream:
    """A provider that counts calls, takes a little time, and fails when told to."""

    name = "fake"

    def __init__(self, clock: FakeClock, delay: float = 0.05) -> None:
        self.clock = clock
        self.delay = delay
        self.calls: Counter[str] = Counter()
        self.failure: Exception | None = None

    async def _answer(self, method: str, data: T) -> Sourced[T]:
        self.calls[method] += 1
        await asyncio.sleep(self.delay)
        if self.failure is not None:
            raise self.failure
        as_of = dt.datetime.fromtimestamp(self.clock(), IST)
        return Sourced(data=data, source=self.name, as_of=as_of)

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        status = PnrStatus(
            pnr=pnr, train=KARNATAKA, journey_date=DAY, from_station=SBC, to_station=NDLS
        )
        return await self._answer("pnr_status", status)

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        chance = ConfirmationChance(percent=71, grade="HIGH", header="Waiting List #3")
        return await self._answer("pnr_prediction", chance)

    async def station_by_name(self, name: str) -> Sourced[list[Station]]:
        return await self._answer("station_by_name", [NDLS])

    async def station_directory(self) -> Sourced[list[Station]]:
        return await self._answer("station_directory", [NDLS, SBC])

    async def search_trains(self, query: str, limit: int = 10) -> Sourced[list[Train]]:
        return await self._answer("search_trains", [KARNATAKA])

    async def station_by_code(self, code: str) -> Sourced[Station]:
        return await self._answer("station_by_code", Station(code=code.strip().upper(), name="X"))

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        route = TrainRoute(train=KARNATAKA, stops=(RouteStop(seq=1, station=SBC),))
        return await self._answer("train_route", route)

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        board = StationBoard(station=SBC, hours=hours, departures=())
        return await self._answer("departures", board)

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        live = LiveStatus(train=KARNATAKA, start_date=start_date, position="At SBC")
        return await self._answer("live_status", live)

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        return await self._answer("rescheduled_trains", [])

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        return await self._answer("cancelled_trains", [CancelledTrain(train=KARNATAKA)])

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        between = TrainBetween(
            train=KARNATAKA,
            from_station=SBC,
            to_station=NDLS,
            departure=dt.time(19, 20),
            arrival=dt.time(9, 15),
            arrival_day_offset=2,
        )
        return await self._answer("trains_between", [between])

    async def fare(
        self,
        train: str,
        from_code: str,
        to_code: str,
        journey_class: str,
        quota: str,
        age: int,
        on: dt.date,
    ) -> Sourced[Fare]:
        fare = Fare(
            train=KARNATAKA,
            from_station=SBC,
            to_station=NDLS,
            journey_class=journey_class,
            quota=quota,
            total=1285,
            breakdown={"baseFare": 1200},
        )
        return await self._answer("fare", fare)

    async def seat_availability(
        self,
        train: str,
        from_code: str,
        to_code: str,
        on: dt.date,
        journey_class: str,
        quota: str,
    ) -> Sourced[SeatAvailability]:
        seats = SeatAvailability(
            train=KARNATAKA, from_station=SBC, to_station=NDLS, journey_class="SL", days=()
        )
        return await self._answer("seat_availability", seats)

    async def aclose(self) -> None:
        return None


@pytest.fixture
def upstream(clock: FakeClock) -> FakeUpstream:
    return FakeUpstream(clock)


@pytest.fixture
def cached(upstream: FakeUpstream, store: Store, clock: FakeClock) -> CachedProvider:
    return CachedProvider(upstream, store, clock=clock, poll_s=0.01)


def count(kind: str, result: str) -> float:
    return REGISTRY.get_sample_value("railbot_cache_total", {"kind": kind, "result": result}) or 0


async def test_fifty_concurrent_identical_calls_make_one_upstream_call(
    cached: CachedProvider, upstream: FakeUpstream
) -> None:
    answers = await asyncio.gather(*(cached.pnr_status(PNR) for _ in range(50)))

    assert upstream.calls["pnr_status"] == 1
    assert all(answer == answers[0] for answer in answers)
    assert answers[0].data.pnr == PNR


async def test_two_processes_sharing_a_store_make_one_upstream_call(
    store: Store, upstream: FakeUpstream, clock: FakeClock
) -> None:
    first = CachedProvider(upstream, store, clock=clock, poll_s=0.01)
    second = CachedProvider(upstream, store, clock=clock, poll_s=0.01)

    answers = await asyncio.gather(
        *(provider.train_route("12627") for _ in range(25) for provider in (first, second))
    )

    assert upstream.calls["train_route"] == 1
    assert len({answer.as_of for answer in answers}) == 1


async def test_two_processes_on_separate_redis_connections_make_one_upstream_call(
    clean_redis: str, upstream: FakeUpstream, clock: FakeClock
) -> None:
    stores = [RedisStore.from_url(clean_redis), RedisStore.from_url(clean_redis)]
    processes = [CachedProvider(upstream, s, clock=clock, poll_s=0.01) for s in stores]
    try:
        await asyncio.gather(*(p.live_status("12627", DAY) for _ in range(25) for p in processes))
    finally:
        for s in stores:
            await s.close()

    assert upstream.calls["live_status"] == 1


async def test_an_answer_stays_fresh_for_its_kinds_ttl(
    cached: CachedProvider, upstream: FakeUpstream, clock: FakeClock
) -> None:
    seen = clock()
    status = (await cached.pnr_status(PNR)).data
    await cached.train_route("12627")
    await cached.live_status("12627", DAY)

    clock.advance(CACHE_TTL_S["live"] - 1)
    await cached.live_status("12627", DAY)
    assert upstream.calls["live_status"] == 1

    clock.advance(2)  # live is now older than its TTL; the PNR's freshness is not over
    await cached.live_status("12627", DAY)
    await cached.pnr_status(PNR)
    assert upstream.calls["live_status"] == 2
    assert upstream.calls["pnr_status"] == 1

    clock.now = seen + pnr_fresh_s(status, seen, IST)  # the PNR's, by its state
    await cached.pnr_status(PNR)
    await cached.train_route("12627")
    assert upstream.calls["pnr_status"] == 2
    assert upstream.calls["train_route"] == 1


async def test_inside_answers_up_to_an_older_answer_serves_with_its_own_age(
    cached: CachedProvider, upstream: FakeUpstream, clock: FakeClock
) -> None:
    first = await cached.pnr_status(PNR)
    fresh = pnr_fresh_s(first.data, clock(), IST)
    clock.advance(fresh + 60)  # no longer fresh for a traveller
    accepted = fresh + HOUR  # an alert poll whose interval is longer than that

    with answers_up_to(accepted):
        taken = await cached.pnr_status(PNR)
    assert upstream.calls["pnr_status"] == 1
    assert taken.as_of == first.as_of  # the poll knows when that look was

    await cached.pnr_status(PNR)  # a traveller asking gets the PNR's own freshness
    assert upstream.calls["pnr_status"] == 2

    clock.advance(accepted)
    with answers_up_to(accepted - 1):
        await cached.pnr_status(PNR)
    with answers_up_to(accepted + 1):
        await cached.pnr_status(PNR)
    assert upstream.calls["pnr_status"] == 3  # older than accepted: a call; then it is taken


async def test_a_station_name_stays_fresh_for_a_month_past_the_stale_window(
    cached: CachedProvider, upstream: FakeUpstream, clock: FakeClock
) -> None:
    await cached.station_by_code("NDLS")

    clock.advance(10 * 24 * 3600)
    await cached.station_by_code("NDLS")

    assert upstream.calls["station_by_code"] == 1


async def test_hits_and_misses_are_counted(cached: CachedProvider) -> None:
    hits, misses = count("route", "hit"), count("route", "miss")

    await cached.train_route("12627")
    await cached.train_route("12627")
    await cached.train_route("12627")

    assert count("route", "miss") == misses + 1
    assert count("route", "hit") == hits + 2


async def test_arguments_are_normalised_into_one_key(
    cached: CachedProvider, upstream: FakeUpstream
) -> None:
    await cached.station_by_code("ndls")
    await cached.station_by_code(" NDLS ")
    await cached.station_by_name("New  Delhi")
    await cached.station_by_name("new delhi")
    await cached.trains_between("sbc", "ndls", None)
    await cached.trains_between("SBC", "NDLS", DAY)
    await cached.trains_between("SBC", "NDLS", DAY)

    assert upstream.calls["station_by_code"] == 1
    assert upstream.calls["station_by_name"] == 1
    assert upstream.calls["trains_between"] == 2


async def test_every_kind_of_answer_round_trips_through_the_store(
    store: Store, upstream: FakeUpstream, clock: FakeClock
) -> None:
    writer = CachedProvider(upstream, store, clock=clock)
    reader = CachedProvider(upstream, store, clock=clock)
    calls: list[Callable[[CachedProvider], Awaitable[Sourced[Any]]]] = [
        lambda p: p.pnr_status(PNR),
        lambda p: p.station_by_name("new delhi"),
        lambda p: p.station_by_code("NDLS"),
        lambda p: p.train_route("12627"),
        lambda p: p.departures("SBC", 2),
        lambda p: p.live_status("12627", DAY),
        lambda p: p.rescheduled_trains(DAY),
        lambda p: p.cancelled_trains(DAY),
        lambda p: p.trains_between("SBC", "NDLS", DAY),
        lambda p: p.fare("12627", "SBC", "NDLS", "3A", "GN", 30, DAY),
        lambda p: p.seat_availability("12627", "SBC", "NDLS", DAY, "SL", "GN"),
    ]

    for call in calls:
        written = await call(writer)
        read = await call(reader)
        assert read == written

    assert sum(upstream.calls.values()) == len(calls)


async def test_when_the_upstream_fails_the_last_answer_is_served_stale_with_its_age(
    cached: CachedProvider, upstream: FakeUpstream, clock: FakeClock
) -> None:
    fresh = await cached.pnr_status(PNR)
    stale_before = count("pnr", "stale")
    clock.advance(13 * 3600)  # past the longest a booking's status is fresh, within a day
    upstream.failure = UpstreamUnavailable("railway down")

    stale = await cached.pnr_status(PNR)

    assert stale.stale is True
    assert stale.as_of == fresh.as_of
    assert stale.data == fresh.data
    assert stale.age(dt.datetime.fromtimestamp(clock(), IST)) == dt.timedelta(hours=13)
    assert not stale.is_live
    assert count("pnr", "stale") == stale_before + 1


async def test_a_refused_key_also_falls_back_to_the_stale_answer(
    cached: CachedProvider, upstream: FakeUpstream, clock: FakeClock
) -> None:
    await cached.seat_availability("12627", "SBC", "NDLS", DAY, "SL", "GN")
    clock.advance(600)
    upstream.failure = UpstreamAuthError("quota used up")

    answer = await cached.seat_availability("12627", "SBC", "NDLS", DAY, "SL", "GN")

    assert answer.stale


async def test_an_answer_older_than_a_day_is_not_served_stale(
    cached: CachedProvider, upstream: FakeUpstream, clock: FakeClock
) -> None:
    await cached.pnr_status(PNR)
    clock.advance(STALE_MAX_AGE_S + 1)
    upstream.failure = UpstreamUnavailable("railway down")

    with pytest.raises(UpstreamUnavailable):
        await cached.pnr_status(PNR)


async def test_with_nothing_cached_the_failure_propagates(
    cached: CachedProvider, upstream: FakeUpstream
) -> None:
    upstream.failure = UpstreamUnavailable("railway down")

    with pytest.raises(UpstreamUnavailable):
        await cached.live_status("12627", DAY)


async def test_upstream_failures_are_not_cached(
    cached: CachedProvider, upstream: FakeUpstream
) -> None:
    upstream.failure = UpstreamUnavailable("railway down")
    with pytest.raises(UpstreamUnavailable):
        await cached.train_route("12627")

    upstream.failure = None
    answer = await cached.train_route("12627")

    assert not answer.stale
    assert upstream.calls["train_route"] == 2


@pytest.mark.parametrize(
    ("error", "call"),
    [
        (NotFound("no station"), lambda p: p.station_by_name("atlantis")),
        (InvalidPnr("no such PNR"), lambda p: p.pnr_status(PNR)),
    ],
)
async def test_not_found_answers_are_remembered_briefly_and_re_raised(
    cached: CachedProvider, upstream: FakeUpstream, clock: FakeClock, error: Exception, call: Any
) -> None:
    upstream.failure = error

    for _ in range(3):
        with pytest.raises(type(error)):
            await call(cached)
    assert sum(upstream.calls.values()) == 1

    clock.advance(NEGATIVE_TTL_S + 1)
    with pytest.raises(type(error)):
        await call(cached)
    assert sum(upstream.calls.values()) == 2


@pytest.mark.parametrize(
    "error", [NotOffered("cancelled_trains", "fake"), InvalidArgument("bad date")]
)
async def test_refusals_that_are_not_facts_about_the_query_are_not_cached(
    cached: CachedProvider, upstream: FakeUpstream, error: Exception
) -> None:
    upstream.failure = error

    for _ in range(2):
        with pytest.raises(type(error)):
            await cached.cancelled_trains(DAY)

    assert upstream.calls["cancelled_trains"] == 2


async def test_the_pnr_appears_in_no_key_and_no_log(
    cached: CachedProvider,
    upstream: FakeUpstream,
    store: Store,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    await cached.pnr_status(PNR)
    clock.advance(600)
    upstream.failure = UpstreamUnavailable("down")
    await cached.pnr_status(PNR)

    keys = await store.scan_keys(f"{CACHE_PREFIX}*")
    assert keys and not any(PNR in key for key in keys)
    assert not any(PNR in record.getMessage() for record in caplog.records)


async def test_a_lock_left_by_a_dead_process_is_taken_over(
    cached: CachedProvider, upstream: FakeUpstream, store: Store
) -> None:
    await cached.train_route("00000")  # learn the key layout from a first answer
    key = next(iter(await store.scan_keys(f"{CACHE_PREFIX}*")))
    lock = FLIGHT_PREFIX + key.removeprefix(CACHE_PREFIX).replace("00000", "12627")
    assert await store.acquire_lock(lock, "dead-process", 60_000)

    async def lock_expires() -> None:
        await asyncio.sleep(0.1)
        await store.delete(lock)

    expiry = asyncio.create_task(lock_expires())
    answer = await cached.train_route("12627")
    await expiry

    assert answer.data.train.number == "12627"
    assert upstream.calls["train_route"] == 2


async def test_a_caller_that_gives_up_does_not_cancel_the_shared_answer(
    cached: CachedProvider, upstream: FakeUpstream
) -> None:
    upstream.delay = 0.2
    impatient = asyncio.create_task(cached.train_route("12627"))
    patient = asyncio.create_task(cached.train_route("12627"))
    await asyncio.sleep(0.05)
    impatient.cancel()

    answer = await patient

    assert answer.data.train.number == "12627"
    assert upstream.calls["train_route"] == 1


async def test_an_unreadable_entry_is_a_miss(
    cached: CachedProvider, upstream: FakeUpstream, store: Store
) -> None:
    await cached.train_route("12627")
    key = next(iter(await store.scan_keys(f"{CACHE_PREFIX}*")))
    await store.set(key, "{not json")

    answer = await cached.train_route("12627")

    assert answer.data.train.number == "12627"
    assert upstream.calls["train_route"] == 2


class BrokenStore(MemoryStore):
    """A store whose server is gone: every operation fails."""

    async def get(self, key: str) -> str | None:
        raise RedisConnectionError("connection refused")

    async def set(
        self, key: str, value: str, *, ttl_s: float | None = None, nx: bool = False
    ) -> bool:
        raise RedisConnectionError("connection refused")

    async def acquire_lock(self, key: str, token: str, ttl_ms: int) -> bool:
        raise RedisConnectionError("connection refused")

    async def release_lock(self, key: str, token: str) -> bool:
        raise RedisConnectionError("connection refused")


async def test_a_failing_store_never_stops_the_answers(
    upstream: FakeUpstream, clock: FakeClock
) -> None:
    cached = CachedProvider(upstream, BrokenStore(clock), clock=clock)

    first = await cached.pnr_status(PNR)
    second = await cached.pnr_status(PNR)

    assert first.data.pnr == second.data.pnr == PNR
    assert upstream.calls["pnr_status"] == 2


@pytest.fixture
async def redis_store(clean_redis: str) -> AsyncIterator[RedisStore]:
    store = RedisStore.from_url(clean_redis)
    yield store
    await store.close()


async def test_entries_expire_from_redis_after_the_stale_window(
    redis_store: RedisStore, upstream: FakeUpstream, clock: FakeClock
) -> None:
    cached = CachedProvider(upstream, redis_store, clock=clock)

    await cached.pnr_status(PNR)
    await cached.station_by_code("NDLS")

    ttls = {}
    for key in await redis_store.scan_keys(f"{CACHE_PREFIX}*"):
        ttls[key.split(":")[4]] = await redis_store.ttl(key)
    # kept until a day old (a PNR), or a day past a freshness of a day or more (a station's)
    pnr_keep = STALE_MAX_AGE_S
    station_keep = CACHE_TTL_S["station"] + STALE_MAX_AGE_S
    assert pnr_keep - 5 < (ttls["pnr_status"] or 0) <= pnr_keep
    assert station_keep - 5 < (ttls["station_by_code"] or 0) <= station_keep


async def test_new_features_are_cached_under_their_own_keys(
    cached: CachedProvider, upstream: FakeUpstream
) -> None:
    for _ in range(3):
        await cached.pnr_prediction(PNR)
        await cached.search_trains("Mumbai  Rajdhani")
        await cached.station_directory()
        await cached.trains_between("SBC", "NDLS", DAY)
        await cached.trains_between("SBC", "NDLS", DAY, by_city=True)

    assert upstream.calls["pnr_prediction"] == 1
    assert upstream.calls["search_trains"] == 1
    assert upstream.calls["station_directory"] == 1
    # A city search is another question than the station pair's.
    assert upstream.calls["trains_between"] == 2


async def test_a_confirmation_chance_is_kept_under_a_hash_not_the_pnr(
    clean_redis: str, upstream: FakeUpstream, clock: FakeClock
) -> None:
    store = RedisStore.from_url(clean_redis)
    try:
        chance = await CachedProvider(upstream, store, clock=clock).pnr_prediction(PNR)
        keys = [key async for key in store.redis.scan_iter("*")]
    finally:
        await store.close()

    assert chance.data.percent == 71
    assert keys and not any(PNR in key for key in keys)


async def test_a_person_joining_alert_pollings_refused_call_gets_a_call_of_their_own(
    clock: FakeClock,
) -> None:
    budget = CallBudget("fake", Limits(per_minute=10), MemoryLedger(clock), wait_s=0, clock=clock)
    for _ in range(8):
        await budget.spend()  # two calls left: people's, not polling's

    class Budgeted(FakeUpstream):
        async def _answer(self, method: str, data: T) -> Sourced[T]:
            await budget.spend()
            return await super()._answer(method, data)

    upstream = Budgeted(clock)
    cached = CachedProvider(upstream, MemoryStore(clock=clock), clock=clock)

    async def poll() -> Sourced[PnrStatus]:
        with background_calls():
            return await cached.pnr_status(PNR)

    polled, asked = await asyncio.gather(poll(), cached.pnr_status(PNR), return_exceptions=True)

    assert isinstance(polled, BudgetExhausted)
    assert isinstance(asked, Sourced) and asked.data.pnr == PNR
    assert upstream.calls["pnr_status"] == 1


async def test_a_hit_on_unchanged_stored_text_is_not_parsed_again(
    store: Store, upstream: FakeUpstream, clock: FakeClock
) -> None:
    """Two processes over one store: each parses a stored answer once, and again only when the
    stored text changes (another process refreshed it)."""
    first = CachedProvider(upstream, store, clock=clock, poll_s=0.01)
    second = CachedProvider(upstream, store, clock=clock, poll_s=0.01)
    fetched = await first.pnr_status(PNR)
    hit, again = await second.pnr_status(PNR), await second.pnr_status(PNR)
    assert hit == fetched and again is hit
    clock.now += pnr_fresh_s(fetched.data, clock.now, IST) + 1  # stale: asked again
    refreshed = await first.pnr_status(PNR)
    assert upstream.calls["pnr_status"] == 2
    after = await second.pnr_status(PNR)
    assert after == refreshed and after is not hit and after.as_of > hit.as_of


async def test_a_pnr_answer_without_a_departure_takes_its_trains_from_the_kept_timetable(
    store: Store, clock: FakeClock
) -> None:
    class Timetabled(FakeUpstream):
        async def train_route(self, train: str) -> Sourced[TrainRoute]:
            origin = RouteStop(seq=1, station=SBC, departure=dt.time(19, 20))
            return await self._answer("train_route", TrainRoute(train=KARNATAKA, stops=(origin,)))

    upstream = Timetabled(clock, delay=0)
    cached = CachedProvider(upstream, store, clock=clock)
    # Nobody asked for 12627's timetable: the PNR answer stays as it came, and none is asked.
    assert (await cached.pnr_status(PNR)).data.departure is None
    assert upstream.calls["train_route"] == 0

    await cached.train_route("12627")  # asked by someone, kept a week
    other = "4598765432"
    status = (await cached.pnr_status(other)).data
    assert status.departure == dt.time(19, 20)  # its freshness counts from then
    assert upstream.calls["train_route"] == 1  # the kept one: no call


class TypedUpstream(FakeUpstream):
    """A provider whose train is of a kind given (its route says it)."""

    def __init__(self, clock: FakeClock, kind: str | None) -> None:
        super().__init__(clock)
        self.kind = kind
        self.runs: tuple[str, ...] | None = None

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        typed = KARNATAKA.model_copy(update={"type": self.kind, "run_days": self.runs})
        route = TrainRoute(train=typed, stops=(RouteStop(seq=1, station=SBC),))
        return await self._answer("train_route", route)


@pytest.mark.parametrize(
    ("kind", "quota", "calls"),
    [
        ("Superfast Express", "GN", 1),  # the tariff's fare: one answer for every date
        ("Superfast Express", "TQ", 1),  # Tatkal charges are the tariff's too
        ("Superfast Express", "PT", 3),  # Premium Tatkal is priced by demand, date by date
        ("Rajdhani Express", "GN", 3),  # flexi fares move with demand
        ("Jan Shatabdi Express", "GN", 3),  # a Shatabdi's name: not risked
        (None, "GN", 3),  # a kind not known: dated
    ],
)
async def test_a_fare_is_kept_for_every_date_only_on_a_train_priced_by_the_tariff(
    store: Store, clock: FakeClock, kind: str | None, quota: str, calls: int
) -> None:
    upstream = TypedUpstream(clock, kind)
    cached = CachedProvider(upstream, store, clock=clock, poll_s=0.01)
    await cached.train_route("12627")  # the timetable already kept, as a fare question has it

    for ahead in range(3):
        day = DAY + dt.timedelta(days=ahead)
        answer = await cached.fare("12627", "SBC", "NDLS", "3A", quota, 30, day)
        assert answer.data.total == 1285

    assert upstream.calls["fare"] == calls


async def test_a_fare_without_the_timetable_kept_is_asked_by_date(
    store: Store, clock: FakeClock
) -> None:
    upstream = TypedUpstream(clock, "Mail/Express")
    cached = CachedProvider(upstream, store, clock=clock, poll_s=0.01)

    await cached.fare("12627", "SBC", "NDLS", "3A", "GN", 30, DAY)
    await cached.fare("12627", "SBC", "NDLS", "3A", "GN", 30, DAY + dt.timedelta(days=1))

    assert (upstream.calls["fare"], upstream.calls["train_route"]) == (2, 0)  # no call to learn


async def test_a_fare_kept_for_every_date_still_goes_stale_with_the_tariff(
    store: Store, clock: FakeClock
) -> None:
    upstream = TypedUpstream(clock, "Mail/Express")
    cached = CachedProvider(upstream, store, clock=clock, poll_s=0.01)
    await cached.train_route("12627")
    await cached.fare("12627", "SBC", "NDLS", "SL", "GN", 30, DAY)

    clock.advance(CACHE_TTL_S["fare"] + 1)
    await cached.fare("12627", "SBC", "NDLS", "SL", "GN", 30, DAY + dt.timedelta(days=5))

    assert upstream.calls["fare"] == 2


async def test_a_date_the_timetable_says_the_train_does_not_run_is_asked_of_the_provider(
    store: Store, clock: FakeClock
) -> None:
    upstream = TypedUpstream(clock, "Mail/Express")
    upstream.runs = (WEEKDAYS[DAY.weekday()],)  # only on the weekday of DAY
    cached = CachedProvider(upstream, store, clock=clock, poll_s=0.01)
    await cached.train_route("12627")

    await cached.fare("12627", "SBC", "NDLS", "SL", "GN", 30, DAY)
    await cached.fare("12627", "SBC", "NDLS", "SL", "GN", 30, DAY + dt.timedelta(days=7))
    await cached.fare("12627", "SBC", "NDLS", "SL", "GN", 30, DAY + dt.timedelta(days=1))

    assert upstream.calls["fare"] == 2  # a week on is the same fare; the next day is asked
