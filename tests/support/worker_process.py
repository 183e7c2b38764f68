"""A worker process for the crash tests: `python -m tests.support.worker_process MODE ...`.

Runs a real `Worker` on real Redis, sending to the Graph URL given. MODE `block` answers nothing
until killed (it writes MARKER once it holds the event); MODE `answer` answers each message with
two replies, the second containing "HOLD" (which the test's Graph server holds).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from app.bot.incoming import Incoming
from app.bot.replies import Reply
from app.messenger.send import Sender
from app.queue import RedisQueue
from app.store import RedisStore
from tests.support.messenger import delivery_worker


class Blocking:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    async def respond(self, incoming: Incoming) -> list[Reply]:
        self.marker.write_text(incoming.text or "")
        await asyncio.sleep(3600)
        return []


class TwoParts:
    async def respond(self, incoming: Incoming) -> list[Reply]:
        return [Reply(text=f"part one for {incoming.text}"), Reply(text="part two HOLD")]


async def main(args: argparse.Namespace) -> None:
    store = RedisStore.from_url(args.redis)
    responder = Blocking(Path(args.marker)) if args.mode == "block" else TwoParts()
    sender = Sender(args.graph, "process-test-token", store=store, max_retries=0)
    worker = delivery_worker(
        RedisQueue(store.redis),
        store,
        sender,
        responder,
        visibility_timeout_s=args.visibility,
        block_ms=100,
    )
    await worker.run()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["block", "answer"])
    parser.add_argument("--redis", required=True)
    parser.add_argument("--graph", required=True)
    parser.add_argument("--visibility", type=float, default=1.0)
    parser.add_argument("--marker", default="/dev/null")
    asyncio.run(main(parser.parse_args()))
    sys.exit(0)
