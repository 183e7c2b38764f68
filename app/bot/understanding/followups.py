"""A message read in the light of the bot's last question: starting over, an answer that fills
the question's request, the same question asked again with more said, or a new question.

A typed answer may be a bare value ("12627", "3rd AC", "kal"), a number picking one of the
options offered, or a station's name; a whole new question replaces the pending one.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from app.bot.requests import STATION_SLOTS, Intent, Request, SlotValue
from app.bot.state import Pending
from app.bot.understanding.dates import find_dates
from app.bot.understanding.lexicon import ANSWER_FILLERS, CLASS_BY_ANSWER, RESET_PHRASES
from app.bot.understanding.text import normal, squash
from app.railways.stations import StationIndex
from app.railways.vocabulary import fold_digits

# A typed station answer must match this well to be taken without the understanding's word for it.
MIN_STATION_SCORE: Final = 85.0
# Besides the asked station, a station answer may name these (a name, a window of hours).
_STATION_ANSWER_KEYS: Final = frozenset({*STATION_SLOTS, "name", "hours"})


def is_reset(text: str) -> bool:
    """Whether the message says to start over ("cancel", "band karo", "never mind")."""
    return normal(text) in RESET_PHRASES


def follow_up(
    pending: Pending, understood: Request, text: str, *, today: dt.date, index: StationIndex
) -> Request | None:
    """The request a message makes while the bot waits for `pending.asking`.

    Fills the pending question when the message answers it (a bare answer, or the same kind of
    question); a different whole question replaces it; None when the message does neither.
    """
    value = answer_value(pending, understood, text, today=today, index=index)
    slots = understood.slots
    if understood.intent == pending.request.intent:
        merged = pending.request.with_slots(slots)
        if value is not None and pending.asking not in slots:
            merged = merged.with_slots({pending.asking: value})
        return merged
    if value is not None and _only_answers(pending.asking, slots):
        answering = understood.intent in (
            Intent.UNKNOWN,
            Intent.STATION_BY_NAME,
            Intent.STATION_BY_CODE,
        )
        if answering or pending.asking in STATION_SLOTS or _bare(text):
            return pending.filled(value)
    if understood.intent == Intent.UNKNOWN:
        return None
    return understood


def answer_value(
    pending: Pending, understood: Request, text: str, *, today: dt.date, index: StationIndex
) -> SlotValue | None:
    """What the message says for the slot the bot asked for, if anything."""
    asking, slots = pending.asking, understood.slots
    words = text.strip()
    if pending.options and words.isdigit() and len(words) <= 2:
        choice = int(words)
        return pending.options[choice - 1] if 1 <= choice <= len(pending.options) else None
    if asking in STATION_SLOTS:
        return _station_answer(asking, slots, words, index)
    if asking == "class":
        found = slots.get("class")
        return found if isinstance(found, str) else CLASS_BY_ANSWER.get(squash(words))
    if asking == "date":
        found = slots.get("date")
        if isinstance(found, str):
            return found
        days = [f.value for f in find_dates(words.lower(), today) if isinstance(f.value, dt.date)]
        return days[0].isoformat() if days else None
    if asking == "pnr":
        found = slots.get("pnr")
        return found if isinstance(found, str) else _digits(words, 10)
    if asking == "train":
        found = slots.get("train")
        return found if isinstance(found, str) else _digits(words, 5)
    return slots.get(asking)


def _station_answer(
    asking: str, slots: dict[str, SlotValue], words: str, index: StationIndex
) -> SlotValue | None:
    for key in (asking, "station", "code"):
        if found := slots.get(key):
            return found
    if len(words.split()) > 4:
        return None
    matches = [m for m in index.search(words, limit=5) if m.score >= MIN_STATION_SCORE]
    codes = [m.station.code for m in matches]
    if not codes:
        return None
    return codes[0] if len(codes) == 1 or matches[0].reason == "code" else codes


def _digits(text: str, length: int) -> str | None:
    digits = fold_digits(re.sub(r"[\s-]", "", text))
    return digits if digits.isascii() and digits.isdigit() and len(digits) == length else None


def _only_answers(asking: str, slots: dict[str, SlotValue]) -> bool:
    """Does the message carry nothing but an answer to `asking` (no train, PNR... of its own)?"""
    allowed = _STATION_ANSWER_KEYS if asking in STATION_SLOTS else {asking, "quota"}
    return set(slots) <= allowed


def _bare(text: str) -> bool:
    """Is the message little more than a value (`12627`, `12627 please`, `3rd AC`)?"""
    words = [w for w in re.findall(r"[^\W_]+", text.lower()) if not w.isdigit()]
    rest = [w for w in words if w not in ANSWER_FILLERS and w.upper() not in CLASS_BY_ANSWER]
    return not rest or squash(" ".join(rest)) in CLASS_BY_ANSWER
