"""The station directory: every station code the railway knows, kept on disk beside the offline
timetable so that typing a station never spends a provider call.

`python -m app data stations` asks RailRadar once for its bulk directory (`GET /lookup/stations`,
about 13,000 codes, a `{code: name}` map; tolerated too: `{code: {name, city, isActive}}` and a
list of station objects) and writes it to `stations-directory.json` in `RAILBOT_DATA_DIR`, in one
atomic replace. The station index reads it over the built-in major stations and the timetable's
stations (`app.main.build_index`); a running worker reloads it when the file changes. New codes
and renamed ones then resolve locally; the index keeps working without the file.

Codes the directory marks inactive (kept by the railway, no longer served) are not offered to
travellers unless the timetable knows them already. Placeholder codes (`XX-…`) and anything that is
not a station code are dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TextIO

from app.errors import RailwayError
from app.railways import vocabulary
from app.railways.models import Sourced, Station
from app.railways.provider import Provider

log = logging.getLogger(__name__)

DIRECTORY_FILE: Final = "stations-directory.json"
FORMAT_VERSION: Final = 1
# Fewer stations than this in an answer is a broken answer, not the railway's directory: the
# file on disk is kept (RailRadar's directory holds about 13,000 codes).
MIN_STATIONS: Final = 50


@dataclass(frozen=True)
class DirectoryReport:
    path: Path
    stations: int
    active: int
    inactive: int
    source: str

    def summary(self) -> str:
        unknown = self.stations - self.active - self.inactive
        flags = f"{self.active:,} active, {self.inactive:,} inactive"
        if unknown:
            flags += f", {unknown:,} without an active flag"
        return (
            f"station directory from {self.source}: {self.stations:,} stations ({flags})\n"
            f"written to {self.path}; the station index reads it at start and reloads it when it "
            "changes"
        )


def directory_path(data_dir: Path) -> Path:
    return data_dir / DIRECTORY_FILE


def _clean(stations: list[Station]) -> list[Station]:
    """Valid codes only, one entry each (the first), names trimmed."""
    seen: set[str] = set()
    kept: list[Station] = []
    for station in stations:
        code = vocabulary.parse_station_code(station.code)
        name = " ".join(station.name.split())
        if code is None or code.startswith("XX") or not name or code in seen:
            continue
        seen.add(code)
        kept.append(station.model_copy(update={"code": code, "name": name}))
    return kept


def write_directory(path: Path, answer: Sourced[list[Station]]) -> DirectoryReport:
    """Write the directory atomically (a reader sees the old file or the new one, never half)."""
    stations = _clean(answer.data)
    body = {
        "format": FORMAT_VERSION,
        "source": answer.source,
        "fetched_at": answer.as_of.isoformat(),
        "stations": [
            {
                key: value
                for key, value in station.model_dump().items()
                if value is not None and key in ("code", "name", "city", "state", "active")
            }
            for station in stations
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".stations-directory-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(body, out, ensure_ascii=False, separators=(",", ":"))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return DirectoryReport(
        path=path,
        stations=len(stations),
        active=sum(1 for s in stations if s.active is True),
        inactive=sum(1 for s in stations if s.active is False),
        source=answer.source,
    )


def read_directory(path: Path) -> list[Station]:
    """The stations of the directory file ([] when there is none or it cannot be read)."""
    try:
        body: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("the station directory %s cannot be read: %s", path, exc)
        return []
    rows = body.get("stations") if isinstance(body, dict) else None
    if not isinstance(rows, list):
        log.warning("the station directory %s has no station list", path)
        return []
    stations: list[Station] = []
    for row in rows:
        if not isinstance(row, dict):
            continue
        code, name = row.get("code"), row.get("name")
        if not isinstance(code, str) or not isinstance(name, str):
            continue
        active = row.get("active")
        stations.append(
            Station(
                code=code,
                name=name,
                city=row.get("city") if isinstance(row.get("city"), str) else None,
                state=row.get("state") if isinstance(row.get("state"), str) else None,
                active=active if isinstance(active, bool) else None,
            )
        )
    return _clean(stations)


def read_directory_source(path: Path) -> tuple[str, dt.datetime] | None:
    """Which provider the directory file came from and when it was loaded (None when there is
    no readable file)."""
    try:
        body: Any = json.loads(path.read_text(encoding="utf-8"))
        source, fetched = body["source"], dt.datetime.fromisoformat(body["fetched_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return (source, fetched) if isinstance(source, str) else None


def directory_signature(path: Path) -> tuple[int, int] | None:
    """What changes when the file is replaced (None when there is none)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


def index_stations(known: list[Station], directory: list[Station]) -> list[Station]:
    """The timetable's stations, then the directory's: an inactive code is left out unless the
    timetable has it (its name then stays searchable)."""
    have = {station.code for station in known}
    return [*known, *(s for s in directory if s.active is not False or s.code in have)]


async def load_directory(
    provider: Provider, path: Path, *, min_stations: int = MIN_STATIONS
) -> DirectoryReport:
    """Ask `provider` for the directory once and write it to `path`."""
    answer = await provider.station_directory()
    if len(_clean(answer.data)) < min_stations:
        raise RailwayError(
            f"{answer.source} sent a directory of {len(answer.data)} stations; "
            "the one on disk (if any) is kept"
        )
    return await asyncio.to_thread(write_directory, path, answer)


BuildProvider = Callable[[contextlib.AsyncExitStack], Awaitable[Provider]]


def run_directory_command(
    build: BuildProvider,
    path: Path,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    min_stations: int = MIN_STATIONS,
) -> int:
    """`python -m app data stations`: the report on `out`, or one line on `err` (exit 1).
    `build` makes the provider, registering what must be closed on the stack."""

    async def run() -> DirectoryReport:
        async with contextlib.AsyncExitStack() as stack:
            provider = await build(stack)
            return await load_directory(provider, path, min_stations=min_stations)

    out, err = out or sys.stdout, err or sys.stderr
    try:
        report = asyncio.run(run())
    except RailwayError as exc:
        print(f"railbot: station directory not loaded: {exc}", file=err)
        return 1
    except OSError as exc:
        print(f"railbot: cannot write {path}: {exc.strerror or exc}", file=err)
        return 1
    print(report.summary(), file=out)
    return 0
