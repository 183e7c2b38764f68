"""Cutting text to Messenger's limits without breaking a word or a user-perceived character.

Lengths are counted in UTF-16 code units, the unit Messenger's clients count in; an emoji counts
two, so a limit kept in these units is kept in code points too. Grapheme clusters follow the
rules of Unicode UAX #29 that matter for chat text: combining marks, ZWJ emoji sequences, skin
tones and variation selectors, flags, Hangul syllables and Indic conjuncts (virama + consonant).
"""

from __future__ import annotations

import re
import unicodedata

_ZWJ = "\u200d"
_SENTENCE_END = re.compile(r"[.!?।॥…][\"')\]»”’]*\s")


def units(text: str) -> int:
    """The length of `text` in UTF-16 code units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def split_text(text: str, limit: int) -> list[str]:
    """Split into chunks of at most `limit` units, at a paragraph, line, sentence or word end.

    A single word longer than the limit (a long URL, a row of emoji) is cut at a grapheme
    boundary, the only place left.
    """
    text = text.strip()
    chunks: list[str] = []
    while units(text) > limit:
        end = _prefix_end(text, limit)
        cut = _best_cut(text, end)
        chunk, text = text[:cut].rstrip(), text[cut:].lstrip()
        if chunk:
            chunks.append(chunk)
    if text:
        chunks.append(text)
    return chunks


def truncate(text: str, limit: int, ellipsis: str = "…") -> str:
    """`text` cut to at most `limit` units with an ellipsis, at a word end when one is near."""
    text = text.strip()
    if units(text) <= limit:
        return text
    end = _prefix_end(text, limit - units(ellipsis))
    space = _last_space_cut(text, end)
    cut = space if space is not None and space >= end * 0.6 else _last_boundary(text, end)
    return text[:cut].rstrip() + ellipsis


def is_boundary(text: str, index: int) -> bool:
    """Whether a grapheme cluster may end just before `text[index]`."""
    if index <= 0 or index >= len(text):
        return True
    before, after = text[index - 1], text[index]
    if before == "\r" and after == "\n":
        return False
    if _is_control(before) or _is_control(after):
        return True
    # A joiner joins what follows it into an emoji sequence; a space after one still ends it.
    if _is_extend(after) or (before == _ZWJ and not after.isspace()) or _is_prepend(before):
        return False
    if _hangul_joins(before, after):
        return False
    if _is_regional_indicator(before) and _is_regional_indicator(after):
        run = 0
        position = index - 1
        while position >= 0 and _is_regional_indicator(text[position]):
            run += 1
            position -= 1
        return run % 2 == 0
    return not _is_virama(before) or not unicodedata.category(after).startswith("L")


def _prefix_end(text: str, limit: int) -> int:
    """The largest index whose prefix fits in `limit` units."""
    total = 0
    for index, ch in enumerate(text):
        total += 2 if ord(ch) > 0xFFFF else 1
        if total > limit:
            return index
    return len(text)


def _best_cut(text: str, end: int) -> int:
    window = text[:end]
    half = end // 2
    for separator in ("\n\n", "\n"):
        position = window.rfind(separator)
        if position >= half:
            return position + len(separator)
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if sentence_ends and sentence_ends[-1] >= half:
        return sentence_ends[-1]
    space = _last_space_cut(text, end)
    if space is not None:
        return space
    return _last_boundary(text, end)


def _last_space_cut(text: str, end: int) -> int | None:
    for index in range(end, 0, -1):
        if text[index - 1].isspace() and is_boundary(text, index):
            return index
    return None


def _last_boundary(text: str, end: int) -> int:
    for index in range(end, 0, -1):
        if is_boundary(text, index):
            return index
    # Not even one cluster fits (a cluster longer than the limit): cut at the limit anyway.
    return max(end, 1)


def _is_control(ch: str) -> bool:
    return ch in "\r\n" or (unicodedata.category(ch) in ("Cc", "Zl", "Zp"))


def _is_extend(ch: str) -> bool:
    code = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or ch == _ZWJ
        or 0xFE00 <= code <= 0xFE0F  # variation selectors (emoji vs text style)
        or 0x1F3FB <= code <= 0x1F3FF  # skin tone modifiers
        or 0xE0020 <= code <= 0xE007F  # emoji tag sequences (subdivision flags)
        or 0xE0100 <= code <= 0xE01EF
    )


def _is_prepend(ch: str) -> bool:
    code = ord(ch)
    return 0x0600 <= code <= 0x0605 or code in (0x06DD, 0x070F, 0x08E2, 0x110BD, 0x110CD)


def _is_virama(ch: str) -> bool:
    return unicodedata.combining(ch) == 9


def _is_regional_indicator(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _hangul_kind(ch: str) -> str:
    code = ord(ch)
    if 0x1100 <= code <= 0x115F or 0xA960 <= code <= 0xA97C:
        return "L"
    if 0x1160 <= code <= 0x11A7 or 0xD7B0 <= code <= 0xD7C6:
        return "V"
    if 0x11A8 <= code <= 0x11FF or 0xD7CB <= code <= 0xD7FB:
        return "T"
    if 0xAC00 <= code <= 0xD7A3:
        return "LV" if (code - 0xAC00) % 28 == 0 else "LVT"
    return ""


def _hangul_joins(before: str, after: str) -> bool:
    a, b = _hangul_kind(before), _hangul_kind(after)
    if not a or not b:
        return False
    if a == "L":
        return b in ("L", "V", "LV", "LVT")
    if a in ("LV", "V"):
        return b in ("V", "T")
    return b == "T"  # LVT or T
