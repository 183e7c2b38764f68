"""`python tools/nlu_score.py SET.jsonl [...] [--misses]`: intent and slot accuracy of labelled
sets, per group (Devanagari, Latin-script, outside railways), through the index a fresh clone has
and through the real open-data stations (../shared/data/stations.json) when present.

`--misses` prints what was got wrong: use it on the development sets only, never on a held-out
set (tests/fixtures/nlu/README.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.railways.stations import StationIndex  # noqa: E402
from tests.bot.understanding.test_eval import load_cases, measure, report  # noqa: E402
from tests.railways.test_stations import datameet_stations  # noqa: E402

STATIONS = ROOT.parent / "shared" / "data" / "stations.json"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python tools/nlu_score.py", description=__doc__)
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--stations", type=Path, default=STATIONS)
    args = parser.parse_args()
    cases = load_cases(*args.sets)
    indexes = [("builtin", StationIndex.build())]
    if args.stations.exists():
        indexes.append(("real", StationIndex.build(datameet_stations(args.stations))))
    for name, index in indexes:
        scores = measure(cases, index)
        print(report(f"{name}: " + " ".join(p.name for p in args.sets), scores, index))
        if args.misses:
            print("\n".join(miss for score in scores.values() for miss in score.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
