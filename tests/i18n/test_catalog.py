"""The message catalog: every key the code uses has an English and a Hindi text, with the same
values in both, and `t`/`nt` give them in the language asked."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir

from app.i18n import MissingText, nt, t
from app.i18n.catalog import read_catalog
from app.i18n.language import LANGUAGES, has_devanagari

APP = Path(__file__).resolve().parents[2] / "app"
# What the code calls to get a text, and which argument is the key (Babel's extraction spec).
KEYWORDS = {"t": (2,), "nt": (2,), "N_": (1,)}
# A Hindi text may be written in Latin letters only when its message carries this flag in hi.po
# (`#, latin`: a button written in English to switch to English).
SAME_FLAG = "latin"
_PLACES = re.compile(r"\{\w+\}")  # the values put in a text
_KEY = re.compile(r"[a-z0-9_]+(?:\.[A-Za-z0-9_]+)+")  # `fare.not_found`, `class.SL`


def _key(message: Message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def _strings(message: Message) -> list[str]:
    value = message.string
    return [value] if isinstance(value, str) else list(value)


def _catalogs() -> dict[str, Catalog]:
    return {language: read_catalog(language) for language in LANGUAGES}


def _messages(catalog: Catalog) -> dict[str, Message]:
    return {_key(message): message for message in catalog if message.id}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def used_keys() -> dict[str, str]:
    """Every key the application code asks for, with where. Babel reads calls of `t`, `nt` and
    `N_` with a literal key; inside an f-string it sees none, so texts are never fetched there."""
    found: dict[str, str] = {}
    extracted = extract_from_dir(
        str(APP), method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=()
    )
    for filename, lineno, message, _, _ in extracted:
        key = message if isinstance(message, str) else message[0]
        found.setdefault(key, f"app/{filename}:{lineno}")
    return found


def test_catalog_files_parse_and_name_their_plural_rules() -> None:
    catalogs = _catalogs()
    assert catalogs["en"].num_plurals == 2 and catalogs["hi"].num_plurals == 2
    for catalog in catalogs.values():
        assert all(_KEY.fullmatch(_key(message)) for message in catalog if message.id)


def test_every_key_the_code_uses_has_an_english_text() -> None:
    english = _messages(read_catalog("en"))
    missing = {key: where for key, where in used_keys().items() if key not in english}
    assert not missing, f"keys without an English text in app/i18n/locales/en.po: {missing}"


def test_every_english_text_has_a_hindi_text() -> None:
    english, hindi = (_messages(read_catalog(language)) for language in ("en", "hi"))
    missing = sorted(
        key
        for key in english
        if key not in hindi or not all(_strings(hindi[key])) or hindi[key].fuzzy
    )
    assert not missing, f"keys without a Hindi text in app/i18n/locales/hi.po: {missing}"
    assert not sorted(set(hindi) - set(english)), "Hindi texts whose key English lacks"


def test_no_text_is_empty() -> None:
    for language, catalog in _catalogs().items():
        empty = [_key(m) for m in catalog if m.id and not all(s.strip() for s in _strings(m))]
        assert not empty, f"empty {language} texts: {empty}"


def test_hindi_texts_are_written_in_hindi() -> None:
    english, hindi = (_messages(read_catalog(language)) for language in ("en", "hi"))
    copied = [
        key
        for key, message in hindi.items()
        if SAME_FLAG not in message.flags
        and any(
            re.search(r"[A-Za-z]{3}", _PLACES.sub("", s)) and not has_devanagari(s)
            for s in _strings(message)
        )
    ]
    assert not copied, f"Hindi texts with no Devanagari (flag {SAME_FLAG!r} if meant): {copied}"
    assert all(key in english for key in hindi)


def test_both_languages_take_the_same_values() -> None:
    english, hindi = (_messages(read_catalog(language)) for language in ("en", "hi"))
    for key, message in english.items():
        wanted = set().union(*(_fields(s) for s in _strings(message)))
        if key in hindi:
            for text in _strings(hindi[key]):
                assert _fields(text) == wanted, f"{key}: Hindi takes {_fields(text)}, not {wanted}"


def test_text_in_each_language_with_values() -> None:
    assert t("en", "delay.late", duration="2h 5m") == "2h 5m late"
    assert t("hi", "delay.late", duration="2 घंटे 5 मिनट") == "2 घंटे 5 मिनट लेट"


def test_plural_forms_follow_each_language() -> None:
    assert nt("en", "delay.minutes_late", 1, minutes=1) == "1 min late"
    assert nt("en", "delay.minutes_late", 5, minutes=5) == "5 min late"
    assert nt("hi", "delay.minutes_late", 1, minutes=1) == "1 मिनट लेट"


def test_one_seat_and_many_seats_agree_in_number() -> None:
    assert nt("hi", "seats.day_available", 1, count=1) == "1 सीट उपलब्ध"
    assert nt("hi", "seats.day_available", 29, count=29) == "29 सीटें उपलब्ध"
    one = {"count": 1, "journey_class": "SL", "day": "गुरु, 19 नवंबर"}
    assert nt("hi", "seats.yes_count", 1, **one) == "हाँ, गुरु, 19 नवंबर को SL में 1 सीट उपलब्ध है।"
    assert nt("en", "seats.yes_count", 1, **one).startswith("Yes, 1 seat available in SL")


def test_a_number_of_one_digit_is_said_in_the_singular() -> None:
    assert nt("hi", "talk.wrong_length", 1, number="७", digits=1).startswith("७ में 1 अंक है।")
    six = nt("hi", "talk.wrong_length", 6, number="123456", digits=6)
    assert six.startswith("123456 में 6 अंक हैं।")
    assert nt("en", "talk.wrong_length", 1, number="7", digits=1).startswith("7 has 1 digit.")


def test_a_list_of_one_train_is_said_in_the_singular() -> None:
    one = nt("hi", "board.no_such", 1, number=2, count=1)
    assert one == "इस बोर्ड पर 2 नंबर की कोई ट्रेन नहीं है: इसमें 1 ही ट्रेन है।"
    assert nt("hi", "between.no_such", 3, number=5, count=3).endswith("इसमें 3 ट्रेनें हैं।")
    ends = {"origin": "Delhi", "destination": "Bhopal", "when": "कल"}
    alone = nt("hi", "cancelled.journey_none", 1, count=1, **ends)
    assert alone == "नहीं, कल Delhi से Bhopal की 1 ही ट्रेन है, और वह रद्द नहीं है।"
    assert "3 ट्रेनों में से 1" in nt("hi", "cancelled.journey_some", 3, count=3, cancelled=1, **ends)
    shown = nt("hi", "between.all_shown", 1, count=1, origin="Delhi", destination="Bhopal")
    assert "1 ही सीधी ट्रेन है" in shown and "ट्रेनें" not in shown
    assert "the 1 trains" not in nt("en", "between.all_shown", 1, count=1, **ends)
    one = nt("en", "pnr.no_such_passenger", 1, pnr="4512345678", count=1, number=2)
    assert one == "PNR 4512345678 has 1 passenger (P1): there is no P2."


def test_the_timetables_time_is_tay_samay_in_hindi() -> None:
    """`{due}` is the time the timetable gives: "तय समय", never a bare "समय" (any time at all)."""
    hindi = _messages(read_catalog("hi"))
    bare = [
        key
        for key, message in hindi.items()
        for text in _strings(message)
        if "{due}" in text and not re.search(r"तय समय \{due\}", text)
    ]
    assert not bare, f"Hindi texts giving {{due}} without तय समय: {bare}"


def test_a_key_nobody_wrote_is_a_programming_error() -> None:
    with pytest.raises(MissingText):
        t("hi", "no.such_text")


def test_every_english_text_is_used_by_the_code() -> None:
    unused = sorted(set(_messages(read_catalog("en"))) - set(used_keys()))
    assert not unused, f"texts no code asks for (remove them, or mark a key with N_): {unused}"


# Calls whose argument is words a traveller reads: the keyword or position that holds them.
_WORDED_CALLS = {"Reply": ("text", None), "chip": (None, 0), "ask": ("text", 2)}
_LETTERS = re.compile(r"[A-Za-z\u0900-\u097f]{2}")


def _literal_words(node: ast.expr | None) -> str | None:
    """The words written into the code at `node`, if it is a string or f-string with words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _LETTERS.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        written = "".join(str(part) for part in parts)
        return written if _LETTERS.search(written) else None
    return None


def written_texts(source: str) -> list[tuple[int, str]]:
    """The words written into `source` as replies, chips or questions, with their line."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name not in _WORDED_CALLS:
            continue
        keyword, position = _WORDED_CALLS[name]
        arguments = [kw.value for kw in node.keywords if kw.arg == keyword]
        if position is not None and len(node.args) > position:
            arguments.append(node.args[position])
        found += [(node.lineno, words) for a in arguments if (words := _literal_words(a))]
    return found


def test_written_texts_are_found() -> None:
    source = 'say(Reply(text=f"No trains from {a}."))\nchip("Refresh", x)\nchip(t(l, "k"), x)'
    assert sorted(written_texts(source)) == [(1, "No trains from ."), (2, "Refresh")]


def test_no_text_a_traveller_reads_is_written_outside_the_catalog() -> None:
    """Replies, chips and questions get their words from `t()`: a string written into a handler
    would reach Hindi readers in English."""
    written = [
        f"{path.relative_to(APP.parent)}:{line} {words!r}"
        for path in sorted((APP / "bot").rglob("*.py"))
        for line, words in written_texts(path.read_text(encoding="utf-8"))
    ]
    assert not written, "texts written outside the catalog:\n" + "\n".join(written)
