"""A channel-free `Reply` as the Send API `message` objects that carry it, within every limit.

Text is split into chunks under 2,000 characters; buttons become a button template (text at
most 640, three buttons each); cards become generic templates (ten elements each); quick replies
(at most 13) ride on the last message. Pure: the same reply always renders the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from app.bot.replies import Button, Card, QuickReply, Reply
from app.messenger.text import split_text, truncate, units

TEXT_MAX = 1999  # "text must be UTF-8 and less than 2000 characters"
QUICK_REPLIES_MAX = 13
QUICK_REPLY_TITLE_MAX = 20
PAYLOAD_MAX = 1000
BUTTON_TEXT_MAX = 640
BUTTONS_MAX = 3
BUTTON_TITLE_MAX = 20
ELEMENTS_MAX = 10
ELEMENT_TITLE_MAX = 80
ELEMENT_SUBTITLE_MAX = 80

# Messenger needs some text under buttons or quick replies; used only when the reply has none,
# and read the same in every language (a render does not know the person's).
PROMPT = "👇"
MORE_OPTIONS = "👇"

T = TypeVar("T")


def render(reply: Reply) -> list[dict[str, Any]]:
    """The Send API `message` objects for one reply, in sending order."""
    text = reply.text.strip()
    messages: list[dict[str, Any]] = []
    buttons = [_button(b) for b in reply.buttons]
    if buttons:
        chunks = split_text(text, TEXT_MAX) if text else []
        last = chunks.pop() if chunks else PROMPT
        if units(last) > BUTTON_TEXT_MAX:
            *earlier, last = split_text(last, BUTTON_TEXT_MAX)
            chunks += earlier
        messages += ({"text": chunk} for chunk in chunks)
        for number, group in enumerate(_groups(buttons, BUTTONS_MAX)):
            caption = last if number == 0 else MORE_OPTIONS
            messages.append(
                _template({"template_type": "button", "text": caption, "buttons": group})
            )
    elif text:
        messages += ({"text": chunk} for chunk in split_text(text, TEXT_MAX))
    for group in _groups([_element(card) for card in reply.cards], ELEMENTS_MAX):
        messages.append(_template({"template_type": "generic", "elements": group}))
    if reply.quick_replies:
        if not messages:
            messages.append({"text": PROMPT})
        messages[-1]["quick_replies"] = [
            _quick_reply(q) for q in reply.quick_replies[:QUICK_REPLIES_MAX]
        ]
    return messages


def _template(payload: dict[str, Any]) -> dict[str, Any]:
    return {"attachment": {"type": "template", "payload": payload}}


def _quick_reply(quick_reply: QuickReply) -> dict[str, Any]:
    title = truncate(quick_reply.title, QUICK_REPLY_TITLE_MAX) or "…"
    return {
        "content_type": "text",
        "title": title,
        "payload": _payload(quick_reply.payload or quick_reply.title),
    }


def _button(button: Button) -> dict[str, Any]:
    title = truncate(button.title, BUTTON_TITLE_MAX) or "…"
    if button.url and button.url.startswith(("https://", "http://")):
        return {"type": "web_url", "url": button.url, "title": title}
    return {"type": "postback", "title": title, "payload": _payload(button.payload or button.title)}


def _element(card: Card) -> dict[str, Any]:
    element: dict[str, Any] = {"title": truncate(card.title, ELEMENT_TITLE_MAX) or "…"}
    if card.subtitle and card.subtitle.strip():
        element["subtitle"] = truncate(card.subtitle, ELEMENT_SUBTITLE_MAX)
    if card.buttons:
        element["buttons"] = [_button(b) for b in card.buttons[:BUTTONS_MAX]]
    return element


def _payload(payload: str) -> str:
    return payload[:PAYLOAD_MAX]


def _groups(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[start : start + size]) for start in range(0, len(items), size)]
