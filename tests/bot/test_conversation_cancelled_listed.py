"""Whole conversations on the sample railway where a list of trains between two places holds a
train the railway cancelled on that stretch that day (16021 Kaveri Express, cancelled from
KSR Bengaluru City Jn to Mysuru Jn): its line says so, and no fare or seats button is offered
for it; the trains that run keep theirs."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("trains from bengaluru to mysuru", "❌ Doesn't run on this stretch on Wed 18 Nov"),
        ("bengaluru se mysuru ki train", "❌ Doesn't run on this stretch on Wed 18 Nov"),
        ("बेंगलुरु से मैसूर की ट्रेन", "❌ बुध, 18 नवंबर को इस हिस्से पर नहीं चलेगी"),
    ],
)
async def test_no_fare_or_seats_buttons_for_a_train_cancelled_on_the_stretch(
    store: Store, clock: FakeClock, asked: str, said: str
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say(asked)
    offered = " ".join(chips(replies))
    assert "16021 Kaveri Express" in text_of(replies)
    assert said in text_of(replies)
    assert "16021" not in offered
    assert "12007" in offered  # the train that runs keeps its fare and seats


@pytest.mark.parametrize(
    ("listed", "picked", "other_trains"),
    [
        ("trains from bengaluru to mysuru", "the 2nd one", "Other trains"),
        ("bengaluru se mysuru ki train", "doosri wali", "Other trains"),
        ("बेंगलुरु से मैसूर की ट्रेन", "दूसरी वाली", "दूसरी ट्रेनें"),
    ],
)
async def test_one_train_picked_whose_run_is_cancelled_is_offered_another_day_not_a_booking(
    store: Store, clock: FakeClock, listed: str, picked: str, other_trains: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(listed)
        replies = await user.say(picked)
    offered = chips(replies)
    assert "16021 Kaveri Express" in text_of(replies)
    assert not any("Fare" in title or "किराया" in title for title in offered)
    assert not any("Seats" in title or "सीटें" in title for title in offered)
    assert other_trains in offered
    assert any("Thu 19 Nov" in title or "19 नवंबर" in title for title in offered)


@pytest.mark.parametrize(
    ("listed", "asked", "lead"),
    [
        ("trains from chennai to bengaluru", "any other option", "Those are all the direct"),
        ("chennai se bengaluru ki train", "koi aur option?", "Those are all the direct"),
        ("चेन्नई से बेंगलुरु की ट्रेन", "कोई और विकल्प?", "वे सब ऊपर हैं"),
    ],
)
async def test_other_options_after_a_whole_list_are_other_days_and_the_way_back(
    store: Store, clock: FakeClock, listed: str, asked: str, lead: str
) -> None:
    async with sample_chat(store, clock) as user:
        first = await user.say(listed)
        replies = await user.say(asked)
    assert "12007" in text_of(first)
    assert lead in text_of(replies)
    assert "12007" not in text_of(replies)  # never the same list again
    assert len(chips(replies)) == 4  # two days, any day, the other direction


@pytest.mark.parametrize(
    ("listed", "picked", "said"),
    [
        ("cancelled trains today", "delhi wali", "12626 Kerala Express is cancelled"),
        ("cancelled trains today", "the mysore one", "16021 Kaveri Express"),
        ("रद्द ट्रेनें आज", "दिल्ली वाली", "12626 Kerala Express आज रद्द है"),
        ("bangalore to delhi", "nizamuddin wali", "22691 Bengaluru Rajdhani"),
    ],
)
async def test_a_place_picks_the_listed_train_that_starts_or_ends_there(
    store: Store, clock: FakeClock, listed: str, picked: str, said: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(listed)
        replies = await user.say(picked)
    assert said in text_of(replies)
    assert "code" not in text_of(replies).casefold()  # never the station looked up


async def test_a_place_every_listed_train_runs_to_asks_which_of_them(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("bangalore to delhi")
        replies = await user.say("delhi wali")
    assert "2 trains of this list start or end in Delhi: which one?" in text_of(replies)
    assert len(chips(replies)) == 2


@pytest.mark.parametrize(
    ("listed", "leave_out"),
    [
        ("trains from delhi to agra today", "ignore the cancelled one, show the other"),
        ("delhi se agra aaj ki trains", "cancel wali chhodo"),
        ("दिल्ली से आगरा आज की ट्रेनें", "रद्द वाली छोड़ो"),
    ],
)
async def test_leaving_the_cancelled_one_out_shows_the_list_without_it(
    store: Store, clock: FakeClock, listed: str, leave_out: str
) -> None:
    async with sample_chat(store, clock) as user:
        assert "12626 Kerala Express" in text_of(await user.say(listed))
        answer = text_of(await user.say(leave_out))
    assert "12628 Karnataka Express" in answer
    assert "12002 Bhopal Shatabdi" in answer
    assert "12626" not in answer
