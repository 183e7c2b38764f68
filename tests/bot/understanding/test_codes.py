"""A station's code asked in so many words: what a code stands for, how a name is written."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("GWL कहाँ है", "GWL"),
        ("KTE कहां पड़ता है", "KTE"),
        ("STA किस जिले में है", "STA"),
        ("एलटीटी कहां है", "LTT"),
        ("जेयू से क्या मतलब है", "JU"),
        ("सीएनबी किस स्टेशन को बोलते हैं", "CNB"),
        ("टिकट पर एनजेडएम लिखा है वो कहां है", "NZM"),
        ("NDLS kahan hai", "NDLS"),
        ("whr is SBC stn", "SBC"),  # in English, typed short
        ("where is LTT located", "LTT"),
    ],
)
def test_a_code_asked_where_or_what_it_means_is_its_station(
    text: str, code: str, index: StationIndex
) -> None:
    got = understand(text, today=TODAY, index=index)
    assert got.intent == Intent.STATION_BY_CODE
    assert got.slots == {"code": code}


@pytest.mark.parametrize(
    "text", ["12627 कहाँ है", "NDLS पर प्लेटफॉर्म 5 कहाँ है", "BPL से कौन सी ट्रेन कहाँ जाती है"]
)
def test_a_train_or_a_platform_beside_the_code_asks_something_else(
    text: str, index: StationIndex
) -> None:
    assert understand(text, today=TODAY, index=index).intent != Intent.STATION_BY_CODE


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("रेलवे में झांसी को कैसे लिखते हैं", "VGLJ"),
        ("गोरखपुर को शॉर्ट में कैसे लिखें", "GKP"),
        ("अलीगढ़ स्टेशन को रेलवे की भाषा में क्या कहते हैं", "ALJN"),
        ("मथुरा के स्टेशन का कोड कितना है", "MTJ"),
        ("इंदौर जंक्शन का संक्षिप्त नाम", "INDB"),
        ("वडोदरा का शार्ट नेम", "BRC"),
    ],
)
def test_how_the_railway_writes_a_name_is_its_code(
    text: str, code: str, index: StationIndex
) -> None:
    got = understand(text, today=TODAY, index=index)
    assert got.intent == Intent.STATION_BY_NAME
    assert got.slots["code"] == code


@pytest.mark.parametrize("text", ["दिल्ली को अंग्रेज़ी में कैसे लिखते हैं", "मथुरा से आगरा का किराया कितना है"])
def test_writing_or_a_price_without_the_railway_code_is_not_a_code(
    text: str, index: StationIndex
) -> None:
    assert understand(text, today=TODAY, index=index).intent != Intent.STATION_BY_NAME
