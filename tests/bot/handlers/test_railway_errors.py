"""Railway errors in the traveller's words and language, with when to ask again where known."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app.bot.handlers.railway_errors import error_text, failure
from app.bot.requests import PnrStatus
from app.errors import BudgetExhausted, InvalidPnr, ServiceMaintenance, UpstreamUnavailable
from app.i18n import t

IST = ZoneInfo("Asia/Kolkata")


def test_each_error_is_worded_in_each_language() -> None:
    assert error_text("en", InvalidPnr("no")) == t("en", "error.pnr_not_found")
    assert error_text("hi", InvalidPnr("no")).startswith("यह PNR नहीं मिला")


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


def test_a_failure_that_may_pass_offers_to_try_again_in_the_persons_language() -> None:
    reply = failure("hi", UpstreamUnavailable("timeout"), PnrStatus(pnr="4512345678"))
    assert reply.text == t("hi", "error.upstream_down")
    assert [q.title for q in reply.quick_replies] == [t("hi", "chip.try_again")]
    assert failure("en", InvalidPnr("no"), PnrStatus(pnr="4512345678")).quick_replies == ()
