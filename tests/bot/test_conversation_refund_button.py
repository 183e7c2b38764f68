"""Whole conversations on the sample railway where the Refund button offered beside a booking's
cancelled train (no other train makes the journey) is tapped later, after other questions: it
still answers the cancelled train's refund (automatic, in full, no TDR), in the traveller's
language, never the general refund text that sends them to file a TDR."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


@pytest.mark.parametrize(
    ("others", "meanwhile", "refund", "automatic"),
    [
        ("koi aur train?", "12627 kahan hai", "Refund", "refunded automatically"),
        ("any other train?", "code of bhopal", "Refund", "refunded automatically"),
        ("कोई और ट्रेन?", "12627 कहाँ है", "रिफ़ंड", "TDR की ज़रूरत नहीं"),
    ],
)
async def test_the_refund_button_of_a_cancelled_train_stays_its_refund(
    store: Store, clock: FakeClock, others: str, meanwhile: str, refund: str, automatic: str
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4545678901")  # 12626, cancelled
        offered = chips(await user.say(others))
        await user.say(meanwhile)
        answer = text_of(await user.tap(offered[refund], refund))
    assert automatic in answer, answer
    assert "file a TDR" not in answer, answer
