"""Built-in stations found by how their names sound, however they are spelt."""

from __future__ import annotations

import pytest

from app.bot.understanding.soundalike import SOUND_ALIKE, skeleton


def test_skeletons_keep_the_consonants_that_carry_a_name() -> None:
    assert skeleton("Lucknow") == skeleton("lakhnau") == "lkn"
    assert skeleton("Gwalior") == skeleton("gvaliyar")
    assert skeleton("Cuttack") == skeleton("katak")


@pytest.mark.parametrize(
    ("spoken", "code"),
    [
        ("lakhnau", "LKO"),
        ("gvaliyar", "GWL"),
        ("maisur", "MYS"),
        ("koyambatur", "CBE"),
        ("bhuvneshvar", "BBS"),
        ("havra", "HWH"),  # the index's own Hindi name (हावड़ा), romanised
        ("haidrabad", "HYB"),
    ],
)
def test_hindi_spellings_of_cities_find_their_stations(spoken: str, code: str) -> None:
    assert SOUND_ALIKE.find(spoken)[0] == code


def test_short_or_unlike_words_find_nothing() -> None:
    assert SOUND_ALIKE.find("bhai") == ()
    assert SOUND_ALIKE.find("batao") == ()


def test_a_consonant_said_twice_around_a_vowel_is_not_one() -> None:
    """ "lalkuan" (Lal Kuan) has Lucknow's consonants once a repeated one is made one: it is not
    Lucknow; "lakhnau" still is."""
    assert SOUND_ALIKE.find("lalkuan") == ()
    assert SOUND_ALIKE.find("lakhnau")[0] == "LKO"
