"""The languages RailBot answers in, and what a message's script says about its writer's.

A message with Devanagari in it is answered in Hindi; Hinglish and English in Latin letters in
English; a message with no words of its own (a PNR with or without the word "pnr", a train
number, a station's code, an emoji) says nothing and the conversation keeps the language it had.
A person's stated choice ("हिंदी में", "reply in english") outranks the script: see
`reply_language`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final, Literal, TypeGuard

Language = Literal["en", "hi"]

LANGUAGES: Final[tuple[Language, ...]] = ("en", "hi")
DEFAULT_LANGUAGE: Final[Language] = "en"
# The Babel locale of each language: Indian English and Hindi (Indian digit grouping in both).
LOCALES: Final[dict[Language, str]] = {"en": "en_IN", "hi": "hi_IN"}

_DEVANAGARI = range(0x0900, 0x0980)


def is_language(value: object) -> TypeGuard[Language]:
    """Whether `value` is one of the languages RailBot speaks."""
    return value in LANGUAGES


def other_language(language: Language) -> Language:
    """The language RailBot speaks besides `language` (what the language button offers)."""
    return "en" if language == "hi" else "hi"


_CODE: Final = re.compile(r"(?<![A-Za-z])[A-Z0-9]*[A-Z][A-Z0-9]*(?![A-Za-z])")


def has_devanagari(text: str) -> bool:
    """Whether `text` holds any Devanagari letter."""
    return any(ord(ch) in _DEVANAGARI for ch in text)


# A class's code said alone ("3A", "sl", "2a 3a"): the same in either language, like a number.
_CLASS_CODES: Final = re.compile(r"(?:1a|2a|3a|3e|sl|cc|ec|ea|ev|fc|2s|[\s,./&+-]|\d)+")


def script_language(text: str, codes: Collection[str] = ()) -> Language | None:
    """The language a message's letters are written for: Hindi when it has any Devanagari (a
    Hindi word among English ones, "12627 कहाँ है", "pnr ४५१२३४५६७८ का status": its writer reads
    Hindi), English when its letters are all Latin, None when it has no words of its own:
    no letters (digits, emoji), only codes in capitals ("NDLS", "12627 3A", "BPL NDLS"), a
    class's code in any case ("sl", "3a"), the word PNR in any case ("pnr 4512345678"), or
    only the station codes in `codes` (the ones the message was read to name: "ndls", "bpl")."""
    if has_devanagari(text):
        return "hi"
    if _CLASS_CODES.fullmatch(text.strip().lower()):
        return None
    said = _LATIN_WORD.findall(text.lower())
    neutral = _REPLY_WORDS | _NO_LANGUAGE_WORDS | {code.lower() for code in codes}
    if said and neutral.issuperset(said):
        # "ok", "thanks", "haan ji", "reset", "pnr 4512345678", "ndls" after a Hindi answer:
        # still Hindi
        return None
    if any(ch.isascii() and ch.isalpha() for ch in _CODE.sub(_code_out, text)):
        return "en"
    return None


# Words that answer or steer a conversation in either language, typed in Latin letters by Hindi
# readers too ("ok", "yes", "thanks", "haan ji", "menu", "reset"): a message of these alone says
# nothing of its writer's language, so the conversation's language goes on.
_REPLY_WORDS: Final = frozenset(
    {
        "ok", "okay", "okk", "okey", "k", "kk", "yes", "yess", "yep", "yeah", "no", "nope",
        "thanks", "thank", "you", "thx", "thnx", "thnks", "tq", "ty", "hi", "hii", "hello", "hey",
        "bye", "welcome", "sorry", "please", "plz", "pls", "done", "menu", "reset", "restart",
        "cancel", "stop", "help", "haan", "han", "ha", "haa", "ji", "nahi", "nahin", "na", "acha",
        "accha", "achha", "achchha", "theek", "thik", "hai", "shukriya", "dhanyavad", "dhanyawad",
        "namaste", "namaskar",
    }
)  # fmt: skip
_LATIN_WORD: Final = re.compile(r"[a-z]+")

# Railway words written alike by Hindi and English readers, in Latin letters and in any case:
# "pnr 4512345678" after a Hindi question is a PNR, no sentence in English.
_NO_LANGUAGE_WORDS: Final = frozenset({"pnr", "pnrs"})


def _code_out(match: re.Match[str]) -> str:
    """A station code, class or quota in capitals ("NDLS", "3A", "XYZQ") is no language's word:
    a message of codes alone says nothing of its writer's language, as one of digits does."""
    code = match.group()
    return " " if sum(ch.isalpha() for ch in code) <= _CODE_LETTERS else code


_CODE_LETTERS: Final = 5  # the most letters of a code ("PNR STATUS" is English words)


def reply_language(
    text: str,
    *,
    chosen: Language | None,
    last: Language | None,
    codes: Collection[str] = (),
) -> Language:
    """The language to answer a message in.

    A stated choice sticks until changed; without one, the message's script decides, and a
    message with no words of its own (a PNR, a train number, a station's code: those in
    `codes`, see `script_language`) is answered in the language the conversation was in.
    """
    if chosen is not None:
        return chosen
    return script_language(text, codes) or last or DEFAULT_LANGUAGE


def tapped_language(title: str, *, chosen: Language | None, last: Language | None) -> Language:
    """The language to answer a tap (a quick reply, a postback) in.

    A tap's title is not the person's own words: a quick reply's or a button's is the bot's, in
    the conversation's language, which goes on. Only a person the bot has not answered yet can
    tap without one: the Get Started button, an ice breaker or the persistent menu, whose titles
    Facebook shows in the person's own locale ("मेरा PNR स्टेटस बताइए" where Facebook is in
    Hindi); such a title in one script says their language, one in both ("हिंदी / English")
    nothing.
    """
    if chosen is not None:
        return chosen
    if last is not None:
        return last
    both = has_devanagari(title) and script_language(_DEVANAGARI_LETTERS.sub(" ", title)) == "en"
    return (None if both else script_language(title)) or DEFAULT_LANGUAGE


_DEVANAGARI_LETTERS: Final = re.compile("[\u0900-\u097f]+")
