"""What the bot's recent messages to a person were about, for a swipe-reply to one of them.

Messenger lets a traveller reply to an earlier message (`message.reply_to.mid`): "is it late?"
quoting the train card of the morning, "iska kiraya?" quoting a journey's list. That message's
subject, not the one the conversation has moved on to since, is what the new message is about.

One key per person (`REPLIED_PREFIX`) holds, as JSON:
- `turns`: the subject left by each of their last `REPLIED_TURNS` turns, by the id of the
  message that started it (so a reply quoting the traveller's own earlier message reuses it);
- `sent`: the Send API's id of each of the last `REPLIED_SENT` messages sent to them, with the
  turn it answered.
The bot writes a turn with its answer; the delivery adds the ids of the messages as the Send API
returns them, with its record that each went out. A reply to a message not (or no longer) in the
key is read as any other message.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from pydantic import ValidationError

from app.bot.state import Subject
from app.constants import REPLIED_PREFIX, REPLIED_SENT, REPLIED_TTL_S, REPLIED_TURNS

log = logging.getLogger(__name__)


def replied_key(user_id: str) -> str:
    return REPLIED_PREFIX + user_id


def _parsed(raw: str | None) -> dict[str, list[list[Any]]]:
    if not raw:
        return {"turns": [], "sent": []}
    try:
        value = json.loads(raw)
    except ValueError:
        return {"turns": [], "sent": []}
    if not isinstance(value, dict):
        return {"turns": [], "sent": []}
    return {
        part: [item for item in value.get(part, ()) if _pair(item)] for part in ("turns", "sent")
    }


def _pair(item: object) -> bool:
    return isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)


def subject_replied_to(raw: str | None, mid: str | None) -> Subject | None:
    """The subject of the message `mid` quotes: a message the bot sent (the turn it answered),
    or one the person wrote; None when it is not remembered."""
    if not mid:
        return None
    stored = _parsed(raw)
    turn = next((t for m, t in stored["sent"] if m == mid), mid)
    found = next((s for m, s in stored["turns"] if m == turn), None)
    if not isinstance(found, dict):
        return None
    try:
        subject = Subject.model_validate(found)
    except ValidationError:
        log.info("a remembered subject is unreadable; read as any other message")
        return None
    return None if subject.empty else subject


def with_turn(raw: str | None, mid: str, subject: Subject) -> tuple[str, float]:
    """The key's value with the subject a turn left (newest first, the oldest dropped with the
    messages that answered it)."""
    stored = _parsed(raw)
    dumped = subject.model_dump(mode="json", exclude_defaults=True)
    turns = [[mid, dumped], *(item for item in stored["turns"] if item[0] != mid)]
    turns = turns[:REPLIED_TURNS]
    kept = {item[0] for item in turns}
    sent = [item for item in stored["sent"] if item[1] in kept]  # of turns let go: no use
    return _stored({"turns": turns, "sent": sent})


def with_sent(raw: str | None, message_id: str, turn_mid: str) -> tuple[str, float] | None:
    """The key's value with a message sent in answer to the turn `turn_mid`; None when that
    turn left no subject (nothing to remember it by)."""
    stored = _parsed(raw)
    if not any(item[0] == turn_mid for item in stored["turns"]):
        return None
    sent = [[message_id, turn_mid], *(item for item in stored["sent"] if item[0] != message_id)]
    return _stored({"turns": stored["turns"], "sent": sent[:REPLIED_SENT]})


def _stored(value: dict[str, Any]) -> tuple[str, float]:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text, float(REPLIED_TTL_S)
