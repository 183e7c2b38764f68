"""`python tools/outside_in_context.py [--every N] [--misses]`: how many of the development sets'
messages outside railways (tests/fixtures/nlu language, eval and outside .jsonl, intent
out_of_scope; never a held-out set) that get the "I only know Indian Railways" answer alone get
anything else in the middle of a conversation, per context (after a list of trains, a fare of
several, a live status, a PNR, a board, a station; while the bot asks which class, station or
date). See tests/bot/outside_in_context.py.

`--every N` replays every N-th message only; `--misses` prints each miss and what it got."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RAILBOT_PURE_PYTHON", "1")

from tests.bot.outside_in_context import measure, outside_messages, sample  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(prog="python tools/outside_in_context.py", description=__doc__)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    messages = sample(outside_messages(), args.every)
    started = time.perf_counter()
    alone, missed = asyncio.run(measure(messages))
    print(f"{len(messages)} messages outside railways, {len(alone)} answered so alone")
    for name, misses in missed.items():
        print(f"  after {name:<16} {len(misses):>5} missed")
    print(f"  total {sum(len(m) for m in missed.values())} ({time.perf_counter() - started:.0f} s)")
    if args.misses:
        for misses in missed.values():
            for miss in misses:
                first = miss.answer.splitlines()[0] if miss.answer else ""
                print(f"{miss.context}\t{miss.said}\t{first[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
