"""A number typed where a PNR may have been meant, kept on the request that says so."""

from __future__ import annotations

from app.bot.requests import LiveStatus, PnrStatus, Unknown
from app.bot.understanding.mistyped import with_mistyped, wrong_length_number


def test_a_number_not_ten_digits_long_is_mistyped() -> None:
    assert wrong_length_number("pnr 451234567") == "451234567"
    assert wrong_length_number("pnr 4512345678") is None
    assert wrong_length_number("hi") is None


def test_the_requests_that_say_so_keep_it_and_others_do_not() -> None:
    assert with_mistyped(PnrStatus(), "pnr 451234567").mistyped == "451234567"
    assert with_mistyped(Unknown(), "451-234-567").mistyped == "451234567"
    assert with_mistyped(LiveStatus(train="12627"), "12627 kaha hai").mistyped is None


def test_a_message_without_one_clears_what_an_earlier_one_kept() -> None:
    asked = with_mistyped(PnrStatus(), "pnr 451234567")
    assert with_mistyped(asked, "my pnr please").mistyped is None
