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

from app.bot.understanding.transliteration import romanized_text
from app.railways.vocabulary import fold_digits

MINUTES_PER_DAY: Final = 24 * 60
# Without an end, a window of this many hours from its start ("after 6 pm").
OPEN_WINDOW_HOURS: Final = 4

_AFTERNOON: Final = frozenset(
    {"pm", "p.m.", "shaam", "sham", "shām", "evening", "raat", "rat", "night", "tonight",
     "tonite", "dopahar", "dopehar", "dophar", "dopahr", "afternoon", "sanjh"}
)  # fmt: skip
_MORNING: Final = frozenset({"am", "a.m.", "subah", "subha", "morning", "savere", "sawere"})
# The night: its 12 is midnight and its small hours are the morning's ("raat 12 se subah 4").
_NIGHT: Final = frozenset({"raat", "rat", "night", "tonight", "tonite"})
# A part of the day said before one time of a range ("dopahar 2 se shaam 6"): that time's.
_DAY_PART = "|".join(
    sorted((_AFTERNOON | _MORNING) - {"am", "a.m.", "pm", "p.m."}, key=len, reverse=True)
)
_PART = r"(?:a\.?m\.?|p\.?m\.?)"
_TIME = rf"(?P<{{n}}h>\d{{{{1,2}}}})(?:[:.](?P<{{n}}m>\d{{{{2}}}}))?\s*(?P<{{n}}p>{_PART})?"
_FIRST = _TIME.format(n="a")
_SECOND = _TIME.format(n="b")
_OWN_PART = r"(?:(?P<{n}w>" + _DAY_PART + r")\s+(?:ko\s+|me\s+|mein\s+)?)?"
_RANGE: Final = re.compile(
    rf"(?<![\d:.])(?:between|from|beech|bich|se)?\s*{_OWN_PART.format(n='a')}{_FIRST}"
    rf"\s*(?:baje\s*)?(?:and|to|se|till|until|-|–|tak)\s*{_OWN_PART.format(n='b')}{_SECOND}"
    rf"(?![\d:.])(?:\s*baje)?"
)
# Each search with the pieces of text one of its matches must hold (a search only runs when the
# message has one: most messages with a digit have none).
_AFTER: Final = (
    (("after", "from"), re.compile(rf"\b(?:after|from)\s+{_FIRST}(?![\d:.])")),
    (
        ("bad", "baad"),
        re.compile(rf"(?<![\d:.]){_FIRST}\s*(?:baje\s*)?(?:ke\s+)?(?:baad|bad)\b"),
    ),
)
# Only an end: "till 5 am", "until 23:00", "subah 5 baje tak" (from now until then).
_UNTIL: Final = (
    (
        ("til", "up"),  # till, until, untill, upto, up to
        re.compile(
            rf"\b(?:till|until|untill|upto|up\s+to)\s+{_OWN_PART.format(n='a')}{_FIRST}(?![\d:.])"
        ),
    ),
    (
        ("tak", "talak"),
        re.compile(rf"(?<![\d:.]){_OWN_PART.format(n='a')}{_FIRST}\s*(?:baje\s*)?(?:tak|talak)\b"),
    ),
)
_WORDS: Final = re.compile(r"[a-z.]+")
# Any decimal digit of any script (each is folded to 0-9 before the times are read).
_ANY_DIGIT: Final = re.compile(r"\d")
# Words that make a bare range of numbers a window of time (not "3 se 5 din").
_TIME_WORDS: Final = frozenset({"between", "beech", "bich", "baje", "after", "baad", "bad"})


@dataclass(frozen=True)
class Window:
    """From `start` to `end`, minutes of the day; `end` before `start` crosses midnight; no
    `start` is from now ("till 5 am")."""

    start: int | None
    end: int
    # Said with a start only ("after 6 pm"): the end is the board's hours after it.
    open: bool = False


def find_window(text: str) -> Window | None:
    """The window of clock times `text` asks about, if any."""
    if _ANY_DIGIT.search(text) is None:
        return None  # every window has a time in digits, and romanising writes none
    low = fold_digits(romanized_text(text.lower()))
    words = set(_WORDS.findall(low))
    afternoon = not words.isdisjoint(_AFTERNOON)
    morning = not words.isdisjoint(_MORNING)
    match = _RANGE.search(low)
    if match is not None:
        marked = match["ap"] or match["bp"] or afternoon or morning
        if not marked and words.isdisjoint(_TIME_WORDS) and ":" not in match.group():
            return None
        said = match["aw"], match["bw"]
        start = _minutes(
            match["ah"], match["am"], match["ap"] or match["bp"], *_part(said[0], words)
        )
        end = _minutes(match["bh"], match["bm"], match["bp"], *_part(said[1], words))
        night = [own in _NIGHT or (own is None and not words.isdisjoint(_NIGHT)) for own in said]
        start = _at_night(start) if start is not None and night[0] else start
        end = _at_night(end) if end is not None and night[1] else end
        if start is None or end is None:
            return None
        if not marked and start < 7 * 60 and end <= 12 * 60:
            start, end = start + 12 * 60, end + 12 * 60  # "between 6 and 9": the evening
        elif end <= start and end < 12 * 60 and not match["bp"] and start >= 12 * 60:
            # "6 pm to 9": both in the evening; "raat 11 se 2", "raat 11 se subah 5": past
            # midnight (the end said of the night or the morning is the small hours')
            end += 0 if night[1] or said[1] in _MORNING else 12 * 60
        return Window(start, end % MINUTES_PER_DAY)
    match = _first_match(_AFTER, low)
    if match is not None:
        start = _minutes(match["ah"], match["am"], match["ap"], afternoon, morning)
        if start is None:
            return None
        if not match["ap"] and not words.isdisjoint(_NIGHT):
            start = _at_night(start)  # "after 12 tonight": midnight; "after 7 tonight": 19:00
        if not (match["ap"] or afternoon or morning) and start < 7 * 60:
            start += 12 * 60
        end = (start + OPEN_WINDOW_HOURS * 60) % MINUTES_PER_DAY
        return Window(start, end, open=True)
    return _until(low, words)


def _until(low: str, words: set[str]) -> Window | None:
    """A window from now until a time said alone ("till 5 am", "subah 5 baje tak"); a time
    without a part of the day, baje or minutes ("5 tak") is no time."""
    match = _first_match(_UNTIL, low)
    if match is None:
        return None
    said = match["aw"]
    marked = bool(match["ap"]) or said is not None or not words.isdisjoint(_AFTERNOON | _MORNING)
    if not marked and "baje" not in match.group() and match["am"] is None:
        return None
    end = _minutes(match["ah"], match["am"], match["ap"], *_part(said, words))
    if end is None:
        return None
    if said in _NIGHT or (said is None and not match["ap"] and not words.isdisjoint(_NIGHT)):
        end = _at_night(end)
    if not marked and end < 7 * 60:
        end += 12 * 60  # "5 baje tak": the evening's, as a range without a part is
    return Window(None, end % MINUTES_PER_DAY)


def _first_match(
    searches: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...], low: str
) -> re.Match[str] | None:
    """The first match of the searches, in order, each run only when `low` holds a piece it
    needs."""
    for needs, pattern in searches:
        if any(piece in low for piece in needs) and (match := pattern.search(low)) is not None:
            return match
    return None


def _part(said: str | None, words: set[str]) -> tuple[bool, bool]:
    """Whether a time is in the afternoon (or evening, or night) and whether in the morning: by
    the part of the day said before it ("shaam 6"), else by those the message says."""
    if said is not None:
        return said in _AFTERNOON, said in _MORNING
    return not words.isdisjoint(_AFTERNOON), not words.isdisjoint(_MORNING)


def _at_night(minutes: int) -> int:
    """A time said of the night: "raat 12" is midnight, "raat 2" two in the morning (read as
    the afternoon's 12:00 to 16:59 at first, as a part of the day after noon)."""
    if _NOON <= minutes < _NIGHT_ENDS:
        return minutes - _NOON
    return minutes


_NOON: Final = 12 * 60
_NIGHT_ENDS: Final = 17 * 60


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
