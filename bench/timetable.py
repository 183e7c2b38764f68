"""`python -m bench.timetable`: import a synthetic national timetable and time the offline queries.

A timetable the size of the real one (5,000 trains × 80 stops over 4,000 stations, with 100 hubs
that many trains share) is written in the datameet format to a temporary directory, imported,
and then queried: trains between a few hundred station pairs that have trains (a third of them
hub to hub) and the four-hour board at hubs, at random times of day. Targets: import under 30 s,
trains between p99 under 20 ms. Figures are printed; nothing here is a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.railways.importer import run_import
from app.railways.models import Station
from app.railways.offline import OfflineProvider
from bench.figures import (
    Goal,
    Result,
    add_output_argument,
    finish,
    latency_line,
    method_of,
    percentile,
)

IST = ZoneInfo("Asia/Kolkata")
IMPORT_TARGET_S = 30.0
BETWEEN_P99_TARGET_MS = 20.0


@dataclass(frozen=True)
class Synthetic:
    stations: list[str]
    hubs: list[str]
    routes: dict[str, list[str]]  # train number → station codes in order


def _code(index: int) -> str:
    # "Q" and three letters: never one of the renamed codes, never a real code's twin by luck.
    letters = []
    for _ in range(3):
        index, rest = divmod(index, 26)
        letters.append(chr(ord("A") + rest))
    return "Q" + "".join(reversed(letters))


def _clock(minutes: int) -> str:
    of_day = minutes % 1440
    return f"{of_day // 60:02d}:{of_day % 60:02d}:00"


def generate(
    directory: Path, *, trains: int, stops: int, stations: int, hubs: int, seed: int
) -> Synthetic:
    """Write stations.json, trains.json and schedules.json in the datameet format."""
    rng = random.Random(seed)
    codes = [_code(i) for i in range(stations)]
    hub_codes, others = codes[:hubs], codes[hubs:]
    features = [
        {
            "type": "Feature",
            "geometry": {
                "type": "Point",
                "coordinates": [round(rng.uniform(68, 97), 5), round(rng.uniform(8, 34), 5)],
            },
            "properties": {
                "code": code,
                "name": f"Station {code}",
                "state": None,
                "zone": None,
                "address": None,
            },
        }
        for code in codes
    ]
    (directory / "stations.json").write_text(
        json.dumps({"type": "FeatureCollection", "features": features})
    )

    routes: dict[str, list[str]] = {}
    train_features: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    record_id = 0
    for n in range(trains):
        number = f"{10000 + n * 7 % 89999:05d}"
        while number in routes:
            number = f"{int(number) + 1:05d}"
        picked: list[str] = []
        seen: set[str] = set()
        while len(picked) < stops:
            code = rng.choice(hub_codes) if rng.random() < 0.12 else rng.choice(others)
            if code not in seen:
                seen.add(code)
                picked.append(code)
        routes[number] = picked
        name = f"Synthetic Express {number}"
        at = rng.randrange(0, 1440)
        start = at
        for position, code in enumerate(picked):
            first, last = position == 0, position == len(picked) - 1
            arrival = None if first else at
            halt = 0 if first or last else rng.randint(1, 10)
            departure = None if last else at + halt
            day_of = (arrival if arrival is not None else at) // 1440 + 1
            record_id += 1
            records.append(
                {
                    "id": record_id,
                    "train_number": number,
                    "train_name": name,
                    "station_code": code,
                    "station_name": f"Station {code}",
                    "arrival": "None" if arrival is None else _clock(arrival),
                    "departure": "None" if departure is None else _clock(departure),
                    "day": None if rng.random() < 0.05 else day_of,
                }
            )
            if departure is not None:
                at = departure + rng.randint(8, 45)
        train_features.append(
            {
                "type": "Feature",
                "geometry": None,
                "properties": {
                    "number": number,
                    "name": name,
                    "type": rng.choice(["Exp", "SF", "Pass", "Raj"]),
                    "zone": "SR",
                    "from_station_code": picked[0],
                    "from_station_name": f"Station {picked[0]}",
                    "to_station_code": picked[-1],
                    "to_station_name": f"Station {picked[-1]}",
                    "departure": _clock(start),
                    "arrival": _clock(at),
                    "duration_h": (at - start) // 60,
                    "duration_m": (at - start) % 60,
                    "distance": rng.randint(200, 3000),
                    "return_train": None,
                    "first_ac": rng.random() < 0.3,
                    "second_ac": True,
                    "third_ac": True,
                    "sleeper": True,
                    "chair_car": False,
                    "first_class": False,
                    "classes": "",
                },
            }
        )
    (directory / "trains.json").write_text(
        json.dumps({"type": "FeatureCollection", "features": train_features})
    )
    (directory / "schedules.json").write_text(json.dumps(records))
    return Synthetic(codes, hub_codes, routes)


def pairs(data: Synthetic, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """Station pairs that have at least one train; a third of them hub to hub."""
    hubs = set(data.hubs)
    numbers = list(data.routes)
    chosen: list[tuple[str, str]] = []
    while len(chosen) < count:
        route = data.routes[rng.choice(numbers)]
        if len(chosen) % 3 == 0:
            calls = [code for code in route if code in hubs]
            if len(calls) < 2:
                continue
        else:
            calls = route
        i, j = sorted(rng.sample(range(len(calls)), 2))
        chosen.append((calls[i], calls[j]))
    return chosen


class NoIndex:
    def get(self, code: str) -> Station | None:
        return None

    def search(self, query: str, limit: int = 5) -> list[Any]:
        return []

    def same_city(self, code: str) -> tuple[str, ...]:
        return (code,)


async def _stall_watch(stop: asyncio.Event, stalls: list[float]) -> None:
    """How late a 1 ms timer fires while queries run: what other users would feel."""
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        before = loop.time()
        await asyncio.sleep(0.001)
        stalls.append((loop.time() - before - 0.001) * 1000)


async def measure(
    store: Path, data: Synthetic, *, pair_count: int, board_count: int, seed: int
) -> dict[str, list[float]]:
    rng = random.Random(seed)
    now = [dt.datetime(2026, 11, 27, 12, 0, tzinfo=IST).timestamp()]
    provider = OfflineProvider(store, NoIndex(), clock=lambda: now[0], tz=IST)
    results: dict[str, list[float]] = {
        "between": [],
        "between_hub": [],
        "between_found": [],
        "board": [],
        "board_found": [],
    }
    probe = pairs(data, 1, rng)[0]
    started = time.perf_counter()
    await provider.trains_between(*probe, None)
    results["cold"] = [(time.perf_counter() - started) * 1000]
    gc.collect()
    stalls: list[float] = []
    stop = asyncio.Event()
    watcher = asyncio.create_task(_stall_watch(stop, stalls))
    for n, (a, b) in enumerate(pairs(data, pair_count, rng)):
        started = time.perf_counter()
        answer = await provider.trains_between(a, b, None)
        elapsed = (time.perf_counter() - started) * 1000
        results["between"].append(elapsed)
        if n % 3 == 0:
            results["between_hub"].append(elapsed)
        results["between_found"].append(len(answer.data))
    for _ in range(board_count):
        now[0] += rng.randrange(0, 86400)
        started = time.perf_counter()
        board = await provider.departures(rng.choice(data.hubs), 4)
        results["board"].append((time.perf_counter() - started) * 1000)
        results["board_found"].append(len(board.data.departures))
    stop.set()
    await watcher
    results["stall"] = stalls
    await provider.aclose()
    return results


def peak_rss_mb() -> float:
    """This process's peak resident memory. `ru_maxrss` carries the parent's peak across fork
    and exec on Linux, so the kernel's own high-water mark of this address space comes first."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def import_only(directory: Path) -> int:
    """Import the generated files into DIR/railbot.sqlite3; print the figures as JSON."""
    started = time.perf_counter()
    report = run_import(
        directory / "railbot.sqlite3",
        stations=str(directory / "stations.json"),
        trains=str(directory / "trains.json"),
        schedules=str(directory / "schedules.json"),
        progress=None,
    )
    figures = {
        "seconds": time.perf_counter() - started,
        "stops": report.counts["stops"],
        "peak_rss_mb": peak_rss_mb(),
    }
    print(json.dumps(figures))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.timetable", description=__doc__)
    parser.add_argument("--trains", type=int, default=5000)
    parser.add_argument("--stops", type=int, default=80)
    parser.add_argument("--stations", type=int, default=4000)
    parser.add_argument("--hubs", type=int, default=100)
    parser.add_argument("--pairs", type=int, default=400)
    parser.add_argument("--boards", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument("--import-only", metavar="DIR", help=argparse.SUPPRESS)
    add_output_argument(parser)
    args = parser.parse_args(argv)
    if args.import_only:
        return import_only(Path(args.import_only))
    return finish(run(args), args.json)


def run(args: argparse.Namespace) -> Result:
    result = Result("timetable", "Offline timetable: import and queries", method_of(__doc__))
    with tempfile.TemporaryDirectory(prefix="railbot-bench-") as work:
        directory = Path(work)
        started = time.perf_counter()
        data = generate(
            directory,
            trains=args.trains,
            stops=args.stops,
            stations=args.stations,
            hubs=args.hubs,
            seed=args.seed,
        )
        sizes = {p.name: p.stat().st_size / 1e6 for p in directory.glob("*.json")}
        print(
            f"generated {args.trains:,} trains × {args.stops} stops over {args.stations:,} stations"
            f" ({args.hubs} hubs) in {time.perf_counter() - started:.1f} s: "
            + ", ".join(f"{name} {mb:.1f} MB" for name, mb in sorted(sizes.items()))
        )

        store = directory / "railbot.sqlite3"
        # A fresh process, so that its peak memory is the import's alone.
        child = subprocess.run(
            [sys.executable, "-m", "bench.timetable", "--import-only", str(directory)],
            capture_output=True,
            text=True,
        )
        if child.returncode != 0:
            result.error = f"the import failed: {child.stderr.strip()[-500:]}"
            return result
        figures = json.loads(child.stdout)
        verdict = "ok" if figures["seconds"] < IMPORT_TARGET_S else "OVER TARGET"
        store_mb = store.stat().st_size / 1e6
        print(
            f"import: {figures['seconds']:.1f} s (target < {IMPORT_TARGET_S:.0f} s: {verdict});"
            f" {figures['stops']:,} stops, store {store_mb:.1f} MB,"
            f" peak RSS of the importing process {figures['peak_rss_mb']:.0f} MB"
        )

        results = asyncio.run(
            measure(store, data, pair_count=args.pairs, board_count=args.boards, seed=args.seed)
        )
    between_p99 = percentile(results["between"], 99)
    verdict = "ok" if between_p99 < BETWEEN_P99_TARGET_MS else "OVER TARGET"
    print(latency_line("trains between (all pairs)", results["between"]))
    print(latency_line("trains between (hub to hub)", results["between_hub"]))
    print(
        f"{'':<34} p99 target < {BETWEEN_P99_TARGET_MS:.0f} ms: {verdict};"
        f" trains per answer: median {percentile(results['between_found'], 50):.0f},"
        f" max {max(results['between_found']):.0f}"
    )
    print(latency_line("departures at a hub, next 4 h", results["board"]))
    print(
        f"{'':<34} trains per board: median {percentile(results['board_found'], 50):.0f},"
        f" max {max(results['board_found']):.0f}"
    )
    print(f"{'first query on a cold store':<34} {results['cold'][0]:.2f} ms")
    print(latency_line("event-loop lateness while querying", results["stall"]))

    result.add("import", figures["seconds"], "s", Goal("<", IMPORT_TARGET_S, "s"))
    result.add(
        "trains between p99",
        between_p99,
        "ms",
        Goal("<", BETWEEN_P99_TARGET_MS, "ms"),
    )
    result.add("trains between p50", percentile(results["between"], 50), "ms")
    result.add("trains between p99, hub to hub", percentile(results["between_hub"], 99), "ms")
    result.add("departures board p99", percentile(results["board"], 99), "ms")
    result.add("first query on a cold store", results["cold"][0], "ms")
    result.add("event-loop lateness p99", percentile(results["stall"], 99), "ms")
    result.add("import peak RSS", figures["peak_rss_mb"], "MB")
    result.add("store size", store_mb, "MB")
    result.notes.append(
        f"{args.trains:,} trains × {args.stops} stops ({figures['stops']:,} stops imported) over "
        f"{args.stations:,} stations; {args.pairs} station pairs, {args.boards} boards."
    )
    return result


if __name__ == "__main__":
    raise SystemExit(main())
