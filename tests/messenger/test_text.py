"""Splitting and truncating text: under the limit, never inside a word or a grapheme cluster."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.messenger.text import is_boundary, split_text, truncate, units

FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # one grapheme, seven code points
THUMBS = "👍🏽"  # emoji + skin tone
FLAG = "🇮🇳"  # two regional indicators
NAMASTE = "नमस्ते"  # न म स ् त े: the conjunct स्त and the vowel sign must stay together
CAFE = "cafe\u0301"  # e + combining acute


def clusters_intact(original: str, chunks: list[str]) -> bool:
    """Every cut between chunks falls on a grapheme boundary of the original text."""
    position = 0
    for chunk in chunks[:-1]:
        start = original.index(chunk, position)
        end = start + len(chunk)
        if not is_boundary(original, end):
            return False
        position = end
    return True


def test_short_text_is_one_chunk() -> None:
    assert split_text("  pnr 4512345678  ", 1999) == ["pnr 4512345678"]


def test_empty_text_has_no_chunks() -> None:
    assert split_text("   ", 1999) == []


def test_long_text_splits_at_line_ends_first() -> None:
    lines = [f"{n:02d}. 12627 Karnataka Express dep 19:20 arr 06:40" for n in range(80)]
    text = "\n".join(lines)
    chunks = split_text(text, 1999)
    assert len(chunks) > 1
    assert all(units(chunk) <= 1999 for chunk in chunks)
    assert [line for chunk in chunks for line in chunk.split("\n")] == lines


def test_paragraphs_are_preferred_over_lines() -> None:
    paragraph = "\n".join(["line of the timetable"] * 30)
    text = f"{paragraph}\n\n{paragraph}\n\n{paragraph}"
    chunks = split_text(text, 1500)
    assert chunks[0] == f"{paragraph}\n\n{paragraph}"


def test_prose_splits_at_sentence_ends() -> None:
    sentence = "Your train is running late by twenty minutes. "
    chunks = split_text(sentence * 100, 1999)
    assert all(chunk.endswith(".") for chunk in chunks)


def test_hindi_prose_splits_at_the_danda() -> None:
    sentence = "आपकी ट्रेन बीस मिनट देरी से चल रही है। "
    chunks = split_text(sentence * 120, 1999)
    assert len(chunks) > 1
    assert all(chunk.endswith("।") for chunk in chunks)


def test_no_word_is_broken_when_there_are_spaces() -> None:
    words = ["Chennai", "Bengaluru", "Shatabdi", "एक्सप्रेस", "प्लेटफ़ॉर्म", THUMBS, FAMILY]
    text = " ".join(words[n % len(words)] for n in range(1200))
    chunks = split_text(text, 1999)
    assert len(chunks) > 1
    for chunk in chunks:
        assert units(chunk) <= 1999
        assert all(word in words for word in chunk.split(" "))
    assert " ".join(chunks).split(" ") == text.split(" ")


@pytest.mark.parametrize("cluster", [FAMILY, THUMBS, FLAG, NAMASTE, CAFE, "क्षि", "각"])
def test_a_run_without_spaces_is_cut_between_grapheme_clusters(cluster: str) -> None:
    text = cluster * (4000 // units(cluster) + 1)
    chunks = split_text(text, 1999)
    assert len(chunks) > 1
    assert "".join(chunks) == text
    for chunk in chunks:
        assert units(chunk) <= 1999
        assert len(chunk) < 2000
    assert clusters_intact(text, chunks)
    if cluster in (FAMILY, THUMBS, FLAG, "क्षि", "각"):  # a single cluster: whole copies per chunk
        assert all(chunk == cluster * (len(chunk) // len(cluster)) for chunk in chunks)


def test_length_is_counted_in_utf16_units_so_emoji_count_twice() -> None:
    assert units("a") == 1
    assert units("🚆") == 2
    assert units(FAMILY) == 11
    chunks = split_text("🚆" * 1500, 1999)
    assert [units(chunk) for chunk in chunks] == [1998, 1002]


def test_boundaries_inside_clusters_are_refused() -> None:
    assert not is_boundary(FAMILY, 2)  # before a ZWJ
    assert not is_boundary(FAMILY, 3)  # after a ZWJ
    assert not is_boundary(THUMBS, 1)  # before a skin tone
    assert not is_boundary(FLAG, 1)  # inside a flag
    assert is_boundary(FLAG + FLAG, 2)  # between two flags
    assert not is_boundary(FLAG + FLAG, 3)
    assert not is_boundary(CAFE, 4)  # before a combining accent
    assert not is_boundary(NAMASTE, 3)  # स before the virama
    assert not is_boundary(NAMASTE, 4)  # virama before त (conjunct)
    assert not is_boundary("\r\n", 1)
    assert is_boundary("ab", 1)


def test_truncate_prefers_a_word_end_and_adds_an_ellipsis() -> None:
    assert truncate("Chennai Central Express", 20) == "Chennai Central…"
    assert truncate("Short", 20) == "Short"
    assert units(truncate("x" * 50, 20)) == 20


@pytest.mark.parametrize("text", [FAMILY * 5, NAMASTE * 6, THUMBS * 9, CAFE * 6])
def test_truncate_never_cuts_a_cluster(text: str) -> None:
    cut = truncate(text, 20)
    assert units(cut) <= 20
    body = cut.removesuffix("…")
    assert text.startswith(body)
    assert is_boundary(text, len(body))


def test_a_space_after_a_dangling_zero_width_joiner_is_a_boundary() -> None:
    text = "aaaaaaaa\u094d👍aa\u200d a"  # found by the property test below
    assert is_boundary(text, text.index(" "))
    chunks = split_text(text, 8)
    assert clusters_intact(text, chunks)
    assert "".join("".join(chunks).split()) == "".join(text.split())


ALPHABET = st.sampled_from(
    ["a", "b", " ", "\n", ".", "न", "्", "त", "े", "\u0301", "👍", "🏽", "\u200d", "👩", "🇮", "🇳"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, min_size=0, max_size=400), st.integers(min_value=8, max_value=60))
def test_chunks_fit_keep_every_character_and_cut_on_boundaries(
    pieces: list[str], limit: int
) -> None:
    text = "".join(pieces)
    chunks = split_text(text, limit)
    for chunk in chunks:
        assert chunk == chunk.strip()
        assert chunk
    assert "".join("".join(chunks).split()) == "".join(text.split())
    longest_cluster = 0
    start = 0
    for index in range(1, len(text) + 1):
        if is_boundary(text, index):
            longest_cluster = max(longest_cluster, units(text[start:index]))
            start = index
    if longest_cluster <= limit:
        assert all(units(chunk) <= limit for chunk in chunks)
        stripped = text.strip()
        assert clusters_intact(stripped, chunks)


def test_every_combining_mark_is_kept_with_its_base() -> None:
    marks = [chr(c) for c in range(0x0300, 0x0370) if unicodedata.category(chr(c)) == "Mn"]
    text = "".join("a" + mark for mark in marks) * 30
    chunks = split_text(text, 100)
    assert all(unicodedata.category(chunk[0]) != "Mn" for chunk in chunks)
