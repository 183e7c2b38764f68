"""`python -m bench.nlu`: messages understood per second on one core.

The station index is built from the real 8,990 open-data stations merged over the built-in list
(../shared/data/stations.json by default). The messages are the hand-labelled development sets
(tests/fixtures/nlu/eval.jsonl, language.jsonl and outside.jsonl: English, Hinglish, Devanagari,
and messages outside railways). A first pass runs with every cache empty (cold); then the set
is understood again for some rounds (warm: caches of normalised words, keyword and station
misspellings filled as they would be in a running bot). Rates are per second of this process's
CPU time, so that other work on a shared machine does not skew them; latencies are wall-clock.
Target: at least 5,000 messages per second. Figures are printed; nothing here is a timed test.

    python -m bench.nlu [--stations FILE] [--rounds N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from app.bot.understanding import understand
from app.railways.stations import StationIndex
from bench.figures import (
    Goal,
    Result,
    add_output_argument,
    finish,
    latency_line,
    method_of,
    percentile,
)
from bench.stations import DEFAULT_STATIONS, load_datameet_stations

ROOT = Path(__file__).resolve().parent.parent
NLU_FIXTURES = ROOT / "tests" / "fixtures" / "nlu"
SETS = tuple(NLU_FIXTURES / f"{name}.jsonl" for name in ("eval", "language", "outside"))
TARGET_PER_S = 5000


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.nlu", description=__doc__)
    parser.add_argument("--stations", type=Path, default=DEFAULT_STATIONS)
    parser.add_argument("--rounds", type=int, default=20)
    add_output_argument(parser)
    args = parser.parse_args(argv)
    return finish(run(args), args.json)


def run(args: argparse.Namespace) -> Result:
    result = Result("nlu", "Language understanding throughput", method_of(__doc__))
    if not args.stations.exists():
        result.error = f"no stations file at {args.stations} (pass --stations)"
        return result
    index = StationIndex.build(load_datameet_stations(args.stations))
    cases = [
        json.loads(line)
        for path in SETS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    messages = [(case["text"], dt.date.fromisoformat(case["today"])) for case in cases]
    print(f"{len(messages)} messages, {len(index)} stations")

    gc.collect()
    gc.disable()
    try:
        latencies: list[float] = []
        for text, today in messages:
            start = time.perf_counter_ns()
            understand(text, today=today, index=index)
            latencies.append((time.perf_counter_ns() - start) / 1e6)
        cold_rate = len(messages) / (sum(latencies) / 1000)
        rates = []
        warm: list[float] = []
        for _ in range(args.rounds):
            # CPU time of this process: other work on the machine does not count against us.
            started = time.process_time()
            for text, today in messages:
                begin = time.perf_counter_ns()
                understand(text, today=today, index=index)
                warm.append((time.perf_counter_ns() - begin) / 1e6)
            rates.append(len(messages) / (time.process_time() - started))
    finally:
        gc.enable()

    print(latency_line("understand, cold (first pass)", latencies))
    print(latency_line(f"understand, warm ({args.rounds} rounds)", warm))
    median = statistics.median(rates)
    print(f"cold: {cold_rate:,.0f} messages/s")
    print(
        f"warm: {median:,.0f} messages/s per CPU second, median of rounds ({max(rates):,.0f} best)"
    )
    result.add("warm, per CPU second", median, "msg/s", Goal(">=", TARGET_PER_S, "msg/s"))
    result.add("cold (first pass)", cold_rate, "msg/s")
    result.add("warm p50", percentile(warm, 50), "ms")
    result.add("warm p99", percentile(warm, 99), "ms")
    result.add("cold p99", percentile(latencies, 99), "ms")
    result.notes.append(
        f"{len(messages)} messages of the development sets, {len(index):,} stations; "
        f"median of {args.rounds} warm rounds."
    )
    return result


if __name__ == "__main__":
    sys.exit(main())
