"""Whole conversations on the sample railway where a message leans on the answer just given:
another train, or an alternative, asked after a list with a cancelled train is the list's
trains that run; a
passenger numbered with "ko" after a PNR is that passenger (not a day of the month), and not
wanting alerts any more, said in words of refusal beside stopping, stops the alerts just turned
on. And a code that is also a railway word, asked about as a station, is the station;
how far a stop whose name is also a word is ("कोटा कितने किलोमीटर है") after a route is the
distance to it; and AC asked after a sleeper fare is asked of the AC classes, not the sleeper
fare again; "kal" in an English sentence after a dated answer moves the day."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    "asked", ["passenger 3 ko berth milegi", "p3 ko seat milegi kya", "यात्री 3 को बर्थ मिलेगी"]
)
async def test_a_passenger_numbered_with_ko_after_a_pnr_is_that_passenger_not_a_day(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        answer = text_of(await user.say(asked))
    assert "P3" in answer and ("RAC 12" in answer or "आरएसी 12" in answer)
    assert "P1" not in answer and "P2" not in answer  # that passenger alone


@pytest.mark.parametrize(
    ("refused", "stopped"),
    [
        ("नहीं चाहिए, बंद कर दो", "PNR 4534567890 के अलर्ट बंद"),
        ("rehne do, band karo", "Stopped alerts for PNR 4534567890"),
        ("nahi chahiye band karo", "Stopped alerts for PNR 4534567890"),
        ("no thanks, stop it", "Stopped alerts for PNR 4534567890"),
        ("enough, stop", "Stopped alerts for PNR 4534567890"),
    ],
)
async def test_not_wanting_alerts_just_turned_on_stops_that_pnrs_alerts(
    store: Store, clock: FakeClock, refused: str, stopped: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4534567890")
        on = text_of(await user.say("alerts on karo"))
        answer = text_of(await user.say(refused))
    assert "Alerts on for PNR 4534567890" in on
    assert stopped in answer


@pytest.mark.parametrize(
    "asked", ["what station is KOTA", "KOTA kaun sa station hai", "what is KOTA station"]
)
async def test_a_code_asked_about_as_a_station_is_the_station_not_the_quota(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert "KOTA is Kota Jn" in answer
    assert "Quota" not in answer


async def test_what_a_quota_is_is_still_the_quota(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("what is quota"))
    assert "Quota: seats set aside" in answer


@pytest.mark.parametrize(
    "asked",
    [
        "koi aur train hai jo cancel nahi hai?",
        "is there any alternative?",
        "any other train that is running?",
        "कोई और ट्रेन?",
        "कोई और ट्रेन जो रद्द नहीं है?",
        "koi vikalp hai?",
    ],
)
async def test_another_train_after_a_list_with_a_cancelled_one_is_the_lists_trains_that_run(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        listed = text_of(await user.say("trains from delhi to bhopal"))
        others = text_of(await user.say(asked))
    assert "12626 Kerala Express" in listed and "Cancelled" in listed
    assert "12002 Bhopal Shatabdi" in others and "12628 Karnataka Express" in others
    assert "12626" not in others
    assert "16021" not in others  # never the day's cancelled list


async def test_an_alternative_when_the_lists_one_train_is_cancelled_says_there_is_none(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from delhi to trivandrum")
        others = text_of(await user.say("is there any alternative?"))
    assert "no other direct trains" in others


@pytest.mark.parametrize(
    ("asked", "answered"),
    [
        ("कोटा कितने किलोमीटर है शुरू से?", "Kota Jn (KOTA) तक 465 किमी"),
        ("kota kitni door hai", "to Kota Jn (KOTA)"),
    ],
)
async def test_how_far_a_stop_named_like_a_word_is_after_a_route_is_the_distance_to_it(
    store: Store, clock: FakeClock, asked: str, answered: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12952 route")
        answer = text_of(await user.say(asked))
    assert answered in answer
    assert "Mumbai Central (MMCT)" not in answer  # never the whole run's


@pytest.mark.parametrize("asked", ["एसी में कितना है?", "ac me kitna hai", "what about ac"])
async def test_ac_asked_after_a_sleeper_fare_asks_which_of_the_ac_classes(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12628 fare delhi to bhopal sleeper")
        which = await user.say(asked)
        chosen = text_of(await user.say("3A"))
    question = text_of(which)
    assert "₹386" not in question  # never the sleeper fare again
    offered = " ".join(chips(which))
    assert "3A" in offered and "2A" in offered and "1A" in offered and "SL" not in offered
    assert "3A" in chosen and "₹1,046" in chosen


@pytest.mark.parametrize("asked", ["what about kal", "and for kal?", "how about kal"])
async def test_kal_in_an_english_sentence_after_a_dated_answer_moves_the_day(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        dated = text_of(await user.say("12628 seats delhi to bhopal sleeper on 25 nov"))
        moved = text_of(await user.say(asked))
    assert "on Wed 25 Nov" in dated
    assert "in SL on Thu 19 Nov" in moved  # tomorrow: the test's clock says Wed 18 Nov
