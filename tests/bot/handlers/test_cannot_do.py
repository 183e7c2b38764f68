"""What RailBot cannot do, answered with where to go: the narrower kind of a task (a boarding
station or a name to change, an IRCTC account, money taken with no ticket) gets its own answer,
in the person's language, and no search buttons that do not help with it."""

from __future__ import annotations

import pytest

from app.i18n import t
from app.store import Store
from tests.bot.harness import chat, chips, text_of
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
