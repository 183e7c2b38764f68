"""Whole conversations on the sample railway where another train is asked from where the train
in focus gets the traveller ("bangalore se mysore ke liye koi aur train?" after Kaveri Express):
the trains of the day its run gets there, leaving after it does, never today's trains called
"too late" when the traveller is not there today."""

from __future__ import annotations

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock

TUESDAY_EVENING = 1_796_734_200.0  # Tue 8 Dec 2026, 18:20 IST


async def test_after_the_run_followed_the_train_onward_is_of_the_day_it_gets_there(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("kaveri express kab chalti hai")
        await user.say("mysore tak jaayegi kal?")  # Wednesday's run ends at Bengaluru
        reaches = text_of(await user.say("to bangalore tak jaayegi na?"))
        onward = text_of(await user.say("bangalore se mysore ke liye koi aur train?"))
    assert "04:55 (Thu 10 Dec)" in reaches, reaches
    assert "Mysuru Jn (MYS) on Thu 10 Dec" in onward, onward
    assert "Leaving after 04:55" in onward, onward
    assert "12007 Chennai Mysuru Shatabdi" in onward, onward
    assert "too late" not in onward, onward


async def test_after_the_timetable_the_train_onward_is_of_the_day_its_next_run_gets_there(
    store: Store, clock: FakeClock
) -> None:
    clock.now = TUESDAY_EVENING
    async with sample_chat(store, clock) as user:
        await user.say("kaveri express kab chalti hai")  # tonight's 21:15 run: there Wednesday
        onward = text_of(await user.say("bangalore se mysore ke liye koi aur train?"))
    # 12007 runs daily except Wednesday: none that day, and Thursday's a tap away
    assert "on Wed 9 Dec" in onward, onward
    assert "Already left today" not in onward, onward
