"""`python -m bench.workers`: events answered per second by 1 and by 2 worker processes.

Each count of `python -m app worker` processes (real Redis, default concurrency, logging at INFO
to a file) starts on an empty queue and warms up on a round of events, which also puts a set of
PNRs in the cache. The workers are then paused (SIGSTOP) while N events are signed and queued
through the real webhook (`python -m app serve --no-worker`), one message per user: half
greetings ("hi", "namaste"…), half questions about the cached PNRs. The workers are resumed
(SIGCONT) and timed until the stream is empty, that is until every event has been answered,
acknowledged and deleted. The mock Send API answers at once, so every answer is ready well within
half a second and costs exactly one Send API call (no sender actions). Every user must get exactly
the messages their kind of question got in the warm-up: none missing, none twice. Besides the
wall-clock rate, the rate per second of the workers' own CPU time is reported: on a machine
shared with other work it says what one worker does with a core to itself. Placement: one
worker runs on core 1; two workers run one on each core. The webhook server (idle while timed)
and the mocks are on core 0; Redis is not pinned. Reports events/s and the 2-worker/1-worker
scaling factor; on two cores shared with Redis and the mocks it cannot reach 2.

    python -m bench.workers [--events 2000] [--redis-url URL]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import redis

from app.constants import EVENTS_STREAM
from bench.figures import Goal, Result, add_output_argument, finish, method_of
from bench.processes import (
    default_redis_url,
    free_port,
    pin_self,
    pinned,
    python,
    start,
    stop,
    tail,
    two_cores,
    wait_ready,
)
from bench.rig import (
    Records,
    Run,
    WebhookClient,
    forget_pnrs,
    message_body,
    queued,
    railbot_env,
    require_idle_queue,
    start_mocks,
    tidy,
)

GREETINGS = ("hi", "hello", "namaste", "Hi there", "good morning")
CACHED_PNRS = 20
WARMUP_EVENTS = 100


@dataclass
class Rig:
    redis_url: str
    scratch: Path
    env: dict[str, str]
    webhook: WebhookClient
    records: Records
    run: Run
    cores: tuple[str | None, str | None]
    others: dict[str, int]  # the other processes whose CPU time is counted: name → pid


@dataclass(frozen=True)
class Outcome:
    rate: float  # events per second
    wrong: int  # users answered wrongly, late or twice
    dead: int  # events dead-lettered
    cpu_ms: dict[str, float]  # CPU time per event, by process (the workers together)


@dataclass(frozen=True)
class Question:
    user: str
    text: str
    kind: str  # the greeting itself, or "pnr"
    answer: str = ""  # what the answer must contain


def questions(run: Run, phase: int, count: int) -> list[Question]:
    made = []
    for n in range(count):
        user = run.user(phase, n)
        if n % 2:
            pnr = run.pnr(n // 2 % CACHED_PNRS)
            made.append(Question(user, f"pnr {pnr}", "pnr", f"PNR {pnr}"))
        else:
            greeting = GREETINGS[n // 2 % len(GREETINGS)]
            made.append(Question(user, greeting, greeting))
    return made


def post_all(rig: Rig, batch: Sequence[Question]) -> None:
    for question in batch:
        body = message_body(
            question.user, rig.run.mid(question.user), question.text, int(time.time() * 1000)
        )
        status = rig.webhook.post(body)
        if status != 200:
            raise RuntimeError(f"the webhook answered {status}")


def wait_consuming(workers: list[subprocess.Popen[bytes]], log: Path) -> None:
    """Until every worker process has logged that it started (its consumer name holds its pid)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        started = [
            json.loads(line).get("consumer", "")
            for line in log.read_text(errors="replace").splitlines()
            if '"worker started"' in line
        ]
        if all(any(f"-{w.pid}-" in name for name in started) for w in workers):
            return
        if any(w.poll() is not None for w in workers):
            raise RuntimeError("a worker exited at start:\n" + tail(log))
        time.sleep(0.05)
    raise RuntimeError("the workers did not start within 60 s:\n" + tail(log))


def wait_empty(redis_url: str, timeout: float) -> float:
    """Until the event stream is empty; the moment it was seen empty (monotonic)."""
    client = redis.Redis.from_url(redis_url)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if client.xlen(EVENTS_STREAM) == 0:
                return time.monotonic()
            time.sleep(0.002)
    finally:
        client.close()
    raise RuntimeError(f"the queue was not empty after {timeout:.0f} s")


def messages_per_kind(rig: Rig, batch: Sequence[Question]) -> dict[str, int]:
    """How many messages each kind of question got (the warm-up's answers define it)."""
    counts = rig.records.count_by_user()
    per_kind: dict[str, set[int]] = {}
    for question in batch:
        per_kind.setdefault(question.kind, set()).add(counts.get(question.user, 0))
    if any(len(seen) != 1 or 0 in seen for seen in per_kind.values()):
        raise RuntimeError(f"the warm-up answers were uneven: {per_kind}")
    return {kind: next(iter(seen)) for kind, seen in per_kind.items()}


def measure_workers(rig: Rig, count: int, events: int) -> Outcome:
    """What `count` worker processes did with `events` queued events."""
    log = rig.scratch / f"workers-{count}.log"
    log.touch()
    places = [rig.cores[1]] if count == 1 else [rig.cores[n % 2] for n in range(count)]
    workers = [
        start(pinned(core, python("-m", "app", "worker")), rig.env, cwd=rig.scratch, log=log)
        for core in places
    ]
    try:
        wait_consuming(workers, log)
        # Fetched afresh now, so that they are still fresh (2 minutes) when the timed run asks.
        forget_pnrs(rig.redis_url, [rig.run.pnr(n) for n in range(CACHED_PNRS)])
        warm = questions(rig.run, 2 * count, WARMUP_EVENTS)
        post_all(rig, warm)
        wait_empty(rig.redis_url, 60)
        time.sleep(0.2)  # the last sends are counted by the mock just after the entries go
        rig.records.refresh()
        expected = messages_per_kind(rig, warm)
        _, dead_before = queued(rig.redis_url)

        for worker in workers:
            os.kill(worker.pid, signal.SIGSTOP)
        try:
            batch = questions(rig.run, 2 * count + 1, events)
            post_all(rig, batch)
            waiting, _ = queued(rig.redis_url)
        finally:
            pids = {"workers": [w.pid for w in workers]} | {k: [v] for k, v in rig.others.items()}
            cpu_before = {name: cpu_seconds(group) for name, group in pids.items()}
            started = time.monotonic()
            for worker in workers:
                os.kill(worker.pid, signal.SIGCONT)
        if waiting != events:
            raise RuntimeError(f"{waiting} events queued, expected {events}")
        ended = wait_empty(rig.redis_url, 300)
        rate = events / (ended - started)
        cpu_ms = {
            name: (cpu_seconds(group) - cpu_before[name]) * 1000 / events
            for name, group in pids.items()
        }

        time.sleep(0.5)
        rig.records.refresh()
        counts = rig.records.count_by_user()
        answered = rig.records.first_matching({q.user: q.answer for q in batch})
        wrong = sum(
            counts.get(q.user, 0) != expected[q.kind] or q.user not in answered for q in batch
        )
        _, dead_after = queued(rig.redis_url)
        print(
            f"{count} worker(s): {events} events in {ended - started:.2f} s = {rate:,.0f} events/s"
            f" ({wrong} users answered wrongly, {dead_after - dead_before} dead letters);"
            " CPU per event: " + ", ".join(f"{k} {v:.1f} ms" for k, v in cpu_ms.items())
        )
        return Outcome(rate, wrong, dead_after - dead_before, cpu_ms)
    finally:
        for worker in workers:
            stop(worker)


def measure(args: argparse.Namespace, result: Result) -> None:
    require_idle_queue(args.redis_url)
    run = Run.new()
    cores = two_cores()
    pin_self(cores[0])
    with tempfile.TemporaryDirectory(prefix="railbot-bench-workers-") as work:
        scratch = Path(work)
        mocks, mocks_port = start_mocks(scratch, cores[0], args.delay_ms)
        env = railbot_env(args.redis_url, mocks_port, scratch / "data")
        port = free_port()
        web = start(
            pinned(cores[0], python("-m", "app", "serve", "--no-worker", "--port", str(port))),
            env,
            cwd=scratch,
            log=scratch / "web.log",
        )
        webhook = WebhookClient(port)
        others = {"mocks": mocks.pid}
        server = redis_pid(args.redis_url)
        if server is not None:
            others["Redis"] = server
        rig = Rig(args.redis_url, scratch, env, webhook, Records(mocks_port), run, cores, others)
        outcomes: dict[int, Outcome] = {}
        try:
            wait_ready(port, "/healthz", process=web)
            for count in (1, 2):
                outcomes[count] = measure_workers(rig, count, args.events)
        finally:
            webhook.close()
            stop(web)
            stop(mocks)
            tidy(args.redis_url, run, [run.pnr(n) for n in range(CACHED_PNRS)])
    one, two = outcomes[1].rate, outcomes[2].rate
    print(f"scaling, 2 workers / 1 worker: {two / one:.2f}×")
    result.add("1 worker", one, "events/s", Goal(">=", 250, "events/s"), headline=True)
    result.add("2 workers", two, "events/s", headline=True)
    for count, outcome in outcomes.items():
        label = "1 worker" if count == 1 else f"{count} workers"
        result.add(
            f"{label}, per second of worker CPU",
            1000 / outcome.cpu_ms["workers"],
            "events/s",
            headline=count == 1,
        )
    result.add("scaling, 2 workers / 1", two / one, "×", headline=True)
    for count, outcome in outcomes.items():
        label = "1 worker" if count == 1 else f"{count} workers"
        for name, ms in outcome.cpu_ms.items():
            result.add(f"{label}: CPU per event, {name}", ms, "ms")
    for count, outcome in outcomes.items():
        label = "1 worker" if count == 1 else f"{count} workers"
        result.add(
            f"{label}: users answered wrongly, late or twice", outcome.wrong, "", Goal("==", 0)
        )
        result.add(f"{label}: dead letters", outcome.dead, "", Goal("==", 0))
    result.notes.append(
        f"{args.events} events per count (half greetings, half cached PNRs); "
        f"{WARMUP_EVENTS} warm-up events first; worker concurrency 16 (the default)."
    )


def cpu_seconds(pids: Sequence[int]) -> float:
    """User and system CPU time the processes have used so far (Linux /proc)."""
    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def redis_pid(redis_url: str) -> int | None:
    """The Redis server's pid when it runs on this machine (not in a container or elsewhere)."""
    client = redis.Redis.from_url(redis_url)
    try:
        pid = int(client.info("server")["process_id"])
    finally:
        client.close()
    try:
        name = Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return None
    return pid if name.startswith("redis") else None


def run(args: argparse.Namespace) -> Result:
    result = Result("workers", "Worker throughput, 1 and 2 processes", method_of(__doc__))
    try:
        measure(args, result)
    except Exception as exc:
        result.error = f"{type(exc).__name__}: {exc}"
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.workers", description=__doc__)
    parser.add_argument("--events", type=int, default=2000, help="events queued per count")
    parser.add_argument("--delay-ms", type=float, default=300.0, help="the upstream's delay")
    parser.add_argument("--redis-url", default=default_redis_url())
    add_output_argument(parser)
    args = parser.parse_args(argv)
    return finish(run(args), args.json)


if __name__ == "__main__":
    sys.exit(main())
