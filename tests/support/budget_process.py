"""A process that asks a provider's call budget for calls, for the cross-process budget tests:
`python -m tests.support.budget_process REDIS_URL --priority person --calls 12 ...`.

Each call is taken from the shared `CallBudget` on Redis as a live client takes it; a granted call
carries the Redis server's time of the grant (the clock the budget counts by). One JSON line per
call on stdout:
`{"ok": true, "t": <server time>}` or `{"ok": false, "window": ..., "retry_after_s": ...}`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time

import redis.asyncio as aioredis

from app.errors import BudgetExhausted
from app.railways.budget import CallBudget, Limits, RedisLedger, background_calls


async def ask(args: argparse.Namespace) -> None:
    client = aioredis.Redis.from_url(args.redis, decode_responses=True)
    budget = CallBudget(
        args.provider,
        Limits(per_minute=args.per_minute, per_month=args.per_month),
        RedisLedger(client),
        wait_s=args.wait,
        window_s=args.window,
    )
    # Start together with the other process: at the next whole multiple of the window.
    await asyncio.sleep(max(0.0, args.start_at - time.time()))
    calls = []

    async def one() -> None:
        background = (
            background_calls() if args.priority == "background" else contextlib.nullcontext()
        )
        with background:
            try:
                granted = await budget.spend()
            except BudgetExhausted as exc:
                calls.append(
                    {"ok": False, "window": exc.window, "retry_after_s": exc.retry_after_s}
                )
                return
        calls.append({"ok": True, "t": granted.at})

    await asyncio.gather(*(one() for _ in range(args.calls)))
    for call in calls:
        sys.stdout.write(json.dumps(call) + "\n")
    await client.aclose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("redis")
    parser.add_argument("--provider", default="railradar")
    parser.add_argument("--priority", choices=["person", "background"], default="person")
    parser.add_argument("--calls", type=int, default=10)
    parser.add_argument("--per-minute", type=int, default=10)
    parser.add_argument("--per-month", type=int, default=None)
    parser.add_argument("--window", type=float, default=2.0)
    parser.add_argument("--wait", type=float, default=1.0)
    parser.add_argument("--start-at", type=float, default=0.0)
    asyncio.run(ask(parser.parse_args()))


if __name__ == "__main__":
    main()
