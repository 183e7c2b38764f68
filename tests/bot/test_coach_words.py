"""A coach position is said in the traveller's language: English keeps the board's codes, Hindi
says what a coach without a number is, beside its code, and keeps numbered coaches as printed."""

from __future__ import annotations

import pytest

from app.bot.coach_words import coach_label

SAID_IN_HINDI = [
    ("ENG", "इंजन (ENG)"),
    ("L", "इंजन (L)"),
    ("SLR", "गार्ड कोच (SLR)"),
    ("LPR", "पावर कार (LPR)"),
    ("EOG", "पावर कार (EOG)"),
    ("PC", "पैंट्री कार (PC)"),
    ("VP", "पार्सल वैन (VP)"),
    ("GEN", "जनरल कोच (GEN)"),
    ("B1", "B1"),
    ("S10", "S10"),
]


@pytest.mark.parametrize(("board", "hindi"), SAID_IN_HINDI)
def test_a_coach_without_a_number_is_said_in_hindi_beside_its_code(board: str, hindi: str) -> None:
    assert coach_label("hi", board) == hindi


@pytest.mark.parametrize("board", [board for board, _ in SAID_IN_HINDI])
def test_english_keeps_the_boards_codes(board: str) -> None:
    assert coach_label("en", board) == board
