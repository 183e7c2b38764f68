"""Whether a message asks how many days are left until the journey in hand ("how many days until
my journey", "how many days left for my trip", "yatra me kitne din baki hai", "कितने दिन बचे हैं"):
a count of days to its date, never how long the journey takes or which days the train runs."""

from __future__ import annotations

import re
from typing import Final

from app.bot.understanding.text import normal

_W: Final = r"(?<![\w\u0900-\u097f])"  # a word starts (Devanagari letters count as letters)
_E: Final = r"(?![\w\u0900-\u097f])"  # a word ends
# "How many days" ("kitne din", "कितने दिन") then, within a few words, a word of what is left
# ("until", "left", "to go", "baki", "bache", "बाकी"); or "days left/to go" with a word of the
# journey ("days left for my trip", "days to go for the journey").
# Read on the message as `normal` has it: Devanagari romanised ("कितने दिन बचे": "kitne din bache").
_HOW_MANY: Final = r"(?:how\s+many\s+(?:more\s+)?days|kitne\s+din|kitna\s+din)"
# Not "before" ("how many days before can I book") nor "baad" ("kitne din baad chalegi": when it
# runs again): those ask other things.
_LEFT: Final = (
    r"(?:until|till|untill|til|left|remaining|remain|to\s+go|away|baki|baaki|bache|bachey|bacha"
    r"|reh\s+gaye|rah\s+gaye|rah\s+gae|reh\s+gae)"
)
_JOURNEY: Final = r"(?:journey|trip|travel|train|departure|yatra|safar)"
_ASKS: Final = re.compile(
    rf"{_W}(?:{_HOW_MANY}(?:\s+\S+){{0,4}}?\s+{_LEFT}"
    rf"|days?\s+(?:left|to\s+go|remaining)\s+(?:\S+\s+){{0,2}}?{_JOURNEY}){_E}"
)
_OF_THE_JOURNEY: Final = re.compile(rf"{_W}{_JOURNEY}{_E}")
# The words "how many days are left" is said with, and nothing else ("kitne din bache hain ab?"):
# of the journey in hand, when one is.
_ALONE: Final = frozenset(
    {"how", "many", "more", "days", "day", "left", "until", "till", "to", "go", "are", "is",
     "there", "still", "remaining", "now", "kitne", "kitna", "din", "baki", "baaki", "bache",
     "bacha", "bachey", "reh", "rah", "gaye", "gae", "hai", "hain", "he", "h", "ab", "abhi",
     "aur", "and", "so", "toh", "mere", "meri", "mera", "my"}
)  # fmt: skip
# How long the journey takes ("how many days does the journey take"): not days left.
_TAKES: Final = re.compile(rf"{_W}(?:take|takes|lagte|lagenge|lagega|lagta){_E}")


def asks_days_left(text: str, *, dated: bool) -> bool:
    """Whether `text` asks how many days are left until the journey: naming it ("until my
    journey", "yatra me"), or, with a journey's date in hand (`dated`), said with no other word
    ("kitne din bache hain?"); "diwali me kitne din baki hai" is of another day."""
    said = normal(text)
    if _ASKS.search(said) is None or _TAKES.search(said) is not None:
        return False
    return _OF_THE_JOURNEY.search(said) is not None or (dated and set(said.split()) <= _ALONE)
