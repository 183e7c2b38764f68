"""Conversations on the sample railway, replayed as Messenger events (the shell's simulator: the
signed-webhook shapes) through the whole bot, at a fixed moment so that the sample's clock-driven
trains stand still: `tests/fixtures/transcripts/sample/*.txt`, in the `python -m app shell
--replay` format. The moment is Thu 3 Dec 2026, 08:00 in India."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from app.bot.conversation import Bot
from app.railways.cache import CachedProvider
from app.railways.sample import SampleProvider
from app.shell import Command, Shell, load_transcript, replay
from app.store import Store
from tests.bot.harness import INDEX, TZ
from tests.conftest import FakeClock

TRANSCRIPTS = sorted(
    (Path(__file__).parents[1] / "fixtures" / "transcripts" / "sample").glob("*.txt")
)
MOMENT = dt.datetime(2026, 12, 3, 8, 0, tzinfo=TZ)


def test_there_are_sample_transcripts() -> None:
    assert len(TRANSCRIPTS) >= 6


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda path: path.stem)
async def test_sample_transcript(path: Path, store: Store, clock: FakeClock) -> None:
    clock.now = MOMENT.timestamp()
    provider = CachedProvider(
        SampleProvider(store, index=INDEX, clock=clock, tz=TZ), store, clock=clock
    )
    bot = Bot(provider, INDEX, store, clock=clock, tz=TZ)
    out = io.StringIO()
    shell = Shell(bot, "7001000000000042", commands=clock_commands(clock))
    status = await replay(shell, load_transcript(path), path, out)
    assert status == 0, out.getvalue()


def clock_commands(clock: FakeClock) -> dict[str, Command]:
    """`/at HH:MM` in a transcript: the clock moved to that time of the transcripts' day (an
    evening board, a window past midnight)."""

    def at(hour: int, minute: int) -> Command:
        async def move(_: str) -> str:
            clock.now = MOMENT.replace(hour=hour, minute=minute).timestamp()
            return f"the clock is at {hour:02d}:{minute:02d}"

        return move

    return {f"/at {h:02d}:{m:02d}": at(h, m) for h in range(24) for m in range(60)}
