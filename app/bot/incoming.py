"""What a user sent, free of any channel."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict

from app.bot.replies import Reply


class Location(BaseModel):
    model_config = ConfigDict(frozen=True)

    lat: float
    lng: float
    title: str | None = None


class Incoming(BaseModel):
    """A message, quick-reply tap or postback from one user.

    `payload` is set for quick-reply taps and postbacks (short structured strings such as
    `PNR:4512345678`), and is routed without language understanding.
    """

    model_config = ConfigDict(frozen=True)

    user_id: str
    text: str | None = None
    payload: str | None = None
    location: Location | None = None
    attachment_types: tuple[str, ...] = ()
    timestamp_ms: int | None = None
    # The message's id in its channel, and the id of the earlier message it replies to (a
    # swipe-reply in Messenger: the bot's or the person's own), when it quotes one.
    mid: str | None = None
    reply_to: str | None = None
    # The `ref` of the m.me link (or ad) the person came by, with the Get Started tap, the
    # thread reopened, or the first message it brought (`app.bot.links`).
    ref: str | None = None
    # Whether the channel can message the person later, outside this conversation (PNR alerts):
    # not a website chat's guest, whose chat ends with their visit.
    reachable_later: bool = True


class Responder(Protocol):
    """Anything that answers an incoming message with replies (the bot, or a test double)."""

    async def respond(self, incoming: Incoming) -> list[Reply]: ...
