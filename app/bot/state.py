"""Per-user conversation state: what the bot remembers of a conversation, 15 minutes at most.

Today that is the question the bot asked last (`Pending`: the request it belongs to, with the
fields known so far, and which field it asks for). It lives in the `Store` (Redis, or the
in-memory twin), so that any worker can take the next message of the conversation, and a worker
that restarts in between loses nothing. A follow-up later than `STATE_TTL_S` starts afresh.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    PlainSerializer,
    PlainValidator,
    ValidationError,
    model_validator,
)

from app.bot.replies import Reply
from app.bot.requests import REQUESTS, Request, SlotValue
from app.constants import STATE_PREFIX, STATE_TTL_S
from app.store import Store

log = logging.getLogger(__name__)


def _load_request(value: object) -> Request:
    """A request as stored: `{"intent": ..., <its fields>}`."""
    if isinstance(value, Request):
        return value
    if isinstance(value, dict):
        kind = REQUESTS.get(str(value.get("intent")))
        if kind is not None:
            return kind.model_validate(value)
    raise ValueError("not a stored request")


def _dump_request(request: Request) -> dict[str, Any]:
    return {"intent": str(request.intent), **request.model_dump(mode="json")}


# A request of any type, stored with its intent as the discriminator.
StoredRequest = Annotated[Request, PlainValidator(_load_request), PlainSerializer(_dump_request)]


class Pending(BaseModel):
    """A question waiting for its answer: its request (the fields known so far), the slot it
    asks for, the values offered and the question as asked."""

    model_config = ConfigDict(frozen=True)

    request: StoredRequest
    asking: str
    options: tuple[str, ...] = ()  # the values offered (station codes, classes, dates)
    prompt: Reply  # the question as asked, to ask again when the answer does not fit
    said: str = ""  # what the user wrote that led to the question ("delhi se mumbai kal")

    @model_validator(mode="before")
    @classmethod
    def _read_older_versions(cls, data: Any) -> Any:
        """A question stored before requests were typed: `{"intent", "slots", ...}`."""
        if isinstance(data, dict) and "request" not in data and "intent" in data:
            request = {"intent": data["intent"], **(data.get("slots") or {})}
            return {key: value for key, value in data.items() if key not in ("intent", "slots")} | {
                "request": request
            }
        return data

    def filled(self, value: SlotValue) -> Request:
        """The request with the asked slot filled in."""
        return self.request.with_slots({self.asking: value})


class Conversation(BaseModel):
    """What the bot remembers of one user's conversation: the question it asked last, if any.
    (The subject of the conversation, what was just shown, is the next thing to keep here.)"""

    model_config = ConfigDict(frozen=True)

    pending: Pending | None = None

    @model_validator(mode="before")
    @classmethod
    def _read_older_versions(cls, data: Any) -> Any:
        """State stored as a bare pending question, before the conversation had a model."""
        if isinstance(data, dict) and "asking" in data:
            return {"pending": data}
        return data

    @property
    def empty(self) -> bool:
        return self.pending is None


class ConversationState:
    """Load, save and clear one user's conversation."""

    def __init__(self, store: Store, ttl_s: int = STATE_TTL_S) -> None:
        self._store = store
        self._ttl_s = ttl_s

    @staticmethod
    def key(user_id: str) -> str:
        return STATE_PREFIX + user_id

    async def load(self, user_id: str) -> Conversation:
        raw = await self._store.get(self.key(user_id))
        if raw is None:
            return Conversation()
        try:
            return Conversation.model_validate_json(raw)
        except ValidationError:
            # Damaged, or written by a version that knew other requests: forget it rather than
            # fail the user.
            log.warning("dropping unreadable conversation state", extra={"user": user_id})
            await self._store.delete(self.key(user_id))
            return Conversation()

    async def save(self, user_id: str, conversation: Conversation) -> None:
        if conversation.empty:
            await self.clear(user_id)
            return
        await self._store.set(self.key(user_id), conversation.model_dump_json(), ttl_s=self._ttl_s)

    async def clear(self, user_id: str) -> None:
        await self._store.delete(self.key(user_id))
