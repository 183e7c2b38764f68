"""Complaints, payments and phone numbers of other services than railways (`message.py`): a
complaint about a landlord, the electricity or a phone network, money gone from a bank account,
a phone number asked about are outside railways; the same with a train, a coach, a ticket or a
PNR stay RailBot's."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


def intent_of(text: str, index: StationIndex) -> Intent:
    return understand(text, today=TODAY, index=index).intent


@pytest.mark.parametrize(
    "text",
    [
        "makan malik deposit wapas nahi de raha complaint kahan kare",
        "complaint against my internet provider, wifi down since monday",
        "बिजली का ट्रांसफार्मर जल गया शिकायत कहाँ करें",
        "mere account se 1200 kat gaye bina kuch kharide",
        "गली में कचरा पड़ा है नगर निगम में शिकायत",
    ],
)
def test_a_claim_on_another_service_is_outside_railways(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "coach ki light nahi jal rahi complaint karni hai",
        "train me mobile chori ho gaya complaint kahan kare",
        "upi se paise kat gaye par ticket nahi bana",
        "tte ne zyada paise liye shikayat karni hai",
        "शिकायत दर्ज करनी है",
    ],
)
def test_a_claim_naming_railways_stays_what_railbot_cannot_do(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.CANNOT_DO


@pytest.mark.parametrize(
    "text",
    [
        "8877665544 kiska number hai pata karo",
        "whose number is this 7766554433",
        "7766554433 se fraud call aaya",
        "9090909090 है ये किसका नंबर",
    ],
)
def test_a_phone_number_asked_about_is_outside_railways(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("8877665544", Intent.PNR_STATUS),  # ten digits alone: a PNR
        ("8877665544 kiska pnr hai", Intent.PNR_STATUS),
        ("my number is 9090909090 call me", Intent.UNKNOWN),  # one's own, given
        ("mobile 9090909090 pe pnr 4512345678 ka alert bhejo", Intent.ALERT_SUBSCRIBE),
    ],
)
def test_a_pnr_or_one_s_own_number_is_not_a_phone_asked_about(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text",
    [
        "gaadi ka tyre badalna hai garage kahan hai",
        "भैया की गाड़ी का चालान कितने का कटा",
        "gaadi ki rc me address change",
    ],
)
def test_a_gaadi_mended_or_papered_is_a_car_not_a_train(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


def test_a_gaadi_late_is_still_a_train(index: StationIndex) -> None:
    assert intent_of("gaadi kitni late hai", index) == Intent.LIVE_STATUS


@pytest.mark.parametrize(
    "text",
    ["ek kilo pyaz kitne ka hai aaj", "price of one dozen oranges", "solve 7x + 2 = 30"],
)
def test_goods_by_the_kilo_and_an_equation_are_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [("pnr=4512345678", Intent.PNR_STATUS), ("kitna kiraya hai", Intent.FARE)],
)
def test_a_pnr_written_with_equals_and_a_bare_fare_stay_railway_questions(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("jio complaint ticket 5521 ka status", Intent.OUT_OF_SCOPE),  # the complaint's ticket
        ("upi se ticket ka payment hua par complaint karni hai", Intent.CANNOT_DO),
    ],
)
def test_a_ticket_given_to_a_complaint_elsewhere_is_no_railway_ticket(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent
