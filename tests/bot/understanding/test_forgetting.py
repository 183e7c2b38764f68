"""Asking to be forgotten is an intent of the understanding, in English, Hinglish and Devanagari:
"forget me" and its kin, or a word that erases with a word for what RailBot keeps about a person.
Requests about alerts, tickets, trains or other services that use the same verbs are not it."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from app.bot.requests import ForgetMe, Intent, unpack
from app.bot.understanding import run_parse, understand
from app.privacy import FORGET_PHRASES
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 11, 27)


def intent_of(text: str, index: StationIndex) -> str:
    return str(understand(text, today=TODAY, index=index).intent)


@pytest.mark.parametrize(
    "text",
    [
        "Please FORGET ME!",
        "can you erase all my data please",
        "i'd like my personal info removed",
        "wipe the chat history",
        "delete what you have stored about me",
        "mera saara data hata do yaar",
        "meri jaankari mita dijiye",
        "mere baare mein sab kuch delete karo",
        "ab mujhe bhul jaiye",
        "मेरा डाटा डिलीट कर दीजिए",
        "मेरी हिस्ट्री मिटाओ",
        "मुझे भुला दो",
    ],
)
def test_asking_to_be_forgotten_is_the_forget_me_intent(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.FORGET_ME


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("remove the alert on 4512345679", Intent.ALERT_STOP),
        ("delete all my alerts", Intent.ALERT_STOP),
        ("mere alert hata do", Intent.ALERT_STOP),
        ("delete my facebook account", Intent.OUT_OF_SCOPE),
        ("I forgot my PNR", Intent.PNR_STATUS),
        ("pnr details 4512345678", Intent.PNR_STATUS),
        ("main pnr bhool gaya", Intent.PNR_STATUS),
        ("forget it", Intent.UNKNOWN),
        ("delete", Intent.UNKNOWN),
        ("my details", Intent.UNKNOWN),
    ],
)
def test_the_same_verbs_about_something_else_are_not(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


def test_parse_prints_it_with_no_slots(index: StationIndex) -> None:
    out = io.StringIO()
    run_parse(["forget me", "meri details hata do"], out, today=TODAY, index=index)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [
        {"intent": "forget_me", "slots": {}},
        {"intent": "forget_me", "slots": {}},
    ]


def test_every_phrase_the_privacy_page_names_is_understood(index: StationIndex) -> None:
    assert all(intent_of(phrase, index) == Intent.FORGET_ME for phrase in FORGET_PHRASES)


def test_the_confirmation_buttons_carry_the_answer_and_nothing_else_unpacks() -> None:
    assert ForgetMe().pack() == "FORGET_ME"
    assert unpack(ForgetMe(answer="yes").pack()) == ForgetMe(answer="yes")
    assert unpack("FORGET:no") == ForgetMe(answer="no")
    assert unpack("FORGET:maybe") is None
    assert unpack("FORGET:yes:again") is None


@pytest.mark.parametrize(
    "text",
    [
        "forget every pnr of mine",
        "mere saare pnr hata do",
        "meri pnr history delete karo",
        "मेरा नंबर और पीएनआर अपने रिकॉर्ड से हटाइए",
        "wipe my chat and the bookings you stored",
    ],
)
def test_the_pnrs_railbot_keeps_erased_is_forgetting(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.FORGET_ME


@pytest.mark.parametrize("text", ["delete the alert for my ticket", "remove my pnr 4512345671"])
def test_a_pnrs_alert_or_one_pnr_is_not_forgetting(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) != Intent.FORGET_ME
