"""`python -m bench.stations`: station search latency over the real 8,990 open-data stations.

The index is built from the CC0 stations file (../shared/data/stations.json by default) merged over
the built-in list, then `search` is timed on a mixed set of queries: exact codes, exact names,
city and station aliases, misspellings (one random edit of a real name) and unknown words. Every
query is distinct and the name cache is emptied first, so no answer comes from a cache.
Target: p99 under 2 ms on one core. Figures are printed; nothing here is a timed test.

    python -m bench.stations [--stations FILE] [--queries N] [--seed S]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import string
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from app.railways.major_stations import ALIASES
from app.railways.models import Station
from app.railways.stations import StationIndex, normalize_name
from bench.figures import (
    Goal,
    Result,
    add_output_argument,
    finish,
    latency_line,
    method_of,
    percentile,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STATIONS = ROOT.parent / "shared" / "data" / "stations.json"
P99_TARGET_MS = 2.0


def load_datameet_stations(path: Path) -> list[Station]:
    """Stations of a datameet-format GeoJSON file."""
    stations = []
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        lng, lat = geometry["coordinates"] if geometry else (None, None)
        stations.append(
            Station(
                code=props["code"],
                name=props["name"],
                state=props.get("state"),
                zone=props.get("zone"),
                lat=lat,
                lng=lng,
            )
        )
    return stations


def _misspell(rng: random.Random, word: str) -> str:
    at = rng.randrange(1, len(word) - 1)
    edit = rng.choice(("drop", "swap", "double", "replace"))
    if edit == "drop":
        return word[:at] + word[at + 1 :]
    if edit == "swap":
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    if edit == "double":
        return word[:at] + word[at] + word[at:]
    return word[:at] + rng.choice(string.ascii_lowercase) + word[at + 1 :]


def make_queries(stations: list[Station], count: int, seed: int) -> dict[str, list[str]]:
    """Distinct queries in five kinds, about a fifth each."""
    rng = random.Random(seed)
    share = count // 5
    real = [s for s in stations if not s.code.startswith("XX")]
    names = [s.name for s in real if len(s.name) >= 6]
    seen: set[str] = set()

    def distinct(make: Callable[[], str], n: int) -> list[str]:
        found: list[str] = []
        while len(found) < n:
            query = make()
            key = query.lower()
            if key not in seen:
                seen.add(key)
                found.append(query)
        return found

    aliases = sorted(ALIASES)
    return {
        "code": distinct(lambda: rng.choice(real).code.lower(), share),
        "name": distinct(lambda: rng.choice(names).title(), share),
        "alias": [
            rng.choice((str.lower, str.title, str.upper))(alias)
            for alias in rng.sample(aliases, min(share, len(aliases)))
            if alias not in seen
        ],
        "typo": distinct(lambda: _misspell(rng, rng.choice(names).lower()), share),
        "unknown": distinct(
            lambda: "".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 11))), share
        ),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stations", description=__doc__)
    parser.add_argument("--stations", type=Path, default=DEFAULT_STATIONS)
    parser.add_argument("--queries", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    add_output_argument(parser)
    args = parser.parse_args(argv)
    return finish(run(args), args.json)


def run(args: argparse.Namespace) -> Result:
    result = Result("stations", "Station search latency", method_of(__doc__))
    if not args.stations.exists():
        result.error = f"no stations file at {args.stations} (pass --stations)"
        return result
    stations = load_datameet_stations(args.stations)
    started = time.perf_counter()
    index = StationIndex.build(stations)
    built_ms = (time.perf_counter() - started) * 1000
    print(f"index: {len(index)} stations from {len(stations)} features, built in {built_ms:.0f} ms")

    queries = make_queries(stations, args.queries, args.seed)
    normalize_name.cache_clear()
    gc.collect()
    gc.disable()
    timings: dict[str, list[float]] = {}
    found: dict[str, int] = {}
    try:
        for kind, texts in queries.items():
            samples = timings.setdefault(kind, [])
            for text in texts:
                start = time.perf_counter_ns()
                answer = index.search(text)
                samples.append((time.perf_counter_ns() - start) / 1e6)
                found[kind] = found.get(kind, 0) + bool(answer)
    finally:
        gc.enable()

    everything = [ms for samples in timings.values() for ms in samples]
    for kind, samples in timings.items():
        answered = f"{found.get(kind, 0)}/{len(samples)} found"
        print(latency_line(f"search {kind} ({answered})", samples))
    print(latency_line("search, all kinds", everything))
    result.add(
        "search p99, all kinds", percentile(everything, 99), "ms", Goal("<", P99_TARGET_MS, "ms")
    )
    result.add("search p50, all kinds", percentile(everything, 50), "ms")
    for kind, samples in timings.items():
        result.add(f"search p99, {kind}", percentile(samples, 99), "ms")
    result.add("index build", built_ms, "ms")
    result.notes.append(
        f"{len(everything):,} distinct queries over {len(index):,} stations; "
        + ", ".join(f"{kind} {found.get(kind, 0)}/{len(t)} found" for kind, t in timings.items())
        + "."
    )
    return result


if __name__ == "__main__":
    sys.exit(main())
