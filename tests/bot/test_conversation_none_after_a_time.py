"""A journey's trains asked from a time on when none leaves then, said as a traveller would: no
more trains after that time today (or that day), and the first of the next day where the railway
names one, in English and Hindi; never "No train leaves after 23:00", which read as if no train
ever did. On the sample railway, asked on Wed 18 Nov at 13:43 (12007 runs daily except
Wednesdays)."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        (
            "trains from chennai to bangalore after 23:00 today",
            "No more trains from Chennai to Bengaluru after 23:00 today; the first tomorrow is "
            "12007 Chennai Mysuru Shatabdi at 06:00.",
        ),
        (
            "चेन्नई से बेंगलुरु आज रात 11 बजे के बाद",
            "आज 23:00 के बाद Chennai से Bengaluru के लिए और कोई ट्रेन नहीं है; कल की पहली ट्रेन "
            "12007 Chennai Mysuru Shatabdi है, 06:00 बजे।",
        ),
        (
            "chennai to bangalore after 23:00 tomorrow",
            "No train from Chennai to Bengaluru leaves after 23:00 on Thu 19 Nov; the first on "
            "Fri 20 Nov is 12007 Chennai Mysuru Shatabdi at 06:00.",
        ),
        (  # the next day a Wednesday: 12007 does not run, the Brindavan is the first
            "chennai to bangalore after 23:00 on tuesday",
            "No train from Chennai to Bengaluru leaves after 23:00 on Tue 24 Nov; the first on "
            "Wed 25 Nov is 12639 Brindavan Express at 07:40.",
        ),
        (
            "trains from chennai to bangalore after 23:00",
            "No train from Chennai to Bengaluru leaves after 23:00; the first of the day is "
            "12007 Chennai Mysuru Shatabdi at 06:00.",
        ),
    ],
    ids=["today", "today-hindi", "tomorrow", "before-a-wednesday", "any-day"],
)
async def test_no_train_after_the_time_says_the_first_of_the_next_day(
    store: Store, clock: FakeClock, asked: str, said: str
) -> None:
    async with sample_chat(store, clock) as user:
        text = text_of(await user.say(asked))
    assert said in text, text
    assert "No train leaves after" not in text
