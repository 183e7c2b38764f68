"""What Messenger does for a local user (the terminal shell, the dev chat page): the webhook
events that typing, tapping and sharing a location make, the choices an answer offers, and the
Send API request bodies the answer becomes. Both local channels use these, so that they behave
alike and exactly as a Facebook user's client would.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from app.bot.incoming import Incoming
from app.bot.replies import Reply
from app.messenger.events import incoming_from, normalise_event
from app.messenger.render import render

# The page the local users talk to; any opaque id that no user has.
PAGE_ID = "devchat-page"

ChoiceKind = Literal["quick_reply", "postback"]
JsonObject = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Choice:
    """A quick reply or postback button of an answer, as the user can tap it."""

    title: str
    payload: str
    kind: ChoiceKind


def now_ms() -> int:
    return int(time.time() * 1000)


def new_mid() -> str:
    return f"m_local_{uuid.uuid4().hex}"


def text_event(user: str, text: str, *, timestamp: int | None = None) -> JsonObject:
    """A typed message, as `messaging[]` carries it."""
    return _message(user, {"text": text}, timestamp)


def tap_event(user: str, choice: Choice, *, timestamp: int | None = None) -> JsonObject:
    """A quick-reply tap (a message with the chip's title and payload) or a postback."""
    if choice.kind == "quick_reply":
        return _message(
            user, {"text": choice.title, "quick_reply": {"payload": choice.payload}}, timestamp
        )
    return {
        **_envelope(user, timestamp),
        "postback": {"mid": new_mid(), "title": choice.title, "payload": choice.payload},
    }


def location_event(
    user: str, lat: float, lng: float, title: str | None = None, *, timestamp: int | None = None
) -> JsonObject:
    """A shared location: a message with a location attachment."""
    attachment: JsonObject = {
        "type": "location",
        "payload": {"coordinates": {"lat": lat, "long": lng}},
    }
    if title:
        attachment["title"] = title
    return _message(user, {"attachments": [attachment]}, timestamp)


def webhook_body(*events: JsonObject, page_id: str = PAGE_ID) -> JsonObject:
    """The body Facebook posts to the webhook for these `messaging[]` events."""
    stamp = now_ms()
    return {
        "object": "page",
        "entry": [{"id": page_id, "time": stamp, "messaging": list(events)}],
    }


def incoming_of(event: JsonObject, *, page_id: str = PAGE_ID) -> Incoming:
    """What the bot receives for one `messaging[]` event, parsed as the webhook parses it."""
    queued, reason = normalise_event(event, page_id)
    if queued is None:
        raise ValueError(f"the webhook would ignore this event ({reason})")
    parsed: JsonObject = json.loads(queued.data)
    return incoming_from(parsed)


def send_bodies(user: str, replies: list[Reply]) -> list[JsonObject]:
    """The Send API request bodies that answer `user` with `replies`, in sending order."""
    return [
        {"recipient": {"id": user}, "messaging_type": "RESPONSE", "message": message}
        for reply in replies
        for message in render(reply)
    ]


def choices(messages: list[JsonObject]) -> list[Choice]:
    """What the user can tap after these Send API `message` objects, in the order shown: the
    postback buttons of templates, then the quick replies (only the last message's stay)."""
    found: list[Choice] = []
    for message in messages:
        for button in template_buttons(message):
            if button.get("type") == "postback" and isinstance(button.get("payload"), str):
                found.append(Choice(str(button.get("title", "")), button["payload"], "postback"))
    if messages:
        for chip in messages[-1].get("quick_replies") or ():
            if isinstance(chip, dict) and isinstance(chip.get("payload"), str):
                found.append(Choice(str(chip.get("title", "")), chip["payload"], "quick_reply"))
    return found


def template_buttons(message: JsonObject) -> list[JsonObject]:
    """Every button of a message's template (button template or carousel), in order."""
    payload = template(message)
    if payload is None:
        return []
    if payload.get("template_type") == "button":
        return [b for b in payload.get("buttons") or () if isinstance(b, dict)]
    buttons: list[JsonObject] = []
    for element in payload.get("elements") or ():
        if isinstance(element, dict):
            buttons += [b for b in element.get("buttons") or () if isinstance(b, dict)]
    return buttons


def template(message: JsonObject) -> JsonObject | None:
    """A message's template payload, or None for a plain text message."""
    attachment = message.get("attachment")
    if not isinstance(attachment, dict) or attachment.get("type") != "template":
        return None
    payload = attachment.get("payload")
    return payload if isinstance(payload, dict) else None


def _envelope(user: str, timestamp: int | None) -> JsonObject:
    return {
        "sender": {"id": user},
        "recipient": {"id": PAGE_ID},
        "timestamp": timestamp if timestamp is not None else now_ms(),
    }


def _message(user: str, fields: JsonObject, timestamp: int | None) -> JsonObject:
    return {**_envelope(user, timestamp), "message": {"mid": new_mid(), **fields}}
