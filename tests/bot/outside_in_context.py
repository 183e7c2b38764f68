"""Messages outside railways (flights, buses, hotels, recharges, cricket...) said in the middle of
a conversation, through the real conversation layer on the sample railway: after a list of
trains, a fare of several trains, a train's live status, a PNR card, a departure board, a
station's answer, and while the bot waits for an answer to its own question (which class, which
station, which date). Each gets the "I only know Indian Railways" answer with the menu, as it
does alone: never a pick among the trains listed, a station, class or date answer, nor the
question again.

The conversation is played once per context; before each message its state is put back as it
was (`Replay.say_after`), so that thousands of messages × contexts stay quick. Used by
tests/bot/test_conversation_outside_in_context.py (a deterministic sample) and
tools/outside_in_context.py (the full count over the development sets)."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from app.i18n import t
from app.store import MemoryStore
from tests.bot.harness import Chat, sample_chat, text_of
from tests.conftest import FakeClock

NLU: Final = Path(__file__).resolve().parent.parent / "fixtures" / "nlu"
# The development sets: never a held-out one (holdout*.jsonl), which is measurement only.
DEVELOPMENT_SETS: Final = ("language.jsonl", "eval.jsonl", "outside.jsonl")

# What the conversation says before the message outside railways; the last line of each is what
# the message follows.
CONTEXTS: Final[dict[str, tuple[str, ...]]] = {
    "list": ("chennai se bangalore kal",),
    "fare_of_several": ("chennai se bangalore kal", "sleeper fare"),
    "live_status": ("12627 kahan hai",),
    "pnr": ("pnr 4512345678",),
    "board": ("ndls se jaane wali trains",),
    "asked_class": ("12627 fare",),
    "asked_start": ("trains to mumbai",),
    "asked_date": ("12627 seats 3A",),
    "station": ("bhopal station code",),
}

OUTSIDE: Final = tuple(
    t(language, "talk.out_of_scope").split(":")[0] for language in ("en", "hi")
)


def outside_messages(sets: tuple[str, ...] = DEVELOPMENT_SETS) -> list[str]:
    """The development sets' messages labelled outside railways, each once, in file order."""
    seen: dict[str, None] = {}
    for name in sets:
        for line in (NLU / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            if case["intent"] == "out_of_scope":
                seen.setdefault(case["text"], None)
    return list(seen)


def is_outside_answer(text: str) -> bool:
    return any(line in text for line in OUTSIDE)


def sample(messages: list[str], every: int) -> list[str]:
    """Every `every`-th message: a deterministic sample."""
    return messages[::every]


@dataclass
class Replay:
    """A conversation on the sample railway whose state can be put back between messages."""

    chat: Chat
    store: MemoryStore
    saved: tuple[object, ...] = field(default=())

    def _parts(self) -> tuple[dict[str, Any], ...]:
        store = self.store
        return (store._values, store._hashes, store._zsets, store._expiry)

    def save(self) -> None:
        self.saved = tuple(copy.deepcopy(part) for part in self._parts())

    def restore(self) -> None:
        for part, kept in zip(self._parts(), self.saved, strict=True):
            assert isinstance(kept, dict)
            part.clear()
            part.update(copy.deepcopy(kept))

    async def start(self, context: tuple[str, ...]) -> None:
        self.restore_empty()
        for said in context:
            await self.chat.say(said)
        self.save()

    def restore_empty(self) -> None:
        for part in self._parts():
            part.clear()

    async def say_after(self, said: str) -> str:
        """What `said` gets right after the context started last."""
        self.restore()
        return text_of(await self.chat.say(said))


@asynccontextmanager
async def replay() -> AsyncIterator[Replay]:
    clock = FakeClock()
    store = MemoryStore(clock=clock)
    async with sample_chat(store, clock) as chat:
        yield Replay(chat, store)


@dataclass
class Missed:
    context: str
    said: str
    answer: str


async def measure(
    messages: list[str], contexts: dict[str, tuple[str, ...]] = CONTEXTS
) -> tuple[list[str], dict[str, list[Missed]]]:
    """The messages answered as outside railways alone, and per context those of them that get
    anything else after it."""
    async with replay() as bot:
        await bot.start(())
        alone = [said for said in messages if is_outside_answer(await bot.say_after(said))]
        missed: dict[str, list[Missed]] = {}
        for name, context in contexts.items():
            await bot.start(context)
            missed[name] = []
            for said in alone:
                answer = await bot.say_after(said)
                if not is_outside_answer(answer):
                    missed[name].append(Missed(name, said, answer))
    return alone, missed
