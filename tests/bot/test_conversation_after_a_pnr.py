"""Whole conversations on the sample railway right after a PNR's card: when the train gets
somewhere and whether it is late are about the booked journey (the run of the booking's day,
never the run of the train moving now); "will it confirm?" is that PNR's estimate, and "tell me
if it changes" / "stop alerts" start and stop that PNR's alerts, again and again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.handlers.test_pnr import JOURNEY, PNR_URL
from tests.bot.harness import chat, pnr_body, sample_chat, text_of
from tests.conftest import FakeClock

# The sample's waitlisted booking: 12952 Mumbai Rajdhani on Mon 23 Nov, New Delhi → Mumbai.
ON_A_LATER_DAY = "pnr 4523456789"
# 19:56 on Wed 18 Nov: that day's 12952 left New Delhi at 17:00, 5 min late, and is on its way.
WHILE_ANOTHER_RUN_MOVES = 3 * 3600 + 20 * 60


@pytest.mark.parametrize(
    ("asked", "booked"),
    [
        ("when does it reach mumbai?", "reaches Mumbai Central (MMCT) at 08:35 on Tue 24 Nov"),
        ("kitne baje pahunchegi", "Due at Mumbai Central (MMCT) 08:35 on day 2 (Tue 24 Nov)"),
        ("कब पहुँचेगी", "Mumbai Central (MMCT) पर 08:35 बजे, दिन 2 (मंगल, 24 नवंबर) को"),
    ],
)
async def test_when_it_arrives_after_a_booking_is_the_booked_run_not_the_one_moving_now(
    store: Store, clock: FakeClock, asked: str, booked: str
) -> None:
    clock.advance(WHILE_ANOTHER_RUN_MOVES)
    async with sample_chat(store, clock) as user:
        await user.say(ON_A_LATER_DAY)
        answer = text_of(await user.say(asked))
    assert booked in answer
    assert "Started Wed 18 Nov" not in answer and "5 min late" not in answer
    assert "Thu 19 Nov" not in answer and "गुरु, 19 नवंबर" not in answer


@pytest.mark.parametrize(
    ("asked", "not_yet"),
    [
        ("is it late?", "starts on Mon 23 Nov: leaves New Delhi (NDLS) at 16:55"),
        ("late hai kya", "starts on Mon 23 Nov: leaves New Delhi (NDLS) at 16:55"),
        ("क्या लेट है", "सोम, 23 नवंबर को चलेगी: New Delhi (NDLS) से 16:55 बजे"),
    ],
)
async def test_is_it_late_after_a_booking_whose_run_has_not_started_says_when_it_leaves(
    store: Store, clock: FakeClock, asked: str, not_yet: str
) -> None:
    clock.advance(WHILE_ANOTHER_RUN_MOVES)
    async with sample_chat(store, clock) as user:
        await user.say(ON_A_LATER_DAY)
        answer = text_of(await user.say(asked))
    assert not_yet in answer
    assert "5 min late" not in answer and "Kota" not in answer


@pytest.mark.parametrize(
    ("asked", "booked"),
    [
        ("when does it reach delhi?", "New Delhi (NDLS) at 09:15 on Sat 21 Nov"),
        ("kitne baje pahunchegi", "Run of Thu 19 Nov: not started yet"),
        ("कब पहुँचेगी", "गुरु, 19 नवंबर वाली ट्रेन: अभी चली नहीं है"),
    ],
)
async def test_when_it_arrives_after_a_booking_for_tomorrow_is_tomorrows_run(
    store: Store, clock: FakeClock, asked: str, booked: str
) -> None:
    # 12627 of Tue 17 Nov is on its way to New Delhi; the booking is on the run of Thu 19 Nov.
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        answer = text_of(await user.say(asked))
    assert booked in answer
    assert "21 Nov" in answer or "21 नवंबर" in answer
    assert "Started Tue 17 Nov" not in answer and "Solapur" not in answer


@pytest.mark.parametrize(
    ("asked", "chance"),
    [
        ("what are my chances?", "PNR 4523456789: 55% chance of confirmation (medium)"),
        ("confirm hoga kya", "PNR 4523456789: 55% chance of confirmation (medium)"),
        ("कन्फर्म होगा क्या", "PNR 4523456789: कन्फ़र्म होने की संभावना 55%"),
    ],
)
async def test_will_it_confirm_after_a_booking_is_that_pnrs_estimate(
    store: Store, clock: FakeClock, asked: str, chance: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(ON_A_LATER_DAY)
        answer = text_of(await user.say(asked))
    assert chance in answer
    assert "Which train?" not in answer and "₹" not in answer


@pytest.mark.parametrize(
    ("asked", "none"),
    [
        ("what are my chances?", "there's no estimate of its chance of confirmation"),
        ("confirm hoga kya", "there's no estimate of its chance of confirmation"),
        ("कन्फर्म होगा क्या", "इसके कन्फ़र्म होने का कोई अनुमान नहीं मिला"),
    ],
)
async def test_will_it_confirm_after_a_booking_the_provider_cannot_estimate_says_so(
    store: Store, clock: FakeClock, asked: str, none: str
) -> None:
    # The v2 API has no confirmation prediction: no number is made up.
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("GNWL/-/28/GN", "WL/-/12/GN")))
        await user.say("pnr 4512345678")
        answer = text_of(await user.say(asked))
    assert none in answer
    assert "Now: P1 WL 12" in answer or "अभी: P1 वेटिंग 12" in answer
    assert "%" not in answer


@pytest.mark.parametrize(
    ("on", "off", "on_again", "again"),
    [
        (
            "tell me if it changes",
            "stop alerts",
            "tell me if it changes",
            "🔔 Alerts on for PNR 4512345678 (12627 Karnataka Express, Thu 19 Nov).",
        ),
        (
            "change ho to batana",
            "alert band karo",
            "change ho to batana",
            "🔔 Alerts on for PNR 4512345678 (12627 Karnataka Express, Thu 19 Nov).",
        ),
        (
            "बदले तो बताना",
            "अलर्ट बंद करो",
            "बदले तो बताना",
            "🔔 PNR 4512345678 (12627 Karnataka Express, गुरु, 19 नवंबर) पर अलर्ट चालू हो गए।",
        ),
    ],
)
async def test_alerts_after_a_booking_start_stop_and_start_again_for_that_pnr(
    store: Store, clock: FakeClock, on: str, off: str, on_again: str, again: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        started = text_of(await user.say(on))
        stopped = text_of(await user.say(off))
        restarted = text_of(await user.say(on_again))
    assert "PNR 4512345678" in started and ("Alerts on" in started or "अलर्ट चालू" in started)
    assert "Stopped alerts for PNR 4512345678" in stopped or "PNR 4512345678 के अलर्ट बंद" in stopped
    assert again in restarted  # never a fare, nor "only Indian Railways"
    assert "₹" not in restarted and "भारतीय रेल के बारे में" not in restarted


async def test_tell_me_if_it_changes_once_its_alerts_are_on_says_they_already_are(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        await user.say("change ho to batana")
        answer = text_of(await user.say("tell me if it changes"))
    assert "You're already getting alerts for PNR 4512345678" in answer
    assert "₹" not in answer


@pytest.mark.parametrize(
    ("asked", "train"),
    [
        ("what's the train number?", "The train of this booking is 12952 Mumbai Rajdhani."),
        ("train number kya hai", "The train of this booking is 12952 Mumbai Rajdhani."),
        ("ट्रेन का नंबर क्या है", "इस बुकिंग की ट्रेन 12952 Mumbai Rajdhani है।"),
    ],
)
async def test_the_train_number_after_a_booking_is_its_trains(
    store: Store, clock: FakeClock, asked: str, train: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(ON_A_LATER_DAY)
        answer = text_of(await user.say(asked))
    assert answer.startswith(train), answer
