"""Asking for what a request lacks: the class buttons name each class in whole words."""

from __future__ import annotations

from app.bot.format import MAX_CHIP_TITLE
from app.bot.handlers.asking import class_chips


def test_a_class_button_keeps_whole_words_of_a_long_name() -> None:
    hindi = [reply.title for reply in class_chips("hi", ["SL", "CC", "EC"])]
    assert hindi == ["SL स्लीपर", "CC एसी चेयर कार", "EC एग्ज़ीक्यूटिव"]
    english = [reply.title for reply in class_chips("en", ["3A", "EC"])]
    assert english == ["3A AC 3 Tier", "EC Exec. Chair Car"]
    assert all(len(title) <= MAX_CHIP_TITLE and "…" not in title for title in hindi + english)
