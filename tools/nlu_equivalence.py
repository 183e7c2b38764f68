"""`python tools/nlu_equivalence.py BASE [--tree TREE]`: whether two checkouts understand every
message alike, for speed work that must change nothing of what is understood.

Every message of TREE's tests/fixtures/nlu/*.jsonl (the held-out sets too: they are run, never
printed) is understood by each checkout's `understand_message` with the real station index, in
three casings (as typed, lower case, upper case), first with every cache empty (cold: a fresh
process per checkout and casing) and then once more (warm). The whole results are compared: the
request with its slots and every fact `Understood` carries. A difference is shown by file and
line; a development message's text and both results are printed, a held-out one's never.
Exit status 0 when nothing differs.

    python tools/nlu_equivalence.py /work/start            # this checkout against another
    python tools/nlu_equivalence.py BASE --tree OTHER --stations FILE
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASINGS = ("as typed", "lower", "upper")
PHASES = ("cold", "warm")
HELD_OUT = "holdout"
SHOWN = 20  # differences printed at most


def canonical(value: object) -> object:
    """`value` as plain JSON, sets sorted, so that two processes' results compare equal."""
    dump = getattr(value, "model_dump", None)
    if callable(dump):  # a request (pydantic)
        return [type(value).__name__, canonical(dump())]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return [type(value).__name__, fields]
    if isinstance(value, enum.Enum):
        return [type(value).__name__, canonical(value.value)]
    if isinstance(value, set | frozenset):
        return sorted((canonical(v) for v in value), key=repr)
    if isinstance(value, dict):
        return {repr(k): canonical(v) for k, v in sorted(value.items(), key=lambda kv: repr(kv[0]))}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot compare a {type(value).__name__}")


def _cased(text: str, casing: str) -> str:
    return text.lower() if casing == "lower" else text.upper() if casing == "upper" else text


def dump(casing: str, stations: Path, fixtures: Path, out: Path) -> None:
    """Understand every message in `casing`, cold then warm, and write the results to `out`."""
    from app.bot.understanding import understand_message
    from app.railways.stations import StationIndex
    from bench.stations import load_datameet_stations

    index = StationIndex.build(load_datameet_stations(stations))
    cases: list[tuple[str, str, dt.date]] = []
    for path in sorted(fixtures.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                case = json.loads(line)
                text = _cased(case["text"], casing)
                cases.append((f"{path.name}:{number}", text, dt.date.fromisoformat(case["today"])))
    results: dict[str, str] = {}
    for phase in PHASES:
        for where, text, today in cases:
            understood = understand_message(text, today=today, index=index)
            results[f"{phase} {where}"] = json.dumps(canonical(understood), sort_keys=True)
    out.write_text(json.dumps(results), encoding="utf-8")


def _run(tree: Path, casing: str, args: argparse.Namespace, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--dump",
        casing,
        "--stations",
        str(args.stations),
        "--fixtures",
        str(args.tree / "tests" / "fixtures" / "nlu"),
        "--out",
        str(out),
    ]
    subprocess.run(command, env=env, cwd=tree, check=True)


def compare(args: argparse.Namespace) -> int:
    """Run both checkouts in each casing and print how many results differ."""
    compared = differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        for casing in CASINGS:
            outs = [Path(tmp) / f"{side}-{casing}.json" for side in ("base", "tree")]
            with ThreadPoolExecutor(max_workers=args.jobs) as pool:
                runs = [
                    pool.submit(_run, tree, casing, args, out)
                    for tree, out in zip((args.base, args.tree), outs, strict=True)
                ]
                for run in runs:
                    run.result()
            base, tree = (json.loads(out.read_text(encoding="utf-8")) for out in outs)
            for key, result in base.items():
                compared += 1
                if tree.get(key) == result:
                    continue
                differ += 1
                if differ <= SHOWN:
                    print(f"DIFF ({casing}) {key}")
                    if HELD_OUT not in key:
                        print(f"  {args.base}: {result}\n  {args.tree}: {tree.get(key)}")
    print(f"{compared:,} results compared ({len(CASINGS)} casings, cold and warm), {differ} differ")
    return 1 if differ else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/nlu_equivalence.py", description=__doc__)
    parser.add_argument("base", type=Path, nargs="?", help="the checkout to compare against")
    parser.add_argument("--tree", type=Path, default=ROOT, help="this checkout by default")
    default_stations = ROOT.parent / "shared" / "data" / "stations.json"
    parser.add_argument("--stations", type=Path, default=default_stations)
    parser.add_argument("--jobs", type=int, default=2, help="checkouts run at once (1 or 2)")
    parser.add_argument("--dump", choices=CASINGS, help=argparse.SUPPRESS)
    parser.add_argument("--fixtures", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dump is not None:
        dump(args.dump, args.stations, args.fixtures, args.out)
        return 0
    if args.base is None:
        parser.error("the checkout to compare against is needed")
    args.base, args.tree = args.base.resolve(), args.tree.resolve()
    return compare(args)


if __name__ == "__main__":
    sys.exit(main())
