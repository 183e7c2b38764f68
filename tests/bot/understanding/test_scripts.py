"""Messages in a script RailBot does not read: outside railways when they name nothing of
railways in it, not understood (never "outside railways") when they do."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.bot.understanding.scripts import names_railways, written_elsewhere
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 6)


def intent_of(text: str, index: StationIndex) -> str:
    return str(understand(text, today=TODAY, index=index).intent)


@pytest.mark.parametrize(
    "text",
    [
        "শিলিগুড়িতে কাল বৃষ্টি হবে",  # Bengali: rain
        "கோவையில் நல்ல மருத்துவமனை எது",  # Tamil: a hospital
        "నా ఫోన్ పోయింది",  # Telugu: a lost phone
        "વડોદરામાં આજે શું ભાવ છે ડુંગળીનો",  # Gujarati: onion prices
        "ਮੇਰਾ ਆਧਾਰ ਕਾਰਡ ਕਿੱਥੇ ਬਣੇਗਾ",  # Gurmukhi: an Aadhaar card
        "ಮೈಸೂರು ದಸರಾ ಯಾವಾಗ",  # Kannada: a festival
        "തൃശൂർ പൂരം എപ്പോൾ",  # Malayalam: a festival
        "ପୁରୀରେ ଭଲ ହୋଟେଲ କେଉଁଠି",  # Odia: a hotel
        "میرا موبائل ری چارج نہیں ہوا",  # Urdu: a recharge
        "কম্পিউটার ট্রেনিং কোর্স কোথায়",  # a training course, not a train
        "বাসের টিকিট কোথায় কাটব",  # a bus's ticket
    ],
)
def test_another_script_naming_nothing_of_railways_is_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "ট্রেনটা কখন ছাড়বে",  # Bengali: when does the train leave
        "ரயில் தாமதமா",  # Tamil: is the train late
        "రైలు టికెట్ రద్దు",  # Telugu: cancelling a train ticket
        "સ્ટેશન પર ભીડ છે",  # Gujarati: the station
        "ਟਿਕਟ ਕਨਫਰਮ ਹੋਈ",  # Gurmukhi: a ticket, no bus or film beside it
    ],
)
def test_another_script_naming_railways_is_never_told_it_is_outside_them(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.UNKNOWN


def test_a_train_number_in_another_script_is_still_read(index: StationIndex) -> None:
    assert intent_of("12301 কোথায়", index) == Intent.LIVE_STATUS


def test_a_script_is_the_message_s_when_most_of_its_letters_are_in_it() -> None:
    assert written_elsewhere("আজ বৃষ্টি হবে")
    assert not written_elsewhere("kolkata me আজ train hai kya")
    assert not written_elsewhere("कल बारिश होगी")


def test_a_train_s_loanword_goes_on_as_its_case_endings_not_as_training() -> None:
    assert names_railways("ট্রেনের সময়")
    assert not names_railways("ট্রেনিং সেন্টার")
