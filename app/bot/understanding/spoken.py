"""Numbers as people say or voice-type them: "twelve six two seven", "12 627", "बारह छह दो सात",
"ek do chhe do saat", "1 2 6 2 7" are train 12627; "four five one two three four five six seven
eight" a PNR.

A run of number words and short digit groups is written as one number when together they make
exactly a train number (5 digits) or a PNR (10 digits), and only then: "do" alone stays a verb,
"2 people" stays two people, and a date or a time is never joined.
"""

from __future__ import annotations

import re
from typing import Final

from app.railways.vocabulary import fold_digits

# Hindi's own words for 21 to 99, as written in Devanagari (with their common variants).
_HINDI_TENS: Final[tuple[tuple[str, ...], ...]] = (
    ("इक्कीस",), ("बाईस",), ("तेईस", "तेइस"), ("चौबीस",), ("पच्चीस",), ("छब्बीस",),
    ("सत्ताईस", "सताईस"), ("अट्ठाईस", "अठाईस", "अट्ठाइस"), ("उनतीस", "उन्तीस"), ("तीस",),
    ("इकतीस", "इकत्तीस"), ("बत्तीस",), ("तैंतीस", "तेंतीस"), ("चौंतीस", "चौतीस"), ("पैंतीस",),
    ("छत्तीस",), ("सैंतीस",), ("अड़तीस", "अडतीस"), ("उनतालीस", "उन्तालीस"), ("चालीस",),
    ("इकतालीस",), ("बयालीस", "ब्यालीस"), ("तैंतालीस", "तेंतालीस"), ("चवालीस", "चौवालीस"),
    ("पैंतालीस",), ("छियालीस",), ("सैंतालीस",), ("अड़तालीस", "अडतालीस"), ("उनचास",),
    ("पचास",), ("इक्यावन",), ("बावन",), ("तिरेपन", "तिरपन"), ("चौवन", "चव्वन"), ("पचपन",),
    ("छप्पन",), ("सत्तावन",), ("अट्ठावन", "अठावन"), ("उनसठ",), ("साठ",), ("इकसठ",),
    ("बासठ",), ("तिरसठ", "तिरेसठ"), ("चौंसठ", "चौसठ"), ("पैंसठ",), ("छियासठ",),
    ("सड़सठ", "सरसठ"), ("अड़सठ", "अरसठ"), ("उनहत्तर",), ("सत्तर",), ("इकहत्तर",),
    ("बहत्तर",), ("तिहत्तर",), ("चौहत्तर",), ("पचहत्तर",), ("छिहत्तर",), ("सतहत्तर",),
    ("अठहत्तर",), ("उन्यासी", "उनासी"), ("अस्सी",), ("इक्यासी",), ("बयासी",), ("तिरासी",),
    ("चौरासी",), ("पचासी",), ("छियासी",), ("सत्तासी",), ("अट्ठासी", "अठासी"), ("नवासी",),
    ("नब्बे",), ("इक्यानवे",), ("बानवे",), ("तिरानवे",), ("चौरानवे",), ("पचानवे",),
    ("छियानवे",), ("सत्तानवे",), ("अट्ठानवे",), ("निन्यानवे",),
)
# Each number word, as written in English, Hinglish and Devanagari, with its digits.
_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(("zero", "oh", "shunya", "shoonya", "sunya", "शून्य", "ज़ीरो", "जीरो"), "0"),
    **dict.fromkeys(("one", "ek", "एक"), "1"),
    **dict.fromkeys(("two", "do", "दो"), "2"),
    **dict.fromkeys(("three", "teen", "tin", "तीन"), "3"),
    **dict.fromkeys(("four", "char", "chaar", "चार"), "4"),
    **dict.fromkeys(("five", "paanch", "panch", "पाँच", "पांच"), "5"),
    **dict.fromkeys(("six", "chhe", "chhah", "che", "chah", "छह", "छः", "छे"), "6"),
    **dict.fromkeys(("seven", "saat", "sat", "सात"), "7"),
    **dict.fromkeys(("eight", "aath", "ath", "आठ"), "8"),
    **dict.fromkeys(("nine", "nau", "no", "नौ"), "9"),
    **dict.fromkeys(("ten", "das", "दस"), "10"),
    **dict.fromkeys(("eleven", "gyarah", "gyara", "ग्यारह"), "11"),
    **dict.fromkeys(("twelve", "barah", "bara", "बारह"), "12"),
    **dict.fromkeys(("thirteen", "terah", "tera", "तेरह"), "13"),
    **dict.fromkeys(("fourteen", "chaudah", "chauda", "चौदह"), "14"),
    **dict.fromkeys(("fifteen", "pandrah", "pandra", "पंद्रह", "पन्द्रह"), "15"),
    **dict.fromkeys(("sixteen", "solah", "sola", "सोलह"), "16"),
    **dict.fromkeys(("seventeen", "satrah", "satra", "सत्रह"), "17"),
    **dict.fromkeys(("eighteen", "atharah", "athara", "अठारह"), "18"),
    **dict.fromkeys(("nineteen", "unnis", "unees", "उन्नीस"), "19"),
    **dict.fromkeys(("twenty", "bees", "bis", "बीस"), "20"),
    **dict.fromkeys(("twenty-two", "baees", "बाईस"), "22"),
    **{word: str(number) for number, words in enumerate(_HINDI_TENS, start=21) for word in words},
}
# Ages said in Hindi words ("पैंसठ साल", "sattar saal"): 21 to 99, in Devanagari and the common
# Latin spellings of the round ones.
AGE_WORDS: Final[dict[str, int]] = {
    **{word: number for number, words in enumerate(_HINDI_TENS, start=21) for word in words},
    "tees": 30, "chalis": 40, "chaalis": 40, "pachas": 50, "pachaas": 50, "pachpan": 55,
    "saath": 60, "painsath": 65, "paisath": 65, "sattar": 70, "pachattar": 75, "pachhattar": 75,
    "assi": 80, "pachasi": 85, "nabbe": 90,
}  # fmt: skip
# The Hindi words for a hundred and a thousand: "छह सौ सत्ताईस" is 627, "बारह हज़ार छह सौ सत्ताईस"
# 12627.
_HUNDRED: Final = frozenset({"सौ"})
_THOUSAND: Final = frozenset({"हज़ार", "हजार"})
# Words that may be a number or something else: never a number at the edge of a run.
_AMBIGUOUS: Final = frozenset({"do", "no", "oh", "sat", "tin", "ath", "che", "bis", "das", "bara"})
_TOKEN: Final = re.compile(r"[^\s,.;:!?()\"'/]+")
_LENGTHS: Final = (5, 10)  # a train number, a PNR
_MIN_PIECES: Final = 2


def spoken_numbers(text: str) -> str:
    """`text` with each spoken or split train number or PNR written as one number."""
    folded = fold_digits(text)
    if not _could_hold(folded):
        return text
    folded, whole = _compounds(folded)
    tokens = list(_TOKEN.finditer(folded))
    out: list[str] = []
    at = 0
    i = 0
    while i < len(tokens):
        run = _longest_run(folded, tokens, i)
        if run is None:
            i += 1
            continue
        end, digits = run
        out += [folded[at : tokens[i].start()], digits]
        at = tokens[end - 1].end()
        i = end
    if not out:
        return folded if whole else text
    return "".join([*out, folded[at:]])


def _compounds(text: str) -> tuple[str, bool]:
    """`text` with each number said with "सौ" or "हज़ार" written in digits ("छह सौ सत्ताईस" →
    627), and whether one of them is a whole train number or PNR; `text` itself when none is."""
    tokens = list(_TOKEN.finditer(text))
    words = [token.group().lower() for token in tokens]
    out: list[str] = []
    at = 0
    i = 0
    whole = False
    while i < len(tokens):
        value, end = _compound_at(words, i)
        if end == i:
            i += 1
            continue
        out += [text[at : tokens[i].start()], str(value)]
        # a round sum ("बीस हज़ार में") is money, not a train
        whole = whole or (len(str(value)) in _LENGTHS and value % 100 != 0)
        at = tokens[end - 1].end()
        i = end
    return ("".join([*out, text[at:]]), whole) if out else (text, False)


def _compound_at(words: list[str], start: int) -> tuple[int, int]:
    """The value and end (exclusive) of a number said with "हज़ार" or "सौ" from `start` ("बारह
    हज़ार छह सौ सत्ताईस"); (0, `start`) when none starts there."""
    first = _below_hundred(words, start)
    if first is None or start + 1 >= len(words):
        return 0, start
    at = start + 2
    if words[start + 1] in _THOUSAND:
        total = first * 1000
        hundreds = _below_hundred(words, at)
        if hundreds is not None and at + 1 < len(words) and words[at + 1] in _HUNDRED:
            total, at = total + hundreds * 100, at + 2
    elif words[start + 1] in _HUNDRED:
        total = first * 100
    else:
        return 0, start
    rest = _below_hundred(words, at)
    return (total + rest, at + 1) if rest is not None else (total, at)


def _below_hundred(words: list[str], at: int) -> int | None:
    """The number below a hundred said at `at` (a word or one or two digits), if one is."""
    if at >= len(words):
        return None
    piece = _piece(words[at])
    return int(piece) if piece is not None and len(piece) <= 2 else None


def _could_hold(text: str) -> bool:
    """Whether `text` has a number word or digits split by a space: the pieces of a number."""
    if _DIGITS_APART.search(text) is not None:
        return True
    # `_TOKEN`'s pieces, split without the regular-expression engine (`str.split` and `\s` take
    # the same characters for white space)
    return not _WORDS.keys().isdisjoint(text.lower().translate(_APART).split())


_APART: Final = str.maketrans(dict.fromkeys(",.;:!?()\"'/", " "))


_DIGITS_APART: Final = re.compile(r"\d+\s+\d+")


def _piece(token: str) -> str | None:
    word = token.lower()
    if word.isdigit():
        return word if len(word) <= 3 else None  # "12 627": groups; a whole number is itself
    return _WORDS.get(word)


def _longest_run(text: str, tokens: list[re.Match[str]], start: int) -> tuple[int, str] | None:
    """The end (exclusive) and digits of the longest run of pieces from `start` that makes a
    train number or a PNR, if any."""
    pieces: list[str] = []
    best: tuple[int, str] | None = None
    for n in range(start, len(tokens)):
        if n > start and text[tokens[n - 1].end() : tokens[n].start()].strip() not in ("", "-"):
            break
        piece = _piece(tokens[n].group())
        if piece is None:
            break
        pieces.append(piece)
        digits = "".join(pieces)
        if len(digits) > max(_LENGTHS):
            break
        words = [tokens[k].group().lower() for k in range(start, n + 1)]
        if _fits(words, digits):
            best = (n + 1, digits)
    return best


def _fits(words: list[str], digits: str) -> bool:
    if len(words) < _MIN_PIECES or len(digits) not in _LENGTHS:
        return False
    if words[0] in _AMBIGUOUS or words[-1] in _AMBIGUOUS:
        return False
    if all(word.isdigit() for word in words):
        # Digit groups only: "12 627", "451 234 5678"; not "2 12627" or "10 12 2026". Typed digit
        # by digit or two at a time ("1 2 5 3 3", "12 1 0 5"), every piece is that short.
        if len(words) == len(digits) or (len(words) >= 3 and all(len(w) <= 2 for w in words)):
            return True  # "1 2 9 5 1", "12 5 5 9"
        return len(digits) == 5 and len(words) == 2 and len(words[0]) in (2, 3)
    return True
