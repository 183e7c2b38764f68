"""A value corrected inside one message: "trains from agra to jaipur on 12th, sorry i mean 13th",
"fare for 12951 in 2ac no wait 3ac", "pnr 4512398760 oops wrong one, 4512398761", "12627 झाँसी पे,
मतलब ग्वालियर पे रुकती है क्या", "दिल्ली से लखनऊ, नहीं उल्टा, लखनऊ से दिल्ली".

A word of correction ("sorry i mean", "no wait", "oops", "nahi nahi", "अरे नहीं", "मतलब", "गलत")
with a value of one kind before it and one of the same kind after it: the one after is meant, the
one before is taken back. Values of a kind said only once, on either side, stand ("seats in 12302
for 10 dec, actually make it 11 dec": the train stays, the date is the 11th). Devanagari is read
romanised, so one list of words serves both scripts.

A single "nahi", "no" or "not" corrects when a pause sets it apart from what follows: "kal nahi,
parson", "12419... नहीं, 12420", "sleeper — nahi, third AC", "friday, no saturday", "not
tomorrow, day after" (the pause after what "not" denies). Without a pause it only denies ("3ac
nahi sleeper", `negated`), and "ya nahi", "or not" ask whether.

A value said after the correction with its end of the journey ("sorry i mean from mumbai", "no
wait, to mathura", "मथुरा तक") takes back the one said before with that end; a value taken back
is taken back wherever it was said ("hyderabad to chennai, wait not chennai, bangalore").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
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
    r"|(?:oh+|uh+|ah+|hmm+)\s*,?\s*wait"
    r"|no\s*,?\s*no|nahi\s*,?\s*nahi|nahin\s*,?\s*nahin|nai\s*,?\s*nai|ulta|are\s+nahi[n]?"
    rf"|arre\s+nahi[n]?|{_MATLAB}|actually\s+make\s+it|sahi\s+(?:wala|vala))\b"
    # "4512345678 wrong, correct pnr is 4512345679", "12627 galat hai, sahi number 12628"
    r"|\bwrong\b|\b(?:correct|sahi|right)(?=\s+(?:pnr|number|no|num|train|gadi|gaadi|date|one|is)\b)"
)
# A pause in writing: a comma, a dash, dots, a question or exclamation mark, a danda.
_PAUSE: Final = r"(?:[,;!?\u2014\u2013\u2026\u0964]|\.{2,}|\s-+\s)"
# A single word of denial ("nahi", "नहीं", "no"); never "na", which Hinglish ends asks with.
_NO: Final = r"(?:nahi|nahin|nai|nhi|no)"
# ... asking whether, not correcting: "chalegi ya nahi", "cross hua ki nahi", "or not".
_WHETHER: Final = r"(?<!\bya\s)(?<!\bki\s)(?<!\bor\s)(?<!\bke\s)"
# A single denial set apart by a pause after it ("kal nahi, parson") or before it ("friday, no
# saturday", "3ac — nahi sleeper"): what follows is meant.
_PAUSED_NO: Final = re.compile(
    rf"{_WHETHER}\b{_NO}(?=\s*{_PAUSE})|(?<=[,;!?\u2014\u2013\u2026\u0964.])\s*\b{_NO}\s+(?=\w)"
)
# "not X," / "not X but": the value denied, then a pause; the correction follows the pause. Not
# a verb denied ("does not stop at itarsi, ...").
_NOT_THIS: Final = re.compile(
    r"(?<!\bdoes\s)(?<!\bdo\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bdid\s)(?<!\bwill\s)"
    rf"(?<!\bcan\s)\bnot\s+[^,;!?\u2014\u2013\u2026\u0964]{{1,40}}?(?={_PAUSE}|\s+but\b)"
)

# The words a correction starts with: the search for one runs only when one is there.
CORRECTING: Final = frozenset(
    {"sorry", "sori", "sry", "maaf", "maf", "oops", "galat", "galti", "mean", "meant", "wait",
     "no", "nahi", "nahin", "nai", "nhi", "not", "ulta", "are", "arre", "matlab",
     "actually", "sahi", "wrong", "correct", "right"}
)  # fmt: skip


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


Spanned = TypeVar("Spanned", bound=_Spanned)


# A place denied with its end of the journey, another said after it: "jaipur se nahi ajmer se",
# "सॉरी, जयपुर से नहीं अजमेर से" (the correction starts at the denial). Never a verb denied
# ("bhopal mein nahi rukti" holds no second value to take the first back).
_END_DENIED: Final = re.compile(
    r"(?:(?<=\bse\s)|(?<=\btak\s)|(?<=\bko\s)|(?<=\bfrom\s)|(?<=\bto\s))"
    r"(?:nahi|nahin|nhi)\b(?=\s+\w)"
)
# Where a message opens, with the words of correction it opens with ("sorry, ...", "अरे नहीं,
# ..."): they take back nothing said before them in the message, so the search goes on after.
_OPENING: Final = re.compile(
    r"^[\W_]*(?:(?:sorry|sori|sry|maaf|maf|oops|are|arre|no|nahi|nahin|nhi|galti\s+se|ji)"
    r"\b[\W_]*)*"
)


def correction_at(text: str) -> int | None:
    """Where the first correction in `text` (as the understanding reads it) starts: its word of
    correction, a paused denial, a place denied with its end, or the pause after a value "not"
    denies; one that opens the message is passed over."""
    opening = _OPENING.match(text)
    first = opening.end() if opening is not None else 0
    starts = [
        found.start()
        for pattern in (_CORRECTION, _PAUSED_NO, _END_DENIED)
        for found in pattern.finditer(text)
        if found.start() >= first
    ]
    if (denied := _NOT_THIS.search(text)) is not None:
        starts.append(denied.end())
    return min(starts, default=None)


def corrected(
    found: list[Spanned],
    at: int | None,
    *,
    role: Callable[[Spanned], str] | None = None,
    same: Callable[[Spanned], Hashable] | None = None,
    denied: Callable[[Spanned], bool] | None = None,
) -> list[Spanned]:
    """The values of one kind that stand when a correction starts at `at`: those after it take
    back as many said last before it ("delhi se agra, matlab mathura tak": Delhi to Mathura),
    when there are values of the kind on both sides; else all of them. A value after it whose
    `role` is said takes back the last before it with that role ("from pune to nagpur, sorry i
    mean from mumbai": Pune), and a value taken back goes wherever else it was said (`same`).
    A value after it that is `denied` there ("jaipur se delhi, sorry, jaipur se nahi ajmer se":
    Jaipur) is taken back too, not a value meant."""
    if at is None or not found:
        return found
    after = [value for value in found if value.start >= at]
    if not after or len(after) == len(found):
        return found
    before = [value for value in found if value.start < at]
    refused = [value for value in after if denied is not None and denied(value)]
    withdrawn = 0  # values before taken back by their denial, whose place the next ones take
    if refused:
        after = [value for value in after if value not in refused]
        if same is not None:
            gone = {same(value) for value in refused}
            kept = [value for value in before if same(value) not in gone]
            withdrawn, before = len(before) - len(kept), kept
        if not after:
            return before  # "patna se ranchi, sorry, ranchi nahi": only taken back
    taken = _taken_back(before, after, role or _no_role, withdrawn)
    if same is not None:
        gone = {same(value) for value in taken}
        taken += [value for value in before if same(value) in gone]
    return [*(value for value in before if value not in taken), *after]


def _no_role(_: _Spanned) -> str:
    return ""


def _taken_back(
    before: list[Spanned], after: list[Spanned], role: Callable[[Spanned], str], withdrawn: int = 0
) -> list[Spanned]:
    """The values before a correction that those after it take back: of the same role where a
    role is said, else the last ones left (but as many as were `withdrawn` already, whose place
    the first of them take)."""
    taken: list[Spanned] = []
    unsaid = -withdrawn
    for value in after:
        said = role(value)
        same_role = [old for old in before if said and role(old) == said and old not in taken]
        if same_role:
            taken.append(same_role[-1])
        else:
            unsaid += 1
    left = [old for old in before if old not in taken]
    return [*taken, *left[max(0, len(left) - unsaid) :]]


# A correction that ends by denying what it replaces ("sorry, from pune not mumbai", "no, 12627
# not 12628", "I meant yesterday's, not today's", "sorry pune se, mumbai se nahi", "नहीं, पुणे
# से, मुंबई से नहीं"): the denied words, up to three, at the message's end.
_DENIED_TAIL: Final = (
    re.compile(
        r"(?<!\bis)(?<!\bit's)(?<!\bdoes)(?<!\bdo)(?<!\bwas)(?<!\bare)(?<!\bdid)(?<!\bwill)"
        r"(?<!\bcan)(?<!\bhas)(?<!\bhave)\s*,?\s+not\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,2}"
        r"\s*[.!?]*\s*$"
    ),
    re.compile(r"\s*,\s*[\w'’\u0900-\u097f]+(?:\s+[\w'’\u0900-\u097f]+)?\s+(?:nahi|nahin|nhi|नहीं|नही)"
               r"\s*[.!?\u0964]*\s*$"),
)  # fmt: skip
# A message that opens by correcting what was asked ("sorry", "no", "nahi", "I meant", "नहीं").
_CORRECTING_OPENING: Final = re.compile(
    r"^[\W_]*(?:sorry|sori|sry|oops|no|nahi|nahin|nhi|नहीं|नही|सॉरी|(?:i\s+)?meant|i\s+mean"
    r"|actually|arre|are)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)


def without_denied_tail(text: str) -> str:
    """`text` without the words a correction ends by denying ("sorry, from pune not mumbai":
    "sorry, from pune"), when it opens as a correction and says something besides; else
    `text` as it is. What is denied is the value taken back, never one asked for."""
    opening = _CORRECTING_OPENING.match(text)
    if opening is None:
        return text
    for pattern in _DENIED_TAIL:
        found = pattern.search(text, opening.end())
        if found is not None and re.search(r"\w", text[opening.end() : found.start()]):
            return text[: found.start()]
    return text
