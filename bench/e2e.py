"""`python -m bench.e2e`: end-to-end latency, from the webhook POST to the Send API call.

A real `python -m app serve` (with its embedded worker, on real Redis, logging at INFO to a file)
runs pinned to core 1. The mock Send API and the mock railwayapi.com v2, whose every answer comes
300 ms late, share one uvicorn process (`bench.mocks`) pinned to core 0 with this client. Each
message is a signed webhook POST from a user of its own asking for a PNR ("pnr 45…", "mera pnr
…", "PNR status …"); its latency runs from just before the POST to when the mock Send API
receives the message that carries that PNR's answer (both stamped with CLOCK_MONOTONIC, which all
processes share). Messages go out at a steady rate (open loop): a slow answer does not delay the
next question. A warm-up round is not counted. Miss: every PNR is new, so the upstream is asked
(300 ms). Hit: the same PNRs again, within their 2-minute freshness, so the answer comes from
the Redis cache; the upstream must not be called. Target: hit p50 under 50 ms.

    python -m bench.e2e [--messages 300] [--rate 20] [--delay-ms 300] [--redis-url URL]
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.figures import (
    Goal,
    Result,
    add_output_argument,
    finish,
    latency_line,
    method_of,
    percentile,
)
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
    message_body,
    railbot_env,
    require_idle_queue,
    start_mocks,
    tidy,
)

HIT_P50_TARGET_MS = 50.0
PHRASES = ("pnr {}", "PNR status {}", "mera pnr {} hai, status batao", "{}", "check pnr {} pls")


def ask(
    client: WebhookClient, run: Run, phase: int, pnrs: Sequence[str], rate: float
) -> tuple[dict[str, str], dict[str, float], list[float]]:
    """Post one PNR question per new user at `rate` a second; the users' expected answer text,
    when each question went out, and how long each POST took to be acknowledged (ms)."""
    expected: dict[str, str] = {}
    sent_at: dict[str, float] = {}
    acks: list[float] = []
    began = time.monotonic()
    for n, pnr in enumerate(pnrs):
        user = run.user(phase, n)
        text = PHRASES[n % len(PHRASES)].format(pnr)
        body = message_body(user, run.mid(user), text, int(time.time() * 1000))
        pause = began + n / rate - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        started = time.monotonic()
        status = client.post(body)
        acks.append((time.monotonic() - started) * 1000)
        if status != 200:
            raise RuntimeError(f"the webhook answered {status}")
        expected[user] = f"PNR {pnr}"
        sent_at[user] = started
    return expected, sent_at, acks


def collect(
    records: Records, expected: dict[str, str], sent_at: dict[str, float], timeout: float
) -> list[float]:
    """Latencies (ms) of the answers that came, waiting up to `timeout` for the last ones."""
    deadline = time.monotonic() + timeout
    while True:
        records.refresh()
        answered = records.first_matching(expected)
        if len(answered) == len(expected) or time.monotonic() > deadline:
            return [(answered[user] - sent_at[user]) * 1000 for user in answered]
        time.sleep(0.1)


def measure(args: argparse.Namespace, result: Result) -> None:
    require_idle_queue(args.redis_url)
    run = Run.new()
    count = args.messages
    client_core, app_core = two_cores()
    pin_self(client_core)
    warm = [run.pnr(900_000 + n) for n in range(args.warmup)]
    with tempfile.TemporaryDirectory(prefix="railbot-bench-e2e-") as work:
        scratch = Path(work)
        mocks, mocks_port = start_mocks(scratch, client_core, args.delay_ms)
        app_log = scratch / "railbot.log"
        port = free_port()
        app = start(
            pinned(app_core, python("-m", "app", "serve", "--port", str(port))),
            railbot_env(args.redis_url, mocks_port, scratch / "data"),
            cwd=scratch,
            log=app_log,
        )
        client = WebhookClient(port)
        try:
            wait_ready(port, "/healthz", process=app)
            records = Records(mocks_port)
            timeout = 30 + args.delay_ms / 1000 * 3

            expected, sent_at, _ = ask(client, run, 0, warm, args.rate)
            if len(collect(records, expected, sent_at, timeout)) < len(warm):
                raise RuntimeError("the warm-up questions were not all answered:\n" + tail(app_log))

            pnrs = [run.pnr(n) for n in range(count)]
            expected, sent_at, miss_acks = ask(client, run, 1, pnrs, args.rate)
            misses = collect(records, expected, sent_at, timeout)
            upstream_before = records.upstream.get("pnr-status", 0)

            expected, sent_at, hit_acks = ask(client, run, 2, pnrs, args.rate)
            hits = collect(records, expected, sent_at, timeout)
            records.refresh()
            upstream_during_hits = records.upstream.get("pnr-status", 0) - upstream_before
        finally:
            client.close()
            stop(app)
            stop(mocks)
            tidy(args.redis_url, run, [run.pnr(n) for n in range(count)] + warm)
        if app.returncode not in (0, -signal.SIGTERM, None):
            result.notes.append(f"the app exited with {app.returncode}: {tail(app_log, 5)}")

    if not hits or not misses:
        raise RuntimeError("no answers arrived:\n" + tail(app_log))
    print(
        f"{count} misses then {count} hits at {args.rate:g}/s, upstream {args.delay_ms:g} ms late"
    )
    print(latency_line("POST → answer sent, cache hit", hits))
    print(latency_line("POST → answer sent, cache miss", misses))
    print(latency_line("webhook ack (during the runs)", miss_acks + hit_acks))
    print(f"upstream PNR calls during the hit run: {upstream_during_hits}")
    result.add_latencies("hit", hits, goals={50: HIT_P50_TARGET_MS})
    result.add_latencies("miss", misses)
    result.add("webhook ack p99 under this load", percentile(miss_acks + hit_acks, 99), "ms")
    result.add("questions not answered", 2 * count - len(hits) - len(misses), "", Goal("==", 0))
    result.add("upstream calls during the hit run", upstream_during_hits, "", Goal("==", 0))
    result.notes.append(
        f"{count} misses, then {count} hits, at {args.rate:g} messages/s; upstream delay "
        f"{args.delay_ms:g} ms; {args.warmup} warm-up questions not counted."
    )


def run(args: argparse.Namespace) -> Result:
    result = Result("e2e", "End-to-end latency, webhook POST → Send API", method_of(__doc__))
    try:
        measure(args, result)
    except Exception as exc:
        result.error = f"{type(exc).__name__}: {exc}"
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.e2e", description=__doc__)
    parser.add_argument("--messages", type=int, default=300, help="questions per run (hit, miss)")
    parser.add_argument("--rate", type=float, default=20.0, help="questions per second")
    parser.add_argument("--delay-ms", type=float, default=300.0, help="the upstream's delay")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--redis-url", default=default_redis_url())
    add_output_argument(parser)
    args = parser.parse_args(argv)
    return finish(run(args), args.json)


if __name__ == "__main__":
    sys.exit(main())
