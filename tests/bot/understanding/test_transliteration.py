"""Devanagari read as Hinglish: Hindi's dropped vowels, English words spelt back in English,
and the way back to what the traveller wrote."""

from __future__ import annotations

import pytest

from app.bot.understanding.transliteration import flapped, romanize, romanize_word


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("पटना", "patna"),  # the inherent vowel between two sounded syllables is dropped
        ("कितने", "kitne"),
        ("रुकती", "rukti"),
        ("सूरत", "surat"),  # and at the end of a word
        ("उज्जैन", "ujjain"),
        ("मित्र", "mitra"),  # but not after a conjunct ending in र, य or व
        ("रद्द", "radd"),
        ("समझना", "samajhna"),
        ("झाँसी", "jhansi"),  # nasal marks read n, or m before p, b, m
        ("मुंबई", "mumbai"),
        ("दिसंबर", "disambar"),
        ("कहाँ", "kahan"),
        ("गाड़ियाँ", "gadiyan"),  # ड़ is d, as Hinglish writes it ("gaadi")
        ("अमृतसर", "amritsar"),
        ("इटारसी", "itarsi"),
        ("अगले", "agle"),
    ],
)
def test_hindi_words_read_as_hinglish_writers_spell_them(written: str, read: str) -> None:
    assert romanize_word(written) == read


@pytest.mark.parametrize(
    ("written", "read"),
    [("सीट", "seat"), ("लेट", "late"), ("एसी", "ac"), ("पीएनआर", "pnr"), ("स्टेशनों", "stations")],
)
def test_english_words_written_in_devanagari_are_spelt_in_english(written: str, read: str) -> None:
    assert romanize_word(written) == read


def test_places_read_with_r_where_english_names_have_it() -> None:
    assert flapped("हावड़ा") == "havra"  # Howrah
    assert flapped("खड़गपुर") == "kharagpur"


def test_a_whole_message_keeps_what_is_not_devanagari() -> None:
    text = "उज्जैन से सूरत सेकंड एसी कितने में, 12627?"
    assert romanize(text).text == "ujjain se surat second ac kitne mein, 12627?"


def test_latin_text_is_left_as_it_is() -> None:
    romanized = romanize("pnr 4512345678")
    assert romanized.text == "pnr 4512345678" and not romanized.changed


def test_words_can_be_quoted_back_as_written() -> None:
    text = "कोड of उज्जैन please"
    romanized = romanize(text)
    start = romanized.text.index("ujjain")
    span = romanized.original_span(start, start + len("ujjain"))
    assert text[span[0] : span[1]] == "उज्जैन"
    assert romanized.romanised_at(start) and not romanized.romanised_at(romanized.text.index("of"))


@pytest.mark.parametrize(
    ("written", "read"),
    [("3ए", "3a"), ("2ए", "2a"), ("2एस", "2s"), ("३ए", "३a"), ("3ई", "3e")],
)
def test_a_letter_name_right_after_a_digit_is_that_letter(written: str, read: str) -> None:
    assert romanize(written).text == read


def test_the_vowel_alone_stays_a_vowel() -> None:
    assert romanize("ए भाई").text == "e bhai"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("जोधपुर सूं जैपुर", "jodhpur se jaipur"),  # Rajasthani "from", not "sun" (Sunday)
        ("कवन ट्रेन बा", "kaun train hai"),  # Bhojpuri
        ("नासिक ते मुंबई गाड्या कोणत्या आहेत", "nasik to mumbai gadiyan kaunsi hain"),  # Marathi
    ],
)
def test_the_small_words_of_hindis_neighbours_read_as_their_hindi(written: str, read: str) -> None:
    assert romanize(written).text == read


def test_a_bus_before_a_postposition_is_a_bus_even_opening_a_message() -> None:
    assert romanize("बस का पीएनआर").text == "bus ka pnr"
    assert romanize("बस धन्यवाद").text == "bas dhanyavad"
