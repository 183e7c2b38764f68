"""Messenger webhook payloads: which events deserve an answer, in a compact queueable form.

The webhook parses tolerantly: unknown keys, event types and attachment types are ignored, a
malformed event is skipped without spoiling its neighbours, and only what a person did in the
thread is kept: a message, a quick-reply tap or postback, an edited message (answered as sent
again), and a referral (an m.me link or ad that reopened the thread, greeted like Get Started,
unless the link's `ref` asks something: `app.bot.links`).
Reads, deliveries, reactions, echoes, opt-ins, handovers and the standby channel are not
answered. A guest of the Chat Plugin (no PSID, `sender.user_ref`) is answered like anyone, by
their user_ref; an event from nobody (neither) is dropped, and logged by its kind. Each kept
event becomes a small JSON object (see `normalise_event`) that the worker
turns back into an `Incoming`; the events of one body are queued in the order they were written.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import math
import re
from dataclasses import dataclass, field
from typing import Any

from app.bot.incoming import Incoming, Location
from app.bot.links import valid_ref
from app.queue import NewEvent

log = logging.getLogger(__name__)

# Why an event is not answered; metric labels.
IGNORE_REASONS = (
    "not_page",
    "malformed",
    "no_sender",
    "echo",
    "read",
    "delivery",
    "reaction",
    "standby",
    "unsupported",
)

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_MAX_ID_LENGTH = 128
_MAX_KEY_LENGTH = 200
_SILENT_KEYS = ("read", "delivery", "reaction")
# The keys that say what kind of event one is (named in the log of an event dropped).
_EVENT_KEYS = frozenset(
    {"message", "postback", "referral", "read", "delivery", "reaction", "optin", "message_edit",
     "account_linking", "policy_enforcement", "pass_thread_control", "take_thread_control"}
)  # fmt: skip
# Messenger's thumbs-up ("like") stickers, small to large: what the person meant is "👍".
LIKE_STICKERS = frozenset({"369239263222822", "369239343222814", "369239383222810"})
LIKE = "\N{THUMBS UP SIGN}"
# The webhook fields whose changes are messaging events.
MESSAGING_FIELDS = frozenset(
    {
        "messages",
        "messaging_postbacks",
        "messaging_referrals",
        "message_edits",
        "message_reactions",
        "message_reads",
        "message_deliveries",
        "message_echoes",
        "messaging_optins",
    }
)
# A guest of the Chat Plugin on a website (or someone reached through the checkbox plugin) has no
# PSID: their events carry `sender.user_ref`, and the Send API takes `recipient.user_ref` to
# answer them. They are kept (state, rate limit, order) under an id of their own that no PSID
# (digits) or dev chat id can be: `guest:<user_ref>`, or `guest:h:<digest>` when the user_ref
# holds characters unsafe in a store key (the answer is still sent to the user_ref itself).
GUEST_ID_PREFIX = "guest:"
_HASHED_GUEST = GUEST_ID_PREFIX + "h:"
_SAFE_USER_REF = re.compile(r"[A-Za-z0-9_.\-]{1,100}")
_MAX_USER_REF_LENGTH = 1024
# What a referral (the thread reopened from an m.me link or an ad) is answered as.
REFERRAL_PAYLOAD = "GET_STARTED"
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(slots=True)
class ParsedWebhook:
    """The answerable events of one webhook body, in order, and why the others were dropped."""

    events: list[NewEvent] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)


def parse_webhook(payload: object) -> ParsedWebhook:
    """Walk every `entry` and every `messaging` event; keep user messages and postbacks."""
    parsed = ParsedWebhook()
    if not isinstance(payload, dict):
        parsed.ignored.append("malformed")
        return parsed
    if payload.get("object") != "page":
        parsed.ignored.append("not_page")
        return parsed
    entries = payload.get("entry")
    if not isinstance(entries, list):
        parsed.ignored.append("malformed")
        return parsed
    written: list[int | None] = []
    for entry in entries:
        if not isinstance(entry, dict):
            parsed.ignored.append("malformed")
            continue
        page_id = _identifier(entry.get("id"))
        standby = entry.get("standby")
        if isinstance(standby, list):
            parsed.ignored.extend("standby" for _ in standby)
        for raw in _messaging(entry):
            event, reason = normalise_event(raw, page_id)
            if reason == "no_sender":
                # Nobody to answer: said with what kind of event it was, never its contents.
                kinds = (
                    sorted(key for key in raw if key in _EVENT_KEYS)
                    if isinstance(raw, dict)
                    else []
                )
                log.info(
                    "dropped a webhook event with neither sender.id nor sender.user_ref",
                    extra={"kinds": kinds},
                )
            if event is None:
                parsed.ignored.append(reason)
            else:
                parsed.events.append(event)
                written.append(_timestamp(raw.get("timestamp")) if isinstance(raw, dict) else None)
    parsed.events = _in_written_order(parsed.events, written)
    return parsed


def _messaging(entry: dict[str, Any]) -> list[object]:
    """An entry's `messaging` events, and those in the `changes` form (`{"field": "messages",
    "value": <event>}`, as the App Dashboard's test button sends them); a Page's other changes
    (`feed` and the like) are not messages and are left out."""
    messaging = entry.get("messaging")
    events: list[object] = list(messaging) if isinstance(messaging, list) else []
    changes = entry.get("changes")
    for change in changes if isinstance(changes, list) else ():
        field = change.get("field") if isinstance(change, dict) else None
        if isinstance(field, str) and field in MESSAGING_FIELDS:
            events.append(change.get("value"))
    return events


def _in_written_order(events: list[NewEvent], written: list[int | None]) -> list[NewEvent]:
    """The events by the time they were written (Facebook may batch them out of order), those
    without a timestamp where they stood after the one before them; already ordered: as is."""
    keys: list[int] = []
    last = 0
    for timestamp in written:
        last = timestamp if timestamp is not None else last
        keys.append(last)
    if all(a <= b for a, b in itertools.pairwise(keys)):
        return events
    order = sorted(range(len(events)), key=keys.__getitem__)
    return [events[index] for index in order]


def normalise_event(raw: object, page_id: str | None) -> tuple[NewEvent | None, str]:
    """One `messaging[]` item → a queueable event, or None and the reason it is ignored."""
    if not isinstance(raw, dict):
        return None, "malformed"
    sender = raw.get("sender")
    user = _identifier(sender.get("id")) if isinstance(sender, dict) else None
    user_ref = None
    if user is None and isinstance(sender, dict):
        user_ref = _identifier(sender.get("user_ref"), limit=_MAX_USER_REF_LENGTH)
        user = guest_id(user_ref) if user_ref is not None else None
    if user is None:
        return None, "no_sender"
    timestamp = _timestamp(raw.get("timestamp"))
    message = raw.get("message")
    if isinstance(message, dict):
        if message.get("is_echo") or user == page_id:
            return None, "echo"
        queued = _message_event(user, timestamp, message, raw.get("referral"))
        return _with_user_ref(queued, user_ref), ""
    if user == page_id:
        return None, "echo"
    postback = raw.get("postback")
    if isinstance(postback, dict):
        return _with_user_ref(_postback_event(user, timestamp, postback), user_ref), ""
    edit = raw.get("message_edit")
    if isinstance(edit, dict) and _string(edit.get("text")):
        return _with_user_ref(_edit_event(user, timestamp, edit), user_ref), ""
    referral = raw.get("referral")
    if isinstance(referral, dict):
        return _with_user_ref(_referral_event(user, timestamp, referral), user_ref), ""
    for key in _SILENT_KEYS:
        if key in raw:
            return None, key
    return None, "unsupported"


def guest_id(user_ref: str) -> str:
    """The id a guest (known by a `user_ref`, no PSID) is kept under."""
    if _SAFE_USER_REF.fullmatch(user_ref):
        return GUEST_ID_PREFIX + user_ref
    return _HASHED_GUEST + hashlib.blake2b(user_ref.encode(), digest_size=16).hexdigest()


def is_guest(user_id: str) -> bool:
    return user_id.startswith(GUEST_ID_PREFIX)


def recipient_of(user_id: str, user_ref: str | None = None) -> dict[str, str]:
    """Whom the Send API is to answer: a guest by their `user_ref` (as the event gave it, or as
    their id holds it), anyone else by their PSID."""
    if user_ref is not None:
        return {"user_ref": user_ref}
    if is_guest(user_id) and not user_id.startswith(_HASHED_GUEST):
        return {"user_ref": user_id.removeprefix(GUEST_ID_PREFIX)}
    return {"id": user_id}


def _with_user_ref(queued: NewEvent, user_ref: str | None) -> NewEvent:
    """A guest's event, carrying the user_ref the answer goes to."""
    if user_ref is None:
        return queued
    event = json.loads(queued.data)
    event["user_ref"] = user_ref
    return queued._replace(data=_encode(event))


def incoming_from(event: dict[str, Any]) -> Incoming:
    """The channel-free message the bot answers, from a normalised event."""
    location = event.get("location")
    return Incoming(
        user_id=event["user"],
        text=event.get("text"),
        payload=event.get("payload"),
        location=Location(**location) if isinstance(location, dict) else None,
        attachment_types=tuple(event.get("attachments", ())),
        timestamp_ms=event.get("ts"),
        mid=event.get("mid"),
        reply_to=event.get("reply_to"),
        ref=valid_ref(event.get("ref")),
        # a Chat Plugin guest's chat ends with their visit: no alerts can reach them after it
        reachable_later=not is_guest(event["user"]),
    )


def _message_event(
    user: str, timestamp: int | None, message: dict[str, Any], referral: object = None
) -> NewEvent:
    event: dict[str, Any] = {"kind": "message", "user": user}
    if timestamp is not None:
        event["ts"] = timestamp
    # The first message of a thread opened from an m.me link: the link's ref, beside the message
    # or in it.
    _keep_ref(event, message.get("referral", referral))
    text = _string(message.get("text"))
    stickers = _stickers(message)
    if not text and not stickers.isdisjoint(LIKE_STICKERS):
        text = LIKE
    if text:
        event["text"] = text
    quick_reply = message.get("quick_reply")
    tapped = _string(quick_reply.get("payload")) if isinstance(quick_reply, dict) else None
    if tapped is not None:
        event["payload"] = tapped
    attachments = message.get("attachments")
    if isinstance(attachments, list):
        kinds: list[str] = []
        for attachment in attachments:
            if not isinstance(attachment, dict):
                continue
            kind = _string(attachment.get("type"))
            if kind and kind[:32] not in kinds:
                kinds.append(kind[:32])
            location = _location(attachment)
            if location is not None and "location" not in event:
                event["location"] = location
        if kinds:
            event["attachments"] = kinds
    if stickers:  # a sticker: an `image` before 2026, a `sticker` since (both through Aug 2026)
        event["attachments"] = ["sticker"]
    reply_to = message.get("reply_to")
    quoted = _identifier(reply_to.get("mid"), limit=1024) if isinstance(reply_to, dict) else None
    if quoted is not None:
        event["reply_to"] = quoted
    mid = _identifier(message.get("mid"), limit=1024)
    if mid is None:
        mid = _digest(user, timestamp, text or "")
    return _queued(mid, user, event)


def _postback_event(user: str, timestamp: int | None, postback: dict[str, Any]) -> NewEvent:
    event: dict[str, Any] = {"kind": "postback", "user": user}
    if timestamp is not None:
        event["ts"] = timestamp
    payload = _string(postback.get("payload")) or ""
    event["payload"] = payload
    title = _string(postback.get("title"))
    if title:
        event["text"] = title
    _keep_ref(event, postback.get("referral"))  # Get Started, on a thread an m.me link opened
    mid = _identifier(postback.get("mid"), limit=1024)
    if mid is None:
        mid = _digest(user, timestamp, payload)
    return _queued(mid, user, event)


def _edit_event(user: str, timestamp: int | None, edit: dict[str, Any]) -> NewEvent:
    """An edited message, answered as if sent again: queued under its message id and edit
    count, so that each edit is answered once and the original's answer is not repeated."""
    event: dict[str, Any] = {"kind": "message", "user": user, "text": _string(edit.get("text"))}
    if timestamp is not None:
        event["ts"] = timestamp
    mid = _identifier(edit.get("mid"), limit=1024) or _digest(user, timestamp, event["text"])
    edition = _whole(edit.get("num_edit"))
    edition = edition if edition is not None else timestamp
    return _queued(f"{mid}#edit{edition}", user, event)


def _referral_event(user: str, timestamp: int | None, referral: dict[str, Any]) -> NewEvent:
    """The thread reopened from an m.me link or an ad: answered as Get Started is, with the
    link's ref."""
    event: dict[str, Any] = {"kind": "postback", "user": user, "payload": REFERRAL_PAYLOAD}
    if timestamp is not None:
        event["ts"] = timestamp
    _keep_ref(event, referral)
    ref = _string(referral.get("ref")) or ""
    return _queued(_digest(user, timestamp, "referral", ref[:200]), user, event)


def _keep_ref(event: dict[str, Any], referral: object) -> None:
    """The referral's `ref` kept on `event`, when it is one a link can give (`valid_ref`)."""
    ref = valid_ref(referral.get("ref")) if isinstance(referral, dict) else None
    if ref is not None:
        event["ref"] = ref


def _stickers(message: dict[str, Any]) -> set[str]:
    """The ids of the stickers a message is (on the message, or on one of its attachments:
    both, through 2026's move from `image` to `sticker` attachments)."""
    stickers = [message.get("sticker_id")]
    attachments = message.get("attachments")
    for attachment in attachments if isinstance(attachments, list) else ():
        payload = attachment.get("payload") if isinstance(attachment, dict) else None
        if isinstance(payload, dict):
            stickers.append(payload.get("sticker_id"))
    return {found for sticker in stickers if (found := _identifier(sticker)) is not None}


def _queued(mid: str, user: str, event: dict[str, Any]) -> NewEvent:
    event["mid"] = mid
    key = mid if len(mid) <= _MAX_KEY_LENGTH else _digest(mid)
    return NewEvent(key, user, _encode(event))


def _location(attachment: dict[str, Any]) -> dict[str, Any] | None:
    payload = attachment.get("payload")
    if not isinstance(payload, dict):
        return None
    coordinates = payload.get("coordinates")
    if not isinstance(coordinates, dict):
        return None
    lat = _number(coordinates.get("lat"))
    lng = _number(coordinates.get("long", coordinates.get("lng")))
    if lat is None or lng is None or not (-90 <= lat <= 90 and -180 <= lng <= 180):
        return None
    location: dict[str, Any] = {"lat": lat, "lng": lng}
    title = _string(attachment.get("title", payload.get("title")))
    if title:
        location["title"] = title[:200]
    return location


def _string(value: object) -> str | None:
    """A text field as queueable UTF-8: JSON may escape lone surrogates (`"\\udc80"`), which no
    UTF-8 encoder accepts, so each becomes U+FFFD."""
    if not isinstance(value, str):
        return None
    return _LONE_SURROGATE.sub("\ufffd", value)


def _number(value: object) -> float | None:
    if isinstance(value, str):  # "All JSON properties in a webhook notification are strings"
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)  # an integer of hundreds of digits does not fit a float
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _identifier(value: object, *, limit: int = _MAX_ID_LENGTH) -> str | None:
    """An opaque id (Facebook sends strings; numbers are accepted), or None when unusable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > limit or not value.isprintable():
        return None
    return value


# Milliseconds since 1970: anything past the year 9999 is not a timestamp.
_MAX_TIMESTAMP_MS = 253_402_300_799_999
# A timestamp below this is in seconds: as milliseconds it would be before 3 March 1973.
_SECONDS_UNTIL = 100_000_000_000


def _timestamp(value: object) -> int | None:
    """Milliseconds since 1970, from a number or a string of digits; a value in seconds (as some
    of Facebook's examples and test events give it) is read as such."""
    whole = _whole(value)
    if whole is None or not 0 <= whole <= _MAX_TIMESTAMP_MS:
        return None
    return whole * 1000 if 0 < whole < _SECONDS_UNTIL else whole


def _whole(value: object) -> int | None:
    """A whole number, from a finite number or a string of digits."""
    if isinstance(value, str):
        value = value.strip()
        return int(value) if value.isdigit() and len(value) <= 20 else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return int(value)


def _digest(*parts: object) -> str:
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return "h:" + hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
