"""Booking and current status strings (`CNF/B2/34/LB`, `RLWL/-/16/GN`, `W/L 54,RLGN`...) parsed
into `BerthStatus`, and worded back in the short form travellers know (`CNF B2/34`, `RLWL 16`).

Parsing never raises: a string it cannot read becomes `UNKNOWN` with the raw text kept, so the
bot can still show what the railway said.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from app.railways.models import BerthStatus, SeatDay, StatusKind
from app.railways.vocabulary import QUOTAS

K = StatusKind

_KIND_WORDS: Final[dict[str, StatusKind]] = {
    "CNF": K.CNF,
    "CONFIRMED": K.CNF,
    "CONFIRM": K.CNF,
    "RAC": K.RAC,
    "WL": K.WL,
    "WAITLIST": K.WL,
    "WAITING": K.WL,
    "GNWL": K.GNWL,
    "RLWL": K.RLWL,
    "PQWL": K.PQWL,
    "TQWL": K.TQWL,
    "RSWL": K.RSWL,
    "RQWL": K.RQWL,
    "CKWL": K.CKWL,
    "NOSB": K.NOSB,
    "CAN": K.CAN,
    "CNL": K.CAN,
    "CANCELLED": K.CAN,
    "CANCELED": K.CAN,
    "MOD": K.MOD,
    "MODIFIED": K.MOD,
    "REGRET": K.REGRET,
    "NOTAVAILABLE": K.NOT_AVAILABLE,
    "AVAILABLE": K.AVAILABLE,
    "AVBL": K.AVAILABLE,
    "AVL": K.AVAILABLE,
}
# The old `W/L 54,RLGN` format names the waiting list after the number.
_OLD_LIST_NAMES: Final[dict[str, StatusKind]] = {
    "RLGN": K.RLWL,
    "GNWL": K.GNWL,
    "RLWL": K.RLWL,
    "PQWL": K.PQWL,
    "TQWL": K.TQWL,
    "RSWL": K.RSWL,
    "RQWL": K.RQWL,
    "CKWL": K.CKWL,
}
_BERTH_TYPES: Final = frozenset({"LB", "MB", "UB", "SL", "SU", "SM", "WS", "AS", "MS", "CB", "CP"})
# Words some sources spell out, replaced before tokenising (longest first).
_PHRASES: Final = (
    (re.compile(r"\bNOT[\s_]*(?:AVAILABLE|AVBL|AVL)\b"), " NOTAVAILABLE "),
    (re.compile(r"\bCURR[\s_]*(?:AVBL|AVL|AVAILABLE)\b"), " AVAILABLE "),
    (re.compile(r"\bW\s*/\s*L\b"), " WL "),
    (re.compile(r"\bSIDE\s+LOWER\b"), " SL "),
    (re.compile(r"\bSIDE\s+UPPER\b"), " SU "),
    (re.compile(r"\bSIDE\s+MIDDLE\b"), " SM "),
    (re.compile(r"\bLOWER\b"), " LB "),
    (re.compile(r"\bMIDDLE\b"), " MB "),
    (re.compile(r"\bUPPER\b"), " UB "),
    (re.compile(r"\bWINDOW(?:\s+SIDE)?\b"), " WS "),
)
_SEPARATORS = re.compile(r"[\s/,;:.\-_()\[\]#*]+")
_GLUED = re.compile(r"(GNWL|RLWL|PQWL|TQWL|RSWL|RQWL|CKWL|WL|RAC|AVAILABLE|AVBL|AVL|CNF)([0-9]+)")
_NUMBER = re.compile(r"[0-9]{1,4}")
_COACH = re.compile(r"[A-Z]{1,3}[0-9]{1,3}")
_MAX_INPUT = 200
# A seat day's words naming the run cancelled, whatever else they say.
_CANCELLED_RUN = re.compile(r"\bTRAIN\s+CANCELL?ED\b", re.IGNORECASE)


def parse_status(raw: str) -> BerthStatus:
    """Read a booking or current status string of any shape the railway's sources use."""
    text = raw.strip()[:_MAX_INPUT] if isinstance(raw, str) else ""
    tokens = _tokens(text)
    kind: StatusKind | None = None
    coach: str | None = None
    berth_type: str | None = None
    quota: str | None = None
    numbers: list[int] = []
    saw_available = False
    for token in tokens:
        word_kind = _KIND_WORDS.get(token)
        if word_kind is not None:
            saw_available = saw_available or word_kind is K.AVAILABLE
            if kind is None:
                kind = word_kind
            elif kind is K.WL and token in _OLD_LIST_NAMES:
                kind = _OLD_LIST_NAMES[token]
            continue
        if token in _OLD_LIST_NAMES:
            if kind is K.WL:
                kind = _OLD_LIST_NAMES[token]
            continue
        if _NUMBER.fullmatch(token):
            numbers.append(int(token))
        elif coach is None and not numbers and _COACH.fullmatch(token):
            coach = token
        elif berth_type is None and token in _BERTH_TYPES and (coach or numbers):
            berth_type = token
        elif quota is None and token in QUOTAS:
            quota = token
    if kind is None:
        if coach is None or not numbers:
            return BerthStatus(raw=text, kind=K.UNKNOWN)
        kind = K.CNF
    if kind.is_waitlist and not numbers and saw_available:
        kind = K.AVAILABLE
    first = numbers[0] if numbers else None
    if kind in (K.CNF, K.RAC) and (coach is not None or kind is K.CNF):
        return BerthStatus(
            raw=text, kind=kind, coach=coach, berth=first, berth_type=berth_type, quota=quota
        )
    if kind in (K.CAN, K.MOD, K.NOSB, K.REGRET, K.NOT_AVAILABLE):
        return BerthStatus(raw=text, kind=kind, quota=quota)
    return BerthStatus(raw=text, kind=kind, position=first, quota=quota)


def describe_status(status: BerthStatus) -> str:
    """The short form travellers read: `CNF B2/34 LB`, `RAC S4/33`, `RLWL 16`, `CAN`."""
    kind = status.kind
    if kind is K.UNKNOWN:
        words = " ".join(status.raw.split())
        return words[:40] if words else "unknown"
    if kind in (K.CNF, K.RAC) and status.coach and status.berth is not None:
        text = f"{kind.value} {status.coach}/{status.berth}"
        return f"{text} {status.berth_type}" if status.berth_type else text
    if kind is K.CNF:
        if status.berth is None:
            return "CNF"
        text = f"CNF {status.coach}/{status.berth}" if status.coach else f"CNF {status.berth}"
        return f"{text} {status.berth_type}" if status.berth_type else text
    if status.position is not None:
        return f"{kind.value} {status.position}"
    return kind.value


def seat_day(on: dt.date, raw: str) -> SeatDay:
    """One day of a seat-availability answer: the railway's words, their kind and number."""
    words = " ".join(raw.split()).rstrip(".") if isinstance(raw, str) else ""
    parsed = parse_status(words)
    kind = parsed.kind
    if _CANCELLED_RUN.search(words):
        kind = K.CAN  # "NOT AVAILABLE / TRAIN CANCELLED": the run is cancelled, said as such
    count = parsed.position if parsed.position is not None else None
    return SeatDay(date=on, status=words[:_MAX_INPUT], kind=kind, count=count)


def _tokens(text: str) -> list[str]:
    upper = f" {text.upper()} "
    for pattern, replacement in _PHRASES:
        upper = pattern.sub(replacement, upper)
    tokens: list[str] = []
    for token in _SEPARATORS.split(upper):
        if not token:
            continue
        glued = _GLUED.fullmatch(token)
        tokens.extend(glued.groups() if glued else (token,))
    return tokens


def inherit_berth(booking: BerthStatus, current: BerthStatus) -> BerthStatus:
    """A bare current `CNF` keeps the coach and berth it was booked with: sources write only
    `CNF` when nothing moved since booking."""
    if (
        current.kind is K.CNF
        and current.coach is None
        and booking.kind is K.CNF
        and booking.coach is not None
    ):
        return current.model_copy(
            update={
                "coach": booking.coach,
                "berth": booking.berth,
                "berth_type": current.berth_type or booking.berth_type,
            }
        )
    return current
