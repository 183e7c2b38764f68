"""A booking's status is said in the traveller's language: English keeps the ticket's codes a
traveller knows (CNF, RAC, the waiting lists) and says what the others mean ("Cancelled", "No
seat (child, NOSB)"), Hindi says the status in its own words and keeps the coach, the berth and a
waiting list's kind."""

from __future__ import annotations

import pytest

from app.bot.status_words import status_words
from app.railways.status import describe_status, parse_status

# What the railway writes, and how a Hindi reader is told it.
SAID_IN_HINDI = [
    ("CNF/S6/71/LB", "कन्फ़र्म S6/71 लोअर"),
    ("CNF/C2/42/WS", "कन्फ़र्म C2/42 खिड़की"),
    ("CNF", "कन्फ़र्म"),
    ("RAC 12", "आरएसी 12"),
    ("RAC/S4/33/SL", "आरएसी S4/33 साइड लोअर"),
    ("WL 6", "वेटिंग 6"),
    ("GNWL/-/28/GN", "वेटिंग 28 (GNWL)"),
    ("RLWL 16", "वेटिंग 16 (RLWL)"),
    ("PQWL", "वेटिंग (PQWL)"),
    ("CAN", "रद्द"),
    ("REGRET", "अब बुकिंग नहीं (REGRET)"),
]


@pytest.mark.parametrize(("railway", "hindi"), SAID_IN_HINDI)
def test_a_status_is_said_in_hindi_words_with_the_tickets_numbers(railway: str, hindi: str) -> None:
    assert status_words("hi", parse_status(railway)) == hindi


# What the railway writes whose code says little to a traveller, and how English says it.
SAID_IN_ENGLISH = [
    ("CAN", "Cancelled"),
    ("CNL", "Cancelled"),
    ("NOSB", "No seat (child, NOSB)"),
    ("MOD", "Modified (MOD)"),
    ("REGRET", "Booking closed (REGRET)"),
    ("NOT AVAILABLE", "Not available"),
]


@pytest.mark.parametrize(("railway", "english"), SAID_IN_ENGLISH)
def test_english_says_what_a_code_of_no_seat_means(railway: str, english: str) -> None:
    assert status_words("en", parse_status(railway)) == english


@pytest.mark.parametrize(
    "railway",
    [railway for railway, _ in SAID_IN_HINDI if railway not in dict(SAID_IN_ENGLISH)]
    + ["CNF 34", "RAC", "WL", "AVAILABLE-0029", "W/L 54,RLGN", "Confirmed B1 7"],
)
def test_english_keeps_the_tickets_codes_travellers_know(railway: str) -> None:
    status = parse_status(railway)
    assert status_words("en", status) == describe_status(status)


def test_a_status_of_no_known_shape_is_what_the_railway_wrote() -> None:
    status = parse_status("PENDING XYZ")
    assert status_words("hi", status) == status_words("en", status) == "PENDING XYZ"
