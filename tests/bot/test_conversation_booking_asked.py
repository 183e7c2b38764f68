"""Whole conversations on the sample railway where the traveller asks the bot to book the train
just shown or listed: it says plainly it can't book, and where to (IRCTC's app or website, a
reservation counter), never the train's card or the list again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

CANNOT = "I can't book tickets. Book on the IRCTC Rail Connect app or irctc.co.in, or at a railway"
CANNOT_HI = "मैं टिकट बुक नहीं कर सकता। टिकट IRCTC Rail Connect ऐप या irctc.co.in पर, या स्टेशन के"


@pytest.mark.parametrize(
    ("shown", "asked", "plainly"),
    [
        ("12627", "book it", CANNOT),
        ("12627", "ticket book kar do", CANNOT),
        ("12627", "टिकट बुक कर दो", CANNOT_HI),
        ("delhi se mumbai ki train", "book it", CANNOT),
        ("delhi se mumbai ki train", "pehli wali book kar do", CANNOT),
        ("delhi se mumbai ki train", "टिकट बुक कर दो", CANNOT_HI),
        ("trains from bangalore to delhi", "isme ticket book kar do", CANNOT),
        ("trains from bangalore to delhi", "book this train", CANNOT),
    ],
)
async def test_book_it_after_a_train_or_a_list_says_where_to_book_not_the_train_again(
    store: Store, clock: FakeClock, shown: str, asked: str, plainly: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(shown)
        answer = text_of(await user.say(asked))
    assert plainly in answer
    assert "🚆" not in answer and "1. 12" not in answer and "Classes:" not in answer


async def test_book_it_after_a_booking_says_where_to_book_not_the_pnr_again(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        answer = text_of(await user.say("ek aur ticket book kar do"))
    assert CANNOT in answer
    assert "🎫" not in answer and "P1 CNF" not in answer
