"""A window of clock times in a message ("between 6 and 9 pm", "shaam 6 se 9 ke beech",
"18:00 to 21:00", "after 6 pm"), for the trains leaving or arriving in it.

Times are minutes of the day. A time says am or pm itself ("6 am to 2 pm"), or a word for a part
of the day says it for both ("shaam", "evening", "raat"); with neither, "6 to 9" is read as the
evening (trains between 1 and 6 in the morning are rarely what people mean without saying so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from app.bot.understanding.transliteration import romanize
from app.railways.vocabulary import fold_digits

MINUTES_PER_DAY: Final = 24 * 60
# Without an end, a window of this many hours from its start ("after 6 pm").
OPEN_WINDOW_HOURS: Final = 4

_AFTERNOON: Final = frozenset(
    {"pm", "p.m.", "shaam", "sham", "shām", "evening", "raat", "rat", "night", "dopahar",
     "dopehar", "afternoon", "sanjh"}
)  # fmt: skip
_MORNING: Final = frozenset({"am", "a.m.", "subah", "subha", "morning", "savere", "sawere"})
_PART = r"(?:a\.?m\.?|p\.?m\.?)"
_TIME = rf"(?P<{{n}}h>\d{{{{1,2}}}})(?:[:.](?P<{{n}}m>\d{{{{2}}}}))?\s*(?P<{{n}}p>{_PART})?"
_FIRST = _TIME.format(n="a")
_SECOND = _TIME.format(n="b")
_RANGE: Final = re.compile(
    rf"(?<![\d:.])(?:between|from|beech|bich|se)?\s*{_FIRST}\s*(?:baje\s*)?"
    rf"(?:and|to|se|till|until|-|–|tak)\s*{_SECOND}(?![\d:.])(?:\s*baje)?"
)
_AFTER: Final = (
    re.compile(rf"\b(?:after|from)\s+{_FIRST}(?![\d:.])"),
    re.compile(rf"(?<![\d:.]){_FIRST}\s*(?:baje\s*)?(?:ke\s+)?(?:baad|bad)\b"),
)
_WORDS: Final = re.compile(r"[a-z.]+")
# Words that make a bare range of numbers a window of time (not "3 se 5 din").
_TIME_WORDS: Final = frozenset({"between", "beech", "bich", "baje", "after", "baad", "bad"})


@dataclass(frozen=True)
class Window:
    """From `start` to `end`, minutes of the day; `end` before `start` crosses midnight."""

    start: int
    end: int


def find_window(text: str) -> Window | None:
    """The window of clock times `text` asks about, if any."""
    low = fold_digits(romanize(text.lower()).text)
    words = set(_WORDS.findall(low))
    afternoon = bool(words & _AFTERNOON)
    morning = bool(words & _MORNING)
    match = _RANGE.search(low)
    if match is not None:
        marked = match["ap"] or match["bp"] or afternoon or morning
        if not marked and not words & _TIME_WORDS and ":" not in match.group():
            return None
        start = _minutes(match["ah"], match["am"], match["ap"] or match["bp"], afternoon, morning)
        end = _minutes(match["bh"], match["bm"], match["bp"], afternoon, morning)
        if start is None or end is None:
            return None
        if not marked and start < 7 * 60 and end <= 12 * 60:
            start, end = start + 12 * 60, end + 12 * 60  # "between 6 and 9": the evening
        elif end <= start and end < 12 * 60 and not match["bp"] and start >= 12 * 60:
            end += 12 * 60  # "6 pm to 9": both in the evening
        return Window(start, end % MINUTES_PER_DAY)
    match = next((m for pattern in _AFTER if (m := pattern.search(low))), None)
    if match is not None:
        start = _minutes(match["ah"], match["am"], match["ap"], afternoon, morning)
        if start is None:
            return None
        if not (match["ap"] or afternoon or morning) and start < 7 * 60:
            start += 12 * 60
        return Window(start, (start + OPEN_WINDOW_HOURS * 60) % MINUTES_PER_DAY)
    return None


def _minutes(
    hour_text: str | None,
    minute_text: str | None,
    part: str | None,
    afternoon: bool,
    morning: bool,
) -> int | None:
    if hour_text is None:
        return None
    hour, minute = int(hour_text), int(minute_text or 0)
    if hour > 23 or minute > 59:
        return None
    pm = part.replace(".", "").startswith("p") if part else (afternoon and not morning)
    am = part.replace(".", "").startswith("a") if part else (morning and not afternoon)
    if pm and hour < 12:
        hour += 12
    elif am and hour == 12:
        hour = 0
    return hour * 60 + minute
