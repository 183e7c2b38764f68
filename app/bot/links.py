"""What an m.me link's `ref` asks: operators share m.me/<page>?ref=pnr_4512345678, ?ref=live_12627,
?ref=hindi, ?ref=between_NDLS_BCT, and whoever opens one is answered that question instead of
the greeting.

A ref is whatever its link says, written by anyone: it is only ever read as a button's payload
(the same typed unpacking every button goes through, each part checked) or as words a person
could have typed (`_` and `-` read as spaces), never put anywhere as it is. What it may ask is
a railway question, or the language to answer in; a link never changes anything (no alert set
or stopped, nobody forgotten, no question dropped), and small talk, an unknown ref, an empty or
too long one, or characters no m.me ref has, is greeted as before.
"""

from __future__ import annotations

import re
from typing import Final

from app.bot.requests import (
    AlertStop,
    AlertSubscribe,
    CannotDo,
    Explain,
    ForgetMe,
    Greeting,
    Help,
    OutOfScope,
    Request,
    Reset,
    Thanks,
    TrackPnr,
    Unknown,
)

# The characters an m.me ref may hold (letters, digits, `+/=-.:_`), at most this many: the
# longest button payload a link needs is well inside it.
MAX_REF_CHARS: Final = 250
_REF: Final = re.compile(r"[A-Za-z0-9+/=\-.:_]+")
_SPACED: Final = re.compile(r"[_\-]+")

# What a link never asks: something that changes what is kept for the person, or talk that the
# greeting answers better.
_NOT_FROM_A_LINK: Final = (
    AlertStop,
    AlertSubscribe,
    CannotDo,
    Explain,
    ForgetMe,
    Greeting,
    Help,
    OutOfScope,
    Reset,
    Thanks,
    TrackPnr,
    Unknown,
)


def valid_ref(value: object) -> str | None:
    """The ref as a link can give it; None when it is not one (empty, too long, other
    characters, not a string)."""
    if not isinstance(value, str):
        return None
    ref = value.strip()
    if not ref or len(ref) > MAX_REF_CHARS or not _REF.fullmatch(ref):
        return None
    return ref


def ref_words(ref: str) -> str:
    """The ref as words a person could have typed: "between_NDLS_BCT" → "between NDLS BCT"."""
    return _SPACED.sub(" ", ref).strip()


def asked_by_a_link(request: Request | None) -> bool:
    """Whether a link's ref may be answered as `request`."""
    return request is not None and not isinstance(request, _NOT_FROM_A_LINK)
