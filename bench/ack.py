"""The webhook's ack path under load, against a bare ASGI app on the same core.

Both servers run one uvicorn process (uvloop, httptools) pinned to core 1 with `taskset`; wrk runs
on core 0 with 32 connections for 10 s, posting a realistic ~600-byte signed Messenger message
whose `mid` is unique per request (a wrk Lua script walks a file of precomputed signatures). Ours
verifies, dedupes and queues each event on real Redis; the bare app only reads the body.

Targets: ours at least 0.25× the bare app's requests/s, p99 under 20 ms, every answer a 200.

    python -m bench.ack [--redis-url URL] [--duration 10s] [--connections 32]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import redis

from app.constants import EVENTS_STREAM, SEEN_PREFIX, USER_DONE_PREFIX, USER_SEQ_PREFIX
from bench.figures import Goal, Result, add_output_argument, finish, method_of
from bench.processes import child_env, default_redis_url, free_port, python, stop, wait_ready
from bench.processes import start as start_process
from bench.rig import require_idle_queue

RATIO_TARGET = 0.25
P99_TARGET_MS = 20.0
SECRET = "bench-app-secret"
PAGE_ID = "106000000000001"
MID_PREFIX = "m_bench"
TEXT = (
    "chennai se bangalore kal subah koi train hai kya? 3A mein seat chahiye, "
    "do log hain. Shatabdi ya Brindavan dono chalega 🙏"
)

WRK_SCRIPT = """
local sigs = {}
local n = 0
for line in io.lines("%(sigs)s") do n = n + 1; sigs[n] = line end
local prefix = [==[%(prefix)s]==]
local suffix = [==[%(suffix)s]==]
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i + 1
  local k = ((i - 1) %% n) + 1
  wrk.headers["X-Hub-Signature-256"] = "sha256=" .. sigs[k]
  return wrk.format(nil, "/webhook", nil, prefix .. k .. suffix)
end
"""


@dataclass
class Load:
    """What wrk measured against one server."""

    rps: float
    p50_ms: float
    p99_ms: float
    non_2xx: int


def body_parts(run: str) -> tuple[str, str]:
    """A Messenger message body split around its unique mid number."""
    marker = "@@MID@@"
    payload = {
        "object": "page",
        "entry": [
            {
                "id": PAGE_ID,
                "time": 1795000000000,
                "messaging": [
                    {
                        "sender": {"id": "6785432109876543"},
                        "recipient": {"id": PAGE_ID},
                        "timestamp": 1795000000000,
                        "message": {
                            "mid": f"{MID_PREFIX}.{run}.{marker}.AaGhZ5kLm3qR8sT1uV2wX4yZ6aB8cD0e",
                            "text": TEXT,
                            "nlp": {
                                "intents": [],
                                "entities": {
                                    "wit$datetime:datetime": [
                                        {"confidence": 0.9, "value": "2026-11-28T06:00:00+05:30"}
                                    ]
                                },
                                "traits": {"wit$sentiment": [{"value": "neutral"}]},
                                "detected_locales": [{"locale": "en_XX", "confidence": 0.79}],
                            },
                        },
                    }
                ],
            }
        ],
    }
    text = json.dumps(payload, ensure_ascii=False)
    prefix, suffix = text.split(marker)
    return prefix, suffix


def write_signatures(path: Path, prefix: str, suffix: str, count: int) -> None:
    key = SECRET.encode()
    head, tail = prefix.encode(), suffix.encode()
    with path.open("w") as out:
        for k in range(1, count + 1):
            body = head + str(k).encode() + tail
            out.write(hmac.new(key, body, hashlib.sha256).hexdigest() + "\n")


def start(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    return start_process(["taskset", "-c", "1", *command], env, cwd)


def run_wrk(port: int, script: Path, duration: str, connections: int) -> Load:
    output = subprocess.run(
        [
            "taskset",
            "-c",
            "0",
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{duration}",
            "--latency",
            "-s",
            str(script),
            f"http://127.0.0.1:{port}/webhook",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    non_2xx_match = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return Load(
        rps=rps,
        p50_ms=_latency(output, "50"),
        p99_ms=_latency(output, "99"),
        non_2xx=int(non_2xx_match.group(1)) if non_2xx_match else 0,
    )


def _latency(output: str, percentile: str) -> float:
    match = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    if match is None:
        raise RuntimeError(f"no {percentile}% latency in wrk output:\n{output}")
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def measure(
    command: list[str],
    env: dict[str, str],
    port: int,
    ready: str,
    args: argparse.Namespace,
    script: Path,
) -> Load:
    server = start(command, env, script.parent)
    try:
        wait_ready(port, ready, process=server)
        run_wrk(port, script, "2s", args.connections)  # warm up
        return run_wrk(port, script, args.duration, args.connections)
    finally:
        stop(server)


def clean(redis_url: str, run: str) -> None:
    """Delete the events this run queued and their dedupe marks."""
    client = redis.Redis.from_url(redis_url)
    try:
        client.delete(EVENTS_STREAM)
        batch: list[bytes] = []
        for key in client.scan_iter(match=f"{SEEN_PREFIX}{MID_PREFIX}.{run}.*", count=5000):
            batch.append(key)
            if len(batch) >= 5000:
                client.delete(*batch)
                batch.clear()
        if batch:
            client.delete(*batch)
        user = "6785432109876543"
        client.delete(USER_SEQ_PREFIX + user, USER_DONE_PREFIX + user)
    finally:
        client.close()


def run(args: argparse.Namespace) -> Result:
    result = Result("ack", "Webhook ack path vs a bare ASGI app", method_of(__doc__))
    missing = [tool for tool in ("wrk", "taskset") if shutil.which(tool) is None]
    if missing:
        result.error = f"{' and '.join(missing)} required"
        return result
    try:
        bare, ours, size = measure_both(args)
    except Exception as exc:
        result.error = f"{type(exc).__name__}: {exc}"
        return result
    print(f"body {size} bytes, wrk -t1 -c{args.connections} -d{args.duration}, servers on core 1")
    print(f"bare : {bare.rps:10.0f} req/s   p50 {bare.p50_ms:6.2f} ms   p99 {bare.p99_ms:6.2f} ms")
    print(
        f"ours : {ours.rps:10.0f} req/s   p50 {ours.p50_ms:6.2f} ms   p99 {ours.p99_ms:6.2f} ms"
        f"   non-2xx {ours.non_2xx}"
    )
    result.add("ours / bare, requests/s", ours.rps / bare.rps, "×", Goal(">=", RATIO_TARGET, "×"))
    result.add("ours p99", ours.p99_ms, "ms", Goal("<", P99_TARGET_MS, "ms"))
    result.add("ours, answers other than 200", ours.non_2xx, "", Goal("==", 0))
    result.add("ours", ours.rps, "req/s")
    result.add("ours p50", ours.p50_ms, "ms")
    result.add("bare", bare.rps, "req/s")
    result.add("bare p50", bare.p50_ms, "ms")
    result.add("bare p99", bare.p99_ms, "ms")
    result.notes.append(
        f"Body {size} bytes; wrk -t1 -c{args.connections} -d{args.duration} on core 0, "
        "each server alone on core 1."
    )
    return result


def measure_both(args: argparse.Namespace) -> tuple[Load, Load, int]:
    """The bare app's figures, ours, and the size of the body posted."""
    require_idle_queue(args.redis_url)
    run = f"{int(time.time())}{os.getpid()}"
    prefix, suffix = body_parts(run)
    with tempfile.TemporaryDirectory() as work:
        scratch = Path(work)
        sigs = scratch / "signatures.txt"
        write_signatures(sigs, prefix, suffix, args.signatures)
        script = scratch / "webhook.lua"
        script.write_text(WRK_SCRIPT % {"sigs": sigs, "prefix": prefix, "suffix": suffix})
        env = child_env(
            {"FB_APP_SECRET": SECRET, "REDIS_URL": args.redis_url, "LOG_LEVEL": "WARNING"}
        )
        bare_port, ours_port = free_port(), free_port()
        bare = measure(
            python(
                "-m",
                "uvicorn",
                "bench.bare:app",
                "--port",
                str(bare_port),
                "--loop",
                "uvloop",
                "--http",
                "httptools",
                "--no-access-log",
                "--log-level",
                "warning",
            ),
            env,
            bare_port,
            "/",
            args,
            script,
        )
        try:
            ours = measure(
                python("-m", "app", "serve", "--no-worker", "--port", str(ours_port)),
                env,
                ours_port,
                "/healthz",
                args,
                script,
            )
        finally:
            clean(args.redis_url, run)
    return bare, ours, len((prefix + "1" + suffix).encode())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ack", description=__doc__)
    parser.add_argument("--redis-url", default=default_redis_url())
    parser.add_argument("--duration", default="10s")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--signatures", type=int, default=600_000)
    add_output_argument(parser)
    args = parser.parse_args(argv)
    return finish(run(args), args.json)


if __name__ == "__main__":
    sys.exit(main())
