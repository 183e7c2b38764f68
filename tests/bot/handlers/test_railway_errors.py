"""Railway errors in the traveller's words and language, with when to ask again where known."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest

from app.bot.handlers.railway_errors import error_text, failure, no_booking_text
from app.bot.requests import PnrStatus
from app.errors import (
    BudgetExhausted,
    InvalidArgument,
    InvalidPnr,
    RailwayError,
    ServiceMaintenance,
    StationUnknownToProvider,
    UpstreamAuthError,
    UpstreamUnavailable,
)
from app.i18n import t
from app.railways.vocabulary import (
    require_age,
    require_hours,
    require_journey_class,
    require_journey_date,
    require_pnr,
    require_station_code,
    require_train_number,
)

IST = ZoneInfo("Asia/Kolkata")


def test_each_error_is_worded_in_each_language() -> None:
    assert error_text("en", InvalidPnr("no")) == t("en", "error.pnr_not_found")
    assert error_text("hi", InvalidPnr("no")).startswith("यह PNR नहीं मिला")


def test_a_question_a_provider_refused_names_that_provider() -> None:
    refused = InvalidArgument("railradar refused the arguments", refused_by="railradar")
    assert error_text("en", refused) == (
        "RailRadar didn't accept that question — please check the train number, stations and date."
    )
    assert error_text("hi", refused).startswith("RailRadar ने यह सवाल नहीं माना")
    by_irctc1 = InvalidArgument("the upstream refused the arguments", refused_by="irctc1")
    assert error_text("en", by_irctc1).startswith("IRCTC1 (RapidAPI) didn't accept")


def test_a_question_refused_before_any_provider_was_asked_names_none() -> None:
    assert error_text("en", InvalidArgument("not a date")) == t("en", "error.refused")
    for language in ("en", "hi"):
        said = error_text(language, InvalidArgument("not a date"))
        assert "Indian Railways" not in said and "भारतीय रेल" not in said, said


# RailBot's own checks, before any call: what each finds wrong, and how its words begin
OWN_CHECKS: dict[str, tuple[Callable[[], object], str, str]] = {
    "pnr": (lambda: require_pnr("451234567"), "A PNR has 10 digits", "PNR में 10 अंक"),
    "train": (lambda: require_train_number("1262"), "A train number has 5 digits", "ट्रेन नंबर"),
    "station": (lambda: require_station_code("N3L"), "A station code is 1 to 5", "स्टेशन कोड"),
    "date": (lambda: require_journey_date("2026-02-30"), "That date isn't on the", "यह तारीख़"),
    "class": (lambda: require_journey_class("4A"), "That isn't a class I know", "यह क्लास"),
    "age": (lambda: require_age(0), "An age is a whole number", "उम्र 1 से 125"),
    "hours": (lambda: require_hours(30), "I can look 1 to 24 hours", "मैं 1 से 24 घंटे"),
}


@pytest.mark.parametrize("check", OWN_CHECKS)
def test_what_railbot_s_own_checks_refuse_is_said_plainly_never_as_a_railway_s_refusal(
    check: str,
) -> None:
    refuse, english, hindi = OWN_CHECKS[check]
    with pytest.raises(RailwayError) as raised:
        refuse()
    said = {language: error_text(language, raised.value) for language in ("en", "hi")}
    assert said["en"].startswith(english), said
    assert said["hi"].startswith(hindi), said
    for words in said.values():
        assert "Indian Railways" not in words and "भारतीय रेल" not in words, words
        assert "didn't accept" not in words and "नहीं माना" not in words, words


def test_a_pnr_that_is_not_10_digits_is_said_so_not_found_is_for_a_pnr_looked_up() -> None:
    with pytest.raises(InvalidPnr) as raised:
        require_pnr("45123456789")
    assert no_booking_text("en", raised.value).startswith("A PNR has 10 digits")
    assert no_booking_text("hi", raised.value).startswith("PNR में 10 अंक होते हैं")
    assert no_booking_text("en", InvalidPnr("no such PNR")) == t("en", "error.pnr_not_found")


def test_the_nightly_maintenance_says_until_when() -> None:
    back = dt.datetime(2026, 11, 28, 0, 20, tzinfo=IST)
    assert "00:20" in error_text("en", ServiceMaintenance("pnr down", back_at=back))
    assert "00:20 बजे" in error_text("hi", ServiceMaintenance("pnr down", back_at=back))
    assert error_text("en", ServiceMaintenance("pnr down")) == t("en", "error.maintenance")


def test_a_spent_budget_says_whether_a_minute_will_do() -> None:
    minute = BudgetExhausted("railradar", "minute", 20.0)
    month = BudgetExhausted("railradar", "month", 86_400.0)
    assert error_text("en", minute) == t("en", "error.busy_minute")
    assert error_text("hi", month) == t("hi", "error.busy_month")


def test_a_spent_month_says_the_day_live_answers_return_when_it_is_known() -> None:
    at = dt.datetime(2026, 12, 20, 18, 0, tzinfo=dt.UTC)
    month = BudgetExhausted("railradar", "month", 86_400.0, at=at)
    english = error_text("en", month)
    assert "any more this month; they return on 1 Jan, 05:30." in english, english
    assert "minute" not in english, english
    assert "यह 1 जनवरी, 05:30 बजे से फिर मिलेगी" in error_text("hi", month)


def test_a_month_spent_just_after_midnight_in_india_still_says_the_day_it_returns() -> None:
    # 00:15 IST on 1 Jan is still December in UTC: the calls return at 05:30 that same day.
    at = dt.datetime(2027, 1, 1, 0, 15, tzinfo=IST)
    month = BudgetExhausted("railradar", "month", 86_400.0, at=at)
    english = error_text("en", month)
    assert "any more this month; they return on 1 Jan, 05:30." in english, english
    assert "यह 1 जनवरी, 05:30 बजे से फिर मिलेगी" in error_text("hi", month)


def test_a_refused_key_is_the_service_unavailable_with_no_retry_and_no_minutes() -> None:
    refused = UpstreamAuthError("railradar refused the key (HTTP 401)")
    reply = failure("en", refused, PnrStatus(pnr="4512345678"))
    assert reply.text == t("en", "error.unavailable")
    assert "unavailable right now" in reply.text and "minute" not in reply.text
    assert reply.quick_replies == ()  # a refused key does not pass within the conversation
    assert "उपलब्ध नहीं" in error_text("hi", refused)


def test_a_failure_that_may_pass_offers_to_try_again_in_the_persons_language() -> None:
    reply = failure("hi", UpstreamUnavailable("timeout"), PnrStatus(pnr="4512345678"))
    assert reply.text == t("hi", "error.upstream_down")
    assert [q.title for q in reply.quick_replies] == [t("hi", "chip.try_again")]
    assert failure("en", InvalidPnr("no"), PnrStatus(pnr="4512345678")).quick_replies == ()


def test_the_nightly_window_of_another_feature_names_the_reservation_system() -> None:
    back = dt.datetime(2026, 11, 28, 0, 20, tzinfo=IST)
    english = error_text("en", ServiceMaintenance("down", back_at=back, pnr=False))
    assert "reservation system" in english and "00:20" in english and "PNR" not in english
    assert "आरक्षण सिस्टम" in error_text("hi", ServiceMaintenance("down", pnr=False))


def test_no_timetable_to_stand_in_is_never_promised() -> None:
    refused = UpstreamAuthError("railradar refused the key (HTTP 401)")
    month = BudgetExhausted(
        "railradar", "month", 86_400.0, at=dt.datetime(2026, 12, 20, tzinfo=IST)
    )
    for failed in (refused, month):
        failed.timetable_answers = False
        for language in ("en", "hi"):
            said = error_text(language, failed)
            assert "Timetable" not in said and "समय सारणी" not in said, said
        assert "Station names and codes still work" in error_text("en", failed)
    assert failure("en", refused, PnrStatus(pnr="4512345678")).quick_replies == ()


def test_a_station_the_provider_lacks_is_said_so_with_no_retry() -> None:
    gap = StationUnknownToProvider("railradar does not know that station")
    reply = failure("en", gap, PnrStatus(pnr="4512345678"))
    assert "doesn't have this station" in reply.text and reply.quick_replies == ()
    assert "स्टेशन नहीं है" in error_text("hi", gap)
