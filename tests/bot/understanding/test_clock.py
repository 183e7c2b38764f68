"""Windows of clock times in messages."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Arrivals, Departures, TrainsBetween
from app.bot.understanding import understand
from app.bot.understanding.clock import Window, find_window
from app.railways.stations import StationIndex

INDEX = StationIndex.build()
TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("trains from SBC between 6 and 9 pm", Window(18 * 60, 21 * 60)),
        ("sbc se shaam 6 se 9 ke beech", Window(18 * 60, 21 * 60)),
        ("शाम 6 से 9 के बीच SBC से ट्रेनें", Window(18 * 60, 21 * 60)),
        ("trains from ndls 18:00 to 21:00", Window(18 * 60, 21 * 60)),
        ("between 6 am and 2 pm", Window(6 * 60, 14 * 60)),
        ("subah 6 se 9 ke beech", Window(6 * 60, 9 * 60)),
        ("trains from sbc between 6 and 9", Window(18 * 60, 21 * 60)),
        ("10 pm to 2 am", Window(22 * 60, 2 * 60)),
        ("kota se raat 11 se subah 5 baje tak", Window(23 * 60, 5 * 60)),
        ("रात 11 बजे से सुबह 5 बजे तक", Window(23 * 60, 5 * 60)),
        ("after 6 pm from sbc", Window(18 * 60, 22 * 60, open=True)),
        ("sbc se 6 baje ke baad", Window(18 * 60, 22 * 60, open=True)),
        ("after 7 tonight from sbc", Window(19 * 60, 23 * 60, open=True)),
        ("ndls se raat 12 ke baad", Window(0, 4 * 60, open=True)),
        ("trains from kota till 5 am", Window(None, 5 * 60)),
        ("kota se subah 5 baje tak", Window(None, 5 * 60)),
        ("कोटा से रात 10 बजे तक", Window(None, 22 * 60)),
        ("departures until 23:30", Window(None, 23 * 60 + 30)),
    ],
)
def test_a_window_of_clock_times_is_found(text: str, window: Window) -> None:
    assert find_window(text) == window


@pytest.mark.parametrize(
    "text",
    [
        "3 se 5 din",
        "5 tak ginti",
        "5 din tak",
        "12627 kaha hai",
        "pnr 4512345678",
        "fare 12627 sbc to ndls",
    ],
)
def test_numbers_that_are_not_times_are_no_window(text: str) -> None:
    assert find_window(text) is None


def test_trains_from_a_station_in_a_window_are_its_departures() -> None:
    request = understand("trains from SBC between 6 and 9 pm", today=TODAY, index=INDEX)
    assert request == Departures(station="SBC", after=18 * 60, until=21 * 60)
    assert request.pack() == "DEPS:SBC:4:0:1080:1260"


def test_arrivals_in_a_window() -> None:
    request = understand("trains arriving at ndls between 6 and 9 am", today=TODAY, index=INDEX)
    assert request == Arrivals(station="NDLS", after=6 * 60, until=9 * 60)


def test_a_journey_in_a_window_stays_a_journey() -> None:
    request = understand("sbc to ndls between 6 and 9 pm", today=TODAY, index=INDEX)
    assert isinstance(request, TrainsBetween)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # a part of the day said before each time is that time's
        ("पटना से दोपहर 2 से शाम 6 के बीच", Window(14 * 60, 18 * 60)),
        ("subah 6 se raat 9 tak", Window(6 * 60, 21 * 60)),
        # the night's 12 is midnight, its small hours the morning's
        ("इटारसी में रात 12 से सुबह 4 बजे तक", Window(0, 4 * 60)),
        ("रात 11 बजे से 2 बजे के बीच", Window(23 * 60, 2 * 60)),
        ("raat 8 se 11 ke beech", Window(20 * 60, 23 * 60)),
    ],
)
def test_a_part_of_the_day_goes_with_the_time_it_is_said_before(text: str, window: Window) -> None:
    assert find_window(text) == window


def test_a_window_beside_one_station_is_its_board_never_a_journey() -> None:
    request = understand(
        "नागपुर स्टेशन पर शाम को 7 से 9 के बीच कौन सी ट्रेनें आती हैं", today=TODAY, index=INDEX
    )
    assert request == Arrivals(station=("NGP", "AJNI"), after=19 * 60, until=21 * 60)
    request = understand("पटना से दोपहर 2 से शाम 6 के बीच जाने वाली गाड़ियाँ", today=TODAY, index=INDEX)
    assert isinstance(request, Departures) and (request.after, request.until) == (840, 1080)
