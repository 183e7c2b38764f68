"""Per-user conversation state: the question the bot asked last, kept for 15 minutes.

It lives in the `Store` (Redis, or the in-memory twin), so that any worker can take the next
message of the conversation. A follow-up later than `STATE_TTL_S` starts afresh.
"""

from __future__ import annotations

import logging

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.bot.replies import Reply
from app.bot.understanding import SlotValue
from app.constants import STATE_PREFIX, STATE_TTL_S
from app.store import Store

log = logging.getLogger(__name__)


class Pending(BaseModel):
    """A question waiting for its answer: which intent, the slots known so far, what was asked."""

    model_config = ConfigDict(frozen=True)

    intent: str
    slots: dict[str, SlotValue] = Field(default_factory=dict)
    asking: str
    options: tuple[str, ...] = ()  # the values offered (station codes, classes, dates)
    prompt: Reply  # the question as asked, to ask again when the answer does not fit
    said: str = ""  # what the user wrote that led to the question ("delhi se mumbai kal")

    def filled(self, value: SlotValue) -> dict[str, SlotValue]:
        """The slots with the asked one filled in."""
        return {**self.slots, self.asking: value}


class ConversationState:
    """Load, save and clear one user's pending question."""

    def __init__(self, store: Store, ttl_s: int = STATE_TTL_S) -> None:
        self._store = store
        self._ttl_s = ttl_s

    @staticmethod
    def key(user_id: str) -> str:
        return STATE_PREFIX + user_id

    async def load(self, user_id: str) -> Pending | None:
        raw = await self._store.get(self.key(user_id))
        if raw is None:
            return None
        try:
            return Pending.model_validate_json(raw)
        except ValidationError:
            # Written by an older version, or damaged: forget it rather than fail the user.
            log.warning("dropping unreadable conversation state", extra={"user": user_id})
            await self._store.delete(self.key(user_id))
            return None

    async def save(self, user_id: str, pending: Pending) -> None:
        await self._store.set(self.key(user_id), pending.model_dump_json(), ttl_s=self._ttl_s)

    async def clear(self, user_id: str) -> None:
        await self._store.delete(self.key(user_id))
