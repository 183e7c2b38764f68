"""A `Provider` that caches another: freshness per kind of answer, single flight, stale on error.

- One key per query (arguments normalised); the value is the `Sourced` answer with the time it
  was stored. An answer is fresh while younger than its kind's TTL, and kept until a day old (a
  day past its freshness, when that is a day or more) so that it can still be served, marked
  stale with its original `as_of`, when the upstream fails.
- "Not found"-like answers (`NotFound`, `InvalidPnr`...) are remembered briefly and re-raised.
- Identical concurrent questions make one upstream call: inside a process they share one task;
  across processes one takes a lock (SET NX PX) while the others poll for its answer, and take
  over if the lock goes away without one.
- When the store itself fails, questions go straight to the upstream: a cache never makes the
  bot silent.
- Inside `answers_up_to(age)`, an answer up to that old is as good as a fresh one: an alert poll
  due every two hours takes a traveller's own look at the PNR fifty minutes ago as its look.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Final, TypeVar
from urllib.parse import quote

from redis.exceptions import RedisError

from app.constants import (
    BOARD_WIDEST_H,
    CACHE_PREFIX,
    CACHE_SCHEMA,
    CACHE_TTL_S,
    FLIGHT_LOCK_TTL_MS,
    FLIGHT_POLL_S,
    FLIGHT_PREFIX,
    NEGATIVE_TTL_S,
    PNR_MAINTENANCE_MAX_S,
    STALE_MAX_AGE_S,
)
from app.errors import (
    BudgetExhausted,
    ClassNotOnTrain,
    FlushedPnr,
    InvalidPnr,
    NotFound,
    NotInSample,
    NotRunningOnDate,
    PnrNotFound,
    PnrNotInSample,
    RailwayError,
    ServiceMaintenance,
    UpstreamAuthError,
    UpstreamUnavailable,
)
from app.observability import CACHE_RESULTS
from app.railways import vocabulary
from app.railways.booked import with_departure
from app.railways.budget import Priority, current_priority
from app.railways.freshness import estimate_fresh_s, fresh_until
from app.railways.models import (
    WEEKDAYS,
    BoardState,
    CancelledTrain,
    ConfirmationChance,
    Fare,
    LiveStatus,
    PnrStatus,
    RescheduledTrain,
    SeatAvailability,
    Sourced,
    Station,
    StationBoard,
    Train,
    TrainBetween,
    TrainRoute,
)
from app.railways.pause import pause_of
from app.railways.provider import TRAIN_SEARCH_LIMIT, Provider
from app.railways.railwayapi import board_order
from app.store import Clock, Store

log = logging.getLogger(__name__)

# Answers that are facts about the query itself, the same on every try for a while.
NEGATIVE_ERRORS: Final[dict[str, type[RailwayError]]] = {
    error.__name__: error
    for error in (
        NotFound,
        NotInSample,
        InvalidPnr,
        PnrNotFound,
        PnrNotInSample,
        FlushedPnr,
        NotRunningOnDate,
        ClassNotOnTrain,
    )
}
_STORE_ERRORS = (RedisError, OSError)

# method → (kind of answer for TTLs and metrics, the model its answers are stored as)
_METHODS: Final[dict[str, tuple[str, type[Sourced[Any]]]]] = {
    "pnr_status": ("pnr", Sourced[PnrStatus]),
    "pnr_prediction": ("pnr_prediction", Sourced[ConfirmationChance]),
    "station_by_name": ("station", Sourced[list[Station]]),
    "station_by_code": ("station", Sourced[Station]),
    "station_directory": ("directory", Sourced[list[Station]]),
    "search_trains": ("train_search", Sourced[list[Train]]),
    "train_route": ("route", Sourced[TrainRoute]),
    "departures": ("departures", Sourced[StationBoard]),
    "live_status": ("live", Sourced[LiveStatus]),
    "rescheduled_trains": ("rescheduled", Sourced[list[RescheduledTrain]]),
    "cancelled_trains": ("cancelled", Sourced[list[CancelledTrain]]),
    "trains_between": ("trains_between", Sourced[list[TrainBetween]]),
    "fare": ("fare", Sourced[Fare]),
    "seat_availability": ("seats", Sourced[SeatAvailability]),
}

_BOARD: Final = Sourced[StationBoard]

T = TypeVar("T")
Load = Callable[[], Awaitable[Sourced[Any]]]

_ACCEPTED_AGE_S: ContextVar[float] = ContextVar("railway_accepted_age_s", default=0.0)


@contextlib.contextmanager
def answers_up_to(age_s: float) -> Iterator[None]:
    """Inside this block a cached answer up to `age_s` old serves as a fresh one, whatever its
    kind's freshness (an alert poll takes any look at its PNR within its own interval as its
    look; answers served keep their `as_of`, so the caller knows when that look was)."""
    token = _ACCEPTED_AGE_S.set(max(0.0, age_s))
    try:
        yield
    finally:
        _ACCEPTED_AGE_S.reset(token)


def cache_key(source: str, method: str, parts: tuple[str, ...]) -> str:
    """Where the answer of `source` to one question is kept."""
    encoded = ":".join(quote(part, safe="") for part in parts)
    return f"{CACHE_PREFIX}{CACHE_SCHEMA}:{source}:{method}:{encoded}"


def pnr_cache_keys(source: str, pnr: str) -> tuple[str, ...]:
    """The keys of one PNR's cached answers from `source` (status and confirmation chance), for
    whoever must make the next question reach the source: the sample railway after a move."""
    digest = _pnr_digest(pnr)
    methods = ("pnr_status", "pnr_prediction")
    return tuple(cache_key(source, method, (digest,)) for method in methods)


def _statuses_mark(status: PnrStatus) -> str:
    """A short mark of a PNR's current statuses (a place on the list moving changes it)."""
    said = ";".join(
        f"{p.current.kind.value}{p.current.position or ''}{p.current.berth or ''}"
        for p in status.passengers
    )
    return hashlib.blake2s(said.encode(), digest_size=6).hexdigest()


def _pnr_digest(pnr: str) -> str:
    # The PNR is hashed into the key: an operator browsing Redis sees no booking numbers.
    return hashlib.blake2s(pnr.strip().encode(), digest_size=10).hexdigest()


# Answers kept parsed, by key, with the stored text they came from: the most recently read ones.
_PARSED_KEPT = 512


@dataclass(frozen=True)
class _Entry:
    stored: float
    answer: Sourced[Any] | None = None
    error: RailwayError | None = None

    def result(self) -> Sourced[Any]:
        if self.error is not None:
            raise self.error
        assert self.answer is not None
        return self.answer


class CachedProvider:
    """`Provider` around any provider, over a `Store` shared by every process."""

    def __init__(
        self,
        inner: Provider,
        store: Store,
        *,
        clock: Clock = time.time,
        ttls: Mapping[str, float] = CACHE_TTL_S,
        negative_ttl_s: float = NEGATIVE_TTL_S,
        stale_max_age_s: float = STALE_MAX_AGE_S,
        lock_ttl_ms: int = FLIGHT_LOCK_TTL_MS,
        poll_s: float = FLIGHT_POLL_S,
    ) -> None:
        self.name = inner.name
        self._inner = inner
        self._store = store
        self._clock = clock
        self._ttls = dict(ttls)
        self._negative_ttl_s = negative_ttl_s
        self._stale_max_age_s = stale_max_age_s
        self._lock_ttl_ms = lock_ttl_ms
        self._poll_s = poll_s
        self._inflight: dict[str, asyncio.Task[Sourced[Any]]] = {}
        self._parsed: dict[str, tuple[str, _Entry]] = {}  # key -> (stored text, its answer)
        self._background: set[asyncio.Task[Sourced[Any]]] = set()  # started by alert polling

    # --- features -------------------------------------------------------------------------

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        digest = _pnr_digest(pnr)
        return await self._get(
            "pnr_status", (digest,), lambda: self._pnr_call(lambda: self._timed_pnr(pnr))
        )

    async def _pnr_call(self, call: Callable[[], Awaitable[Sourced[T]]]) -> Sourced[T]:
        """A call to the provider's PNR system, unless the provider said that system is in its
        nightly maintenance until a time still to come: then the same refusal without a call,
        which the provider would refuse (every process knows, through the store). A cached
        answer is then served as it would be after a refused call: not live, until when."""
        back = await self._maintenance_until()
        if back is not None:
            raise ServiceMaintenance("the PNR system is in its nightly maintenance", back_at=back)
        try:
            return await call()
        except ServiceMaintenance as exc:
            await self._remember_maintenance(exc)
            raise

    async def _maintenance_until(self) -> dt.datetime | None:
        """When the provider said its PNR system is back, if that is still to come."""
        try:
            raw = await self._store.get(self._maintenance_key)
        except _STORE_ERRORS:
            return None
        try:
            back = dt.datetime.fromisoformat(raw) if raw is not None else None
        except ValueError:
            return None
        if back is None or back.tzinfo is None or back.timestamp() <= self._clock():
            return None
        return back

    async def _remember_maintenance(self, exc: ServiceMaintenance) -> None:
        """Keep, until then, when the provider said its PNR system is back: never a window it
        did not date, one of another feature, or one longer than a nightly window can be."""
        if not exc.pnr or exc.back_at is None or exc.back_at.tzinfo is None:
            return
        left = exc.back_at.timestamp() - self._clock()
        if 0 < left <= PNR_MAINTENANCE_MAX_S:
            await self._write(self._maintenance_key, exc.back_at.isoformat(), left)

    @property
    def _maintenance_key(self) -> str:
        """Where every process keeps until when the provider's PNR system is in maintenance."""
        return self._key("pnr_maintenance", ("until",))

    async def _timed_pnr(self, pnr: str) -> Sourced[PnrStatus]:
        """The provider's PNR answer, with its train's departure from the timetable already
        kept here when the answer has none (RailRadar's has none): its freshness then counts
        from when the train leaves, not from midnight of the journey date. No call for it."""
        answer = await self._inner.pnr_status(pnr)
        if answer.data.departure is not None:
            return answer
        route_key = self._key("train_route", (answer.data.train.number.strip(),))
        known = await self._read(route_key, Sourced[TrainRoute])
        if known is None or known.answer is None:
            return answer
        return answer.model_copy(update={"data": with_departure(answer.data, known.answer.data)})

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        # The estimate is of the statuses the PNR has now: kept per those statuses, an estimate
        # is asked again when a place on the list moved, not each time its owner looks.
        # Days or weeks out, the same places' estimate is kept longer (`estimate_fresh_s`).
        digest = _pnr_digest(pnr)
        parts: tuple[str, ...] = (digest,)
        kept_s = 0.0
        known = await self._read(self._key("pnr_status", (digest,)), Sourced[PnrStatus])
        if known is not None and known.answer is not None:
            status = known.answer.data
            parts = (digest, _statuses_mark(status))
            kept_s = estimate_fresh_s(status, self._clock(), known.answer.as_of.tzinfo or dt.UTC)
        with answers_up_to(max(_ACCEPTED_AGE_S.get(), kept_s)):
            return await self._get(
                "pnr_prediction",
                parts,
                lambda: self._pnr_call(lambda: self._inner.pnr_prediction(pnr)),
            )

    async def station_directory(self) -> Sourced[list[Station]]:
        return await self._get("station_directory", ("all",), self._inner.station_directory)

    async def search_trains(
        self, query: str, limit: int = TRAIN_SEARCH_LIMIT
    ) -> Sourced[list[Train]]:
        key = " ".join(query.split()).casefold()
        return await self._get(
            "search_trains", (key, str(limit)), lambda: self._inner.search_trains(query, limit)
        )

    async def station_by_name(self, name: str) -> Sourced[list[Station]]:
        key = " ".join(name.split()).casefold()
        return await self._get("station_by_name", (key,), lambda: self._inner.station_by_name(name))

    async def station_by_code(self, code: str) -> Sourced[Station]:
        return await self._get(
            "station_by_code", (_code(code),), lambda: self._inner.station_by_code(code)
        )

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        return await self._get(
            "train_route", (train.strip(),), lambda: self._inner.train_route(train)
        )

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        code = _code(station)
        # A fresh board for more hours holds every train of fewer: "next 2 hours" a minute after
        # "next 4 hours" at the same station is that board, cut to 2 hours, not a second call.
        for wider in range(hours + 1, BOARD_WIDEST_H + 1):
            known = await self._read(self._key("departures", (code, str(wider))), _BOARD)
            if known is None or known.answer is None or not self._is_fresh(known, "departures"):
                continue
            CACHE_RESULTS.labels("departures", "hit").inc()
            return _cut_to(known.answer, hours, self._clock())
        if getattr(self._inner, "board_any_width_one_call", False):
            # Any window is one call: ask for the widest, which then answers every narrower
            # question at this station while it is fresh ("next 4 hours" after "next 2"), and
            # every wider one as far as it goes (the provider gives no more: a look at the day
            # ahead after an empty "next 4 hours" is no second call for the same board).
            widest = await self._get(
                "departures",
                (code, str(BOARD_WIDEST_H)),
                lambda: self._inner.departures(station, BOARD_WIDEST_H),
            )
            return _cut_to(widest, hours, self._clock()) if hours < BOARD_WIDEST_H else widest
        return await self._get(
            "departures", (code, str(hours)), lambda: self._inner.departures(station, hours)
        )

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        return await self._get(
            "live_status",
            (train.strip(), start_date.isoformat()),
            lambda: self._inner.live_status(train, start_date),
        )

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        return await self._get(
            "rescheduled_trains", (on.isoformat(),), lambda: self._inner.rescheduled_trains(on)
        )

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        return await self._get(
            "cancelled_trains", (on.isoformat(),), lambda: self._inner.cancelled_trains(on)
        )

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        if on is not None and getattr(self._inner, "between_by_run_day", False):
            # Every date from the one undated answer: the provider's date only filters by run day.
            every_day = await self.trains_between(from_code, to_code, None, by_city)
            kept = [item for item in every_day.data if leaves_on(item, on)]
            return every_day.model_copy(update={"data": kept})
        parts = (_code(from_code), _code(to_code), on.isoformat() if on else "any")
        return await self._get(
            "trains_between",
            (*parts, "city") if by_city else parts,
            lambda: self._inner.trains_between(from_code, to_code, on, by_city),
        )

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
        parts = (train.strip(), _code(from_code), _code(to_code), _code(journey_class))
        # A provider whose fare takes no age answers every age alike: one key for them all.
        aged = str(age) if getattr(self._inner, "fare_by_age", True) else "any"
        # A train whose fares are the tariff's (its kind from its kept timetable: no call) costs
        # the same on every date it runs: a fresh answer for one date answers the others.
        every_date: str | None = None
        if not await self._fare_by_date(train, quota, from_code, on):
            every_date = self._key("fare", (*parts, _code(quota), aged, "any"))
            known = await self._read(every_date, Sourced[Fare])
            if known is not None and known.answer is not None and self._is_fresh(known, "fare"):
                CACHE_RESULTS.labels("fare", "hit").inc()
                return known.answer
        answer: Sourced[Fare] = await self._get(
            "fare",
            (*parts, _code(quota), aged, on.isoformat()),
            lambda: self._inner.fare(train, from_code, to_code, journey_class, quota, age, on),
        )
        if every_date is not None and not answer.stale:
            record = {"t": answer.as_of.timestamp(), "v": answer.model_dump(mode="json")}
            await self._write(every_date, json.dumps(record), self._keep_s("fare"))
        return answer

    async def _fare_by_date(self, train: str, quota: str, boarding: str, on: dt.date) -> bool:
        """Whether `train`'s fare in `quota` from `boarding` on `on` is asked for that date: its
        kind in the timetable already kept may price by date (unknown without one: it may), or
        the timetable says the train does not leave `boarding` that day (the provider says)."""
        kept = await self._read(self._key("train_route", (train.strip(),)), Sourced[TrainRoute])
        route = kept.answer.data if kept is not None and kept.answer is not None else None
        if route is None or vocabulary.fare_by_date(route.train.type, quota):
            return True
        stop, days = route.stop_at(boarding), route.train.run_days
        if stop is None or not days:
            return stop is None
        start = on - dt.timedelta(days=max(1, stop.day) - 1)
        return WEEKDAYS[start.weekday()] not in {day.upper() for day in days}

    async def seat_availability(
        self,
        train: str,
        from_code: str,
        to_code: str,
        on: dt.date,
        journey_class: str,
        quota: str,
    ) -> Sourced[SeatAvailability]:
        parts = (train.strip(), _code(from_code), _code(to_code), on.isoformat())
        tail = (_code(journey_class), _code(quota))
        calendar: str | None = None
        if getattr(self._inner, "seats_calendar", False):
            # One answer is a calendar of days: a fresh one holding the day asked answers it.
            calendar = self._key("seat_availability", (*parts[:3], "calendar", *tail))
            known = await self._read(calendar, Sourced[SeatAvailability])
            if known is not None and known.answer is not None and self._is_fresh(known, "seats"):
                from_day = _from_day(known.answer, on)
                if from_day is not None:
                    CACHE_RESULTS.labels("seats", "hit").inc()
                    return from_day
        answer: Sourced[SeatAvailability] = await self._get(
            "seat_availability",
            (*parts, *tail),
            lambda: self._inner.seat_availability(
                train, from_code, to_code, on, journey_class, quota
            ),
        )
        if calendar is not None and not answer.stale and answer.data.days:
            record = {"t": answer.as_of.timestamp(), "v": answer.model_dump(mode="json")}
            await self._write(calendar, json.dumps(record), self._keep_s("seats"))
        return answer

    async def aclose(self) -> None:
        await self._inner.aclose()

    # --- the cache --------------------------------------------------------------------------

    async def _get(
        self, method: str, parts: tuple[str, ...], load: Callable[[], Awaitable[Sourced[T]]]
    ) -> Sourced[T]:
        kind, model = _METHODS[method]
        key = self._key(method, parts)
        entry = await self._read(key, model)
        if entry is not None and self._is_fresh(entry, kind):
            CACHE_RESULTS.labels(kind, "negative" if entry.error else "hit").inc()
            cached: Sourced[T] = entry.result()
            return cached
        task = self._inflight.get(key)
        if task is not None:
            CACHE_RESULTS.labels(kind, "shared").inc()
            polling = task in self._background
            try:
                # Shielded: one caller giving up does not cancel the answer others wait for.
                shared: Sourced[T] = await asyncio.shield(task)
                return shared
            except BudgetExhausted:
                # Alert polling asked first and could not be given a call; a person's question
                # may be (it may wait, and take the calls kept for people).
                if not polling or current_priority() is Priority.BACKGROUND:
                    raise
        CACHE_RESULTS.labels(kind, "miss").inc()
        task = asyncio.create_task(self._fill(key, kind, model, load))
        self._inflight[key] = task
        if current_priority() is Priority.BACKGROUND:
            self._background.add(task)
        task.add_done_callback(lambda done: self._finished(key, done))
        answer: Sourced[T] = await asyncio.shield(task)
        return answer

    def _finished(self, key: str, task: asyncio.Task[Sourced[Any]]) -> None:
        self._background.discard(task)
        if self._inflight.get(key) is task:
            del self._inflight[key]
        if not task.cancelled():
            task.exception()  # retrieved here, so an answer nobody awaits logs no warning

    async def _fill(
        self, key: str, kind: str, model: type[Sourced[Any]], load: Load
    ) -> Sourced[Any]:
        lock = FLIGHT_PREFIX + key.removeprefix(CACHE_PREFIX)
        token = secrets.token_hex(8)
        give_up_at = time.monotonic() + self._lock_ttl_ms / 1000 + 1
        while True:
            if await self._acquire(lock, token):
                try:
                    entry = await self._read(key, model)
                    if entry is not None and self._is_fresh(entry, kind):
                        return entry.result()
                    return await self._load(key, kind, load, entry)
                finally:
                    await self._release(lock, token)
            entry = await self._wait(key, kind, model, lock, give_up_at)
            if entry is not None:
                return entry.result()
            if time.monotonic() >= give_up_at:
                # The lock holder is stuck past its lease: answer without it.
                return await self._load(key, kind, load, await self._read(key, model))

    async def _wait(
        self, key: str, kind: str, model: type[Sourced[Any]], lock: str, give_up_at: float
    ) -> _Entry | None:
        """Poll until another process stores a fresh answer (returned), or its lock goes away
        or the wait runs out (None)."""
        while time.monotonic() < give_up_at:
            await asyncio.sleep(self._poll_s)
            entry = await self._read(key, model)
            if entry is not None and self._is_fresh(entry, kind):
                return entry
            try:
                if await self._store.get(lock) is None:
                    return None
            except _STORE_ERRORS:
                return None
        return None

    async def _load(self, key: str, kind: str, load: Load, previous: _Entry | None) -> Sourced[Any]:
        try:
            answer = await load()
        except UpstreamUnavailable as exc:
            now = self._clock()
            if (
                previous is not None
                and previous.answer is not None
                and now - previous.stored <= self._keep_s(kind)
            ):
                CACHE_RESULTS.labels(kind, "stale").inc()
                log.warning(
                    "upstream failed; serving a stale answer",
                    extra={"kind": kind, "age_s": round(now - previous.stored)},
                )
                # A provider paused for long says until when; a passing failure does not.
                # A refused key is the operator's to fix: it does not pass in minutes either.
                refused = isinstance(exc, UpstreamAuthError)
                update: dict[str, object] = {
                    "stale": True,
                    "paused": pause_of(exc),
                    "key_refused": refused,
                }
                if isinstance(exc, ServiceMaintenance):  # back when the railway said
                    update |= {"maintenance": True, "back_at": exc.back_at}
                return previous.answer.model_copy(update=update)
            raise
        except RailwayError as error:
            if type(error).__name__ in NEGATIVE_ERRORS:
                record = {"t": self._clock(), "e": type(error).__name__, "m": str(error)}
                await self._write(key, json.dumps(record), self._negative_ttl_s)
            raise
        if not answer.stale:
            record = {"t": self._clock(), "v": answer.model_dump(mode="json")}
            await self._write(key, json.dumps(record), self._keep_s(kind))
        return answer

    def _is_fresh(self, entry: _Entry, kind: str) -> bool:
        if entry.error is not None or entry.answer is None:
            return self._clock() - entry.stored < self._negative_ttl_s
        if self._clock() - entry.stored < _ACCEPTED_AGE_S.get():
            return True
        default = self._ttls.get(kind, 0)
        return self._clock() < fresh_until(kind, entry.answer, entry.stored, default)

    def _keep_s(self, kind: str) -> float:
        """How long an answer is kept to be served stale: until a day old, or, for facts fresh
        for a day or more, a day past their freshness (a timetable fresh for a week can still
        answer, with its age, when the upstream fails on the eighth day)."""
        fresh = self._ttls.get(kind, 0)
        if fresh >= self._stale_max_age_s:
            return fresh + self._stale_max_age_s
        return self._stale_max_age_s

    def _key(self, method: str, parts: tuple[str, ...]) -> str:
        return cache_key(self.name, method, parts)

    # --- the store, failing soft --------------------------------------------------------------

    async def _read(self, key: str, model: type[Sourced[Any]]) -> _Entry | None:
        try:
            raw = await self._store.get(key)
        except _STORE_ERRORS:
            log.warning("cache read failed; asking the upstream", exc_info=True)
            return None
        if raw is None:
            return None
        known = self._parsed.get(key)
        if known is not None and known[0] == raw:  # read before, unchanged: parsed already
            return known[1]
        try:
            record = json.loads(raw)
            stored = float(record["t"])
            if "e" in record:
                error = NEGATIVE_ERRORS[record["e"]](str(record.get("m", "")))
                return _Entry(stored=stored, error=error)
            entry = _Entry(stored=stored, answer=model.model_validate(record["v"]))
        except (ValueError, TypeError, KeyError):
            log.warning("unreadable cache entry ignored", extra={"model": model.__name__})
            return None
        # Answers are frozen models: one parsed from the same stored text can be handed out again.
        self._parsed.pop(key, None)
        self._parsed[key] = (raw, entry)
        if len(self._parsed) > _PARSED_KEPT:
            del self._parsed[next(iter(self._parsed))]
        return entry

    async def _write(self, key: str, value: str, ttl_s: float) -> None:
        try:
            await self._store.set(key, value, ttl_s=ttl_s)
        except _STORE_ERRORS:
            log.warning("cache write failed", exc_info=True)

    async def _acquire(self, lock: str, token: str) -> bool:
        try:
            return await self._store.acquire_lock(lock, token, self._lock_ttl_ms)
        except _STORE_ERRORS:
            return True  # no shared store: each process answers for itself

    async def _release(self, lock: str, token: str) -> None:
        try:
            await self._store.release_lock(lock, token)
        except _STORE_ERRORS:
            log.warning("could not release a single-flight lock", exc_info=True)


def _code(value: str) -> str:
    return value.strip().upper()


def _cut_to(answer: Sourced[StationBoard], hours: int, now: float) -> Sourced[StationBoard]:
    """A board cut to the trains leaving (or, ending here, arriving) within `hours` of `now`;
    a train standing at the platform stays, as on any board."""
    until = dt.datetime.fromtimestamp(now, answer.as_of.tzinfo) + dt.timedelta(hours=hours)
    kept = tuple(
        departure
        for departure in answer.data.departures
        if departure.state is BoardState.AT_STATION
        or (moment := board_order(departure)) is None
        or moment <= until
    )
    board = answer.data.model_copy(update={"hours": hours, "departures": kept})
    return answer.model_copy(update={"data": board})


def _from_day(answer: Sourced[SeatAvailability], day: dt.date) -> Sourced[SeatAvailability] | None:
    """The calendar from `day` on, when it holds `day`."""
    days = tuple(seat_day for seat_day in answer.data.days if seat_day.date >= day)
    if not days or days[0].date != day:
        return None
    return answer.model_copy(update={"data": answer.data.model_copy(update={"days": days})})


def leaves_on(item: TrainBetween, day: dt.date) -> bool:
    """Whether the train leaves `item.from_station` on `day`: its run that started the days
    before (`departure_day` - 1) runs on that weekday. Unknown run days keep it."""
    run_days = item.train.run_days
    if not run_days:
        return True
    start = day - dt.timedelta(days=max(1, item.departure_day or 1) - 1)
    return WEEKDAYS[start.weekday()] in {d.upper() for d in run_days}
