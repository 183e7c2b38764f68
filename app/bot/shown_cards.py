"""A card just shown is not shown again under a follow-up's answer.

"platform?", "kab pahuchegi?", "kitna late?" after a PNR's or a train's card is answered in its
first line; the card the answer comes with (the booking, the run) is the one still on screen when
the turn before showed it unchanged, so only the answer goes out then (with its quick replies).
A card that changed, or that was not shown in the turn just before, is shown with the answer;
so is each card of an answer for each of several (two bookings: which is which).

A reply shows a card when the handler that built it says so (`Reply.shows_card`); the card is
its lines from its heading, the first that starts with a sign ("🎫 PNR …", "🚆 12627 …",
"🚉 New Delhi …"), when it has more than one line: what comes before is the answer said first.
Cards are remembered by a short digest, the conversation keeps those of the turn just answered.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from typing import Final

from app.bot.replies import Reply

# A card has its heading line and at least one more.
_MIN_CARD_LINES: Final = 2


def _starts_with_sign(line: str) -> bool:
    return bool(line) and unicodedata.category(line[0]) == "So"


def _card_from(reply: Reply, lines: Sequence[str]) -> int | None:
    """Where a reply's card starts among its lines; None when it shows none."""
    if not reply.shows_card:
        return None
    for index, line in enumerate(lines):
        if _starts_with_sign(line):
            return index if len(lines) - index >= _MIN_CARD_LINES else None
    return None


def _digest(lines: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def card_of(reply: Reply) -> str | None:
    """The digest of the card `reply` shows, answer or not before it; None when it shows none."""
    lines = reply.text.split("\n")
    start = _card_from(reply, lines)
    return None if start is None else _digest(lines[start:])


def cards_shown(replies: Sequence[Reply]) -> tuple[str, ...]:
    """The digests of the cards a turn's replies show (those left out as just shown included:
    they are still the last ones on screen)."""
    return tuple(dict.fromkeys(card for card in map(card_of, replies) if card is not None))


def without_cards_shown(replies: Sequence[Reply], shown: Sequence[str]) -> tuple[Reply, ...]:
    """`replies` with a card that follows an answer left out when it is one of `shown` (the
    cards of the turn before, unchanged): the answer alone then."""
    carded = [reply for reply in replies if card_of(reply) is not None]
    if len(shown) != 1 or len(carded) != 1:
        # an answer for each of several, or one of several just shown ("the first one"): each
        # card says whose it is
        return tuple(replies)
    return tuple(_answer_alone(reply, shown) for reply in replies)


def _answer_alone(reply: Reply, shown: Sequence[str]) -> Reply:
    lines = reply.text.split("\n")
    start = _card_from(reply, lines)
    if not start or _digest(lines[start:]) not in shown or lines[start - 1].endswith(":"):
        return reply  # no answer before it (or only what the card is: "12628 …, the one …:")
    return reply.model_copy(update={"text": "\n".join(lines[:start]), "shows_card": False})
