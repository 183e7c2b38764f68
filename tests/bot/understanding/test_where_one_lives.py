"""Where the traveller lives, said beside a journey or beside something else: "i live in surat
want to go siwan" is the trains between them, never a train's live status; a town named as one's
home, with a hotel, a job, the weather or a wedding, is no station's board. A ticket "taken out"
("टिकट कैसे निकालें") is a booking; a class's number and letter written apart in Devanagari
("थ्री-ए") is that class."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent, SlotValue
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 7)


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, SlotValue]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, got.slots


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("we live near itarsi and want to go to jabalpur", "ET", "JBP"),
        ("main itarsi me live karta hu, jabalpur jana hai", "ET", "JBP"),
        ("i stay in itarsi, want to go jabalpur", "ET", "JBP"),
        ("I am a student in itarsi, want to go home to jabalpur", "ET", "JBP"),
    ],
)
def test_where_one_lives_is_the_start_of_the_journey(
    text: str, start: str, end: str, index: StationIndex
) -> None:
    intent, slots = read(text, index)
    assert intent == Intent.TRAINS_BETWEEN
    assert start in str(slots["from"]) and end in str(slots["to"])


@pytest.mark.parametrize(
    "text",
    [
        "my uncle lives in itarsi, is it safe there at night",
        "I live in itarsi and want to open a bakery",
        "इटारसी में रहती हूँ, आज बाज़ार खुले हैं क्या",
        "we stay in itarsi, which school is good",
    ],
)
def test_a_home_named_for_something_else_is_outside_railways(
    text: str, index: StationIndex
) -> None:
    intent, _ = read(text, index)
    assert intent == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["12951 live", "live status of 12627", "is 12951 live"])
def test_live_said_of_a_train_is_still_its_live_status(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] == Intent.LIVE_STATUS


@pytest.mark.parametrize(
    "text", ["ट्रेन का टिकट कैसे निकालते हैं", "rail ticket katana hai kaise karu"]
)
def test_a_ticket_taken_out_or_cut_is_a_booking(text: str, index: StationIndex) -> None:
    assert read(text, index) == (Intent.CANNOT_DO, {"task": "booking"})


def test_a_film_ticket_taken_out_is_outside_railways(index: StationIndex) -> None:
    assert read("picture ka ticket kaise nikalen", index)[0] == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("written", "code"),
    [("थ्री-ए", "3A"), ("टू-ए", "2A"), ("वन ए", "1A"), ("टू-एस", "2S"), ("थ्री-ई", "3E"),
     ("2-ए", "2A")],
)  # fmt: skip
def test_a_class_written_apart_in_devanagari_is_that_class(
    written: str, code: str, index: StationIndex
) -> None:
    intent, slots = read(f"12802 {written} का किराया", index)
    assert intent == Intent.FARE
    assert slots["class"] == code


def test_three_ac_spelt_letter_by_letter_stays_three_ac(index: StationIndex) -> None:
    assert read("12802 थ्री ए सी का किराया", index)[1]["class"] == "3A"
