"""The offline timetable: the CC0 open data in one SQLite file, and the provider that reads it.

`python -m app data import` (app.railways.importer) builds the file; this module owns its schema.
Times are stored as minutes from midnight of the day the train leaves its origin, so a stop at
01:10 on the journey's second day is 1,510: durations and day offsets are plain subtraction.

The importer swaps a new file in with `os.replace`; readers notice the new inode (checked at most
every `recheck_s` seconds) and re-open, while a query already running on the old file finishes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, Protocol, TypeVar
from zoneinfo import ZoneInfo

from pydantic import Field

from app.errors import InvalidArgument, NotFound, NotOffered, TimetableNotLoaded
from app.railways.models import (
    CancelledTrain,
    ConfirmationChance,
    Departure,
    Fare,
    LiveStatus,
    Model,
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
from app.railways.provider import TRAIN_SEARCH_LIMIT
from app.railways.vocabulary import current_station_code
from app.store import Clock

log = logging.getLogger(__name__)

T = TypeVar("T")

PROVIDER_NAME: Final = "offline"
BUILTIN_SOURCE: Final = "builtin"
SCHEMA_VERSION: Final = 1
MINUTES_PER_DAY: Final = 24 * 60
# How often a reader looks for a newly imported file: an import shows within this many seconds.
RECHECK_S: Final = 2.0
MAX_BOARD_HOURS: Final = 24
# A city-to-city search looks at this many stations of each city at most (the city's main ones
# come first): 64 station pairs answer in milliseconds.
MAX_CITY_STATIONS: Final = 8

NOT_LOADED_MESSAGE: Final = (
    "the offline timetable is not loaded yet: run `python -m app data fetch` "
    "(or `python -m app data import --stations F --trains F --schedules F`)"
)

# Which tables each importable file fills. Importing some files keeps the other groups.
TABLE_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "stations": ("stations",),
    "trains": ("trains",),
    "schedules": ("stops", "routes"),
}

TABLES: Final[dict[str, str]] = {
    "meta": "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "stations": (
        "CREATE TABLE stations (code TEXT PRIMARY KEY, name TEXT NOT NULL, state TEXT,"
        " zone TEXT, address TEXT, lat REAL, lng REAL) WITHOUT ROWID"
    ),
    "trains": (
        "CREATE TABLE trains (number TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT, zone TEXT,"
        " from_code TEXT, to_code TEXT, departure INTEGER, arrival INTEGER, duration_min INTEGER,"
        " distance_km INTEGER, classes TEXT NOT NULL, return_train TEXT) WITHOUT ROWID"
    ),
    # arrival/departure: minutes from midnight of the origin's departure day (NULL at the
    # origin/destination); day: the journey day of the stop (of its arrival when it has one);
    # board_minute: minute of the day the stop shows on a station board (departure, else arrival).
    "stops": (
        "CREATE TABLE stops (train TEXT NOT NULL, seq INTEGER NOT NULL, code TEXT NOT NULL,"
        " name TEXT NOT NULL, day INTEGER NOT NULL, arrival INTEGER, departure INTEGER,"
        " board_minute INTEGER NOT NULL, PRIMARY KEY (train, seq)) WITHOUT ROWID"
    ),
    # One row per train that has a schedule: its name and ends as the schedule gives them.
    "routes": (
        "CREATE TABLE routes (train TEXT PRIMARY KEY, name TEXT NOT NULL, from_code TEXT NOT NULL,"
        " to_code TEXT NOT NULL, stops INTEGER NOT NULL) WITHOUT ROWID"
    ),
}

# Created after the rows are loaded (faster than maintaining them row by row).
INDEXES: Final[dict[str, tuple[str, ...]]] = {
    "stations": (),
    "trains": (),
    "stops": (
        # trains between A and B: every stop at A, then a point look-up of the same train at B
        "CREATE INDEX stops_at_station ON stops (code, train, seq, arrival, departure)",
        # a station board: the stops at a station within a range of minutes of the day
        "CREATE INDEX stops_on_board ON stops (code, board_minute)",
    ),
    "routes": (),
}

_TRAIN_NUMBER = re.compile(r"[0-9]{5}")
_SEARCH_WORD = re.compile(r"[0-9a-z]+")
_STATION_CODE = re.compile(r"[A-Z0-9]{1,8}")


class StationMatchLike(Protocol):
    @property
    def station(self) -> Station: ...


class StationLookup(Protocol):
    """What the provider needs of `app.railways.stations.StationIndex`."""

    def get(self, code: str) -> Station | None: ...

    def search(self, query: str, limit: int = 5) -> Sequence[StationMatchLike]: ...

    def same_city(self, code: str) -> tuple[str, ...]: ...


class TimetableInfo(Model):
    """Where the offline timetable came from and when it was imported."""

    imported_at: dt.datetime  # the latest import into this store (timezone-aware, UTC)
    dataset: str = "datameet"
    vintage: int | None = None  # the year the data was gathered (2016 for datameet/railways)
    # "stations" / "trains" / "schedules" → the file name or URL it came from, and when
    sources: dict[str, str] = Field(default_factory=dict)
    tables_imported_at: dict[str, dt.datetime] = Field(default_factory=dict)
    # "stations", "trains", "stops", "routes" → rows
    counts: dict[str, int] = Field(default_factory=dict)


def train_number(value: str) -> str:
    """A train number as exactly five ASCII digits, else InvalidArgument."""
    number = value.strip()
    if not _TRAIN_NUMBER.fullmatch(number):
        raise InvalidArgument(f"not a train number: {value!r}", problem="train")
    return number


def station_code(value: str) -> str:
    """The current code for a station code (renames followed), else InvalidArgument."""
    code = current_station_code(value)
    if not _STATION_CODE.fullmatch(code):
        raise InvalidArgument(f"not a station code: {value!r}", problem="station")
    return code


def clock_time(minutes: int | None) -> dt.time | None:
    """The wall-clock time of a stored minute count (any journey day)."""
    if minutes is None:
        return None
    of_day = minutes % MINUTES_PER_DAY
    return dt.time(of_day // 60, of_day % 60)


def read_info(conn: sqlite3.Connection) -> TimetableInfo:
    """The import metadata stored in an open timetable file."""
    meta = {key: json.loads(value) for key, value in conn.execute("SELECT key, value FROM meta")}
    if meta.get("schema") != SCHEMA_VERSION or "imported_at" not in meta:
        raise sqlite3.DatabaseError(f"not a RailBot timetable (schema {meta.get('schema')!r})")

    def when(epoch: float) -> dt.datetime:
        return dt.datetime.fromtimestamp(epoch, dt.UTC)

    groups = [group for group in TABLE_GROUPS if f"{group}.imported_at" in meta]
    return TimetableInfo(
        imported_at=when(meta["imported_at"]),
        dataset=meta.get("dataset", "datameet"),
        vintage=meta.get("vintage"),
        sources={group: meta[f"{group}.source"] for group in groups},
        tables_imported_at={group: when(meta[f"{group}.imported_at"]) for group in groups},
        counts=meta.get("counts", {}),
    )


def _station_from_row(row: sqlite3.Row) -> Station:
    return Station(
        code=row["code"],
        name=row["name"],
        state=row["state"],
        zone=row["zone"],
        lat=row["lat"],
        lng=row["lng"],
    )


def read_stations(path: Path) -> list[Station]:
    """Every station in the timetable file at `path` ([] when it has not been imported)."""
    if not path.exists():
        return []
    conn = _open_read_only(path)
    try:
        return [_station_from_row(row) for row in conn.execute("SELECT * FROM stations")]
    except sqlite3.Error as exc:
        log.warning("cannot read stations from the offline timetable: %s", exc)
        return []
    finally:
        conn.close()


def read_imported_at(path: Path) -> dt.datetime | None:
    """When the timetable file at `path` was last imported (None when it has not been)."""
    if not path.exists():
        return None
    conn = _open_read_only(path)
    try:
        return read_info(conn).imported_at
    except sqlite3.Error as exc:
        log.warning("cannot read when the offline timetable was imported: %s", exc)
        return None
    finally:
        conn.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


class Timetable:
    """Synchronous read access to one timetable file, re-opened when an import swaps it.

    Each thread gets its own read-only connection, so queries from `asyncio.to_thread` run in
    parallel. Models built from the file are memoised until the file changes.
    """

    def __init__(self, path: Path, *, recheck_s: float = RECHECK_S) -> None:
        self.path = path
        self.recheck_s = recheck_s
        self._lock = threading.Lock()
        self._local = threading.local()
        self._connections: set[sqlite3.Connection] = set()
        self._signature: tuple[int, int, int] | None = None
        self._generation = 0
        self._next_check = 0.0
        self._info: TimetableInfo | None = None
        self._trains: dict[str, Train | None] = {}
        self._stations: dict[str, Station | None] = {}

    # --- file lifecycle -------------------------------------------------------------------------

    def refresh(self, *, force: bool = False) -> None:
        """Notice a swapped, new or removed file (at most every `recheck_s` unless forced)."""
        now = time.monotonic()
        if not force and now < self._next_check:
            return
        with self._lock:
            self._next_check = now + self.recheck_s
            try:
                stat = os.stat(self.path)
                signature: tuple[int, int, int] | None = (
                    stat.st_ino,
                    stat.st_mtime_ns,
                    stat.st_size,
                )
            except OSError:
                signature = None
            if signature == self._signature:
                return
            self._signature = signature
            self._generation += 1
            self._trains = {}
            self._stations = {}
            self._info = self._load_info() if signature is not None else None

    def _load_info(self) -> TimetableInfo | None:
        try:
            conn = _open_read_only(self.path)
        except sqlite3.Error as exc:
            log.warning("cannot open the offline timetable %s: %s", self.path, exc)
            return None
        try:
            info = read_info(conn)
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            log.warning("the offline timetable %s is unusable: %s", self.path, exc)
            return None
        finally:
            conn.close()
        log.info(
            "offline timetable opened",
            extra={"imported_at": info.imported_at.isoformat(), "counts": info.counts},
        )
        return info

    @property
    def info(self) -> TimetableInfo | None:
        """The import metadata, or None when there is no usable timetable file."""
        self.refresh()
        return self._info

    def loaded(self) -> bool:
        return self.info is not None

    def _connection(self) -> sqlite3.Connection:
        self.refresh()
        local = self._local
        if getattr(local, "generation", None) != self._generation:
            old: sqlite3.Connection | None = getattr(local, "conn", None)
            if old is not None:
                local.conn = None
                self._forget(old)
            # Look again before opening, so that the metadata describes the file opened.
            self.refresh(force=True)
            if self._info is None:
                raise TimetableNotLoaded(NOT_LOADED_MESSAGE)
            conn = _open_read_only(self.path)
            with self._lock:
                self._connections.add(conn)
            local.conn, local.generation = conn, self._generation
        if self._info is None:
            raise TimetableNotLoaded(NOT_LOADED_MESSAGE)
        current: sqlite3.Connection = local.conn
        return current

    def _forget(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            self._connections.discard(conn)
        conn.close()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            return self._connection().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            # A file swapped mid-flight or damaged: look at it afresh before the next query.
            self._next_check = 0.0
            raise TimetableNotLoaded(f"the offline timetable could not be read: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, set()
            self._generation += 1
        for conn in connections:
            conn.close()

    # --- lookups ----------------------------------------------------------------------------

    def station(self, code: str) -> Station | None:
        """A station as the timetable's stations file gives it."""
        cache = self._stations  # replaced, not cleared, when the file changes
        if code in cache:
            return cache[code]
        rows = self.query("SELECT * FROM stations WHERE code = ?", (code,))
        station = _station_from_row(rows[0]) if rows else None
        cache[code] = station
        return station

    def stations(self) -> list[Station]:
        return [_station_from_row(row) for row in self.query("SELECT * FROM stations")]

    def train(self, number: str) -> Train | None:
        """A train from trains.json, else from its schedule, else None."""
        cache = self._trains  # replaced, not cleared, when the file changes
        if number in cache:
            return cache[number]
        rows = self.query(
            "SELECT t.name, t.type, t.from_code, t.to_code, t.classes,"
            " r.name AS route_name, r.from_code AS route_from, r.to_code AS route_to"
            " FROM (SELECT ? AS number) q"
            " LEFT JOIN trains t ON t.number = q.number"
            " LEFT JOIN routes r ON r.train = q.number",
            (number,),
        )
        row = rows[0]
        train: Train | None = None
        if row["name"] is not None or row["route_name"] is not None:
            train = Train(
                number=number,
                name=row["name"] or row["route_name"] or "",
                type=row["type"],
                classes=tuple(c for c in (row["classes"] or "").split(",") if c),
                from_code=row["from_code"] or row["route_from"],
                to_code=row["to_code"] or row["route_to"],
            )
        cache[number] = train
        return train


def _aware(date: dt.date, minutes: int, tz: ZoneInfo) -> dt.datetime:
    """Wall-clock time `minutes` after midnight starting `date`, in `tz`."""
    return dt.datetime.combine(date, dt.time(), tzinfo=tz) + dt.timedelta(minutes=minutes)


class OfflineProvider:
    """`Provider` over the offline timetable: stations, routes, boards and trains between.

    Live-only features raise `NotOffered`. With no timetable imported, station questions are
    answered from the station index (source "builtin") and timetable questions raise
    `TimetableNotLoaded`. The open data has no running days, so `Train.run_days` stays None and
    `trains_between` cannot filter by date.
    """

    name = PROVIDER_NAME

    def __init__(
        self,
        store_path: Path,
        index: StationLookup,
        *,
        clock: Clock = time.time,
        tz: ZoneInfo | None = None,
        recheck_s: float = RECHECK_S,
    ) -> None:
        self.index = index
        self.timetable = Timetable(store_path, recheck_s=recheck_s)
        self._clock = clock
        self._tz = tz or ZoneInfo("Asia/Kolkata")

    # --- for the service's wiring ----------------------------------------------------------------

    def ready(self) -> bool:
        """True when a usable timetable file is in place (cheap: a stat every few seconds)."""
        return self.timetable.loaded()

    def metadata(self) -> TimetableInfo | None:
        """Where the timetable came from and when it was imported; None before any import."""
        return self.timetable.info

    def stations(self) -> list[Station]:
        """Every station in the timetable file, to build the station index ([] before import)."""
        if not self.timetable.loaded():
            return []
        return self.timetable.stations()

    # --- helpers ----------------------------------------------------------------------------

    def _sourced(self, data: T) -> Sourced[T]:
        info = self.timetable.info
        if info is None:
            return Sourced(data=data, source=BUILTIN_SOURCE, as_of=self._now())
        return Sourced(data=data, source=PROVIDER_NAME, as_of=info.imported_at)

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock(), self._tz)

    def _station(self, code: str, fallback_name: str | None = None) -> Station | None:
        station = self.timetable.station(code) if self.timetable.loaded() else None
        station = station or self.index.get(code)
        if station is None and fallback_name:
            station = Station(code=code, name=fallback_name)
        return station

    def _known_station(self, code: str) -> Station:
        """A station the timetable or the index knows, else one that trains call at, else
        NotFound."""
        station = self._station(code)
        if station is not None:
            return station
        rows = self.timetable.query("SELECT name FROM stops WHERE code = ? LIMIT 1", (code,))
        if not rows:
            raise NotFound(f"no station with code {code}")
        return Station(code=code, name=rows[0]["name"])

    def _train(self, number: str) -> Train:
        train = self.timetable.train(number)
        if train is None:
            raise NotFound(f"train {number} is not in the offline timetable")
        return train

    # --- stations ---------------------------------------------------------------------------

    async def station_by_name(self, name: str) -> Sourced[list[Station]]:
        query = name.strip()
        if not query:
            raise InvalidArgument("a station name is empty", problem="name")
        matches = self.index.search(query)
        if not matches:
            raise NotFound(f"no station matches {query!r}")
        return self._sourced([match.station for match in matches])

    async def station_by_code(self, code: str) -> Sourced[Station]:
        current = station_code(code)
        station = await asyncio.to_thread(self._station, current)
        if station is None:
            raise NotFound(f"no station with code {current}")
        return self._sourced(station)

    async def station_directory(self) -> Sourced[list[Station]]:
        # Its stations are local already: the directory is for sources the index lacks.
        raise NotOffered("station_directory", PROVIDER_NAME)

    # --- timetable --------------------------------------------------------------------------

    async def train(self, number: str) -> Sourced[Train]:
        """A train by number: name, type, ends and classes (no running days in the open data)."""
        return await asyncio.to_thread(self._train_sync, train_number(number))

    def _train_sync(self, number: str) -> Sourced[Train]:
        return self._sourced(self._train(number))

    async def search_trains(
        self, query: str, limit: int = TRAIN_SEARCH_LIMIT
    ) -> Sourced[list[Train]]:
        """Trains whose number starts with the query's digits and whose name has every word of
        it ("rajdhani mumbai"; "1295"), numbers in order."""
        words = _SEARCH_WORD.findall(query.lower())
        if not words or len(query) > 60:
            raise InvalidArgument("a train search is a number or words of a name", problem="name")
        return await asyncio.to_thread(self._search_sync, words, max(1, limit))

    def _search_sync(self, words: list[str], limit: int) -> Sourced[list[Train]]:
        digits = "".join(word for word in words if word.isdigit())
        names = sorted((word for word in words if not word.isdigit()), key=len, reverse=True)
        # The most telling word narrows it in SQL; the others are checked here.
        rows = self.timetable.query(
            "SELECT number, name FROM (SELECT number, name FROM trains UNION"
            " SELECT train AS number, name FROM routes)"
            " WHERE number LIKE ? AND lower(name) LIKE ? ORDER BY number",
            (f"{digits}%", f"%{names[0]}%" if names else "%"),
        )
        numbers: list[str] = []
        for row in rows:
            name = str(row["name"]).lower()
            if row["number"] not in numbers and all(word in name for word in names[1:]):
                numbers.append(row["number"])
        trains = [train for number in numbers[:limit] if (train := self.timetable.train(number))]
        if not trains:
            raise NotFound("no train in the offline timetable matches")
        return self._sourced(trains)

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        return await asyncio.to_thread(self._route_sync, train_number(train))

    def _route_sync(self, number: str) -> Sourced[TrainRoute]:
        rows = self.timetable.query(
            "SELECT seq, code, name, day, arrival, departure FROM stops WHERE train = ?"
            " ORDER BY seq",
            (number,),
        )
        train = self._train(number)
        if not rows:
            raise NotFound(f"the offline timetable has no stops for train {number}")
        stops = []
        for position, row in enumerate(rows, start=1):
            arrival, departure = row["arrival"], row["departure"]
            station = self._station(row["code"], row["name"])
            assert station is not None  # a fallback name is always given
            stops.append(
                RouteStop(
                    seq=position,
                    station=station,
                    arrival=clock_time(arrival),
                    departure=clock_time(departure),
                    day=row["day"],
                    halt_min=(
                        departure - arrival
                        if arrival is not None and departure is not None
                        else None
                    ),
                )
            )
        return self._sourced(TrainRoute(train=train, stops=tuple(stops)))

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        code = station_code(station)
        if not 1 <= hours <= MAX_BOARD_HOURS:
            raise InvalidArgument(
                f"hours must be 1 to {MAX_BOARD_HOURS}, not {hours}", problem="hours"
            )
        return await asyncio.to_thread(self._departures_sync, code, hours)

    def _departures_sync(self, code: str, hours: int) -> Sourced[StationBoard]:
        start = self._now().replace(second=0, microsecond=0)
        end = start + dt.timedelta(hours=hours)
        first = start.hour * 60 + start.minute
        last = end.hour * 60 + end.minute
        # Minutes of the day on the board; a window that crosses midnight is two ranges.
        if first < last:
            ranges = [(first, last)]
        elif first > last:
            ranges = [(first, MINUTES_PER_DAY - 1), (0, last)]
        else:
            ranges = [(0, MINUTES_PER_DAY - 1)]
        self.timetable.refresh()
        place = self._known_station(code)
        rows = [
            row
            for low, high in ranges
            for row in self.timetable.query(
                "SELECT train, arrival, departure FROM stops"
                " WHERE code = ? AND board_minute BETWEEN ? AND ?",
                (code, low, high),
            )
        ]
        board: list[tuple[dt.datetime, str, Departure]] = []
        for row in rows:
            arrival, departure = row["arrival"], row["departure"]
            shown = departure if departure is not None else arrival
            train = self.timetable.train(row["train"])
            if train is None:
                continue
            day = start.date()
            while day <= end.date():
                at = _aware(day, shown % MINUTES_PER_DAY, self._tz)
                if start <= at <= end:
                    origin_day = day - dt.timedelta(days=shown // MINUTES_PER_DAY)
                    entry = Departure(
                        train=train,
                        scheduled_arrival=(
                            _aware(origin_day, arrival, self._tz) if arrival is not None else None
                        ),
                        scheduled_departure=(
                            _aware(origin_day, departure, self._tz)
                            if departure is not None
                            else None
                        ),
                        from_code=train.from_code,
                        to_code=train.to_code,
                        start_date=origin_day,
                    )
                    board.append((at, train.number, entry))
                day += dt.timedelta(days=1)
        board.sort(key=lambda item: (item[0], item[1]))
        return self._sourced(
            StationBoard(station=place, hours=hours, departures=tuple(d for *_, d in board))
        )

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        origin, destination = station_code(from_code), station_code(to_code)
        if origin == destination:
            raise InvalidArgument(
                f"{origin} is both the start and the end of the journey", problem="same_station"
            )
        origins: tuple[str, ...] = (origin,)
        destinations: tuple[str, ...] = (destination,)
        if by_city:
            origins = self.index.same_city(origin)[:MAX_CITY_STATIONS]
            destinations = self.index.same_city(destination)[:MAX_CITY_STATIONS]
        # `on` cannot narrow the answer: the open data does not say which days trains run.
        return await asyncio.to_thread(self._between_sync, origins, destinations)

    def _between_sync(
        self, origins: tuple[str, ...], destinations: tuple[str, ...]
    ) -> Sourced[list[TrainBetween]]:
        """Trains from any of `origins` to any of `destinations` (the first of each must be a
        known station; the others are its city's), each by its quickest pair of stations."""
        self.timetable.refresh()
        self._known_station(origins[0])
        self._known_station(destinations[0])
        best: dict[str, tuple[int, int, str, str]] = {}
        for origin in origins:
            for destination in destinations:
                if origin == destination:
                    continue
                rows = self.timetable.query(
                    "SELECT a.train, a.departure, COALESCE(b.arrival, b.departure) AS arrival"
                    " FROM stops a JOIN stops b ON b.code = ? AND b.train = a.train"
                    " AND b.seq > a.seq WHERE a.code = ? AND a.departure IS NOT NULL",
                    (destination, origin),
                )
                for row in rows:
                    departure, arrival = row["departure"], row["arrival"]
                    if arrival is None or arrival < departure:
                        continue
                    known = best.get(row["train"])
                    if known is None or arrival - departure < known[1] - known[0]:
                        best[row["train"]] = (departure, arrival, origin, destination)
        found: list[tuple[int, str, TrainBetween]] = []
        for number, (departure, arrival, origin, destination) in best.items():
            train = self.timetable.train(number)
            if train is None:
                continue
            leaves, reaches = clock_time(departure), clock_time(arrival)
            assert leaves is not None and reaches is not None
            found.append(
                (
                    departure % MINUTES_PER_DAY,
                    number,
                    TrainBetween(
                        train=train,
                        from_station=self._known_station(origin),
                        to_station=self._known_station(destination),
                        departure=leaves,
                        arrival=reaches,
                        duration_min=arrival - departure,
                        arrival_day_offset=(
                            arrival // MINUTES_PER_DAY - departure // MINUTES_PER_DAY
                        ),
                        departure_day=departure // MINUTES_PER_DAY + 1,
                    ),
                )
            )
        found.sort(key=lambda item: (item[0], item[1]))
        return self._sourced([between for *_, between in found])

    # --- live-only features -----------------------------------------------------------------

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        raise NotOffered("pnr_status", PROVIDER_NAME)

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        raise NotOffered("pnr_prediction", PROVIDER_NAME)

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        raise NotOffered("live_status", PROVIDER_NAME)

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        raise NotOffered("rescheduled_trains", PROVIDER_NAME)

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        raise NotOffered("cancelled_trains", PROVIDER_NAME)

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
        raise NotOffered("fare", PROVIDER_NAME)

    async def seat_availability(
        self,
        train: str,
        from_code: str,
        to_code: str,
        on: dt.date,
        journey_class: str,
        quota: str,
    ) -> Sourced[SeatAvailability]:
        raise NotOffered("seat_availability", PROVIDER_NAME)

    async def aclose(self) -> None:
        self.timetable.close()
