"""Checks every user-derived value before it becomes part of an upstream URL.

Each function takes what a traveller (or the NLU) produced, returns the one canonical spelling
the railway uses, and raises `InvalidArgument` (or `InvalidPnr`) for anything else. Only ASCII is
accepted where the railway only knows ASCII, so look-alike digits and letters never reach a URL.
`segment` percent-encodes a validated value as one path segment, as a second line of defence.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final
from urllib.parse import quote

from app.errors import InvalidArgument, InvalidPnr

# Class codes the railway sells (RAILWAY_API.md §4), plus the unreserved ones.
JOURNEY_CLASSES: Final = frozenset(
    {"1A", "2A", "3A", "3E", "SL", "CC", "EC", "EA", "EV", "2S", "FC", "GN", "UR"}
)
# Quota codes (RAILWAY_API.md §4).
QUOTAS: Final = frozenset(
    {
        "GN", "TQ", "PT", "LD", "SS", "HP", "DF", "FT", "YU", "PH", "DP", "HO", "RE", "PQ", "RS",
        "RL", "CK",
    }
)  # fmt: skip
MIN_AGE: Final = 1
MAX_AGE: Final = 125
MAX_HOURS: Final = 24
MAX_STATION_NAME: Final = 60

_PNR = re.compile(r"[0-9]{10}")
_TRAIN = re.compile(r"[0-9]{5}")
_CODE = re.compile(r"[A-Za-z]{1,5}")
_CLASS_OR_QUOTA = re.compile(r"[0-9A-Za-z]{2}")
# Letters, spaces, dots, hyphens and brackets: how station names are written ("Delhi Sarai
# Rohilla", "Mumbai C.S.M.T.", "Bhavnagar Terminus (Bhavnagar Para)").
_STATION_NAME = re.compile(r"[A-Za-z][A-Za-z .\-()\[\]]*")
# A train's number (or its start), or words of its name: "1267", "mumbai rajdhani", "Tejas-Raj".
_TRAIN_QUERY = re.compile(r"[0-9A-Za-z][0-9A-Za-z .\-]*")
MAX_TRAIN_QUERY: Final = 60
_PNR_SEPARATORS = re.compile(r"[ \-]")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def pnr(value: str) -> str:
    """A PNR as exactly ten ASCII digits (spaces and dashes between groups are dropped)."""
    candidate = _PNR_SEPARATORS.sub("", value.strip()) if isinstance(value, str) else ""
    if not _PNR.fullmatch(candidate):
        raise InvalidPnr("a PNR is exactly 10 digits")
    return candidate


def train_number(value: str) -> str:
    """A train number as exactly five ASCII digits.

    Four-digit numbers are refused rather than guessed: since 2010 every train has five digits,
    and an old four-digit number gained a leading `1` for some trains and `0` for others, so
    no single mapping is right.
    """
    candidate = value.strip() if isinstance(value, str) else ""
    if not _TRAIN.fullmatch(candidate):
        raise InvalidArgument("a train number is exactly 5 digits")
    return candidate


def train_query(value: str) -> str:
    """What to search trains by: ASCII letters, digits, spaces, dots and hyphens, 1 to 60
    characters (runs of whitespace collapsed)."""
    candidate = " ".join(value.split()) if isinstance(value, str) else ""
    if len(candidate) > MAX_TRAIN_QUERY or not _TRAIN_QUERY.fullmatch(candidate):
        raise InvalidArgument("a train search is letters, digits, spaces, dots and hyphens")
    return candidate


def station_code(value: str) -> str:
    """A station code: 1 to 5 ASCII letters, returned in upper case."""
    candidate = value.strip() if isinstance(value, str) else ""
    if not _CODE.fullmatch(candidate):
        raise InvalidArgument("a station code is 1 to 5 letters")
    return candidate.upper()


def journey_class(value: str) -> str:
    """A class code such as `3A` or `SL`, upper case."""
    candidate = value.strip() if isinstance(value, str) else ""
    if not _CLASS_OR_QUOTA.fullmatch(candidate) or candidate.upper() not in JOURNEY_CLASSES:
        raise InvalidArgument("unknown class code")
    return candidate.upper()


def quota(value: str) -> str:
    """A quota code such as `GN` or `TQ`, upper case."""
    candidate = value.strip() if isinstance(value, str) else ""
    if not _CLASS_OR_QUOTA.fullmatch(candidate) or candidate.upper() not in QUOTAS:
        raise InvalidArgument("unknown quota code")
    return candidate.upper()


def age(value: int) -> int:
    """A passenger age in whole years, 1 to 125."""
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_AGE <= value <= MAX_AGE:
        raise InvalidArgument(f"an age is a whole number from {MIN_AGE} to {MAX_AGE}")
    return value


def hours(value: int) -> int:
    """A look-ahead window in whole hours, 1 to 24."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_HOURS:
        raise InvalidArgument(f"hours is a whole number from 1 to {MAX_HOURS}")
    return value


def date(value: dt.date) -> dt.date:
    """A calendar date (a datetime is reduced to its date)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, dt.date):
        raise InvalidArgument("not a date")
    return value


def parse_date(value: str) -> dt.date:
    """An ISO `YYYY-MM-DD` date, as the NLU writes it in slots."""
    text = value.strip() if isinstance(value, str) else ""
    if not _ISO_DATE.fullmatch(text):
        raise InvalidArgument("a date is written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidArgument("no such date") from None


def ddmmyyyy(value: dt.date) -> str:
    """The `dd-mm-yyyy` spelling railwayapi.com paths use."""
    return date(value).strftime("%d-%m-%Y")


def station_name(value: str) -> str:
    """A station name to search for: letters, spaces, dots, hyphens and brackets, 60 at most.

    Runs of whitespace are collapsed to one space.
    """
    candidate = " ".join(value.split()) if isinstance(value, str) else ""
    if len(candidate) > MAX_STATION_NAME or not _STATION_NAME.fullmatch(candidate):
        raise InvalidArgument("a station name is letters, spaces, dots, hyphens and brackets")
    return candidate


def segment(value: str) -> str:
    """`value` percent-encoded as exactly one URL path segment (`/` and `%` included)."""
    return quote(value, safe="")
