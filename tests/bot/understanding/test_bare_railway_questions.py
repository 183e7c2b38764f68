"""Railway questions with no number, station or date in them ("has the chart been made", "gaadi
late hai kya", "मेरी ट्रेन कहाँ पहुँची") are railway questions all the same: their everyday words
("kaise pata karu", "ban gaya", "has ... crossed") never make them a question about something
else, while the same words around another topic's word stay outside railways."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


def intent_of(text: str, index: StationIndex) -> str:
    return str(understand(text, today=TODAY, index=index).intent)


@pytest.mark.parametrize(
    "text",
    [
        "kaise pata karu ki mera ticket confirm hai",
        "how can i find out whether my ticket is confirmed",
        "my ticket got confirmed or not",
        "mera ticket confirm hua ya nahi",
        "मेरा टिकट कन्फर्म हुआ कि नहीं",
    ],
)
def test_how_to_find_out_whether_ones_ticket_is_confirmed_asks_its_status(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.PNR_STATUS


@pytest.mark.parametrize(
    "text",
    ["confirm ticket kaise milega", "how to get a confirmed ticket"],
)
def test_how_to_get_a_confirmed_ticket_is_no_status(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) != Intent.PNR_STATUS


@pytest.mark.parametrize(
    "text", ["chart ban gaya kya bhai", "चार्ट बन गया क्या", "chart nikla kya abhi tak"]
)
def test_whether_the_chart_is_out_is_a_bookings_chart(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.PNR_STATUS


@pytest.mark.parametrize("text", ["excel me chart ban gaya", "kundli chart ban gaya kya"])
def test_a_chart_of_something_else_stays_outside_railways(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "has the train departed yet",
        "has my train crossed the last station",
        "ट्रेन ने पिछला स्टेशन पार किया क्या",
    ],
)
def test_whether_the_train_has_left_asks_where_it_is(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.LIVE_STATUS


def test_a_train_as_a_verb_beside_a_word_of_passing_is_not_a_train(index: StationIndex) -> None:
    assert intent_of("train my dog, it has passed the test", index) != Intent.LIVE_STATUS


@pytest.mark.parametrize(
    "text",
    [
        "डिब्बे में पानी नहीं है",
        "डिब्बे में लाइट नहीं जल रही",
        "train me kisi ne mera bag chura liya",
        "someone stole my phone in the train",
        "coach me ac band hai",
        "टीटी ने ज़्यादा पैसे ले लिए",
    ],
)
def test_trouble_in_a_coach_is_a_complaint(text: str, index: StationIndex) -> None:
    got = understand(text, today=TODAY, index=index)
    assert got.intent == Intent.CANNOT_DO
    assert got.slots == {"task": "complaint"}


@pytest.mark.parametrize(
    "text",
    [
        "which seat did i get",
        "did my berth get allotted",
        "upper berth mili ya lower check karo",
        "ऊपर वाली बर्थ मिली या नीचे वाली",
        "meri seat confirm hogi kya",
        "मेरी सीट कन्फर्म होगी क्या",
    ],
)
def test_the_seat_one_was_given_or_its_confirming_is_ones_booking(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.PNR_STATUS


@pytest.mark.parametrize(
    "text",
    [
        "playoff me berth mili team ko",
        "ghar me pani nahi aa raha",
        "ghar me light nahi jal rahi",
        "mera bag kho gaya",
        "ऑफिस में एसी बंद है",
        "मेरा आर्डर कन्फर्म हुआ कि नहीं",
        "meri car kab se khadi hai parking me",
    ],
)
def test_the_same_words_about_another_topic_stay_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    ["gaadi kitni der se khadi hai", "गाड़ी कितनी देर से खड़ी है", "train itni der se ruki hui hai"],
)
def test_a_train_standing_for_long_asks_where_it_is(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.LIVE_STATUS


@pytest.mark.parametrize("text", ["टिकट बुकिंग कैसे करते हैं", "ticket booking kaise karte hain"])
def test_how_tickets_are_booked_in_everyday_verbs_is_a_booking(
    text: str, index: StationIndex
) -> None:
    got = understand(text, today=TODAY, index=index)
    assert got.intent == Intent.CANNOT_DO
    assert got.slots == {"task": "booking"}


@pytest.mark.parametrize(
    "text",
    ["train kitne baje tak aa jayegi", "gadi time pe aa rahi hai na", "गाड़ी कितने बजे तक पहुँच जाएगी"],
)
def test_when_ones_train_comes_asks_where_it_is(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.LIVE_STATUS


@pytest.mark.parametrize("text", ["kaunsi train aa rahi hai", "aane wali gaadi"])
def test_which_train_comes_asks_the_board(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.ARRIVALS
