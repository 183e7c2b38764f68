"""The language a message asks to be answered in, said in a request of its own beside a reason
about anything but railways: the one asked for is chosen, not the one the reason names."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent, SlotValue
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, SlotValue]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, got.slots


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("write in english please, my screen shows hindi letters broken", "en"),
        ("Hindi please, my nani is reading your replies", "hi"),
        ("english mein likho, ghar pe sab padh rahe hain", "en"),
        ("hindi me batao, english thodi kamzor hai", "hi"),
        ("switch to hindi, english fonts are too small for my father", "hi"),
        ("answer in english only, i am from madurai", "en"),
    ],
)
def test_a_language_asked_beside_a_reason_is_the_one_asked(
    text: str, language: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.LANGUAGE, {"language": language})


@pytest.mark.parametrize(
    "text",
    ["train ko english me kya kehte hain, bata do please", "how do you spell jhansi in english"],
)
def test_a_word_to_translate_is_no_language_asked(text: str, index: StationIndex) -> None:
    assert read(text, index)[0] != Intent.LANGUAGE


@pytest.mark.parametrize(
    "text",
    [
        "english me ek chhoti si kavita likh do maa ke liye",
        "हिंदी में होली पर एक कहानी लिखो",
        "write a short speech in hindi for republic day",
    ],
)
def test_a_thing_to_write_in_a_language_is_no_language_asked(
    text: str, index: StationIndex
) -> None:
    assert read(text, index)[0] == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "free english speaking app",
        "english seekhne ka app",
        "koi free english speaking app batao",
        "अंग्रेज़ी सीखने वाला ऐप बताओ",
        "hindi ki kitab chahiye",
    ],
)
def test_a_thing_of_a_language_is_no_request_to_switch_the_replies(
    text: str, index: StationIndex
) -> None:
    request = understand(text, today=dt.date(2026, 12, 6), index=index)
    assert request.intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "language"),
    [("is app ko hindi me karo", "hi"), ("this app in hindi please", "hi"),
     ("इस ऐप को अंग्रेज़ी में कर दो", "en")],
)  # fmt: skip
def test_this_app_asked_in_a_language_switches_the_replies(
    text: str, language: str, index: StationIndex
) -> None:
    request = understand(text, today=dt.date(2026, 12, 6), index=index)
    assert request.intent == "language"
    assert request.slots["language"] == language
