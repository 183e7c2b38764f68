"""`python -m bench` (`make bench`): run every benchmark, each in a process of its own, and write
docs/benchmarks.md with the machine, the command of each, its figures and goals, PASS or MISS.

    python -m bench [--only ack,e2e] [--skip timetable] [--output FILE] [--redis-url URL]

The benchmarks that run RailBot's processes (ack, e2e, workers) use REDIS_URL (or --redis-url):
give them a Redis database nothing else uses, since they queue and delete events there.
Exit status 0 when every goal was met.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.figures import Result
from bench.machine import describe
from bench.processes import ROOT, default_redis_url, pinned, two_cores
from bench.report import render

DEFAULT_OUTPUT = ROOT / "docs" / "benchmarks.md"
TIMEOUT_S = 1200


@dataclass(frozen=True)
class Plan:
    """A benchmark as `python -m bench` runs it: pinned to one core when it measures one core
    in-process; the others place their own processes and say how."""

    name: str
    title: str
    one_core: bool = False

    def command(self) -> list[str]:
        core = two_cores()[1] if self.one_core else None
        return pinned(core, ["python", "-m", f"bench.{self.name}"])


PLANS = (
    Plan("ack", "Webhook ack path vs a bare ASGI app"),
    Plan("e2e", "End-to-end latency, webhook POST → Send API"),
    Plan("workers", "Worker throughput, 1 and 2 processes"),
    Plan("stations", "Station search latency", one_core=True),
    Plan("nlu", "Language understanding throughput", one_core=True),
    Plan("timetable", "Offline timetable: import and queries", one_core=True),
)


def run_one(plan: Plan, redis_url: str, scratch: Path) -> Result:
    """Run one benchmark in its own process, echoing its output; what it found."""
    command = plan.command()
    shown = shlex.join(command)
    out = scratch / f"{plan.name}.json"
    argv = [sys.executable if part == "python" else part for part in command]
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"\n=== {plan.title}: {shown} (load average {load})", flush=True)
    env = {**os.environ, "REDIS_URL": redis_url}
    captured: list[str] = []
    with subprocess.Popen(
        [*argv, "--json", str(out)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as child:
        assert child.stdout is not None
        watchdog = threading.Timer(TIMEOUT_S, child.kill)
        watchdog.start()
        try:
            for line in child.stdout:
                print(line, end="", flush=True)
                captured.append(line)
            status = child.wait()
        finally:
            watchdog.cancel()
    if status < 0:
        captured.append(f"(stopped by signal {-status}; the limit is {TIMEOUT_S} s)\n")
    if out.exists():
        result = Result.from_json(out.read_text(encoding="utf-8"))
    else:
        last = captured[-1].strip() if captured else ""
        result = Result(plan.name, plan.title, error=f"exited with {status} {last}".strip())
    result.command = shown
    result.notes.append(f"Load average as it started: {load} (1, 5 and 15 min).")
    result.output = "".join(line for line in captured if not line.startswith(("  PASS", "  MISS")))
    return result


def select(only: str | None, skip: str | None) -> list[Plan]:
    names = {plan.name for plan in PLANS}
    wanted = [n.strip() for n in only.split(",") if n.strip()] if only else list(names)
    unwanted = {n.strip() for n in skip.split(",") if n.strip()} if skip else set()
    unknown = (set(wanted) | unwanted) - names
    if unknown:
        raise SystemExit(f"unknown benchmark {', '.join(sorted(unknown))}; known: {names}")
    return [plan for plan in PLANS if plan.name in wanted and plan.name not in unwanted]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", help="comma-separated: " + ",".join(p.name for p in PLANS))
    parser.add_argument("--skip", help="comma-separated benchmarks not to run")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--redis-url", default=default_redis_url())
    args = parser.parse_args(argv)
    plans = select(args.only, args.skip)

    started = dt.datetime.now().astimezone()
    clock = time.monotonic()
    machine = describe(args.redis_url)
    load = ", ".join(f"{value:.2f}" for value in machine.load_start)
    print(f"{machine.cpu}, {machine.cores} cores; load average {load}", flush=True)
    with tempfile.TemporaryDirectory(prefix="railbot-bench-") as work:
        results = [run_one(plan, args.redis_url, Path(work)) for plan in plans]
    machine.load_end = os.getloadavg()

    page = render(machine, results, started=started, seconds=time.monotonic() - clock)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(page, encoding="utf-8")
    print(f"\nwrote {args.output}")
    for result in results:
        misses = [f.label for f in result.figures if f.passed is False]
        detail = result.error or ", ".join(misses)
        print(f"  {result.verdict:<5} {result.title}" + (f": {detail}" if detail else ""))
    return 0 if all(result.passed for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
