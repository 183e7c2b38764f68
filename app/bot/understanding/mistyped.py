"""A number typed where a PNR was wanted that is not 10 digits long ("451234567"), kept on the
request that may say so ("that number has 9 digits"), so that no handler reads the message's
text."""

from __future__ import annotations

import re
from typing import Final, TypeVar

from app.bot.requests import AlertSubscribe, PnrStatus, Request, Unknown

R = TypeVar("R", bound=Request)

_DIGIT_RUN: Final = re.compile(r"\d(?:[\d -]*\d)?")
# The requests whose answer says a number typed was no PNR: a PNR's status and alerts asked
# without one, and a message not understood.
_SAYS_IT: Final = (PnrStatus, AlertSubscribe, Unknown)


def wrong_length_number(text: str) -> str | None:
    """The longest number in `text` when it is not 10 digits long (a mistyped PNR)."""
    runs = ["".join(ch for ch in run if ch.isdigit()) for run in _DIGIT_RUN.findall(text)]
    if not runs:
        return None
    longest = max(runs, key=len)
    return longest if len(longest) != 10 and len(longest) >= 3 else None


def with_mistyped(request: R, text: str) -> R:
    """`request` with the mistyped number `text` holds, where its answer may say so."""
    if type(request) not in _SAYS_IT:
        return request
    number = wrong_length_number(text)
    if number == request.mistyped:
        return request
    return request.model_copy(update={"mistyped": number})
