"""Understanding: each entity extractor, each intent rule, and robustness on any text."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bot.requests import (
    Arrivals,
    CannotDo,
    Departures,
    Intent,
    LiveStatus,
    PnrStatus,
    Request,
    StationByCode,
    StationByName,
    TrainRoute,
    TrainsBetween,
    Unknown,
)
from app.bot.understanding import run_parse, understand, understand_message
from app.bot.understanding.dates import find_dates, find_hours
from app.bot.understanding.entities import find_classes, find_numbers, find_quotas
from app.bot.understanding.lexicon import COMMON_WORDS, COMMON_WRITTEN
from app.bot.understanding.reading import read
from app.railways.models import Station
from app.railways.stations import StationIndex
from app.railways.vocabulary import fold_digits

TODAY = dt.date(2026, 11, 27)  # a Friday
TOMORROW = "2026-11-28"
YESTERDAY = "2026-11-26"
DELHI = ["NDLS", "DLI", "NZM", "DEE", "ANVT", "DSA", "DEC"]
BENGALURU = ["SBC", "YPR", "SMVB", "BNC", "BNCE", "KJM"]


def nlu(text: str, index: StationIndex, today: dt.date = TODAY) -> Request:
    return understand(text, today=today, index=index)


def intent_of(text: str, index: StationIndex) -> str:
    return str(nlu(text, index).intent)


# --- PNR ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "4512345678",
        "pnr 4512345678",
        "PNR: 4512345678",
        "pnr4512345678",
        "pnr 451-234-5678",
        "pnr 451 234 5678",
        "4512 345 678",
        "पीएनआर ४५१२३४५६७८",
        "pnr ৪৫১২৩৪৫৬৭৮",
        "my pnr is 4512345678, confirm hua?",
        "https://example.com/pnr/4512345678",
    ],
)
def test_pnr_is_ten_digits_with_spaces_dashes_or_indian_digits(
    text: str, index: StationIndex
) -> None:
    assert nlu(text, index).slots == {"pnr": "4512345678"}
    assert isinstance(nlu(text, index), PnrStatus)


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("my pnr is 4512345678, confirm hua?", "confirmed"),
        ("pnr 4512345678 is my seat confirmed", "confirmed"),
        ("पीएनआर 4512345678 सीट कन्फर्म हुई क्या", "confirmed"),
        ("which coach and berth in pnr 4512345678", "berth"),
        ("pnr 4512345678 chart bana kya", "chart"),
        ("पीएनआर 4512345678 का चार्ट बना क्या", "chart"),
        ("pnr 4512345678", None),
    ],
)
def test_what_a_pnr_question_asks_of_the_booking_is_its_focus(
    text: str, focus: str | None, index: StationIndex
) -> None:
    assert nlu(text, index) == PnrStatus(pnr="4512345678", focus=focus)


@pytest.mark.parametrize(
    "text",
    [
        "call me 9876543210",
        "my mobile number is 9876543210",
        "+91 9876543210",
        "+91 98765 43210",
        "09876543210",
        "919876543210",
        "98765 43210",
        "whatsapp 98765-43210",
    ],
)
def test_phone_numbers_are_not_pnrs(text: str, index: StationIndex) -> None:
    understood = nlu(text, index)
    assert "pnr" not in understood.slots
    assert "train" not in understood.slots


def test_the_number_after_pnr_wins_over_a_phone_number(index: StationIndex) -> None:
    understood = nlu("my phone 9876543210 pnr 4512345678", index)
    assert understood.slots == {"pnr": "4512345678"}


@pytest.mark.parametrize("text", ["pnr 451234567", "pnr 45123456789", "pnr 12345"])
def test_a_pnr_question_without_ten_digits_has_no_pnr(text: str, index: StationIndex) -> None:
    assert nlu(text, index) == PnrStatus()


def test_find_numbers_sorts_pnrs_trains_and_others() -> None:
    pnrs, trains, other = find_numbers("pnr 4512345678 train 12627 amount 123 ph")
    assert [f.value for f in pnrs] == ["4512345678"]
    assert [f.value for f in trains] == ["12627"]
    assert [f.value for f in other] == ["123"]


def test_fold_digits_reads_devanagari_digits() -> None:
    assert fold_digits("१२६२७") == "12627"


# --- train numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["12627", "train no. 12627", "#12627", "12627?", "१२६२७"])
def test_a_train_number_alone_asks_nothing_in_particular_about_it(
    text: str, index: StationIndex
) -> None:
    assert nlu(text, index) == LiveStatus(train="12627", focus="train")


@pytest.mark.parametrize("text", ["12627 kaha hai", "where is 12627", "१२६२७ कहाँ है"])
def test_a_train_number_with_where_asks_where_the_train_is(text: str, index: StationIndex) -> None:
    assert nlu(text, index) == LiveStatus(train="12627")


@pytest.mark.parametrize(
    "text",
    [
        "twelve six two seven",
        "12 627",
        "बारह छह दो सात",
        "ek do chhe do saat",
        "one two six 27",
        "बारह छह सत्ताईस",
        "बारह छह सौ सत्ताईस",
        "बारह हज़ार छह सौ सत्ताईस",
    ],
)
def test_a_train_number_said_in_words_or_split_is_the_number(
    text: str, index: StationIndex
) -> None:
    assert nlu(text, index).slots == {"train": "12627"}


@pytest.mark.parametrize("text", ["अच्छा मोबाइल बताओ बीस हजार में", "दो सौ रुपये का टिकट"])
def test_a_round_sum_in_hindi_words_is_no_train(text: str, index: StationIndex) -> None:
    assert "train" not in nlu(text, index).slots


@pytest.mark.parametrize("text", ["bata do 12627 kahan hai", "2 people 12627 sbc ndls fare"])
def test_words_beside_a_train_number_are_not_read_as_digits(text: str, index: StationIndex) -> None:
    assert nlu(text, index).slots.get("train") == "12627"


@pytest.mark.parametrize(
    ("text", "name", "intent"),
    [
        ("karnataka express", "karnataka express", Intent.LIVE_STATUS),
        ("karnataka express kahan hai", "karnataka express", Intent.LIVE_STATUS),
        ("mumbai rajdhani ka route", "mumbai rajdhani", Intent.TRAIN_ROUTE),
        ("कर्नाटक एक्सप्रेस कहाँ है", "karnatak express", Intent.LIVE_STATUS),
        ("bhopal shatabdi fare 3a", "bhopal shatabdi", Intent.FARE),
        ("does garib rath stop at bhopal", "garib rath", Intent.STOPS_AT),
    ],
)
def test_a_train_named_is_a_train_to_look_up(
    text: str, name: str, intent: Intent, index: StationIndex
) -> None:
    understood = understand_message(text, today=TODAY, index=index)
    assert understood.train_name == name
    assert understood.request.intent == intent
    assert understood.request.slots.get("train") is None


@pytest.mark.parametrize("text", ["superfast express trains from delhi", "rajdhani trains"])
def test_a_kind_of_train_alone_names_no_train(text: str, index: StationIndex) -> None:
    assert understand_message(text, today=TODAY, index=index).train_name == ""


def test_special_trains_keep_their_leading_zero(index: StationIndex) -> None:
    assert nlu("02563 kahan hai", index).slots == {"train": "02563"}


@pytest.mark.parametrize(
    "text", ["rajdhani kaha hai", "12500 rs", "Rs 12500", "at 10:30", "123", "1234", "2026"]
)
def test_words_and_other_numbers_are_not_train_numbers(text: str, index: StationIndex) -> None:
    assert "train" not in nlu(text, index).slots


def test_two_train_numbers_take_the_first(index: StationIndex) -> None:
    assert nlu("12627 12628", index).slots == {"train": "12627"}
    assert nlu("12627/12628 route", index).slots == {"train": "12627"}


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "date"),
    [
        ("today", "2026-11-27"),
        ("aaj", "2026-11-27"),
        ("आज", "2026-11-27"),
        ("tomorrow", TOMORROW),
        ("tmrw", TOMORROW),
        ("kal", TOMORROW),
        ("कल", TOMORROW),
        ("parso", "2026-11-29"),
        ("day after tomorrow", "2026-11-29"),
        ("on 5 dec", "2026-12-05"),
        ("5th december", "2026-12-05"),
        ("dec 5", "2026-12-05"),
        ("December 5th, 2026", "2026-12-05"),
        ("05/12", "2026-12-05"),
        ("5/12/2026", "2026-12-05"),
        ("5-12-2026", "2026-12-05"),
        ("05.12.26", "2026-12-05"),
        ("2026-12-05", "2026-12-05"),
        ("friday", "2026-11-27"),
        ("next friday", "2026-12-04"),
        ("monday", "2026-11-30"),
        ("shukravar", "2026-11-27"),
        ("in 3 days", "2026-11-30"),
        ("3 din baad", "2026-11-30"),
        ("5 tarikh", "2026-12-05"),
        ("28 ko", "2026-11-28"),
        ("on 28th", "2026-11-28"),
        ("5dec", "2026-12-05"),
        ("2moro", TOMORROW),
        ("in two days", "2026-11-29"),
        ("yesterday", YESTERDAY),
        ("25 nov", "2027-11-25"),
        ("1/1", "2027-01-01"),
        ("5 dec 2027", "2027-12-05"),
    ],
)
def test_dates_in_every_usual_form(words: str, date: str, index: StationIndex) -> None:
    understood = nlu(f"ndls to mmct {words}", index)
    assert understood.intent == Intent.TRAINS_BETWEEN
    assert understood.slots["date"] == date


@pytest.mark.parametrize(
    "words", ["31/11", "45 dec", "31.02.2027", "10.30", "5.5", "on 0", "0 tarikh", "32 tarikh"]
)
def test_impossible_dates_and_decimals_are_not_dates(words: str) -> None:
    assert find_dates(words, TODAY) == []


def test_kal_is_yesterday_for_a_train_already_running(index: StationIndex) -> None:
    assert nlu("kal wali 12627 kahan hai", index).slots == {"train": "12627", "date": YESTERDAY}
    assert nlu("kal cancel hui trains", index).slots == {"date": YESTERDAY}
    assert nlu("kal kaun si train cancel hai", index).slots == {"date": TOMORROW}


# --- hours, class, quota, age ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "hours"),
    [
        ("next 2 hours", 2),
        ("agle 3 ghante", 3),
        ("in 6 hrs", 6),
        ("within 8h", 8),
        ("next hour", 1),
        ("do ghante", 2),
        ("48 hours", 24),
    ],
)
def test_hour_windows(words: str, hours: int, index: StationIndex) -> None:
    assert [f.value for f in find_hours(words)] == [hours]
    assert nlu(f"trains from ndls {words}", index).slots == {"station": "NDLS", "hours": hours}


def test_departures_default_to_four_hours(index: StationIndex) -> None:
    assert nlu("departures at ndls", index).slots == {"station": "NDLS", "hours": 4}


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("3A", "3A"),
        ("3ac", "3A"),
        ("3 ac", "3A"),
        ("third ac", "3A"),
        ("AC 3 tier", "3A"),
        ("2A", "2A"),
        ("2 tier", "2A"),
        ("second ac", "2A"),
        ("1A", "1A"),
        ("first ac", "1A"),
        ("sleeper", "SL"),
        ("SL", "SL"),
        ("slpr", "SL"),
        ("स्लीपर", "SL"),
        ("chair car", "CC"),
        ("CC", "CC"),
        ("EC", "EC"),
        ("executive class", "EC"),
        ("2S", "2S"),
        ("second sitting", "2S"),
        ("3E", "3E"),
        ("3 ac economy", "3E"),
        ("first class", "FC"),
    ],
)
def test_classes(words: str, code: str, index: StationIndex) -> None:
    assert [f.value for f in find_classes(words.lower())] == [code]
    assert nlu(f"fare 12627 sbc ndls {words}", index).slots["class"] == code


@pytest.mark.parametrize(
    ("words", "code"), [("3ए", "3A"), ("2ए", "2A"), ("1ए", "1A"), ("2एस", "2S")]
)
def test_class_codes_written_with_a_hindi_letter(
    words: str, code: str, index: StationIndex
) -> None:
    assert nlu(f"12627 का किराया SBC से NDLS {words}", index).slots["class"] == code


@pytest.mark.parametrize("words", ["3rd a.c.", "3 A/C", "a/c 3 tier"])
def test_a_c_written_with_dots_or_slashes(words: str, index: StationIndex) -> None:
    assert nlu(f"fare 12627 sbc ndls {words}", index).slots["class"] == "3A"


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("tatkal", "TQ"),
        ("tatkaal", "TQ"),
        ("TQ", "TQ"),
        ("premium tatkal", "PT"),
        ("ladies quota", "LD"),
        ("senior citizen", "SS"),
        ("general quota", "GN"),
        ("GN", "GN"),
        ("handicapped", "HP"),
        ("divyang", "HP"),
        ("defence quota", "DF"),
        ("foreign tourist", "FT"),
    ],
)
def test_quotas(words: str, code: str, index: StationIndex) -> None:
    assert [f.value for f in find_quotas(words.lower())] == [code]
    assert nlu(f"12627 seats sbc ndls {words}", index).slots["quota"] == code


@pytest.mark.parametrize("words", ["age 65", "aged 65", "65 years", "65 yrs old", "umar 65"])
def test_age(words: str, index: StationIndex) -> None:
    assert nlu(f"fare 12627 sbc ndls {words}", index).slots["age"] == 65


@pytest.mark.parametrize(
    ("text", "quota"),
    [
        ("तत्काल कोटे से स्लीपर में 12627 में सीट", "TQ"),
        ("जनरल कोटे से 12309 में सीट", "GN"),
        ("लेडीज कोटा में 12951 की सीट", "LD"),
        ("tatkal kote se 12627 me seat", "TQ"),
    ],
)
def test_the_word_quota_in_hindi_after_a_quota_is_that_quota_never_kota(
    text: str, quota: str, index: StationIndex
) -> None:
    slots = nlu(text, index).slots
    assert slots["quota"] == quota
    assert "from" not in slots and "station" not in slots
    assert slots.get("class") != "2S"  # "जनरल कोटा" is the general quota, not the general class


@pytest.mark.parametrize(
    "text", ["कौन कौन से कोटे होते हैं रेलवे में", "कोटे कितने प्रकार के होते हैं", "रेलवे के कोटे क्या क्या हैं"]
)
def test_kote_asked_which_or_how_many_is_the_quotas(text: str, index: StationIndex) -> None:
    assert nlu(text, index).slots == {"term": "QUOTA"}


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("कोटे से दिल्ली की ट्रेन", {"from": "KOTA"}),
        ("दिल्ली से कोटे तक", {"to": "KOTA"}),
    ],
)
def test_kote_before_a_postposition_is_kota(
    text: str, slots: dict[str, str], index: StationIndex
) -> None:
    got = nlu(text, index).slots
    assert all(got[key] == value for key, value in slots.items())


def test_senior_citizen_alone_is_a_quota_not_an_age(index: StationIndex) -> None:
    slots = nlu("fare 12627 sbc ndls senior citizen", index).slots
    assert slots["quota"] == "SS"
    assert "age" not in slots


# --- stations in sentences ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "sbc to ndls",
        "SBC NDLS",
        "sbc se ndls",
        "sbc say ndls",
        "from sbc to ndls",
        "to ndls from sbc",
        "sbc → ndls",
        "sbc -> ndls",
        "sbc-ndls",
        "between sbc and ndls",
        "ndls ke liye sbc se",
        "sbc se ndls tak",
        "KSR Bengaluru to New Delhi",
    ],
)
def test_origin_and_destination_in_every_usual_order(text: str, index: StationIndex) -> None:
    understood = nlu(text, index)
    assert understood.intent == Intent.TRAINS_BETWEEN
    assert (understood.slots["from"], understood.slots["to"]) == ("SBC", "NDLS")


@pytest.mark.parametrize(
    "text", ["trains to mumbai", "mumbai ke liye train", "mumbai jane wali trains"]
)
def test_a_destination_alone(text: str, index: StationIndex) -> None:
    slots = nlu(text, index).slots
    assert "from" not in slots
    assert isinstance(slots["to"], list) and slots["to"][0] == "CSMT"


@pytest.mark.parametrize(
    "text", ["departures at ndls", "trains from ndls", "ndls station pe trains", "ndls se abhi"]
)
def test_the_station_of_a_departure_board(text: str, index: StationIndex) -> None:
    assert nlu(text, index) == Departures(station="NDLS", hours=4)


def test_the_longest_station_name_wins(index: StationIndex) -> None:
    assert nlu("new delhi to delhi cantt", index).slots == {"from": "NDLS", "to": "DEC"}


def test_a_city_gives_its_stations_best_first(index: StationIndex) -> None:
    slots = nlu("delhi to bangalore", index).slots
    assert slots == {"from": DELHI, "to": BENGALURU}


def test_misspelt_stations_are_found_where_a_station_belongs(index: StationIndex) -> None:
    slots = nlu("bangalor to chenai", index).slots
    assert slots["from"] == BENGALURU[:5]
    assert isinstance(slots["to"], list) and slots["to"][0] == "MAS"


@pytest.mark.parametrize(
    "text",
    [
        "train chali gaya kya",
        "can you help me",
        "dr sahab ko bolo",
        "<script>alert(1)</script>",
        "what is the weather in delhi",
    ],
)
def test_ordinary_words_do_not_become_stations(text: str, index: StationIndex) -> None:
    understood = nlu(text, index)
    assert not {"from", "to", "station", "code"} & set(understood.slots)


def test_renamed_codes_give_the_current_station(index: StationIndex) -> None:
    assert nlu("what is CSTM", index).slots == {"code": "CSMT"}
    assert nlu("BCT to ALD", index).slots == {"from": "MMCT", "to": "PRYJ"}


# --- intents ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("running status 12627", "live_status"),
        ("12627 kahan hai", "live_status"),
        ("12627 kaha pahuchi", "live_status"),
        ("where is 12627", "live_status"),
        ("12627 late hai kya", "live_status"),
        ("12627 live", "live_status"),
        ("12627 route", "train_route"),
        ("12627 schedule", "train_route"),
        ("12627 stops", "train_route"),
        ("12627 time table", "train_route"),
        ("12627 kaun kaun se station", "train_route"),
        ("code of new delhi", "station_by_name"),
        ("new delhi ka code", "station_by_name"),
        ("station code for howrah", "station_by_name"),
        ("what is NDLS", "station_by_code"),
        ("NDLS kaun sa station", "station_by_code"),
        ("NDLS", "station_by_code"),
        ("trains from ndls in next 2 hours", "departures"),
        ("departures at sbc", "departures"),
        ("ndls se abhi kaun si train", "departures"),
        ("sbc to ndls", "trains_between"),
        ("trains between sbc and ndls", "trains_between"),
        ("chennai se bangalore kal", "trains_between"),
        ("fare 12627 sbc ndls", "fare"),
        ("kiraya sbc se ndls", "fare"),
        ("ticket price sbc to ndls", "fare"),
        ("kitna lagega sbc se ndls", "fare"),
        ("seat availability 12627", "seat_availability"),
        ("12627 me seats", "seat_availability"),
        ("12627 berth available", "seat_availability"),
        ("12627 me jagah hai", "seat_availability"),
        ("12951 me waiting kitni hai 3a", "seat_availability"),
        ("12618 ke stations batao", "train_route"),
        ("mera paisa wapas karo", "cannot_do"),
        ("cancelled trains today", "cancelled_trains"),
        ("radd trains", "cancelled_trains"),
        ("rescheduled trains", "rescheduled_trains"),
        ("late chalne wali trains", "rescheduled_trains"),
        ("help", "help"),
        ("menu", "help"),
        ("kya kar sakte ho", "help"),
        ("hi", "greeting"),
        ("namaste", "greeting"),
        ("namaskar", "greeting"),
        ("ram ram", "greeting"),
        ("thanks", "thanks"),
        ("dhanyavad", "thanks"),
        ("shukriya", "thanks"),
        ("asdf qwerty", "unknown"),
        ("book my ticket", "cannot_do"),
    ],
)
def test_intent_from_keywords_and_entities(text: str, intent: str, index: StationIndex) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("pnr sttaus 4512345678", "pnr_status"),
        ("runing staus 12627", "live_status"),
        ("12627 shedule", "train_route"),
        ("avalability 12627 sbc ndls", "seat_availability"),
        ("cancled trains", "cancelled_trains"),
        ("resheduled trains", "rescheduled_trains"),
        ("farre sbc ndls", "fare"),
        ("thnks", "thanks"),
        ("namste", "greeting"),
    ],
)
def test_misspelt_keywords_are_understood(text: str, intent: str, index: StationIndex) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("12627 कहाँ है", "live_status"),
        ("12627 का रूट", "train_route"),
        ("दिल्ली से मुंबई", "trains_between"),
        ("दिल्ली से पटना किराया", "fare"),
        ("रद्द ट्रेनें", "cancelled_trains"),
        ("नमस्ते", "greeting"),
        ("धन्यवाद", "thanks"),
        ("मदद", "help"),
    ],
)
def test_devanagari_hindi(text: str, intent: str, index: StationIndex) -> None:
    assert intent_of(text, index) == intent


def test_entities_outrank_small_talk(index: StationIndex) -> None:
    assert intent_of("hi pnr 4512345678", index) == "pnr_status"
    assert intent_of("thanks, where is 12627", index) == "live_status"


def test_a_bare_station_name_asks_for_its_code(index: StationIndex) -> None:
    assert nlu("new delhi", index) == StationByName(name="new delhi", code="NDLS")
    assert nlu("Bangalore", index).slots == {"name": "Bangalore", "code": BENGALURU}


def test_an_unknown_code_written_in_capitals_is_asked_about(index: StationIndex) -> None:
    assert nlu("what is XYZQ", index).slots == {"code": "XYZQ"}
    assert nlu("XYZQ kaun sa station hai", index).slots == {"code": "XYZQ"}
    assert intent_of("my name is rahul", index) == "unknown"
    assert intent_of("what is this", index) == "unknown"


@pytest.mark.parametrize("text", ["हजरत निजामुद्दीन", "“हजरत निजामुद्दीन”", '"हज़रत निज़ामुद्दीन" का कोड'])
def test_a_station_of_several_words_written_in_devanagari_is_named_whole(
    text: str, index: StationIndex
) -> None:
    # "हजरत" is Hazrat as Hindi spells it: the name is found from its first word, not its last.
    request = nlu(text, index)
    assert isinstance(request, StationByName) and request.code == ("NZM",)
    assert request.name is not None and request.name.startswith("हज"), request.name


@pytest.mark.parametrize(
    ("text", "code"),
    [("R कोड किसका है", "R"), ("BE किस स्टेशन का कोड है", "BE"), ("कोड R किस स्टेशन का है", "R")],
)
def test_a_short_code_in_capitals_in_a_devanagari_question_is_that_code(
    text: str, code: str, index: StationIndex
) -> None:
    # One letter, or letters that spell an English word ("BE"): Latin capitals among Devanagari
    # words asking about a code are the code.
    assert nlu(text, index) == StationByCode(code=(code,))


@pytest.mark.parametrize(
    "text", ["सुप्रभात मित्र", "नमस्ते मित्रों", "शुभ दोपहर भैया", "सत श्री अकाल जी", "sat shri akal"]
)
def test_a_greeting_to_a_friend_in_hindi_is_a_greeting(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == "greeting"


@pytest.mark.parametrize(
    "text", ["जय श्री कृष्ण, शुभ संध्या", "राम राम, सुप्रभात जी", "जय श्री कृष्ण दीदी, नमस्ते"]
)
def test_a_greeting_in_gods_name_beside_another_is_a_greeting(
    text: str, index: StationIndex
) -> None:
    # Devanagari reads "कृष्ण" as "krishn": still a word of the greeting "jai shri krishna".
    assert intent_of(text, index) == "greeting"


@pytest.mark.parametrize(
    "text",
    [
        "12802 का रास्ता बदला है क्या",
        "12802 ka route change hua kya",
        "has the route of 12802 been changed",
        "क्या 12802 डायवर्ट होकर चल रही है",
    ],
)
def test_a_trains_way_asked_whether_changed_is_whether_it_is_diverted(
    text: str, index: StationIndex
) -> None:
    assert nlu(text, index) == LiveStatus(train="12802", focus="diverted")


def test_shouted_messages_are_understood(index: StationIndex) -> None:
    assert nlu("TRAINS FROM NDLS TO MMCT TOMORROW", index).slots == {
        "from": "NDLS",
        "to": "MMCT",
        "date": TOMORROW,
    }
    assert nlu("WHERE IS 12627", index).slots == {"train": "12627"}
    assert intent_of("I AM GOING TO AGRA", index) == "trains_between"


def test_one_place_and_a_day_asks_for_trains(index: StationIndex) -> None:
    assert nlu("mumbai kal", index).intent == Intent.TRAINS_BETWEEN
    slots = nlu("trains from pune on 5 dec", index).slots
    assert slots == {"from": "PUNE", "date": "2026-12-05"}


def test_trains_passing_through_a_station(index: StationIndex) -> None:
    assert nlu("trains passing through itarsi", index).slots == {"station": "ET", "hours": 4}
    slots = nlu("delhi to mumbai via kota", index).slots
    assert slots["from"] == DELHI and isinstance(slots["to"], list) and slots["to"][0] == "CSMT"


def test_a_code_that_is_also_a_name_with_code_asks_for_the_code(index: StationIndex) -> None:
    assert nlu("PUNE code", index).slots == {"name": "PUNE", "code": "PUNE"}
    assert nlu("NDLS code", index).slots == {"code": "NDLS"}


def test_a_way_to_a_place_we_cannot_name_is_still_a_journey(index: StationIndex) -> None:
    assert nlu("howrah to qqzzxx", index) == TrainsBetween(origin="HWH")


def test_questions_about_names_that_are_not_stations(index: StationIndex) -> None:
    assert intent_of("my name is sunil", index) == "unknown"
    assert intent_of("what is your name", index) == "help"  # the bot's own, small talk
    assert nlu("which station", index) == StationByCode()


def test_station_by_name_keeps_the_words_when_nothing_matches(index: StationIndex) -> None:
    assert nlu("code of qqzzxx", index).slots == {"name": "qqzzxx"}


def test_cancelled_and_rescheduled_default_to_today(index: StationIndex) -> None:
    assert nlu("cancelled trains", index).slots == {"date": "2026-11-27"}
    assert nlu("rescheduled trains tomorrow", index).slots == {"date": TOMORROW}


def test_only_the_intents_slots_are_returned(index: StationIndex) -> None:
    understood = nlu("12627 route ndls to sbc tomorrow 3a", index)
    assert understood == TrainRoute(train="12627")
    fare = nlu("fare 12627 sbc ndls 5 dec 3a", index)
    assert fare.slots["date"] == "2026-12-05"  # the day of travel: that run may be cancelled


def test_full_messages_with_several_entities(index: StationIndex) -> None:
    assert nlu("sleeper fare 12627 sbc to ndls", index).slots == {
        "train": "12627",
        "from": "SBC",
        "to": "NDLS",
        "class": "SL",
    }
    assert nlu("3a seats 12951 ndls mmct 5 dec tatkal", index).slots == {
        "train": "12951",
        "from": "NDLS",
        "to": "MMCT",
        "date": "2026-12-05",
        "class": "3A",
        "quota": "TQ",
    }


# --- robustness ---------------------------------------------------------------------------------


@contextmanager
def no_failures_logged() -> Iterator[None]:
    """`understand` answers "unknown" rather than raise; this makes a swallowed error fail."""
    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Collect(level=logging.ERROR)
    logger = logging.getLogger("app.bot.nlu")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    assert not records, [r.getMessage() for r in records]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\n\t",
        "😂😂😂",
        "select * from users; drop table pnr;--",
        "a" * 5000,
        "pnr 4512345678 " * 400,
        "\x00\x01\x02",
        "ndls " * 1200,
        "१२३४५६७८९०१२३४५६७८९०",
        "‮reversed‬ text",
    ],
)
def test_odd_messages_are_understood_without_error(text: str, index: StationIndex) -> None:
    with no_failures_logged():
        understood = nlu(text, index)
    assert isinstance(understood, Request)
    assert understood == nlu(text, index)


def test_empty_text_is_unknown(index: StationIndex) -> None:
    assert nlu("", index) == Unknown()


_SLOT_TYPES = {
    "pnr": str,
    "train": str,
    "date": str,
    "hours": int,
    "age": int,
    "class": str,
    "quota": str,
    "name": str,
}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                *"abcdeknprstlo 0123456789-/.,?→",
                *("ndls", "से", "kal", "pnr ", " to ", "१", "3a ", " on ", " tarikh", "th "),
                *(" dec ", "/", " in ", " days", " hours", "age ", "delhi", "bangalor", "+91"),
            ]
        ),
        max_size=40,
    ).map("".join)
    | st.text(max_size=200)
)
def test_understand_never_raises_and_is_deterministic(text: str) -> None:
    index = StationIndex.build()
    with no_failures_logged():
        first = understand(text, today=TODAY, index=index)
    assert first == understand(text, today=TODAY, index=index)
    for key, value in first.slots.items():
        if key in _SLOT_TYPES:
            assert isinstance(value, _SLOT_TYPES[key])
        else:
            assert isinstance(value, str) or (isinstance(value, list) and value)
    if "pnr" in first.slots:
        assert len(str(first.slots["pnr"])) == 10
    if "train" in first.slots:
        assert len(str(first.slots["train"])) == 5


# --- run_parse ----------------------------------------------------------------------------------


def test_run_parse_writes_one_json_line_per_input_line(index: StationIndex) -> None:
    out = io.StringIO()
    run_parse(
        ["pnr 4512345678\n", "\n", "दिल्ली से मुंबई\n", "12627 kal"], out, today=TODAY, index=index
    )
    lines = out.getvalue().splitlines()
    assert len(lines) == 4
    assert json.loads(lines[0]) == {"intent": "pnr_status", "slots": {"pnr": "4512345678"}}
    assert json.loads(lines[1]) == {"intent": "unknown", "slots": {}}
    assert "दिल्ली" not in lines[2] and '"from"' in lines[2]
    assert json.loads(lines[3]) == {
        "intent": "live_status",
        "slots": {"train": "12627", "date": YESTERDAY},
    }


def test_run_parse_keeps_non_ascii_as_written(index: StationIndex) -> None:
    out = io.StringIO()
    run_parse(["code of नई दिल्ली"], out, today=TODAY, index=index)
    assert json.loads(out.getvalue()) == {
        "intent": "station_by_name",
        "slots": {"name": "नई दिल्ली", "code": "NDLS"},
    }
    assert "नई दिल्ली" in out.getvalue()


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # a station right before a stop verb is a station, also a name that is a word (surat)
        ("12951 surat rukti hai", Intent.STOPS_AT, {"train": "12951"}),
        ("12628 का झांसी में स्टॉप है?", Intent.STOPS_AT, {"station": "VGLJ"}),
        ("12951 borivali stop hai?", Intent.STOPS_AT, {"station": "BVI"}),
        # one numbered train running late is its live status; without a number, the list
        ("12628 late chal rahi hai kya", Intent.LIVE_STATUS, {"train": "12628"}),
        ("late chal rahi trains", Intent.RESCHEDULED_TRAINS, {}),
        ("is 12627 rescheduled", Intent.RESCHEDULED_TRAINS, {"train": "12627"}),
        # trains that will come in at a station are its arrivals; one train, where it is
        ("which trains will arrive at ndls in next 2 hours", Intent.ARRIVALS, {"hours": 2}),
        ("कौन सी ट्रेनें भोपाल पर आएंगी", Intent.ARRIVALS, {}),
        ("मुंबई सेंट्रल पर पहुंचने वाली ट्रेनें", Intent.ARRIVALS, {"station": "MMCT"}),
        ("when will 12627 reach bhopal", Intent.LIVE_STATUS, {"train": "12627"}),
        # trains leaving tonight are the board; another day makes a journey
        ("trains from bhopal tonight", Intent.DEPARTURES, {}),
        ("बेंगलुरु सिटी से आज रात जाने वाली ट्रेनें", Intent.DEPARTURES, {"station": "SBC"}),
        ("trains from bhopal tomorrow", Intent.TRAINS_BETWEEN, {}),
        ("12657 का पूरा शेड्यूल", Intent.TRAIN_ROUTE, {"train": "12657"}),
        ("hw much 3ac 12627 sbc to ndls", Intent.FARE, {"class": "3A"}),
        # "passengers 12627" is not money ("rs 12627")
        ("fare for 2 passengers 12627 sleeper sbc ndls", Intent.FARE, {"train": "12627"}),
    ],
)
def test_everyday_wordings(
    text: str, intent: Intent, slots: dict[str, object], index: StationIndex
) -> None:
    request = nlu(text, index)
    assert request.intent == intent
    for name, value in slots.items():
        assert request.slots[name] == value


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("plz mujhe 12627 ka ticket dila do", "booking"),  # a ticket to get is a booking
        ("जनरल टिकट ऑनलाइन कैसे लें", "booking"),
        ("ticket kharidna hai delhi ka", "booking"),
        ("mera bag train mein reh gaya", "complaint"),  # belongings left behind: RailMadad
        ("मेरा फोन ट्रेन में छूट गया", "complaint"),
        ("train me charging point nahi chal raha", "complaint"),  # on-board trouble
        ("coach mein fan nahi chal raha", "complaint"),
        ("mera ticket kho gaya", "lost_ticket"),
    ],
)
def test_things_railbot_cannot_do_in_everyday_words(
    text: str, task: str, index: StationIndex
) -> None:
    request = nlu(text, index)
    assert request.intent == Intent.CANNOT_DO
    assert request.slots["task"] == task


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("12627 nahi chal rahi kya", Intent.CANCELLED_TRAINS),  # a train not running
        ("is the ac working in 12627", Intent.LIVE_STATUS),  # a question, not a complaint
        ("आप क्या क्या बता सकते हो", Intent.HELP),
        ("what can i ask you", Intent.HELP),
    ],
)
def test_near_misses_of_what_cannot_be_done(text: str, intent: Intent, index: StationIndex) -> None:
    assert nlu(text, index).intent == intent


@pytest.mark.parametrize("text", ["does 12951 stop at surat", "does 12951 halt at surat"])
def test_a_name_that_is_also_a_word_after_a_stop_phrase_is_the_station(
    text: str, index: StationIndex
) -> None:
    request = nlu(text, index)
    assert request.intent == Intent.STOPS_AT
    assert request.slots["station"] == ["ST", "UDN"]


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("pune nagpur garib rath ka kiraya", "PUNE", "NGP"),
        ("howrah patna vande bharat fare", "HWH", "PNBE"),
        ("इंदौर भोपाल इंटरसिटी का किराया", "INDB", "BPL"),
    ],
)
def test_a_train_named_by_the_two_ends_of_its_run_keeps_them_as_the_journey(
    text: str, origin: str, destination: str, index: StationIndex
) -> None:
    slots = nlu(text, index).slots
    assert [_first(slots["from"]), _first(slots["to"])] == [origin, destination]


def _first(stations: object) -> object:
    """The best of a city's stations, or the one station named."""
    return stations[0] if isinstance(stations, list) else stations


def test_a_town_named_like_a_verb_is_the_verb_before_a_helping_verb(index: StationIndex) -> None:
    assert "to" not in nlu("kaun sabse pehle chand par gaya tha", index).slots
    assert nlu("patna se gaya kal", index).slots["to"] == "GAYA"


def test_mumbais_suburban_hubs_are_stations(index: StationIndex) -> None:
    assert nlu("virar se churchgate local", index) == TrainsBetween(origin="VR", destination="CCG")


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("सूरत वडोदरा ट्रेन", "ST", "BRC"),  # a town named like a word, a name misspelt
        ("bina sagar train", "BINA", "SGO"),  # two towns named like words
        ("ग्वालियर झांसी की गाड़ी", "GWL", "VGLJ"),  # a Devanagari name read by its sound
    ],
)
def test_two_names_side_by_side_before_a_train_word_are_a_journey(
    text: str, origin: str, destination: str, index: StationIndex
) -> None:
    slots = nlu(text, index).slots
    assert [_first(slots["from"]), _first(slots["to"])] == [origin, destination]


def test_a_fare_asked_for_a_number_of_tickets_counts_the_travellers(index: StationIndex) -> None:
    request = nlu("स्लीपर के दो टिकट कितने के होंगे पटना से गया", index)
    assert request.intent == Intent.FARE
    assert request.slots["passengers"] == 2


@pytest.mark.parametrize(
    "text",
    ["which trains come into itarsi in the next 3 hours", "itarsi par agle 3 ghante me aane wali"],
)
def test_trains_coming_in_within_hours_are_the_stations_arrivals(
    text: str, index: StationIndex
) -> None:
    assert nlu(text, index) == Arrivals(station="ET", hours=3)


def test_a_price_to_shop_within_is_no_train_number(index: StationIndex) -> None:
    assert nlu("smartwatch under 10000", index).intent == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("मैंने कौन से अलर्ट लगाए हैं", Intent.ALERT_LIST),  # which alerts one has set up
        ("what bookings are you tracking for me", Intent.ALERT_LIST),
        ("तत्काल टिकट कैसे निकालते हैं", Intent.CANNOT_DO),  # a Tatkal how-to, any verb
        ("आरएसी किसे कहते हैं", Intent.EXPLAIN),  # a definition asked
        ("चार्ट बनने से क्या तात्पर्य है", Intent.EXPLAIN),
        ("इंदौर में फ्लैट का किराया", Intent.OUT_OF_SCOPE),  # the rent of a home
    ],
)
def test_other_phrasings_of_alerts_tatkal_definitions_and_rent(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


def test_a_town_named_like_a_word_before_wali_and_a_train_is_where_it_goes(
    index: StationIndex,
) -> None:
    assert nlu("gaya wali train patna se", index).slots["to"] == "GAYA"
    assert nlu("tata nagar se ranchi", index).slots["from"] == "TATA"


def test_names_of_a_journeys_trains_and_when_tatkal_opens(index: StationIndex) -> None:
    assert nlu("indore se bhopal ki trains ke naam batao", index).intent == Intent.TRAINS_BETWEEN
    assert nlu("tatkal kitne baje khulta hai", index).intent == Intent.CANNOT_DO


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what all can u do", Intent.HELP),  # "u" for "you" in any phrase
        ("wat is rac", Intent.EXPLAIN),
        ("coach aur berth no batao pnr 2109384756", Intent.PNR_STATUS),  # "no": a number
        ("no more alerts", Intent.ALERT_STOP),
        ("अलर्ट नहीं चाहिए", Intent.ALERT_STOP),
        ("trains with changed departure time", Intent.RESCHEDULED_TRAINS),  # no one train's
        ("which trains are coming to nagpur now", Intent.ARRIVALS),
        ("भोपाल से अभी कौन सी ट्रेनें जा रही हैं", Intent.DEPARTURES),  # going, not coming
    ],
)
def test_chat_shorthand_numbers_called_no_and_trains_coming_in(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("sagar naam ka matlab", Intent.OUT_OF_SCOPE),  # what a word means, though a town
        ("guna meaning in english", Intent.OUT_OF_SCOPE),  # a word to translate
        ("CNB ka matlab", Intent.STATION_BY_CODE),  # a code's meaning is its station
        ("rac meaning in hindi", Intent.EXPLAIN),  # a railway word's meaning is explained
    ],
)
def test_the_meaning_of_a_word_that_is_also_a_town_is_not_a_station(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


def test_for_and_from_place_only_the_words_after_them(index: StationIndex) -> None:
    assert nlu("train for bangalore from chennai", index).slots["to"][0] == "SBC"
    assert nlu("kolkata theke puri train", index).slots["to"] == "PURI"  # Bengali "from"


@pytest.mark.parametrize("text", ["sahi hai", "samajh gaya", "समझ गया", "ho gaya"])
def test_a_word_that_names_a_small_station_or_follows_a_verb_is_the_word(
    text: str, index: StationIndex
) -> None:
    assert "station" not in nlu(text, index).slots and nlu(text, index).intent in (
        Intent.UNKNOWN,
        Intent.OUT_OF_SCOPE,
    )


def test_ek_ticket_book_kar_do_asks_to_book_a_train_ticket(index: StationIndex) -> None:
    assert nlu("ek ticket book kar do", index).intent == Intent.CANNOT_DO
    assert nlu("how much rs for delhi to agra train", index).slots["from"][0] == "NDLS"


@pytest.mark.parametrize(
    "text",
    [
        "my flipkart order id 4051234567 not delivered",  # another service's number
        "बिजली का उपभोक्ता नंबर 1234567890 बिल",
        "10000 mah power bank price",  # a quantity with a unit, not train 10000
        "aaj ki meeting cancel ho gayi",  # one's own event cancelled
        "kal ki class cancel hai kya",
        "team ko playoff me berth mili kya",  # a berth that is not a train's
        "shatabdi ka matlab kya hota hai",  # a train's kind as a Hindi word
        "kohli ki shatabdi",
        "toll tax delhi to jaipur kitna hai",  # the cost of the road
        "दिल्ली से आगरा कार से कितना खर्चा",
    ],
)
def test_numbers_events_berths_and_road_costs_of_everyday_life_are_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert nlu(text, index).intent == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("लखनऊ से मुंबई का कितना खर्चा आएगा ट्रेन में", Intent.FARE),  # how much it comes to
        ("bhopal se indore ticket kitne ka aayega", Intent.FARE),
        ("जी एन डब्लू एल का मतलब", Intent.EXPLAIN),  # letters spelt out one by one
        ("12301 ka departure time shift hua kya aaj", Intent.RESCHEDULED_TRAINS),
        ("12627 का समय आगे खिसका दिया गया है क्या", Intent.RESCHEDULED_TRAINS),
        ("boarding station change kaise kare", Intent.CANNOT_DO),
        ("window seat milegi kya", Intent.SEAT_AVAILABILITY),
    ],
)
def test_other_words_for_a_price_a_changed_time_and_spelt_out_letters(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("sir aap mujhse hindi me hi baat kijiye mujhe english samajh nahi aati", "hi"),
        ("मैं हिंदी अच्छे से नहीं पढ़ पाता कृपया अंग्रेजी में लिखें", "en"),
        ("please reply in english from now on because i cannot read hindi well", "en"),
    ],
)
def test_a_language_asked_for_in_a_whole_sentence_is_the_one_not_said_weak(
    text: str, language: str, index: StationIndex
) -> None:
    understood = nlu(text, index)
    assert understood.intent == Intent.LANGUAGE
    assert understood.slots["language"] == language


def test_parso_is_two_days_ago_for_a_train_already_running(index: StationIndex) -> None:
    assert nlu("parso chali 12559 abhi kahan hai", index).slots["date"] == "2026-11-25"
    assert nlu("12627 parso kahan hogi", index).slots["date"] == "2026-11-29"


def test_a_journey_with_a_verb_of_arriving_asks_for_its_trains(index: StationIndex) -> None:
    text = "mujhe kal delhi se lucknow jana hai koi achhi si train batao jo subah pahunch jaye"
    assert nlu(text, index).intent == Intent.TRAINS_BETWEEN


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ndls deps", Intent.DEPARTURES),
        ("ndls arr", Intent.ARRIVALS),
        ("cncl trains", Intent.CANCELLED_TRAINS),
    ],
)
def test_terse_abbreviations_of_boards_and_cancellations(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


def test_everyday_words_beside_a_railway_question_leave_it_a_railway_question(
    index: StationIndex,
) -> None:
    flight = "my flight got cancelled so i need a train from delhi to mumbai"
    assert nlu(flight, index).intent == Intent.TRAINS_BETWEEN
    by_train = nlu("party ke liye goa jana hai train se mumbai se", index)
    assert by_train.slots["from"][0] == "CSMT"  # "train se": by train; "mumbai se": from


@pytest.mark.parametrize(
    "text",
    [
        "my train got cancelled. any other train from new delhi to bhopal on sunday?",
        "train cancel ho gayi, koi aur train hai delhi se bhopal",
        "मेरी ट्रेन रद्द हो गई, दिल्ली से भोपाल की दूसरी ट्रेन बताओ",
    ],
)
def test_other_trains_asked_after_ones_own_was_cancelled_are_the_journeys(
    text: str, index: StationIndex
) -> None:
    understood = nlu(text, index)
    assert understood.intent == Intent.TRAINS_BETWEEN
    assert understood.slots["to"][0] == "BPL"


def test_cancelled_trains_of_a_journey_stay_cancellations(index: StationIndex) -> None:
    assert nlu("cancelled trains from delhi to mumbai today", index).intent == (
        Intent.CANCELLED_TRAINS
    )


@pytest.mark.parametrize(
    "text",
    [
        "jio number 7012345678 ka balance",  # a phone company's number, not a PNR
        "tracking number 4523123456 dtdc",
        "hero splendor ka mileage",  # "hero" is no "hello"
        "neet cutoff 2026",
    ],
)
def test_numbers_and_words_of_other_services(text: str, index: StationIndex) -> None:
    assert nlu(text, index).intent == Intent.OUT_OF_SCOPE


def test_daam_asks_a_price_and_der_se_is_late(index: StationIndex) -> None:
    assert nlu("दिल्ली से जयपुर ट्रेन टिकट का दाम", index).intent == Intent.FARE
    assert "from" not in nlu("aaj ki 12301 der se chhutegi kya", index).slots


def test_whether_or_not_is_no_negation(index: StationIndex) -> None:
    text = "भैया जरा देख के बताओ मेरा पीएनआर 4512345678 कन्फर्म हुआ कि नहीं"
    assert nlu(text, index).intent == Intent.PNR_STATUS
    assert nlu("dont send updates for 4512345678", index).intent == Intent.ALERT_STOP


def test_trains_scheduled_to_depart_from_a_station_are_its_board(index: StationIndex) -> None:
    text = "Which trains are scheduled to depart from Howrah in the next two hours?"
    assert nlu(text, index).slots == {"station": "HWH", "hours": 2}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("bas itna hi puchna tha", Intent.UNKNOWN),  # "hi": only, not a greeting
        ("बस धन्यवाद", Intent.THANKS),  # "बस": just, not a bus
        ("बस का किराया", Intent.OUT_OF_SCOPE),  # a bus's fare
        ("vande bharat trains from delhi", Intent.DEPARTURES),  # a kind of train, not one
    ],
)
def test_hindi_words_written_like_english_ones(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


@pytest.mark.parametrize("text", ["bharat ki rajdhani kya hai", "भारत में कितने राज्य हैं"])
def test_one_word_of_a_kind_of_trains_name_names_no_train(text: str, index: StationIndex) -> None:
    assert nlu(text, index).intent == Intent.OUT_OF_SCOPE  # "bharat" alone is India


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("list my tracked pnrs", Intent.ALERT_LIST),
        ("4512345678 ke messages band karo", Intent.ALERT_STOP),
        ("how do i use you", Intent.HELP),
    ],
)
def test_other_words_for_alerts_and_help(text: str, intent: Intent, index: StationIndex) -> None:
    assert nlu(text, index).intent == intent


def test_an_english_word_in_devanagari_is_never_a_station(index: StationIndex) -> None:
    assert nlu("मेरी बाइक की सर्विस कब करवानी है", index).intent == Intent.OUT_OF_SCOPE
    journey = nlu("मोबाइल से दिल्ली की ट्रेन", index).slots
    assert "from" not in journey  # "मोबाइल" (mobile) is no station by its sound


# --- everyday Hindi words beside stations -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["शहर से बाहर जाने वाली ट्रेनें पटना से बताओ", "shuru se end tak 12951 ke stops batao"],
)
def test_an_everyday_word_before_a_postposition_is_no_station_by_its_sound(
    text: str, index: StationIndex
) -> None:
    assert "DSA" not in json.dumps(nlu(text, index).as_json())
    assert "CRU" not in json.dumps(nlu(text, index).as_json())


def test_the_hindi_adjective_for_whole_is_not_puri_but_puri_by_its_own_spelling_is(
    index: StationIndex,
) -> None:
    assert "PURI" not in json.dumps(nlu("दिल्ली से पूरी तरह खाली ट्रेन कौन सी है", index).as_json())
    assert nlu("हावड़ा से पुरी कौन सी ट्रेन", index).as_json()["slots"]["to"] == "PURI"


def test_the_common_words_name_no_built_in_station(index: StationIndex) -> None:
    # "puri" is only "पूरी" romanised; the Devanagari spelling keeps it apart from Puri's
    assert {word for word in COMMON_WORDS if index.by_name(word)} == {"puri"}
    assert "पुरी" not in COMMON_WRITTEN


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("train full hai kya 12951 me kal", Intent.SEAT_AVAILABILITY),
        ("ट्रेन पूरी भरी हुई है क्या 12301 में स्लीपर", Intent.SEAT_AVAILABILITY),
        ("12002 हफ्ते में कितने दिन चलती है", Intent.TRAIN_FACTS),
        ("12002 week me kitne din chalti hai", Intent.TRAIN_FACTS),
        ("नमस्ते, मैं क्या क्या पूछ सकता हूँ", Intent.HELP),
        ("नमस्ते जी आप किस काम आ सकते हो", Intent.HELP),
        ("पहले से बुक है मेरा पीएनआर 4512345678 देखो", Intent.PNR_STATUS),
        ("सरकार से शिकायत नहीं करनी, बस बताओ 12430 कब पहुंचेगी", Intent.LIVE_STATUS),
        ("शुरू से आखिर तक 12951 कहाँ कहाँ रुकती है", Intent.TRAIN_ROUTE),
        ("हाय बताओ क्या क्या सेवा है तुम्हारे पास", Intent.HELP),
    ],
)
def test_a_trains_seats_days_help_after_a_greeting_and_things_declined(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


def test_an_everyday_word_before_se_is_no_unnamed_origin(index: StationIndex) -> None:
    slots = nlu("gaon se aa raha hu lucknow se kanpur train kitne baje", index).as_json()["slots"]
    assert (slots["from"][0], slots["to"]) == ("LKO", "CNB")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hello ji ye bot kya kya batata hai", Intent.HELP),
        ("yo bot what do u know", Intent.HELP),
        ("प्रणाम, आप कौन सी चीजें बता सकते हो", Intent.HELP),
        ("namaste, kya haal hai", Intent.GREETING),
        ("raste me 12627 kahan tak pahunchi", Intent.LIVE_STATUS),
        ("12559 का चलने का दिन कौन सा है", Intent.TRAIN_FACTS),
        ("shaadi se lautte waqt bhopal se jabalpur ka kiraya 3ac", Intent.FARE),
        ("bus fare delhi to jaipur sleeper", Intent.OUT_OF_SCOPE),
    ],
)
def test_a_greeting_asking_what_the_bot_tells_a_way_a_run_day_and_an_occasion(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


def test_of_two_dates_the_one_asked_about_is_not_the_one_told_of_in_the_past(
    index: StationIndex,
) -> None:
    request = nlu("12951 kal full thi kya aaj seat milegi 3ac", index, today=dt.date(2026, 12, 4))
    assert request.as_json()["slots"]["date"] == "2026-12-04"


def test_a_relatives_word_before_a_journey_is_no_station(index: StationIndex) -> None:
    slots = nlu("दादा जी को लेकर जाना है कानपुर से आगरा सीनियर सिटीजन कोटा में सीट है क्या", index)
    assert slots.as_json()["slots"]["to"][0] == "AGC"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hi bhai ye bot kis kaam ka hai", Intent.HELP),
        ("hi bot kaise ho", Intent.GREETING),
        ("12627 har din chalti hai ya nahi", Intent.TRAIN_FACTS),
        ("12860 कौन से वार को चलती है", Intent.TRAIN_FACTS),
    ],
)
def test_the_bot_asked_about_after_a_greeting_and_every_day_runs(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


def test_a_facts_place_takes_the_connector_beside_it_only(index: StationIndex) -> None:
    text = "ऑफिस से छुट्टी लेकर आ रहा हूँ, 12002 भोपाल कितने बजे पहुंचती है"
    slots = nlu(text, index).as_json()["slots"]
    assert "from" not in slots and slots["station"][0] == "BPL"


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("आज की री-शेड्यूल ट्रेनें दिखाओ", Intent.RESCHEDULED_TRAINS, {"date": "2026-11-27"}),
        ("री शेड्यूल हुई ट्रेनें आज", Intent.RESCHEDULED_TRAINS, {"date": "2026-11-27"}),
        ("12301 लाइव स्टेटस टुडे", Intent.LIVE_STATUS, {"train": "12301", "date": "2026-11-27"}),
        ("पीएनआर 4512345678 की स्थिति बदले तो मुझे जानकारी दे देना", Intent.ALERT_SUBSCRIBE, {}),
        ("pnr 4512345678 confirm ho jaye to khabar kar dena", Intent.ALERT_SUBSCRIBE, {}),
        ("किस किस चीज़ में मदद करते हो आप", Intent.HELP, {}),
        ("आप क्या क्या काम कर सकते हैं", Intent.HELP, {}),
        ("12951 kis kis station pe rukti hai", Intent.TRAIN_ROUTE, {}),
        ("कल की री-शिड्यूल्ड ट्रेनें", Intent.RESCHEDULED_TRAINS, {"date": "2026-11-28"}),
        ("पीएनआर 4412345678 कन्फर्म होने पर इत्तला कर देना", Intent.ALERT_SUBSCRIBE, {}),
        ("क्या-क्या जानकारी मिल सकती है यहाँ", Intent.HELP, {}),
    ],
)
def test_english_words_in_devanagari_hindi_words_of_informing_and_which_which_things(
    text: str, intent: Intent, slots: dict[str, str], index: StationIndex
) -> None:
    understood = nlu(text, index).as_json()
    assert understood["intent"] == intent
    assert slots.items() <= understood["slots"].items()


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("which stations does mumbai have", Intent.STATION_BY_NAME),
        ("दिल्ली शहर के सारे स्टेशन कौन से हैं", Intent.STATION_BY_NAME),
        ("kota ke baad kaun kaun se station aate hai", Intent.TRAIN_ROUTE),
        ("सब बंद कर दो", Intent.ALERT_STOP),
        ("sabhi band kar do, ab kuch mat bhejna", Intent.ALERT_STOP),
    ],
)
def test_a_citys_stations_and_everything_stopped_in_hindi(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


def test_a_slip_in_a_kind_of_train_keeps_the_trains_name(index: StationIndex) -> None:
    understood = understand_message("mumbai rajdhani xpress live", today=TODAY, index=index)
    assert understood.request.intent == Intent.LIVE_STATUS
    assert read("taj expres ka time", TODAY, index).train_name == "taj express"


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # a weekday in the plural asks the train's running days, its next such day first
        ("12615 sundays ko chalti hai?", Intent.TRAIN_FACTS, {"date": "2026-11-29"}),
        ("क्या 12615 सोमवारों को चलती है", Intent.TRAIN_FACTS, {"date": "2026-11-30"}),
        ("12615 budhvaron ko chalti hai kya", Intent.TRAIN_FACTS, {"date": "2026-12-02"}),
        # what a day is for is ahead, whatever verb in the past goes with it
        ("कल के लिए सूरत से पुणे का टिकट देखा था", Intent.TRAINS_BETWEEN, {"date": TOMORROW}),
        (
            "kal ki yatra ke liye 12615 me seat dekhi thi",
            Intent.SEAT_AVAILABILITY,
            {"date": TOMORROW},
        ),
        ("12615 कल कहाँ थी", Intent.LIVE_STATUS, {"date": YESTERDAY}),
        # a quota said "कोटे" is the quota, never Kota
        ("तत्काल कोटे में 12615 की सीट", Intent.SEAT_AVAILABILITY, {"quota": "TQ"}),
        # letters spelt out with dots between them
        ("पी.एन.आर. का मतलब क्या है", Intent.EXPLAIN, {}),
    ],
)
def test_plural_weekdays_a_day_something_is_for_a_quota_and_dotted_letters(
    text: str, intent: Intent, slots: dict[str, str], index: StationIndex
) -> None:
    understood = nlu(text, index).as_json()
    assert understood["intent"] == intent
    assert slots.items() <= understood["slots"].items()
    # and no place is read from the words of a date, a quota or a letter
    assert "from" not in understood["slots"] or intent == Intent.TRAINS_BETWEEN


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a kind of train written in Devanagari names the train with the words before it
        ("पटना मेल का करंट स्टेटस", Intent.LIVE_STATUS),
        ("गोंडवाना सुपरफास्ट का रूट दिखाओ", Intent.TRAIN_ROUTE),
        ("भोपाल जनशताब्दी का फेयर", Intent.FARE),
        ("राजगीर इंटरसिटी अभी कहाँ है", Intent.LIVE_STATUS),
        ("असम एक्सप्रैस लेट है क्या", Intent.LIVE_STATUS),
        # Hindi verbs of leaving a station are its departures, never its arrivals
        ("इटारसी से अभी कौन सी गाड़ियाँ निकल रही हैं", Intent.DEPARTURES),
        ("मुगलसराय से खुलने वाली गाड़ियाँ", Intent.DEPARTURES),
        ("इटारसी में अभी कौन सी गाड़ियाँ आ रही हैं", Intent.ARRIVALS),
        # every alert, as many as there are, removed
        ("जितने भी अलर्ट लगे हैं हटा दो", Intent.ALERT_STOP),
    ],
)
def test_kinds_of_train_in_devanagari_leaving_verbs_and_every_alert(
    text: str, intent: Intent, index: StationIndex
) -> None:
    understood = nlu(text, index).as_json()
    assert understood["intent"] == intent
    # a city before a kind of train is the train's name, not where a journey starts
    assert "from" not in understood["slots"]


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # a train named by the cities it runs between, asked its route: that train's
        ("chennai bengaluru mail route", Intent.TRAIN_ROUTE, {}),
        # the cities and the name of a fare's journey: the journey, the name choosing its train
        ("delhi howrah rajdhani fare 2ac", Intent.FARE, {"to": "HWH", "class": "2A"}),
        # how late, not a price
        ("my train 12951 is late how much", Intent.LIVE_STATUS, {"train": "12951"}),
        # the past of another clause leaves "kal" tomorrow
        (
            "flight cancel ho gayi ab delhi se lucknow train batao kal ki",
            Intent.TRAINS_BETWEEN,
            {"date": "2026-11-28"},
        ),
        ("kal cancel hui trains", Intent.CANCELLED_TRAINS, {"date": "2026-11-26"}),
        # the English "is" points back at no train
        (
            "from pune to nagpur which trains are there and is sleeper available",
            Intent.SEAT_AVAILABILITY,
            {"from": "PUNE", "class": "SL"},
        ),
    ],
)
def test_trains_named_by_their_cities_lateness_and_the_clause_of_a_past_verb(
    text: str, intent: Intent, slots: dict[str, str], index: StationIndex
) -> None:
    understood = nlu(text, index).as_json()
    assert understood["intent"] == intent
    assert slots.items() <= understood["slots"].items()


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # a Hinglish verb of leaving as it happens: the station's departures
        ("patna se kaun kaun si train ja rahi hai", Intent.DEPARTURES, {"hours": 4}),
        ("nagpur se kaun si gadiyan nikal rahi hain", Intent.DEPARTURES, {"hours": 4}),
        ("bhopal station se abhi kaun si trains ravana ho rahi hai", Intent.DEPARTURES, {}),
        ("kaun si train aa rahi hai lucknow me abhi", Intent.ARRIVALS, {}),
        # another way to go "instead of" is no seat ("jagah")
        (
            "bus ki jagah train se jaunga, kal lucknow se varanasi ki train",
            Intent.TRAINS_BETWEEN,
            {"date": "2026-11-28"},
        ),
        ("trains bw kanpur and prayagraj", Intent.TRAINS_BETWEEN, {"from": "CNB"}),
    ],
)
def test_leaving_as_it_happens_instead_of_another_way_and_between_in_short(
    text: str, intent: Intent, slots: dict[str, str], index: StationIndex
) -> None:
    understood = nlu(text, index).as_json()
    assert understood["intent"] == intent
    assert slots.items() <= understood["slots"].items()


def test_all_the_stops_in_hinglish_are_the_route_never_a_station_by_sound(
    index: StationIndex,
) -> None:
    assert nlu("12627 ke saare stoppage", index) == TrainRoute(train="12627")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # Hindi words of a polite request are never English keywords by their sound
        ("सर 12615 अभी कहाँ है बताने का कष्ट करें", Intent.LIVE_STATUS),
        ("12615 किन वारों को चलती है", Intent.TRAIN_FACTS),
        ("मैंने किन किन पीएनआर पर अलर्ट लगा रखा है", Intent.ALERT_LIST),
        ("भोपाल पर आगमन वाली गाड़ियाँ", Intent.ARRIVALS),
        # "mail" with an email's words is an email, never a mail train
        ("बैंक मेल आईडी क्या है", Intent.OUT_OF_SCOPE),
        ("ट्रेन ड्राइवर कैसे बनें", Intent.OUT_OF_SCOPE),
    ],
)
def test_polite_hindi_running_days_alerts_set_arrivals_and_emails(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # "कुर्सीयान" is the chair car
        ("चेन्नई से मैसूर कुर्सीयान का किराया", Intent.FARE, {"class": "CC"}),
        # what something is "के लिए" (for) is no train leaving
        ("मदद चाहिए ट्रेन की जानकारी के लिए", Intent.HELP, {}),
        ("जाने वाली गाड़ियाँ", Intent.DEPARTURES, {}),
    ],
)
def test_the_chair_car_in_hindi_and_what_something_is_for(
    text: str, intent: Intent, slots: dict[str, str], index: StationIndex
) -> None:
    understood = nlu(text, index).as_json()
    assert understood["intent"] == intent
    assert slots.items() <= understood["slots"].items()


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # a day of the month said as a Hindi number word
        ("पच्चीस तारीख को पटना से गया", Intent.TRAINS_BETWEEN, {"date": "2026-12-25"}),
        ("उन्नीस दिसंबर को भोपाल से इंदौर", Intent.TRAINS_BETWEEN, {"date": "2026-12-19"}),
        ("book kar do december me patna se gaya", Intent.CANNOT_DO, {}),
        # arriving in a compound or a progressive form
        ("इटारसी में कौन सी गाड़ियाँ आ जाएंगी", Intent.ARRIVALS, {"station": "ET"}),
        ("इटारसी में अभी कौन सी ट्रेनें आ रहीं हैं", Intent.ARRIVALS, {"station": "ET"}),
        ("इटारसी पर कौन सी ट्रेनें आकर रुकेंगी", Intent.ARRIVALS, {"station": "ET"}),
        # a journey's trains that arrive soonest are the journey's, not a board
        ("पटना से गया सबसे जल्दी पहुँचने वाली गाड़ी", Intent.TRAINS_BETWEEN, {"to": "GAYA"}),
        # the language wanted beside the one not read
        ("अंग्रेज़ी पढ़नी नहीं आती, हिंदी में लिखो", Intent.LANGUAGE, {"language": "hi"}),
    ],
)
def test_days_said_in_hindi_words_arriving_trains_and_the_language_not_read(
    text: str, intent: Intent, slots: dict[str, str], index: StationIndex
) -> None:
    understood = nlu(text, index).as_json()
    assert understood["intent"] == intent
    assert slots.items() <= understood["slots"].items()


@pytest.mark.parametrize(
    ("text", "today", "intent", "slots"),
    [
        # "टू" between two names is the English "to", and places a town named like a word
        ("आरा टू पटना कोई गाड़ी", TODAY, Intent.TRAINS_BETWEEN, {"from": "ARA"}),
        ("12627 में टू एसी का किराया", TODAY, Intent.FARE, {"class": "2A"}),
        # "अगले सोमवार" said on a Monday is a week on
        (
            "अगले सोमवार को पुणे से नागपुर",
            dt.date(2026, 11, 30),
            Intent.TRAINS_BETWEEN,
            {"date": "2026-12-07"},
        ),
        (
            "सोमवार को पुणे से नागपुर",
            dt.date(2026, 11, 30),
            Intent.TRAINS_BETWEEN,
            {"date": "2026-11-30"},
        ),
        # trains reaching a station as one speaks are its arrivals; a time to be changed is
        # the rescheduled list
        ("इटारसी में कौन सी गाड़ियाँ पहुँच रही हैं", TODAY, Intent.ARRIVALS, {"station": "ET"}),
        ("कल किन ट्रेनों का टाइम बदलेगा", TODAY, Intent.RESCHEDULED_TRAINS, {"date": TOMORROW}),
    ],
)
def test_to_said_in_devanagari_the_next_weekday_trains_reaching_and_times_to_change(
    text: str, today: dt.date, intent: Intent, slots: dict[str, str], index: StationIndex
) -> None:
    understood = nlu(text, index, today).as_json()
    assert understood["intent"] == intent
    assert slots.items() <= understood["slots"].items()


@pytest.mark.parametrize(
    "text",
    [
        # words before a kind of train are its name, whatever else they sound like
        "नंदन कानन एक्सप्रेस का ईटीए क्या है",
        "स्वर्ण मंदिर मेल का लाइव स्टेटस",
    ],
)
def test_a_trains_name_is_never_a_topic_of_elsewhere(text: str, index: StationIndex) -> None:
    assert nlu(text, index).intent == Intent.LIVE_STATUS


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("12419 किन किन जगह रुकती है", Intent.TRAIN_ROUTE),
        ("हावड़ा पर कौन सी गाड़ियाँ आने को हैं", Intent.ARRIVALS),
        ("हावड़ा से कौन सी गाड़ियाँ छूटने को हैं", Intent.DEPARTURES),
    ],
)
def test_which_places_a_train_stops_and_trains_about_to_come_or_go(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


@pytest.mark.parametrize(
    ("text", "intent", "code"),
    [
        # a station's short form is its code, in either script
        ("itarsi ka short form kya hai", Intent.STATION_BY_NAME, "ET"),
        ("बीना जंक्शन का शॉर्ट फॉर्म बताओ", Intent.STATION_BY_NAME, "BINA"),
        # a code asked to book with is the station's code; the booking stays the traveller's
        ("ग्वालियर स्टेशन का कोड बताइए टिकट बुक करना है", Intent.STATION_BY_NAME, "GWL"),
        ("ticket book karte time gwalior ka code kya daalu", Intent.STATION_BY_NAME, "GWL"),
        # which state a code's station is in
        ("GWL किस राज्य में है", Intent.STATION_BY_CODE, "GWL"),
        ("ET station kis state me hai", Intent.STATION_BY_CODE, "ET"),
    ],
)
def test_a_stations_short_form_a_code_to_book_with_and_its_state(
    text: str, intent: Intent, code: str, index: StationIndex
) -> None:
    understood = nlu(text, index)
    assert (understood.intent, understood.slots["code"]) == (intent, code)


def test_booking_itself_stays_what_railbot_cannot_do(index: StationIndex) -> None:
    assert nlu("book ticket from delhi to mumbai", index).intent == Intent.CANNOT_DO


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("which trains stop at itarsi", "ET"),
        ("इटारसी पर कौन सी ट्रेनें रुकती हैं", "ET"),
        ("which trains halt at bina", "BINA"),
    ],
)
def test_the_trains_that_stop_at_a_station_are_its_board(
    text: str, station: str, index: StationIndex
) -> None:
    understood = nlu(text, index)
    assert (understood.intent, understood.slots["station"]) == (Intent.DEPARTURES, station)


def test_whether_one_train_stops_at_a_station_stays_that_question(index: StationIndex) -> None:
    assert nlu("does rajdhani stop at kanpur", index).intent == Intent.STOPS_AT


@pytest.mark.parametrize(
    ("text", "station", "hours"),
    [
        ("is there any rajdhani from NDLS in the next 4 hours?", "NDLS", 4),
        ("koi shatabdi hai kya kanpur se agle 2 ghante me", "CNB", 2),
    ],
)
def test_a_kind_of_train_asked_within_some_hours_is_a_board(
    text: str, station: str, hours: int, index: StationIndex
) -> None:
    understood = nlu(text, index)
    assert (understood.intent, understood.slots) == (
        Intent.DEPARTURES,
        {"station": station, "hours": hours},
    )


@pytest.mark.parametrize(
    "text",
    ["cheers mate", "ta", "much obliged", "you're a star", "you've been helpful", "owe you one"],
)
def test_thanks_in_everyday_english(text: str, index: StationIndex) -> None:
    assert nlu(text, index).intent == Intent.THANKS


def test_a_thanks_word_asked_the_meaning_of_is_outside_railways(index: StationIndex) -> None:
    assert nlu("ta meaning in chat", index).intent == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("ac not working in my coach whole journey can i get tdr refund", "tdr"),
        ("ac failed in 3a coach, want refund of fare difference", "tdr"),
        ("booked 2ac but got 3ac, refund kaise milega", "tdr"),
        ("how long does tdr refund take", "tdr"),
        ("coach ka ac kharab hai abhi", "complaint"),
        ("i couldnt board because the train came on another platform, refund?", "missed_train"),
        ("i could not catch my train, is there any refund", "missed_train"),
        ("train left before i reached platform refund milega", "missed_train"),
        ("train diverted so i didnt travel, refund process?", "tdr"),
        ("ac coach had no ac, need refund", "tdr"),
    ],
)
def test_a_journey_gone_wrong_is_a_tdr_and_trouble_on_board_a_complaint(
    text: str, task: str, index: StationIndex
) -> None:
    understood = nlu(text, index)
    assert (understood.intent, understood.slots) == (Intent.CANNOT_DO, {"task": task})


@pytest.mark.parametrize(
    "text",
    [
        "100 USD to INR",
        "convert 50 eur to inr",
        "delhi se agra kitni door hai by car",
        "pune se lonavala bike se kitni door hai",
        "how far is lucknow from kanpur",
        "$100 in rupees",
        "longest railway platform in the world",
    ],
)
def test_currencies_and_distances_between_places_are_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert nlu(text, index).intent == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("itarsi me kaun kaun si gaadi rukti hai", "ET"),
        ("kon kon si train meerut me rukti h", "MTC"),
    ],
)
def test_which_trains_stop_at_a_station_in_hinglish_is_its_board(
    text: str, station: str, index: StationIndex
) -> None:
    understood = nlu(text, index)
    assert (understood.intent, understood.slots["station"]) == (Intent.DEPARTURES, station)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("what quotas are there", {"term": "QUOTA"}),
        ("types of quota in train ticket", {"term": "QUOTA"}),
        ("is there a quota for students", {"term": "QUOTA"}),
        ("which quota has more seats", {"term": "QUOTA"}),
        ("how does the ladies quota work", {"term": "QUOTA"}),
        ("quotas available in irctc?", {"term": "QUOTA"}),
    ],
)
def test_quotas_asked_in_english_are_explained(
    text: str, slots: dict[str, str], index: StationIndex
) -> None:
    understood = nlu(text, index)
    assert (understood.intent, understood.slots) == (Intent.EXPLAIN, slots)


@pytest.mark.parametrize(
    "text", ["what time will it reach kota", "when does it arrive at kota", "kota kab pahunchegi"]
)
def test_kota_reached_is_the_place_not_the_quota(text: str, index: StationIndex) -> None:
    assert nlu(text, index).intent is not Intent.EXPLAIN


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("when will it get to kota", Intent.LIVE_STATUS),
        ("when will 12951 get to kota", Intent.LIVE_STATUS),
        ("how do i get to kota", Intent.TRAINS_BETWEEN),
    ],
)
def test_a_train_getting_to_a_place_reaches_it(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("12951 kahaaan haiii", Intent.LIVE_STATUS),
        ("routeeee of 12627", Intent.TRAIN_ROUTE),
        ("THANKSSS", Intent.THANKS),
    ],
)
def test_a_letter_drawn_out_is_read_once(text: str, intent: Intent, index: StationIndex) -> None:
    assert nlu(text, index).intent is intent


def test_which_one_train_stops_at_a_station_asks_of_the_trains_in_hand(
    index: StationIndex,
) -> None:
    understood = nlu("kaunsi gaadi katni me rukti hai", index)
    assert (understood.intent, understood.slots) == (Intent.STOPS_AT, {"station": "KTE"})


def test_whether_a_train_can_be_booked_in_a_quota_asks_its_seats(index: StationIndex) -> None:
    understood = nlu("can i book in ladies quota on 12951", index)
    assert (understood.intent, understood.slots) == (
        Intent.SEAT_AVAILABILITY,
        {"train": "12951", "quota": "LD"},
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("which code should i put for itarsi", "ET"),
        ("what to put in boarding station for aligarh", "ALJN"),
        ("what do i type in the from box for kanpur", "CNB"),
    ],
)
def test_what_to_write_for_a_station_is_its_code(text: str, code: str) -> None:
    # "put", "box": stations' codes in the open data, ordinary words in small letters
    index = StationIndex.build(
        [Station(code="PUT", name="Puttur"), Station(code="BOX", name="Boxirhat")]
    )
    understood = nlu(text, index)
    assert (understood.intent, understood.slots["code"]) == (Intent.STATION_BY_NAME, code)


def test_an_english_word_typed_in_capitals_may_still_be_a_code() -> None:
    index = StationIndex.build([Station(code="PUT", name="Puttur")])
    assert nlu("PUT", index).slots == {"code": "PUT"}


def test_if_in_a_courtesy_is_no_condition_to_wait_on(index: StationIndex) -> None:
    polite = nlu("i shall be grateful if you tell me the status of pnr 4561298730", index)
    waiting = nlu("kindly inform me when pnr 4512367809 gets confirmed", index)
    assert (polite.intent, waiting.intent) == (Intent.PNR_STATUS, Intent.ALERT_SUBSCRIBE)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ticket to finale dance show", Intent.OUT_OF_SCOPE),  # "dance" is no slip of "danke"
        ("rac kya h", Intent.EXPLAIN),
        ("unsub 4512367890", Intent.ALERT_STOP),
    ],
)
def test_chat_shorthand_and_english_words_that_are_no_keywords_slip(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


def test_a_ticket_transferred_is_a_passenger_changed(index: StationIndex) -> None:
    assert nlu("ticket transfer kaise kare", index) == CannotDo(task="booking", problem="name")


def test_whether_a_ticket_is_confirmed_now_is_its_status_not_an_alert(index: StationIndex) -> None:
    now = nlu("can you tell me if my ticket 6602918374 has got confirmed", index)
    later = nlu("inform me if 6623019871 gets confirmed", index)
    assert (now.intent, later.intent) == (Intent.PNR_STATUS, Intent.ALERT_SUBSCRIBE)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("pls send updates for pnr 8812309456", Intent.ALERT_SUBSCRIBE, {"pnr": "8812309456"}),
        ("no more updates pls", Intent.ALERT_STOP, {"all": 1}),
    ],
)
def test_updates_are_what_alerts_send(
    text: str, intent: Intent, slots: dict[str, object], index: StationIndex
) -> None:
    request = nlu(text, index)
    assert (request.intent, request.slots) == (intent, slots)


def test_two_cities_typed_together_are_a_journey(index: StationIndex) -> None:
    assert nlu("mumbaitopune", index).slots["to"] == "PUNE"
    assert nlu("patnasedelhi train", index).slots["from"][0] == "PNBE"  # type: ignore[index]


def test_a_word_after_a_possessive_is_no_station(index: StationIndex) -> None:
    assert "from" not in nlu("my mum is travelling to pune tomorrow", index).slots
    assert nlu("mum to pune train", index).slots["from"][0] == "CSMT"  # type: ignore[index]


def test_in_after_a_word_of_trains_coming_places_a_town(index: StationIndex) -> None:
    assert nlu("arriving in kota next 2 hours", index).slots == {"station": "KOTA", "hours": 2}


def test_how_a_train_is_running_is_its_live_status(index: StationIndex) -> None:
    assert nlu("hows 12020 running today", index).intent == Intent.LIVE_STATUS
    assert nlu("is 12020 running today", index).intent == Intent.TRAIN_FACTS


@pytest.mark.parametrize(
    ("text", "language"),
    [("english samajh nahi aati", "hi"), ("i dont understand hindi pls english", "en")],
)
def test_the_language_one_is_weak_in_asks_for_the_other(
    text: str, language: str, index: StationIndex
) -> None:
    assert nlu(text, index).slots == {"language": language}


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("on christmas", "2026-12-25"),
        ("on new year's eve", "2026-12-31"),
        ("republic day", "2027-01-26"),
    ],
)
def test_a_holiday_of_fixed_date_is_that_date(said: str, day: str, index: StationIndex) -> None:
    assert nlu(f"trains from delhi to agra {said}", index).slots["date"] == day


def test_pnrs_kept_beside_ones_data_are_forgotten_with_it(index: StationIndex) -> None:
    assert nlu("remove my number and pnrs from your system", index).intent == Intent.FORGET_ME


@pytest.mark.parametrize(
    "text",
    [
        "hello i am waiting at platform for 12926 paschim express how late is it",
        "waiting for 12951 since 2 hours where is it",
    ],
)
def test_a_person_waiting_for_a_train_is_no_waiting_list(text: str, index: StationIndex) -> None:
    assert nlu(text, index).intent == Intent.LIVE_STATUS


def test_a_waiting_list_is_still_seats(index: StationIndex) -> None:
    assert nlu("12951 3ac waiting kitni hai", index).intent == Intent.SEAT_AVAILABILITY


@pytest.mark.parametrize("text", ["12951 me kitne coach hote hai", "how many coaches in 12627"])
def test_how_many_coaches_is_a_trains_fact(text: str, index: StationIndex) -> None:
    assert nlu(text, index).intent == Intent.TRAIN_FACTS


def test_a_route_chart_is_the_route(index: StationIndex) -> None:
    assert nlu("12952 route chart", index) == TrainRoute(train="12952")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("12951 dep time", Intent.TRAIN_FACTS),
        ("12627 resch?", Intent.RESCHEDULED_TRAINS),
        ("thnq", Intent.THANKS),
    ],
)
def test_sms_shorthand_of_a_keyword_is_the_keyword(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert nlu(text, index).intent == intent


def test_nxt_hour_is_the_next_hour(index: StationIndex) -> None:
    assert nlu("trains arriving ndls nxt hour", index) == Arrivals(station=("NDLS",), hours=1)


@pytest.mark.parametrize(
    ("text", "passenger"),
    [("3rd passenger kab confirm hoga", 3), ("2nd wale yatri ki seat", 2)],
)
def test_an_ordinal_before_a_passenger_places_them_and_is_no_date(
    text: str, passenger: int, index: StationIndex
) -> None:
    understood = understand_message(text, today=dt.date(2026, 12, 3), index=index)
    assert understood.passenger == passenger
    assert "date" not in understood.details


@pytest.mark.parametrize(
    "text", ["which coach am i in", "mera dabba kaunsa hai", "कौन सी बोगी", "hum kis coach me hain"]
)
def test_a_coach_asked_as_ones_own_or_which_asks_a_place_in_a_booking(
    text: str, index: StationIndex
) -> None:
    assert understand_message(text, today=dt.date(2026, 12, 3), index=index).booking


@pytest.mark.parametrize(
    "text",
    ["bhopal to indore train available?", "koi train available hai bhopal se indore"],
)
def test_a_train_available_between_places_asks_the_trains_not_seats(
    text: str, index: StationIndex
) -> None:
    assert understand(text, today=TODAY, index=index).intent == Intent.TRAINS_BETWEEN


def test_which_station_a_numbered_train_is_at_now_is_where_it_is(index: StationIndex) -> None:
    got = understand("12627 abhi konsa station pe hai", today=TODAY, index=index)
    assert got.intent == Intent.LIVE_STATUS
