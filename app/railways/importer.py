"""Import the CC0 datameet railway data (stations.json, trains.json, schedules.json) into the
offline timetable (`app.railways.offline`), from files or http(s) URLs.

The new store is built beside the old one and swapped in with `os.replace`: readers with the old
file open keep working, and a failed import leaves the old store as it was. Importing only some
files keeps the other tables of the existing store. Station codes the railway has renamed since
2016 are stored under their current codes (CSTM → CSMT...).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TextIO, TypeVar
from urllib.parse import urlsplit, urlunsplit

import httpx

from app.errors import DataImportError
from app.railways.offline import (
    INDEXES,
    MINUTES_PER_DAY,
    SCHEMA_VERSION,
    TABLE_GROUPS,
    TABLES,
)
from app.railways.vocabulary import RENAMED_STATION_CODES, current_station_code
from app.store import Clock

DATAMEET_VINTAGE: Final = 2016  # the year datameet/railways was gathered
FILES: Final = ("stations", "trains", "schedules")
CLASS_FLAGS: Final = (
    ("first_ac", "1A"),
    ("second_ac", "2A"),
    ("third_ac", "3A"),
    ("sleeper", "SL"),
    ("chair_car", "CC"),
    ("first_class", "FC"),
)
MAX_JOURNEY_DAY: Final = 10
MAX_CODE_LENGTH: Final = 16
DOWNLOAD_TIMEOUT: Final = httpx.Timeout(60.0, connect=15.0)

_TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?")
_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"[0-9]{4,5}")
_BLANKS = re.compile(r"[ \t\r\n]*")
_SEPARATOR = re.compile(r"[ \t\r\n]*([,\]])[ \t\r\n]*")

R = TypeVar("R")


# --- progress ---------------------------------------------------------------------------------


class Progress:
    """Progress bars on a terminal; silent when the stream is not a TTY (CI logs stay clean)."""

    def __init__(self, stream: TextIO | None, enabled: bool | None = None) -> None:
        self.stream = stream
        if enabled is None:
            try:
                enabled = stream is not None and stream.isatty()
            except ValueError:  # a closed stream
                enabled = False
        self.enabled = bool(enabled) and stream is not None

    def bar(self, label: str, total: int | None, *, unit: str = "") -> Bar:
        return Bar(self, label, total, unit)

    def write(self, text: str) -> None:
        if self.enabled and self.stream is not None:
            self.stream.write(text)
            self.stream.flush()


class Bar:
    """One line that redraws itself at most ten times a second."""

    WIDTH: Final = 30

    def __init__(self, progress: Progress, label: str, total: int | None, unit: str) -> None:
        self.progress = progress
        self.label = label
        self.total = total
        self.unit = unit
        self.done = 0
        self._drawn_at = 0.0

    def update(self, done: int) -> None:
        self.done = done
        now = time.monotonic()
        if self.progress.enabled and now - self._drawn_at >= 0.1:
            self._drawn_at = now
            self._draw()

    def finish(self) -> None:
        if self.total:
            self.done = self.total
        if self.progress.enabled:
            self._draw()
            self.progress.write("\n")

    def _amount(self, value: int) -> str:
        if self.unit == "B":
            return f"{value / 1_000_000:.1f} MB"
        return f"{value:,}"

    def _draw(self) -> None:
        if self.total:
            share = min(1.0, self.done / self.total)
            filled = int(share * self.WIDTH)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            text = f"{self.label:<12} [{bar}] {share:4.0%}  {self._amount(self.done)}"
            if self.unit == "B":
                text += f" / {self._amount(self.total)}"
        else:
            text = f"{self.label:<12} {self._amount(self.done)}"
        self.progress.write("\r" + text)


# --- the report -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportReport:
    """What an import did: which files it loaded, what the store now holds, what it dropped."""

    store_path: Path
    imported: tuple[str, ...]  # "stations" / "trains" / "schedules" loaded by this import
    kept: tuple[str, ...]  # groups carried over from the previous store
    counts: dict[str, int]  # rows in the store: stations, trains, stops, routes
    skipped: dict[str, int] = field(default_factory=dict)  # dropped records, by reason
    seconds: float = 0.0

    def summary(self) -> str:
        held = ", ".join(f"{count:,} {name}" for name, count in self.counts.items())
        lines = [
            f"Imported {', '.join(self.imported)} into {self.store_path} in {self.seconds:.1f} s.",
            f"The offline timetable now holds {held}.",
        ]
        if self.kept:
            lines.append(f"Kept from the previous store: {', '.join(self.kept)}.")
        if self.skipped:
            dropped = ", ".join(f"{n:,} {reason}" for reason, n in sorted(self.skipped.items()))
            lines.append(f"Skipped: {dropped}.")
        return "\n".join(lines)


# --- reading the files ------------------------------------------------------------------------


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataImportError(f"{what}: no such file: {path}") from None
    except IsADirectoryError:
        raise DataImportError(f"{what}: {path} is a directory, not a file") from None
    except UnicodeDecodeError as exc:
        raise DataImportError(f"{what}: {path} is not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise DataImportError(f"{what}: cannot read {path}: {exc.strerror}") from None


def _bad_json(what: str, path: Path, exc: json.JSONDecodeError) -> DataImportError:
    return DataImportError(
        f"{what}: {path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
    )


def read_features(path: Path, what: str) -> list[dict[str, Any]]:
    """The features of a GeoJSON FeatureCollection file (a bare array of features also does)."""
    text = _read_text(path, what)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _bad_json(what, path, exc) from None
    features = document.get("features") if isinstance(document, dict) else document
    if not isinstance(features, list):
        raise DataImportError(f"{what}: {path} is not a GeoJSON FeatureCollection")
    return [feature for feature in features if isinstance(feature, dict)]


def _skip_blanks(text: str, pos: int) -> int:
    return _BLANKS.match(text, pos).end()  # type: ignore[union-attr]  # `\s*` always matches


def iter_records(
    path: Path, what: str, progress: Progress | None = None
) -> Iterator[dict[str, Any]]:
    """The objects of a JSON array file, decoded one at a time (no list of them all in memory)."""
    text = _read_text(path, what)
    decoder = json.JSONDecoder()
    end = len(text)
    bar = progress.bar(what, end, unit="B") if progress is not None else None
    pos = _skip_blanks(text, 0)
    if pos >= end or text[pos] != "[":
        raise DataImportError(f"{what}: {path} is not a JSON array of records")
    pos = _skip_blanks(text, pos + 1)
    closed = pos < end and text[pos] == "]"
    if closed:
        pos += 1
    separator = _SEPARATOR.match
    while not closed:
        try:
            item, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise _bad_json(what, path, exc) from None
        if isinstance(item, dict):
            yield item
        if bar is not None:
            bar.update(pos)
        found = separator(text, pos)
        if found is None:
            line = text.count("\n", 0, pos) + 1
            raise DataImportError(
                f"{what}: {path} is not valid JSON (line {line}: expected , or ] after a record)"
            )
        pos, closed = found.end(), found[1] == "]"
    if _skip_blanks(text, pos) != end:
        raise DataImportError(f"{what}: {path} has data after the end of its array")
    if bar is not None:
        bar.finish()


def _memo(convert: Callable[[object], R]) -> Callable[[object], R]:
    """`convert` remembered per text value: a big file repeats few distinct codes and times."""
    cache: dict[str, R] = {}

    def lookup(value: object) -> R:
        if value.__class__ is not str:
            return convert(value)
        try:
            return cache[value]
        except KeyError:
            result = cache[value] = convert(value)
            return result

    return lookup


# --- normalising values -----------------------------------------------------------------------


def clean_text(value: object) -> str:
    """A name with runs of whitespace collapsed and ends trimmed ("" for null)."""
    if value is None:
        return ""
    return _SPACES.sub(" ", str(value)).strip()


def parse_time(value: object) -> int | None:
    """Minutes after midnight of "HH:MM:SS" / "HH:MM"; None for null, "None" or nonsense."""
    if not isinstance(value, str):
        return None
    match = _TIME.fullmatch(value.strip())
    if match is None:
        return None
    hours, minutes = int(match[1]), int(match[2])
    if hours > 23 or minutes > 59:
        return None
    return hours * 60 + minutes


def _code(value: object) -> str | None:
    """A station code as the data gives it, in its current form. Odd codes (`YY-BPLC`) are kept
    as they are: only the `XX-` placeholders are dropped, and that by the caller."""
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > MAX_CODE_LENGTH:
        return None
    return current_station_code(value)


def _number(value: object) -> str | None:
    """A 5-digit train number; a 4-digit one is a number stored as an integer that lost its
    leading zero (`4001` for `04001`)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    number = str(value).strip()
    if not _NUMBER.fullmatch(number):
        return None
    return number.zfill(5)


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return round(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _flag(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y"}
    return value is True or value == 1


def _is_placeholder(value: object) -> bool:
    return isinstance(value, str) and value.strip().upper().startswith("XX-")


# --- stations.json ----------------------------------------------------------------------------

StationRow = tuple[str, str, str | None, str | None, str | None, float | None, float | None]


def _point(geometry: object) -> tuple[float | None, float | None]:
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        return None, None
    coordinates = geometry.get("coordinates")
    if not isinstance(coordinates, list) or len(coordinates) < 2:
        return None, None
    lng, lat = coordinates[0], coordinates[1]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lng, lat)):
        return None, None
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        return None, None
    return float(lat), float(lng)


def parse_stations(features: list[dict[str, Any]], skipped: Counter[str]) -> list[StationRow]:
    """Station rows from stations.json features: placeholders dropped, codes made current."""
    chosen: dict[str, tuple[bool, StationRow]] = {}
    for feature in features:
        props = feature.get("properties")
        if not isinstance(props, dict):
            skipped["station features without properties"] += 1
            continue
        raw = props.get("code")
        if _is_placeholder(raw):
            skipped["placeholder XX- stations"] += 1
            continue
        code = _code(raw)
        if code is None:
            skipped["stations without a usable code"] += 1
            continue
        lat, lng = _point(feature.get("geometry"))
        row: StationRow = (
            code,
            clean_text(props.get("name")) or code,
            clean_text(props.get("state")) or None,
            clean_text(props.get("zone")) or None,
            clean_text(props.get("address")) or None,
            lat,
            lng,
        )
        # Under its current code a renamed station may meet a newer record: that one wins.
        current = str(raw).strip().upper() not in RENAMED_STATION_CODES
        known = chosen.get(code)
        if known is not None and (known[0] or not current):
            skipped["duplicate stations"] += 1
            continue
        if known is not None:
            skipped["duplicate stations"] += 1
        chosen[code] = (current, row)
    return [row for _, row in chosen.values()]


# --- trains.json ------------------------------------------------------------------------------

TrainRow = tuple[
    str,
    str,
    str | None,
    str | None,
    str | None,
    str | None,
    int | None,
    int | None,
    int | None,
    int | None,
    str,
    str | None,
]


def parse_trains(features: list[dict[str, Any]], skipped: Counter[str]) -> list[TrainRow]:
    """Train rows from trains.json features (the first record of a number wins)."""
    rows: dict[str, TrainRow] = {}
    for feature in features:
        props = feature.get("properties")
        if not isinstance(props, dict):
            skipped["train features without properties"] += 1
            continue
        number = _number(props.get("number"))
        if number is None:
            skipped["trains without a usable number"] += 1
            continue
        if number in rows:
            skipped["duplicate trains"] += 1
            continue
        hours, minutes = _int(props.get("duration_h")), _int(props.get("duration_m"))
        duration = hours * 60 + (minutes or 0) if hours is not None else minutes
        classes = ",".join(code for flag, code in CLASS_FLAGS if _flag(props.get(flag)))
        rows[number] = (
            number,
            clean_text(props.get("name")),
            clean_text(props.get("type")) or None,
            clean_text(props.get("zone")) or None,
            _code(props.get("from_station_code")),
            _code(props.get("to_station_code")),
            parse_time(props.get("departure")),
            parse_time(props.get("arrival")),
            duration,
            _int(props.get("distance")),
            classes,
            _number(props.get("return_train")),
        )
    return list(rows.values())


# --- schedules.json ---------------------------------------------------------------------------

# (record id or NO_ID, position in the file, code, name, arrival and departure as minutes of the
# day, day given): sorted, the first two put a train's stops in route order.
RawStop = tuple[int, int, str, str, int | None, int | None, int | None]
StopRow = tuple[str, int, str, str, int, int | None, int | None, int]
RouteRow = tuple[str, str, str, str, int]
NO_ID: Final = sys.maxsize


@dataclass
class Schedules:
    """Stop records read and grouped by train. `stop_rows()` places them train by train (once,
    letting go of the raw records as it goes) and fills `routes`."""

    by_train: dict[str, list[RawStop]]
    names: dict[str, str]
    skipped: Counter[str]
    routes: list[RouteRow] = field(default_factory=list)

    def stop_rows(self) -> Iterator[StopRow]:
        for number in sorted(self.by_train):  # in key order: a compact table, built faster
            raw = self.by_train.pop(number)
            placed = place_stops(number, raw, self.skipped)
            if placed:
                self.routes.append(
                    (number, self.names[number], placed[0][2], placed[-1][2], len(placed))
                )
                yield from placed


def _route_order(stop: RawStop) -> tuple[int, int]:
    return stop[0], stop[1]


def _day(value: object) -> int | None:
    day = value if value.__class__ is int else _int(value)
    return day if day is not None and 1 <= day <= MAX_JOURNEY_DAY else None


def _journey_minute(first: int, day: int | None, crosses_midnight: bool, last: int | None) -> int:
    """When a stop's first event (arrival, else departure) happens, in journey minutes."""
    if day is None:
        # The previous stop's day, or the next one when the clock has rolled over midnight.
        at = first if last is None else last - last % MINUTES_PER_DAY + first
    else:
        at = (day - 1) * MINUTES_PER_DAY + first
        # A halt across midnight: the day given may be that of the departure.
        if crosses_midnight and last is not None and at - MINUTES_PER_DAY >= last:
            at -= MINUTES_PER_DAY
    if last is not None and at < last:
        at += math.ceil((last - at) / MINUTES_PER_DAY) * MINUTES_PER_DAY
    return at


def place_stops(train: str, raw: Sequence[RawStop], skipped: Counter[str]) -> list[StopRow]:
    """Journey minutes for one train's stops, in route order (the order of their ids).

    A missing day is inferred from the previous stop and the time rolling over midnight. A given
    day is read as the day of the stop's arrival (of its departure at the origin), or as that of
    its departure when the halt crosses midnight and that keeps the journey moving forward.
    Times never run backwards. Repeated records are dropped.
    """
    rows: list[StopRow] = []
    last: int | None = None
    seen_ids: set[int] = set()
    seen: set[tuple[str, int | None, int | None, int | None]] = set()
    for record_id, _, code, name, arrival, departure, day in sorted(raw, key=_route_order):
        content = (code, arrival, departure, day)
        if record_id in seen_ids or content in seen:
            skipped["duplicate stops"] += 1
            continue
        if record_id != NO_ID:
            seen_ids.add(record_id)
        seen.add(content)
        first = arrival if arrival is not None else departure
        if first is None:
            skipped["stops without times"] += 1
            continue
        crosses = arrival is not None and departure is not None and departure < arrival
        at = _journey_minute(first, day, crosses, last)
        departure_at: int | None = None
        if departure is not None:
            departure_at = at - first + departure
            if departure_at < at:
                departure_at += MINUTES_PER_DAY
        board = departure_at if departure_at is not None else at
        rows.append(
            (
                train,
                len(rows) + 1,
                code,
                name,
                at // MINUTES_PER_DAY + 1,
                at if arrival is not None else None,
                departure_at,
                board % MINUTES_PER_DAY,
            )
        )
        last = board
    return rows


def parse_schedules(
    path: Path, skipped: Counter[str], progress: Progress | None = None
) -> Schedules:
    """Stops and per-train routes from schedules.json (an array of stop records)."""
    by_train: dict[str, list[RawStop]] = {}
    names: dict[str, str] = {}
    number_of, code_of, placeholder = _memo(_number), _memo(_code), _memo(_is_placeholder)
    time_of, text_of = _memo(parse_time), _memo(clean_text)
    for order, record in enumerate(iter_records(path, "schedules", progress)):
        number = number_of(record.get("train_number"))
        raw_code = record.get("station_code")
        if number is None:
            skipped["stops without a usable train number"] += 1
            continue
        if placeholder(raw_code):
            skipped["stops at placeholder XX- stations"] += 1
            continue
        code = code_of(raw_code)
        if code is None:
            skipped["stops without a usable station code"] += 1
            continue
        record_id = record.get("id")
        stop: RawStop = (
            record_id if record_id.__class__ is int else NO_ID,
            order,
            code,
            text_of(record.get("station_name")) or code,
            time_of(record.get("arrival")),
            time_of(record.get("departure")),
            _day(record.get("day")),
        )
        by_train.setdefault(number, []).append(stop)
        if not names.get(number):
            names[number] = text_of(record.get("train_name"))
    if not by_train:
        raise DataImportError(f"schedules: {path} holds no usable stop records")
    return Schedules(by_train, names, skipped)


# --- sources ----------------------------------------------------------------------------------


def is_url(source: str) -> bool:
    return urlsplit(source).scheme.lower() in {"http", "https"}


def display_source(source: str) -> str:
    """The source as recorded and shown: a URL without credentials, query or fragment."""
    if not is_url(source):
        return str(Path(source).expanduser().resolve())
    parts = urlsplit(source)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def download(url: str, dest: Path, client: httpx.Client, progress: Progress, label: str) -> None:
    """Stream `url` into `dest`; a clear DataImportError for any network or HTTP failure."""
    shown = display_source(url)
    try:
        with client.stream("GET", url) as response:
            if response.status_code != 200:
                raise DataImportError(
                    f"{label}: {shown} answered HTTP {response.status_code}"
                    f" {response.reason_phrase}".rstrip()
                )
            length = response.headers.get("content-length", "")
            bar = progress.bar(label, int(length) if length.isdigit() else None, unit="B")
            with dest.open("wb") as out:
                for chunk in response.iter_bytes(1 << 16):
                    out.write(chunk)
                    bar.update(response.num_bytes_downloaded)
            bar.finish()
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        detail = str(exc) or exc.__class__.__name__
        raise DataImportError(f"{label}: could not download {shown}: {detail}") from None
    except OSError as exc:
        raise DataImportError(f"{label}: cannot write {dest}: {exc.strerror}") from None


def _client() -> httpx.Client:
    return httpx.Client(
        timeout=DOWNLOAD_TIMEOUT,
        follow_redirects=True,
        headers={"User-Agent": "railbot-data-import"},
    )


# --- building the store -----------------------------------------------------------------------


def _open_old(store_path: Path) -> sqlite3.Connection | None:
    if not store_path.exists():
        return None
    try:
        conn = sqlite3.connect(store_path.resolve().as_uri() + "?mode=ro", uri=True)
        rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error as exc:
        raise DataImportError(
            f"the existing store {store_path} cannot be read ({exc}); import all three files"
            " (or `data fetch`) to rebuild it"
        ) from None
    if json.loads(rows.get("schema", "null")) != SCHEMA_VERSION:
        conn.close()
        raise DataImportError(
            f"the existing store {store_path} has another layout; import all three files"
            " (or `data fetch`) to rebuild it"
        )
    return conn


def _old_meta(conn: sqlite3.Connection | None) -> dict[str, Any]:
    if conn is None:
        return {}
    return {key: json.loads(value) for key, value in conn.execute("SELECT key, value FROM meta")}


def _build(
    target: Path,
    store_path: Path,
    data: Mapping[str, Iterable[tuple[Any, ...]]],
    sources: Mapping[str, str],
    now: float,
    vintage: int | None,
    progress: Progress,
) -> tuple[dict[str, int], tuple[str, ...]]:
    old = _open_old(store_path) if set(sources) != set(FILES) else None
    old_meta = _old_meta(old)
    if old is not None:
        old.close()
    kept = tuple(
        group
        for group in TABLE_GROUPS
        if group not in sources and f"{group}.imported_at" in old_meta
    )
    meta: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "imported_at": now,
        "dataset": "datameet",
        "vintage": vintage,
    }
    progress.write("building the store...")
    conn = sqlite3.connect(target.resolve().as_uri(), uri=True, isolation_level=None)
    try:
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = MEMORY"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("PRAGMA cache_size = -65536")
        if kept:
            conn.execute("ATTACH DATABASE ? AS old", (store_path.resolve().as_uri() + "?mode=ro",))
        conn.execute("BEGIN")
        for ddl in TABLES.values():
            conn.execute(ddl)
        for group, tables in TABLE_GROUPS.items():
            if group in sources:
                meta[f"{group}.source"] = sources[group]
                meta[f"{group}.imported_at"] = now
                for table in tables:
                    columns = len(conn.execute(f"PRAGMA table_info({table})").fetchall())
                    marks = ", ".join("?" * columns)
                    conn.executemany(f"INSERT INTO {table} VALUES ({marks})", data[table])  # noqa: S608
            elif group in kept:
                meta[f"{group}.source"] = old_meta[f"{group}.source"]
                meta[f"{group}.imported_at"] = old_meta[f"{group}.imported_at"]
                for table in tables:
                    conn.execute(f"INSERT INTO main.{table} SELECT * FROM old.{table}")  # noqa: S608
        for statements in INDEXES.values():
            for ddl in statements:
                conn.execute(ddl)
        counts = {
            table: int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # noqa: S608
            for table in ("stations", "trains", "stops", "routes")
        }
        if "schedules" in sources and not counts["stops"]:
            raise DataImportError(f"schedules: {sources['schedules']} holds no usable stop records")
        meta["counts"] = counts
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)", [(k, json.dumps(v)) for k, v in meta.items()]
        )
        conn.execute("ANALYZE main")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise DataImportError(f"could not build the new store: {exc}") from None
    finally:
        conn.close()
    progress.write(" done\n")
    return counts, kept


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def run_import(
    store_path: Path,
    *,
    stations: str | None,
    trains: str | None,
    schedules: str | None,
    progress: TextIO | None = sys.stderr,
    show_progress: bool | None = None,
    clock: Clock = time.time,
    vintage: int | None = DATAMEET_VINTAGE,
    client: httpx.Client | None = None,
) -> ImportReport:
    """Import datameet-format files or http(s) URLs into the store at `store_path`.

    Raises DataImportError with a message for the operator; the old store is then untouched.
    Progress bars go to `progress` when it is a terminal (or when `show_progress` is True).
    """
    given = {
        name: source
        for name, source in (("stations", stations), ("trains", trains), ("schedules", schedules))
        if source
    }
    if not given:
        raise DataImportError(
            "nothing to import: give --stations, --trains and/or --schedules (files or URLs)"
        )
    try:
        return _import(store_path, given, Progress(progress, show_progress), clock, vintage, client)
    except OSError as exc:  # permissions, a full disk...: the operator's to fix, not a trace
        where = f"{exc.filename}: " if exc.filename else ""
        raise DataImportError(f"{where}{exc.strerror or exc}") from None


def _import(
    store_path: Path,
    given: Mapping[str, str],
    shown: Progress,
    clock: Clock,
    vintage: int | None,
    client: httpx.Client | None,
) -> ImportReport:
    started = time.monotonic()
    store_path.parent.mkdir(parents=True, exist_ok=True)
    skipped: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(dir=store_path.parent, prefix=".railbot-import-") as work:
        workdir = Path(work)
        paths: dict[str, Path] = {}
        urls = [name for name, source in given.items() if is_url(source)]
        if urls:
            with contextlib.ExitStack() as stack:
                http = client or stack.enter_context(_client())
                for name in urls:
                    paths[name] = workdir / f"{name}.json"
                    download(given[name], paths[name], http, shown, name)
        for name, source in given.items():
            paths.setdefault(name, Path(source).expanduser())

        data: dict[str, Iterable[tuple[Any, ...]]] = {}
        if "stations" in paths:
            data["stations"] = parse_stations(read_features(paths["stations"], "stations"), skipped)
            if not data["stations"]:
                raise DataImportError(f"stations: {paths['stations']} holds no usable stations")
        if "trains" in paths:
            data["trains"] = parse_trains(read_features(paths["trains"], "trains"), skipped)
            if not data["trains"]:
                raise DataImportError(f"trains: {paths['trains']} holds no usable trains")
        if "schedules" in paths:
            parsed = parse_schedules(paths["schedules"], skipped, shown)
            data["stops"], data["routes"] = parsed.stop_rows(), parsed.routes

        target = workdir / "timetable.sqlite3"
        sources = {name: display_source(source) for name, source in given.items()}
        counts, kept = _build(target, store_path, data, sources, clock(), vintage, shown)
        _fsync(target)
        os.replace(target, store_path)
    return ImportReport(
        store_path=store_path,
        imported=tuple(name for name in FILES if name in given),
        kept=kept,
        counts=counts,
        skipped=dict(skipped),
        seconds=time.monotonic() - started,
    )


def run_fetch(
    store_path: Path,
    base_url: str,
    *,
    progress: TextIO | None = sys.stderr,
    show_progress: bool | None = None,
    clock: Clock = time.time,
    client: httpx.Client | None = None,
) -> ImportReport:
    """Download stations.json, trains.json and schedules.json from `base_url`, then import."""
    base = base_url.rstrip("/")
    if not is_url(base):
        raise DataImportError(f"the data URL must start with http:// or https://, not {base!r}")
    return run_import(
        store_path,
        stations=f"{base}/stations.json",
        trains=f"{base}/trains.json",
        schedules=f"{base}/schedules.json",
        progress=progress,
        show_progress=show_progress,
        clock=clock,
        client=client,
    )


# --- command line -----------------------------------------------------------------------------


def import_command(
    store_path: Path,
    stations: str | None,
    trains: str | None,
    schedules: str | None,
    *,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    """`python -m app data import`: the report on `out`, or a one-line error on `err` (exit 1)."""
    try:
        report = run_import(
            store_path, stations=stations, trains=trains, schedules=schedules, progress=err
        )
    except DataImportError as exc:
        print(f"railbot: import failed: {exc}", file=err)
        return 1
    print(report.summary(), file=out)
    return 0


def fetch_command(
    store_path: Path, base_url: str, *, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    """`python -m app data fetch`: download and import, reporting like `import_command`."""
    try:
        report = run_fetch(store_path, base_url, progress=err)
    except DataImportError as exc:
        print(f"railbot: fetch failed: {exc}", file=err)
        return 1
    print(report.summary(), file=out)
    return 0
