"""The router is open to new features: an intent's handler replaced, a payload prefix added."""

from __future__ import annotations

from app.bot.bot import Bot
from app.bot.handlers.common import Context, Outcome, Slots, say
from app.bot.incoming import Incoming
from app.bot.payloads import Parsed, Request, valid_pnr
from app.bot.replies import Reply
from app.bot.router import default_router
from app.railways.cache import CachedProvider
from app.railways.railwayapi import RailwayApiProvider
from app.store import MemoryStore
from tests.bot.harness import API_KEY, API_URL, INDEX, TZ, text_of
from tests.conftest import FakeClock


async def track(ctx: Context, slots: Slots) -> Outcome:
    return say(Reply(text=f"Tracking {slots['pnr']} for {ctx.user_id}"))


async def untrack(ctx: Context, slots: Slots) -> Outcome:
    return say(Reply(text=f"Stopped tracking {slots['pnr']}"))


def decode_untrack(fields: list[str]) -> Parsed | None:
    if len(fields) != 1 or (pnr := valid_pnr(fields[0])) is None:
        return None
    return Request("untrack_pnr", {"pnr": pnr})


async def test_a_plugged_in_handler_and_payload_prefix_are_used(clock: FakeClock) -> None:
    router = default_router()
    router.add("track_pnr", track)
    router.add("untrack_pnr", untrack)
    router.add_payload("UNTRACK", decode_untrack)
    store = MemoryStore(clock=clock)
    provider = CachedProvider(RailwayApiProvider(API_URL, API_KEY, clock=clock), store)
    bot = Bot(provider, INDEX, store, clock=clock, tz=TZ, router=router)
    tracked = await bot.respond(Incoming(user_id="psid-9", payload="TRACK:4512345678"))
    stopped = await bot.respond(Incoming(user_id="psid-9", payload="UNTRACK:4512345678"))
    refused = await bot.respond(Incoming(user_id="psid-9", payload="UNTRACK:12"))
    await provider.aclose()
    assert text_of(tracked) == "Tracking 4512345678 for psid-9"
    assert text_of(stopped) == "Stopped tracking 4512345678"
    assert "that button doesn't work any more" in text_of(refused)
