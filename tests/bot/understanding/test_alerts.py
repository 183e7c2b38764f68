"""PNR alerts asked for with "as soon as it comes" ("update aate hi msg karna"), and a booking's
news that did not come ("sms nahi aaya") or a "no" short for a number ("pnr no is"), which ask
the booking's status now, never to stop its alerts."""

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
        "4412398765 ka update aate hi mujhe msg kar dena",
        "पीएनआर 4412398765 कन्फर्म आते ही मैसेज भेजना",
    ],
)
def test_news_as_soon_as_it_comes_is_an_alert(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.ALERT_SUBSCRIBE


@pytest.mark.parametrize(
    "text",
    [
        "4412398765 ka sms nahi aaya status batao",
        "पीएनआर 4412398765 का मैसेज नहीं आया",
        "my pnr no is 4412398765 pls tell confirmed or not",
        "sms not received, status of 4412398765?",
    ],
)
def test_news_that_did_not_come_asks_the_status_now(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.PNR_STATUS


@pytest.mark.parametrize(
    "text",
    ["4412398765 ka msg mat bhejo", "dont send updates for 4412398765"],
)
def test_news_not_to_be_sent_still_stops_the_alert(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.ALERT_STOP


@pytest.mark.parametrize(
    "text",
    [
        "किन किन टिकटों का अलर्ट चालू है",
        "किन किन टिकटों के अलर्ट लगे हैं",
        "kin kin tikton ka alert laga hai",
        "kaun kaun se alert lage hai",
    ],
)
def test_which_tickets_have_alerts_on_lists_them_tickets_said_in_the_hindi_plural(
    text: str, index: StationIndex
) -> None:
    assert understand(text, today=dt.date(2026, 12, 6), index=index).intent == "alert_list"
