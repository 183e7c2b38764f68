"""What the bot says, free of any channel: Messenger, the shell and the chat page render it."""

from __future__ import annotations

from typing import Final

from pydantic import BaseModel, ConfigDict, Field

from app.i18n import t
from app.i18n.language import DEFAULT_LANGUAGE, Language


class QuickReply(BaseModel):
    """A chip under a message; tapping it sends `payload` back (and `title` as the text)."""

    model_config = ConfigDict(frozen=True)

    title: str
    payload: str


class Button(BaseModel):
    """A template button: a postback (`payload`) or a link (`url`)."""

    model_config = ConfigDict(frozen=True)

    title: str
    payload: str | None = None
    url: str | None = None


class Card(BaseModel):
    """One element of a carousel."""

    model_config = ConfigDict(frozen=True)

    title: str
    subtitle: str | None = None
    buttons: tuple[Button, ...] = ()


class Reply(BaseModel):
    """One message: text, optionally with quick replies, buttons or cards."""

    model_config = ConfigDict(frozen=True)

    text: str = ""
    quick_replies: tuple[QuickReply, ...] = Field(default=())
    buttons: tuple[Button, ...] = Field(default=())
    cards: tuple[Card, ...] = Field(default=())
    # Whether the text shows a card (a booking, a run, a board, a list of trains...): its lines
    # from its heading, the first that starts with a sign ("🎫 PNR …"), set where the card is
    # built. A card just shown is not shown again under a follow-up's answer (`shown_cards`).
    # Not part of any message sent.
    shows_card: bool = Field(default=False, exclude=True)


def apology(language: Language) -> Reply:
    """The one apology, when something inside RailBot broke: never silent, never a trace. The bot
    says it when answering failed; the worker, for an event it had to give up on."""
    return Reply(text=t(language, "talk.apology"))


APOLOGY: Final = apology(DEFAULT_LANGUAGE)
