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
from app.shell import Shell, load_transcript, replay
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
    status = await replay(Shell(bot, "7001000000000042"), load_transcript(path), path, out)
    assert status == 0, out.getvalue()
