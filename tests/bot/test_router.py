"""The router is open to new features: a request type's handler replaced, a new request (with its
own payload prefix) added."""

from __future__ import annotations

from app.bot.conversation import Bot
from app.bot.handlers.context import Context, Outcome, say
from app.bot.incoming import Incoming
from app.bot.replies import Reply
from app.bot.requests import Request, TrackPnr
from app.bot.requests.base import PnrField, pnr_part
from app.bot.router import default_router
from app.railways.cache import CachedProvider
from app.railways.railwayapi import RailwayApiProvider
from app.store import MemoryStore
from tests.bot.harness import API_KEY, API_URL, INDEX, TZ, text_of
from tests.conftest import FakeClock


class SnoozePnr(Request):
    """A feature of a plugin: `SNOOZE:4512345678`."""

    intent = "snooze_pnr"
    prefix = "SNOOZE"
    parts = (pnr_part(),)
    required = 1

    pnr: PnrField = None


async def track(ctx: Context, request: TrackPnr) -> Outcome:
    return say(Reply(text=f"Tracking {request.pnr} for {ctx.user_id}"))


async def snooze(ctx: Context, request: SnoozePnr) -> Outcome:
    return say(Reply(text=f"Snoozed {request.pnr}"))


async def test_a_plugged_in_handler_and_request_type_are_used(clock: FakeClock) -> None:
    router = default_router()
    router.add(TrackPnr, track)
    router.add(SnoozePnr, snooze)
    store = MemoryStore(clock=clock)
    provider = CachedProvider(RailwayApiProvider(API_URL, API_KEY, clock=clock), store)
    bot = Bot(provider, INDEX, store, clock=clock, tz=TZ, router=router)
    tracked = await bot.respond(Incoming(user_id="psid-9", payload="TRACK:4512345678"))
    snoozed = await bot.respond(Incoming(user_id="psid-9", payload="SNOOZE:4512345678"))
    refused = await bot.respond(Incoming(user_id="psid-9", payload="SNOOZE:12"))
    await provider.aclose()
    assert text_of(tracked) == "Tracking 4512345678 for psid-9"
    assert text_of(snoozed) == "Snoozed 4512345678"
    assert "that button doesn't work any more" in text_of(refused)
    assert SnoozePnr(pnr="4512345678").pack() == "SNOOZE:4512345678"
