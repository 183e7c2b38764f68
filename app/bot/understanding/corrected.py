"""A value corrected inside one message: "trains from agra to jaipur on 12th, sorry i mean 13th",
"fare for 12951 in 2ac no wait 3ac", "pnr 4512398760 oops wrong one, 4512398761", "12627 झाँसी पे,
मतलब ग्वालियर पे रुकती है क्या", "दिल्ली से लखनऊ, नहीं उल्टा, लखनऊ से दिल्ली".

A word of correction ("sorry i mean", "no wait", "oops", "nahi nahi", "अरे नहीं", "मतलब", "गलत")
with a value of one kind before it and one of the same kind after it: the one after is meant, the
one before is taken back. Values of a kind said only once, on either side, stand ("seats in 12302
for 10 dec, actually make it 11 dec": the train stays, the date is the 11th). Devanagari is read
romanised, so one list of words serves both scripts.
"""

from __future__ import annotations

import re
from typing import Final, Protocol, TypeVar

# Words that take back what was just said. "no no" and "nahi nahi" doubled: a single "no" is a
# number's shorthand ("berth no 23") and a single "nahi" denies ("3ac nahi sleeper").
# "matlab" corrects ("jhansi pe, matlab gwalior pe"), but not when it asks what something means
# ("SDAH matlab kaunsa station", "iska matlab kya hai", "CNB ka matlab").
_MATLAB: Final = (
    r"(?<!\bka\s)(?<!\bki\s)(?<!\bke\s)matlab"
    r"(?!\s+(?:kya|kaun|kaunsa|kaunse|kaunsi|konsa|konsi|kis|kiska|kahan|kya\s+hai|hota|what))"
)
_CORRECTION: Final = re.compile(
    r"\b(?:sorry|sori|sry|maaf|maf|oops|galat|galti|(?:i|me)\s+mean[t]?|no\s*,?\s*wait"
    r"|no\s*,?\s*no|nahi\s*,?\s*nahi|nahin\s*,?\s*nahin|nai\s*,?\s*nai|ulta|are\s+nahi[n]?"
    rf"|arre\s+nahi[n]?|{_MATLAB}|actually\s+make\s+it|sahi\s+(?:wala|vala))\b"

)


# The words a correction starts with: the search for one runs only when one is there.
CORRECTING: Final = frozenset(
    {"sorry", "sori", "sry", "maaf", "maf", "oops", "galat", "galti", "mean", "meant", "wait",
     "no", "nahi", "nahin", "nai", "ulta", "are", "arre", "matlab", "actually", "sahi"}
)  # fmt: skip


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


Spanned = TypeVar("Spanned", bound=_Spanned)


def correction_at(text: str) -> int | None:
    """Where the first word of correction in `text` (as the understanding reads it) starts."""
    found = _CORRECTION.search(text)
    return found.start() if found is not None else None


def corrected(found: list[Spanned], at: int | None) -> list[Spanned]:
    """The values of one kind that stand when a correction starts at `at`: those after it take
    back as many said last before it ("delhi se agra, matlab mathura tak": Delhi to Mathura),
    when there are values of the kind on both sides; else all of them."""
    if at is None or not found:
        return found
    after = [value for value in found if value.start >= at]
    if not after or len(after) == len(found):
        return found
    before = [value for value in found if value.start < at]
    return [*before[: max(0, len(before) - len(after))], *after]
