"""The railway's vocabulary: every value a traveller, a button or an upstream answer can name, its
one canonical spelling, and the lists of codes with the names travellers read.

For each kind of value there are two functions:

- `parse_<kind>(value)` is tolerant of how people write: it folds any Unicode decimal digits
  (Devanagari `४५१२३४५६७८`, fullwidth, Bengali...) to ASCII, drops spaces and dashes inside a PNR,
  upper-cases codes and follows renamed station codes. It returns the canonical value, or None.
- `require_<kind>(value)` is the same, but raises the domain error (`InvalidPnr` for a PNR,
  `InvalidArgument` for the rest) instead of returning None.

A canonical value is always plain ASCII of a fixed shape, so it is safe in a URL; `path_segment`
percent-encodes a value as one path segment all the same, as a second line of defence.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NewType
from urllib.parse import quote

from app.errors import InvalidArgument, MalformedPnr

Pnr = NewType("Pnr", str)  # ten ASCII digits
TrainNumber = NewType("TrainNumber", str)  # five ASCII digits
StationCode = NewType("StationCode", str)  # 1 to 5 ASCII capitals, the current code
JourneyClass = NewType("JourneyClass", str)  # a code of `JOURNEY_CLASSES`
Quota = NewType("Quota", str)  # a code of `QUOTAS`

# --- code sets, each in one ordered mapping with the names travellers read --------------------

# Classes one reserves a berth or seat in, the most booked first (the order choices are offered
# in).
RESERVED_CLASSES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "SL": "Sleeper",
        "3A": "AC 3 Tier",
        "2A": "AC 2 Tier",
        "1A": "AC First Class",
        "3E": "AC 3 Economy",
        "CC": "AC Chair Car",
        "EC": "Exec. Chair Car",
        "2S": "Second Sitting",
        "FC": "First Class",
        "EA": "Anubhuti Class",
        "EV": "Vistadome AC",
    }
)
# The air-conditioned classes ("does it have AC?").
AC_CLASSES: Final[frozenset[str]] = frozenset({"1A", "2A", "3A", "3E", "CC", "EC", "EA", "EV"})
# Every class code the railway uses: the reserved ones, then the unreserved general coaches.
JOURNEY_CLASSES: Final[Mapping[str, str]] = MappingProxyType(
    {
        **RESERVED_CLASSES,
        "GN": "General (unreserved)",
        "UR": "Unreserved",
    }
)
# The classes offered when a train's own are not known.
COMMON_CLASSES: Final[tuple[JourneyClass, ...]] = tuple(
    JourneyClass(code) for code in ("SL", "3A", "2A", "1A", "CC", "2S", "3E", "EC")
)
# Quota codes, the general quota first.
QUOTAS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "GN": "General",
        "TQ": "Tatkal",
        "PT": "Premium Tatkal",
        "LD": "Ladies",
        "SS": "Senior citizen",
        "HP": "Divyangjan",
        "DF": "Defence",
        "FT": "Foreign tourist",
        "YU": "Yuva",
        "PH": "Parliament House",
        "DP": "Duty pass",
        "HO": "Headquarters",
        "RE": "Railway employee",
        "PQ": "Pooled",
        "RS": "Road-side",
        "RL": "Remote location",
        "CK": "Tatkal",
    }
)
GENERAL_QUOTA: Final = Quota("GN")

# Old station code → current code. The railway renamed these stations after the CC0 open data
# (2016) was gathered, and that data still uses the old codes.
RENAMED_STATION_CODES: Final[Mapping[str, StationCode]] = MappingProxyType(
    {
        "CSTM": StationCode("CSMT"),  # Mumbai CST → Chhatrapati Shivaji Maharaj Terminus
        "BCT": StationCode("MMCT"),  # Mumbai Central
        "ALD": StationCode("PRYJ"),  # Allahabad Jn → Prayagraj Jn
        "MGS": StationCode("DDU"),  # Mughal Sarai → Pt. Deen Dayal Upadhyaya Jn
        "JHS": StationCode("VGLJ"),  # Jhansi → Virangana Lakshmibai Jhansi
        "HBJ": StationCode("RKMP"),  # Habibganj → Rani Kamlapati (Bhopal)
    }
)

# Quotas priced by demand: what is quoted for one date says nothing of another (Premium Tatkal).
DYNAMIC_QUOTAS: Final[frozenset[str]] = frozenset({"PT"})
# Kinds of train whose fares move with demand (flexi fare) or with the date: Rajdhani, Shatabdi
# (Jan Shatabdi too, to be safe), Duronto, Humsafar, Suvidha, Vande Bharat and the premium
# trains. Any other kind's fare is the tariff's, the same on every date it runs.
DYNAMIC_FARE_KINDS: Final[tuple[str, ...]] = (
    "rajdhani",
    "shatabdi",
    "duronto",
    "humsafar",
    "suvidha",
    "vande",
    "premium",
    "tejas",
    "gatimaan",
)


def fare_by_date(train_type: str | None, quota: str) -> bool:
    """Whether a fare may differ from one date to another: a demand-priced quota, a train of a
    kind with such fares, or a train whose kind is not known."""
    if quota.strip().upper() in DYNAMIC_QUOTAS or not train_type:
        return True
    kind = train_type.lower()
    return any(word in kind for word in DYNAMIC_FARE_KINDS)


MIN_AGE: Final = 1
MAX_AGE: Final = 125
MAX_HOURS: Final = 24
MAX_PASSENGERS: Final = 6  # passengers on one booking
MAX_PARTY: Final = 99  # travellers of one party asked about ("27 logon ka kiraya"): bookings
MAX_STATION_NAME: Final = 60
# Journey dates outside these years are typing slips or forged values, not journeys.
FIRST_YEAR: Final = 2000
LAST_YEAR: Final = 2100

_ANY_DIGIT = re.compile(r"\d")  # any Unicode decimal digit
_PNR = re.compile(r"[0-9]{10}")
_PNR_SEPARATORS = re.compile(r"[ \-]")
_TRAIN = re.compile(r"[0-9]{5}")
_CODE = re.compile(r"[A-Z]{1,5}")
_COUNT = re.compile(r"[0-9]{1,6}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Letters, spaces, dots, hyphens and brackets: how station names are written ("Delhi Sarai
# Rohilla", "Mumbai C.S.M.T.", "Bhavnagar Terminus (Bhavnagar Para)").
_STATION_NAME = re.compile(r"[A-Za-z][A-Za-z .\-()\[\]]*")
# A train's number (or its start), or words of its name: "1267", "mumbai rajdhani", "Tejas-Raj".
_TRAIN_QUERY = re.compile(r"[0-9A-Za-z][0-9A-Za-z .\-]*")
MAX_TRAIN_QUERY: Final = 60


def fold_digits(text: str) -> str:
    """`text` with every Unicode decimal digit (Devanagari, Bengali, fullwidth...) as 0-9."""
    if text.isascii():
        return text
    return _ANY_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)


def _text(value: object) -> str:
    return fold_digits(value).strip() if isinstance(value, str) else ""


# --- PNR -------------------------------------------------------------------------------------


def parse_pnr(value: object) -> Pnr | None:
    """A PNR: ten digits; spaces and dashes between groups are dropped (`451-234-5678`)."""
    candidate = _PNR_SEPARATORS.sub("", _text(value))
    return Pnr(candidate) if _PNR.fullmatch(candidate) else None


def require_pnr(value: object) -> Pnr:
    if (number := parse_pnr(value)) is None:
        raise MalformedPnr("a PNR is exactly 10 digits")
    return number


# --- train number ----------------------------------------------------------------------------


def parse_train_number(value: object) -> TrainNumber | None:
    """A train number: exactly five digits.

    Four-digit numbers are refused rather than guessed: since 2010 every train has five digits,
    and an old four-digit number gained a leading `1` for some trains and `0` for others, so
    no single mapping is right.
    """
    candidate = _text(value)
    return TrainNumber(candidate) if _TRAIN.fullmatch(candidate) else None


def require_train_number(value: object) -> TrainNumber:
    if (number := parse_train_number(value)) is None:
        raise InvalidArgument("a train number is exactly 5 digits", problem="train")
    return number


# --- station code ----------------------------------------------------------------------------


def current_station_code(code: str) -> str:
    """`code` stripped and upper-cased, with a renamed station's old code replaced by its current
    one. No check of its shape: for codes as the open data spells them."""
    upper = code.strip().upper()
    return RENAMED_STATION_CODES.get(upper, upper)


def parse_station_code(value: object) -> StationCode | None:
    """A station code: 1 to 5 ASCII letters, upper-cased, an old code replaced by the current."""
    if not isinstance(value, str):
        return None
    stripped = value.strip()
    candidate = stripped.upper()
    if not stripped.isascii() or not _CODE.fullmatch(candidate):
        return None
    return RENAMED_STATION_CODES.get(candidate, StationCode(candidate))


def require_station_code(value: object) -> StationCode:
    if (code := parse_station_code(value)) is None:
        raise InvalidArgument("a station code is 1 to 5 letters", problem="station")
    return code


def is_renamed_station_code(value: str) -> bool:
    """Whether `value` is a station's old code (`CSTM`, now `CSMT`)."""
    return value.strip().upper() in RENAMED_STATION_CODES


# --- class and quota -------------------------------------------------------------------------


def _code_of(value: object, known: Mapping[str, str]) -> str | None:
    candidate = _text(value)
    return candidate.upper() if candidate.isascii() and candidate.upper() in known else None


def parse_journey_class(value: object) -> JourneyClass | None:
    """A class code of `JOURNEY_CLASSES` (`3a` → `3A`), reserved or not."""
    code = _code_of(value, JOURNEY_CLASSES)
    return JourneyClass(code) if code is not None else None


def require_journey_class(value: object) -> JourneyClass:
    if (code := parse_journey_class(value)) is None:
        raise InvalidArgument("unknown class code", problem="class")
    return code


def parse_reserved_class(value: object) -> JourneyClass | None:
    """A class code of `RESERVED_CLASSES`: one that has fares by class and seats to ask about."""
    code = _code_of(value, RESERVED_CLASSES)
    return JourneyClass(code) if code is not None else None


def parse_quota(value: object) -> Quota | None:
    """A quota code of `QUOTAS` (`tq` → `TQ`)."""
    code = _code_of(value, QUOTAS)
    return Quota(code) if code is not None else None


def require_quota(value: object) -> Quota:
    if (code := parse_quota(value)) is None:
        raise InvalidArgument("unknown quota code", problem="quota")
    return code


def class_name(code: str) -> str | None:
    """`AC 3 Tier` for `3A`; None for a code we do not know."""
    return JOURNEY_CLASSES.get(code)


def quota_name(code: str) -> str | None:
    """`Tatkal` for `TQ`; None for a code we do not know."""
    return QUOTAS.get(code)


# --- journey date ----------------------------------------------------------------------------


def parse_journey_date(value: object) -> dt.date | None:
    """A date of travel: a date (a datetime reduced to its date) or ISO `YYYY-MM-DD` text, in the
    years 2000 to 2100."""
    if isinstance(value, dt.datetime):
        day: dt.date = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        text = _text(value)
        if not _ISO_DATE.fullmatch(text):
            return None
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            return None
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


def require_journey_date(value: object) -> dt.date:
    if (day := parse_journey_date(value)) is None:
        raise InvalidArgument("a date is a calendar date written YYYY-MM-DD", problem="date")
    return day


def ddmmyyyy(value: dt.date) -> str:
    """The `dd-mm-yyyy` spelling railwayapi.com paths use."""
    return require_journey_date(value).strftime("%d-%m-%Y")


# --- counts ----------------------------------------------------------------------------------


def _count(value: object, low: int, high: int) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = _text(value)
        value = int(text) if _COUNT.fullmatch(text) else None
    return value if isinstance(value, int) and low <= value <= high else None


def parse_age(value: object) -> int | None:
    """A passenger's age in whole years, 1 to 125 (an int, or its digits)."""
    return _count(value, MIN_AGE, MAX_AGE)


def require_age(value: object) -> int:
    if (age := parse_age(value)) is None:
        raise InvalidArgument(
            f"an age is a whole number from {MIN_AGE} to {MAX_AGE}", problem="age"
        )
    return age


def parse_passengers(value: object) -> int | None:
    """How many travel together, 1 to 99 (an int, or its digits): more than one booking holds
    (6) is a group on several bookings, priced all the same."""
    return _count(value, 1, MAX_PARTY)


def parse_hours(value: object) -> int | None:
    """A look-ahead window in whole hours, 1 to 24 (an int, or its digits)."""
    return _count(value, 1, MAX_HOURS)


def require_hours(value: object) -> int:
    if (hours := parse_hours(value)) is None:
        raise InvalidArgument(f"hours is a whole number from 1 to {MAX_HOURS}", problem="hours")
    return hours


# --- station name search text and URL segments ----------------------------------------------


def parse_station_name(value: object) -> str | None:
    """Station-name search text: letters, spaces, dots, hyphens and brackets, 60 at most, with
    runs of whitespace collapsed to one space."""
    candidate = " ".join(value.split()) if isinstance(value, str) else ""
    if len(candidate) > MAX_STATION_NAME or not _STATION_NAME.fullmatch(candidate):
        return None
    return candidate


def require_station_name(value: object) -> str:
    if (name := parse_station_name(value)) is None:
        raise InvalidArgument(
            "a station name is letters, spaces, dots, hyphens and brackets", problem="name"
        )
    return name


def parse_train_query(value: object) -> str | None:
    """What to search trains by: ASCII letters, digits (any script's, folded), spaces, dots and
    hyphens, 60 at most, with runs of whitespace collapsed to one space."""
    candidate = " ".join(fold_digits(value).split()) if isinstance(value, str) else ""
    if len(candidate) > MAX_TRAIN_QUERY or not _TRAIN_QUERY.fullmatch(candidate):
        return None
    return candidate


def require_train_query(value: object) -> str:
    if (query := parse_train_query(value)) is None:
        raise InvalidArgument(
            "a train search is letters, digits, spaces, dots and hyphens", problem="name"
        )
    return query


def path_segment(value: str) -> str:
    """`value` percent-encoded as exactly one URL path segment (`/` and `%` included)."""
    return quote(value, safe="")
