"""What RailBot cannot do, answered with where to go: the narrower kind of a task (a boarding
station or a name to change, an IRCTC account, money taken with no ticket) gets its own answer,
in the person's language, and no search buttons that do not help with it."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest

from app.bot.handlers.cannot_do import cannot_do
from app.bot.handlers.context import Context
from app.bot.requests import CannotDo
from app.bot.state import Subject
from app.i18n import t
from app.railways.provider import Provider
from app.store import Store
from tests.bot.harness import INDEX, TZ, chat, chips, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("text", "key", "language"),
    [
        ("change boarding station for pnr 4512345678", "cannot.boarding", "en"),
        ("बोर्डिंग स्टेशन बदलना है", "cannot.boarding", "hi"),
        ("name galat ho gaya ticket me", "cannot.name", "en"),
        ("can i upgrade my sleeper ticket to 3ac", "cannot.upgrade", "en"),
        ("irctc login nahi ho raha", "cannot.account", "en"),
        ("आईआरसीटीसी का पासवर्ड भूल गया", "cannot.account", "hi"),
        ("paise kat gaye ticket nahi bana", "cannot.failed_payment", "en"),
        ("refund kab aayega", "cannot.refund_time", "en"),
        ("refund kaise milega", "cannot.refund", "en"),
        ("I missed my train", "cannot.missed_train", "en"),
        ("मेरी ट्रेन छूट गई", "cannot.missed_train", "hi"),
        ("TDR kaise file kare", "cannot.tdr", "en"),
        ("how much luggage allowed in sleeper", "cannot.luggage", "en"),
        ("सामान कितना ले जा सकते हैं", "cannot.luggage", "hi"),
        ("pnr 4512345678 cancel kar do", "cannot.cancellation", "en"),
        ("can I carry my dog?", "cannot.pets", "en"),
        ("kutta le ja sakte hai train me?", "cannot.pets", "en"),
        ("क्या मैं ट्रेन में अपनी बिल्ली ले जा सकता हूँ?", "cannot.pets", "hi"),
    ],
)
async def test_each_kind_gets_its_own_answer(
    text: str, key: str, language: str, store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        replies = await user.say(text)
    assert text_of(replies) == t(language, key)


async def test_a_booking_to_change_offers_no_search(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        changed = await user.say("how do i change my boarding point")
        booked = await user.say("book ticket delhi to mumbai")
    assert chips(changed) == {}
    assert list(chips(booked)) == ["Trains between", "Seats", "Fare"]


async def test_a_pet_is_told_where_it_travels_and_offered_the_trains_and_1a_seats(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        replies = await user.say("can I carry my dog?")
    said = text_of(replies)
    assert "AC First Class (1A)" in said and "parcel office" in said
    assert list(chips(replies)) == ["Trains between", "Seats"]


async def test_a_cancelled_trains_refund_offers_its_journey_that_day_and_the_next() -> None:
    booking = Subject(
        pnr="4545678901",
        train="12626",
        origin="NDLS",
        destination="ERS",
        date=dt.date(2026, 12, 8),
        cancelled=True,
    )
    ctx = Context(
        provider=cast(Provider, object()),
        index=INDEX,
        now=dt.datetime(2026, 12, 7, 9, 0, tzinfo=TZ),
        user_id="u",
        subject=booking,
    )
    outcome = await cannot_do(ctx, CannotDo(task="refund"))
    reply = outcome.replies[0]
    assert reply.text == t("en", "cannot.train_cancelled")
    assert [chip.title for chip in reply.quick_replies] == ["Other trains", "Trains Wed 9 Dec"]
