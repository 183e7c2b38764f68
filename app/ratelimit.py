"""The per-user message rate limit: past N messages in a minute, one polite reply, then quiet.

Windows are fixed minutes of the time the user wrote (Facebook's timestamp, or when the webhook
received the event), so that a backlog answered in a burst after an outage is not mistaken for
a user typing fast. A message's place in its window comes from its user sequence number (given
once, at enqueue): the window remembers the sequence number of its first message, and the
message numbered `first + N` is the one that gets the slow-down reply. The verdict for an event
is therefore the same however often it is retried or reclaimed, on Redis and the in-memory twin
alike, and exactly one message per window gets the notice.
"""

from __future__ import annotations

import enum
import math

from app.bot.replies import Reply
from app.constants import RATE_PREFIX, RATE_WINDOW_S
from app.i18n import t
from app.i18n.language import DEFAULT_LANGUAGE, Language
from app.store import Store


def slow_down(language: Language) -> Reply:
    """The notice for the first message over the limit, in the person's language."""
    return Reply(text=t(language, "talk.slow_down"))


SLOW_DOWN = slow_down(DEFAULT_LANGUAGE)
# A message's own timestamp is trusted for its window unless it claims to come from later than
# it arrived (a clock running fast): then the arrival time is used.
_FUTURE_SLACK_S = 60.0


class Verdict(enum.Enum):
    ANSWER = "answer"  # within the limit: the bot answers
    SLOW_DOWN = "slow_down"  # the first message over the limit: the slow-down notice alone
    DROP = "drop"  # later messages in the same window: nothing at all


class RateLimit:
    """Decides, per user and window, which messages the bot answers."""

    def __init__(self, store: Store, per_window: int, *, window_s: int = RATE_WINDOW_S) -> None:
        if per_window < 1:
            raise ValueError("the rate limit must allow at least one message")
        self._store = store
        self.per_window = per_window
        self.window_s = window_s

    def key(self, user: str, written_at: float) -> str:
        """The key of the user's window holding `written_at` (epoch s)."""
        return f"{RATE_PREFIX}{user}:{math.floor(written_at / self.window_s)}"

    async def check(self, user: str, seq: int, written_at: float) -> Verdict:
        """The verdict for the user's message number `seq`, written at `written_at` (epoch s)."""
        key = self.key(user, written_at)
        # The first message of a window marks it; kept long enough for the window's messages to
        # be handled even when they queue for a while.
        if await self._store.set(key, str(seq), ttl_s=2 * self.window_s, nx=True):
            first = seq
        else:
            marked = await self._store.get(key)
            first = int(marked) if marked is not None and marked.isdigit() else seq
        position = seq - first + 1
        if position <= self.per_window:
            return Verdict.ANSWER
        if position == self.per_window + 1:
            return Verdict.SLOW_DOWN
        return Verdict.DROP


def written_at(timestamp_ms: object, received_at: float) -> float:
    """When the user wrote: the event's timestamp when it is usable, else its arrival time."""
    if isinstance(timestamp_ms, bool) or not isinstance(timestamp_ms, int | float):
        return received_at
    try:
        seconds = float(timestamp_ms) / 1000
    except OverflowError:
        return received_at
    if not math.isfinite(seconds) or seconds <= 0 or seconds > received_at + _FUTURE_SLACK_S:
        return received_at
    return seconds
