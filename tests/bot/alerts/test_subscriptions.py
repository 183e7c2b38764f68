"""Where subscriptions are kept: the due set's members name the user and the PNR."""

from __future__ import annotations

from app.bot.alerts.subscriptions import AlertBook
from tests.bot.alerts.samples import PNR


def test_due_set_members_split_into_user_and_pnr() -> None:
    assert AlertBook.split(f"shell|user|{PNR}") == ("shell|user", PNR)
    assert AlertBook.split("psid-1|12345") is None
    assert AlertBook.split(PNR) is None
