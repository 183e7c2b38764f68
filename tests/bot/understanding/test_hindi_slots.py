"""The slots of railway questions written in Devanagari, read by general rules: month names as
Hindi, Marathi and English-in-Devanagari spell them, the month said before its day, train numbers
with a dash, old names of cities, travellers counted as "आदमी", a journey over stopping every
alert."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)  # a Sunday


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, dict(got.slots)


@pytest.mark.parametrize(
    ("said", "date"),
    [
        ("22 डिसेंबर", "2026-12-22"),
        ("२२ दिसेम्बर", "2026-12-22"),
        ("3 जैनुअरी", "2027-01-03"),
        ("2 फेब्रुअरी", "2027-02-02"),
        ("जनवरी की 10 तारीख", "2027-01-10"),
        ("जनवरी की दस तारीख", "2027-01-10"),
        ("जनवरी पाँच को", "2027-01-05"),
        ("जनवरी के 5 तारीख को", "2027-01-05"),
        ("पहली जनवरी को", "2027-01-01"),
    ],
)
def test_a_date_with_its_month_in_any_spelling_or_order(
    said: str, date: str, index: StationIndex
) -> None:
    _, slots = read(f"पटना से हावड़ा ट्रेन {said}", index)
    assert slots["date"] == date


def test_a_month_with_no_day_beside_it_is_no_date(index: StationIndex) -> None:
    _, slots = read("दिसंबर में दो टिकट पटना से हावड़ा", index)
    assert "date" not in slots


@pytest.mark.parametrize(
    ("text", "train"),
    [("गाड़ी संख्या 12-301 कहाँ चल रही है", "12301"), ("train 125-60 kahan hai", "12560")],
)
def test_a_train_number_with_a_dash_is_one_train(
    text: str, train: str, index: StationIndex
) -> None:
    assert read(text, index) == (Intent.LIVE_STATUS, {"train": train})


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("कालीकट", "CLT"),
        ("वाल्टेयर", "VSKP"),
        ("ऊटी", "UAM"),
        ("बॉम्बे सेंट्रल", "MMCT"),
        ("बाम्बे सेंट्रल", "MMCT"),
    ],
)
def test_old_names_said_in_hindi_are_their_stations(
    name: str, codes: str, index: StationIndex
) -> None:
    _, slots = read(f"{name} से पटना ट्रेन", index)
    assert slots["from"] == codes


def test_bombay_in_hindi_is_all_of_mumbai(index: StationIndex) -> None:
    _, slots = read("बॉम्बे से पटना ट्रेन", index)
    assert isinstance(slots["from"], list) and slots["from"][0] == "CSMT"


def test_men_counted_are_travellers_and_one_man_is_no_count(index: StationIndex) -> None:
    _, slots = read("गोरखपुर से पटना स्लीपर का भाड़ा ३ आदमी का", index)
    assert slots["passengers"] == 3
    _, slots = read("गोरखपुर से पटना स्लीपर का भाड़ा एक आदमी का", index)
    assert "passengers" not in slots


def test_a_journey_over_stops_every_alert(index: StationIndex) -> None:
    assert read("अब मुझे कोई भी अपडेट मत भेजो, सफर पूरा हुआ", index) == (
        Intent.ALERT_STOP,
        {"all": 1},
    )


def test_thanks_in_urdu_words(index: StationIndex) -> None:
    assert read("बहुत मेहरबानी आपकी", index) == (Intent.THANKS, {})
