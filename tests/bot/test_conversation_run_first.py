"""Whole conversations on the sample railway where a yes or no about a train weighs its run
before its timetable: whether it stops at a station its next run does not reach (16021 Kaveri
Express is cut short at Bengaluru every day; 12626 Kerala Express is cancelled every day) is no
for that run, and whether it runs its full route, asked after a list of its journey, is whether
it gets to its own end, never to where the list boards it. A train asked on a day it does not
run (the Chennai Mysuru Shatabdi, every day but Wednesday) is said not to run that day, with the
days it runs and its next run, before anything else."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "no", "why"),
    [
        (
            "does 16021 stop at mysore?",
            "No, not on its next run. By the timetable, 16021 Kaveri Express stops there:",
            "it does not call here: the railway has cancelled it between",
        ),
        (
            "kya 16021 mysore rukti hai",
            "No, not on its next run.",
            "it does not call here",
        ),
        (
            "क्या 16021 मैसूर रुकती है",
            "नहीं, अगले फेरे में नहीं।",
            "यहाँ नहीं आएगी",
        ),
        (
            "does 12626 stop at agra",
            "No, not on its next run. By the timetable, 12626 Kerala Express stops there:",
            "the railway has cancelled its run of",
        ),
    ],
)
async def test_whether_it_stops_where_its_next_run_does_not_go_is_no(
    store: Store, clock: FakeClock, asked: str, no: str, why: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert no in answer and why in answer
    assert "Yes," not in answer and not answer.startswith("हाँ")


async def test_whether_it_stops_where_its_run_goes_is_still_yes(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("does 16021 stop at katpadi"))
    assert "Yes, 16021 Kaveri Express stops there:" in answer and "⚠️" not in answer


@pytest.mark.parametrize(
    ("then", "no"),
    [
        ("is it running its full route?", "No, this run does not go to Mysuru Jn (MYS)"),
        ("क्या यह पूरे रूट पर चलेगी?", "नहीं, इस बार ट्रेन Mysuru Jn (MYS) तक नहीं जाएगी"),
    ],
)
async def test_whether_a_listed_train_runs_its_full_route_is_whether_it_reaches_its_end(
    store: Store, clock: FakeClock, then: str, no: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from chennai to bangalore")
        await user.say("16021 kal chalegi?")
        answer = text_of(await user.say(then))
    assert no in answer
    assert "due at Chennai Central" not in answer and "Yes," not in answer


_NOT_WEDNESDAY = (
    "12007 Chennai Mysuru Shatabdi doesn't run on Wed 25 Nov: it runs daily except Wed,"
    " next on Thu 26 Nov."
)


@pytest.mark.parametrize(
    "asked",
    [
        "shatabdi from chennai to mysore on 25 nov",
        "chennai se mysore shatabdi 25 nov ko",
        "12007 fare CC on 25 nov",
        "12007 ka CC kiraya 25 nov ko",
    ],
)
async def test_a_shatabdi_asked_on_a_day_it_does_not_run_says_its_days_and_next_run(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:  # the Shatabdi runs every day but Wednesday
        answer = text_of(await user.say(asked))
    assert answer.startswith(_NOT_WEDNESDAY)
    assert "No Shatabdi runs" not in answer


async def test_seats_on_a_day_it_does_not_run_say_its_days_then_show_its_next_runs_seats(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("seats in 12007 on 25 nov")
        answer = text_of(await user.say("CC"))
    assert answer.startswith(_NOT_WEDNESDAY)
    assert "on Thu 26 Nov" in answer.splitlines()[1], answer  # yes or no for its next run
    assert "Which date?" not in answer


@pytest.mark.parametrize(
    ("asked", "days"),
    [
        ("12007 status", "It runs daily except Wed."),
        ("12007 कहाँ है", "यह बुधवार को छोड़कर रोज़ चलती है।"),
    ],
)
async def test_where_it_is_on_a_day_it_does_not_run_says_the_days_it_runs(
    store: Store, clock: FakeClock, asked: str, days: str
) -> None:
    async with sample_chat(store, clock) as user:  # Wednesday
        answer = text_of(await user.say(asked))
    assert days in answer and ("Thu 19 Nov" in answer or "19 नवंबर" in answer)


@pytest.mark.parametrize(
    ("asked", "run"),
    [
        ("16021 kal mysore jayegi?", "Run of Thu 19 Nov"),
        ("will 16021 go to mysore tomorrow?", "Run of Thu 19 Nov"),
        ("16021 कल मैसूर तक जाएगी?", "गुरु, 19 नवंबर वाली ट्रेन"),
        # a name written in Devanagari just before the verb of going, no "तक": the place
        ("16021 कल मैसूर जाएगी?", "गुरु, 19 नवंबर वाली ट्रेन"),
        ("16021 कल मैसूर जायेगी?", "गुरु, 19 नवंबर वाली ट्रेन"),
    ],
)
async def test_whether_it_goes_there_on_a_day_is_of_that_days_run(
    store: Store, clock: FakeClock, asked: str, run: str
) -> None:
    # going (no word of reaching) asks of the run of the day said, which is the one shown
    async with sample_chat(store, clock) as user:  # Wed 18 Nov
        answer = text_of(await user.say(asked))
    assert answer.startswith(("No, this run does not go to Mysuru Jn", "नहीं, इस बार"))
    assert run in answer
    assert "18 Nov" not in answer and "18 नवंबर" not in answer


async def test_whether_it_reaches_there_on_a_day_is_of_the_run_there_that_day(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:  # the night train of 18 Nov is there on 19th
        answer = text_of(await user.say("16021 kal mysore pahunchegi?"))
    assert "Run of Wed 18 Nov" in answer


@pytest.mark.parametrize(
    ("asked", "answer_starts"),
    [
        ("will the kaveri go to mysore?", "No, this run does not go to Mysuru Jn"),
        ("kaveri mysore jayegi?", "No, this run does not go to Mysuru Jn"),
        ("क्या कावेरी मैसूर तक जाएगी?", "नहीं, इस बार ट्रेन Mysuru Jn (MYS) तक नहीं जाएगी"),
        ("does the kaveri stop at mysore?", "No, not on its next run"),
        ("will the brindavan go to mysore?", "No, 12639 Brindavan Express doesn't stop"),
        ("does the shatabdi stop at mysore?", "Yes, 12007 Chennai Mysuru Shatabdi stops there"),
    ],
)
async def test_a_listed_train_named_by_a_word_asked_if_it_goes_there_is_yes_or_no_of_it(
    store: Store, clock: FakeClock, asked: str, answer_starts: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("trains from chennai to bangalore")
        answer = text_of(await user.say(asked))
    assert answer.startswith(answer_starts)
    assert "1. 12007" not in answer and "2. 12639" not in answer  # never the list again
    assert "12657" not in answer  # nor every listed train's stop there


async def test_seats_asked_in_hindi_on_a_day_it_does_not_run_say_its_days_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("12007 में 25 नवंबर को CC की सीटें"))
    assert answer.startswith(
        "12007 Chennai Mysuru Shatabdi बुध, 25 नवंबर को नहीं चलती:"
        " यह बुधवार को छोड़कर रोज़ चलती है, अगली बार गुरु, 26 नवंबर को।"
    )
