"""People's data: what RailBot keeps about a person, and deleting it ("forget me").

Everything kept about one person lives in the store under a prefix of
`app.constants.PERSONAL_KEY_PREFIXES`, in a key named `<prefix><their id>` or
`<prefix><their id>:<suffix>`. `forget` deletes all of it: conversation state, PNR alerts (and
their places in the polling schedule), the language choice, rate-limit counters, when they last
wrote, an unreachable mark, the dev chat's transcript, and the record of replies already
delivered (a reply still being delivered is kept until it is, so that it is not sent twice).
It also drops the person's events kept in the dead-letter stream.

`KEPT` says what each prefix holds, why and for how long (from the lifetimes in
`app.constants`); `GET /privacy` serves it as a plain page, the address an operator gives Meta as
the privacy policy and the data deletion instructions.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Final

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from app.constants import (
    ALERTS_DUE_KEY,
    ALERTS_LAST_PNR_PREFIX,
    ALERTS_LAST_PNR_TTL_S,
    ALERTS_USER_PREFIX,
    DAY,
    DEVCHAT_PREFIX,
    DEVCHAT_TTL_S,
    HOUR,
    LANGUAGE_PREFIX,
    LANGUAGE_TTL_S,
    LAST_SEEN_PREFIX,
    LAST_SEEN_TTL_S,
    MINUTE,
    OUTBOX_PREFIX,
    OUTBOX_TTL_S,
    PERSONAL_KEY_PREFIXES,
    RATE_PREFIX,
    RATE_WINDOW_S,
    REPLIED_PREFIX,
    REPLIED_TTL_S,
    SEEN_TTL_S,
    STALE_MAX_AGE_S,
    STATE_PREFIX,
    STATE_TTL_S,
    UNREACHABLE_PREFIX,
    UNREACHABLE_TTL_S,
    USER_SEQ_TTL_S,
)
from app.queue import EventQueue, RedisQueue
from app.staging import StagingStore
from app.store import RedisStore, Store

PRIVACY_PATH: Final = "/privacy"

# Beyond `<prefix><id>`, the keys a prefix holds for one person: `<prefix><id>:<suffix>` with a
# suffix of this shape (so that the keys of an id that merely starts with theirs are left alone).
_SUFFIXES: Final[dict[str, re.Pattern[str]]] = {
    RATE_PREFIX: re.compile(r"\d+"),  # one counter per minute
    DEVCHAT_PREFIX: re.compile(r"seq|\d+"),  # the transcript's counter and items
    OUTBOX_PREFIX: re.compile(r"\d+-\d+(:sent)?"),  # per queued event: replies, and how many sent
}
_GLOB_SPECIALS: Final = re.compile(r"([*?\[\]\\])")


@dataclass(frozen=True)
class Kept:
    """One kind of data kept about a person: under which prefix, what, why, for how long."""

    prefix: str
    what: str
    why: str
    kept_for: str


def _duration(seconds: float) -> str:
    if seconds >= DAY and seconds % DAY == 0:
        days = int(seconds // DAY)
        return "1 day" if days == 1 else f"{days} days"
    if seconds >= HOUR and seconds % HOUR == 0:
        hours = int(seconds // HOUR)
        return "1 hour" if hours == 1 else f"{hours} hours"
    minutes = max(1, int(seconds // MINUTE))
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


KEPT: Final = (
    Kept(
        STATE_PREFIX,
        "the question the bot asked you last (a missing station or date) and what you had said",
        "so that your next message can answer it",
        _duration(STATE_TTL_S),
    ),
    Kept(
        REPLIED_PREFIX,
        "what the bot's last few answers to you were about (a train, a PNR, a journey), by the "
        "ids Messenger gave those messages",
        "so that replying to one of them (swipe to reply) asks about what it showed",
        f"{_duration(REPLIED_TTL_S)} after the last answer",
    ),
    Kept(
        ALERTS_USER_PREFIX,
        "the PNRs you asked to be alerted about, with the last status told to you",
        "to tell you when their status changes",
        "until the journey date has passed or you stop the alert",
    ),
    Kept(
        ALERTS_LAST_PNR_PREFIX,
        "the PNR you looked up last",
        'so that "track my PNR" knows which one',
        _duration(ALERTS_LAST_PNR_TTL_S),
    ),
    Kept(
        LANGUAGE_PREFIX,
        "the language you chose (English or Hindi)",
        "to answer you in it",
        f"{_duration(LANGUAGE_TTL_S)} after you last wrote",
    ),
    Kept(
        LAST_SEEN_PREFIX,
        "when you last wrote",
        "Messenger lets a Page answer within 24 hours of your message; alerts after that are "
        "sent as the trip updates Messenger allows",
        _duration(LAST_SEEN_TTL_S),
    ),
    Kept(
        UNREACHABLE_PREFIX,
        "that Messenger said you cannot be reached (you blocked the Page, say)",
        "to stop messaging you until you write again",
        _duration(UNREACHABLE_TTL_S),
    ),
    Kept(
        RATE_PREFIX,
        "how many messages you sent this minute",
        "to ask anyone who sends too many at once to slow down",
        _duration(2 * RATE_WINDOW_S),
    ),
    Kept(
        OUTBOX_PREFIX,
        "the replies to a message of yours while they are being sent, and how many went out",
        "so that no reply reaches you twice, even when a server restarts",
        f"until they are delivered (at most {_duration(OUTBOX_TTL_S)})",
    ),
    Kept(
        DEVCHAT_PREFIX,
        "what was said on the local test chat page (only where an operator turned it on)",
        "to show the conversation on that page",
        f"{_duration(DEVCHAT_TTL_S)} after the page was last used",
    ),
)


def _escape(text: str) -> str:
    """`text` with glob specials escaped, for a SCAN MATCH pattern."""
    return _GLOB_SPECIALS.sub(r"\\\1", text)


async def forget(store: Store, user: str, *, queue: EventQueue | None = None) -> int:
    """Delete everything kept about `user`, their dead letters included; how many records went.

    The dead letters are in the queue: `queue`, or the Redis queue beside a Redis store (an
    in-memory queue's dead letters go with the process)."""
    base = store.inner if isinstance(store, StagingStore) else store
    if queue is None and isinstance(base, RedisStore):
        queue = RedisQueue(base.redis)
    doomed: list[str] = []
    for prefix in PERSONAL_KEY_PREFIXES:
        doomed.append(prefix + user)
        shape = _SUFFIXES.get(prefix)
        if shape is None:
            continue
        start = prefix + user + ":"
        for key in await store.scan_keys(_escape(start) + "*"):
            if shape.fullmatch(key[len(start) :]):
                doomed.append(key)
    doomed = await _keep_undelivered(store, doomed)
    removed = await store.delete(*doomed)
    members = await store.zscan_members(ALERTS_DUE_KEY, _escape(user + "|") + "*")
    removed += await store.zrem(ALERTS_DUE_KEY, *members)
    if queue is not None:
        removed += await queue.forget_dead_letters(user)
    return removed


async def _keep_undelivered(store: Store, keys: list[str]) -> list[str]:
    """`keys` without the outboxes of replies not all sent yet (they go once delivered)."""
    outboxes = [key for key in keys if key.startswith(OUTBOX_PREFIX) and not key.endswith(":sent")]
    if not outboxes:
        return keys
    stored = await store.mget([key for outbox in outboxes for key in (outbox, outbox + ":sent")])
    pending: set[str] = set()
    for n, outbox in enumerate(outboxes):
        messages, sent = stored[2 * n], stored[2 * n + 1]
        if messages is not None and _count(messages) > int(sent or 0):
            pending.update((outbox, outbox + ":sent"))
    return [key for key in keys if key not in pending]


def _count(messages: str) -> int:
    try:
        parsed = json.loads(messages)
    except ValueError:
        return 0
    return len(parsed) if isinstance(parsed, list) else 0


# --- the page --------------------------------------------------------------------------------

# The phrases the page names (the bot understands other ways of asking: the intent `forget_me`).
FORGET_PHRASES: Final = ("forget me", "delete my data", "मेरा डेटा मिटाओ", "mera data delete karo")


def privacy_page(service: str = "RailBot") -> str:
    """The privacy policy and data deletion instructions, as a plain HTML page."""
    name = html.escape(service)
    rows = "\n".join(
        f"<tr><td>{html.escape(k.what)}</td><td>{html.escape(k.why)}</td>"
        f"<td>{html.escape(k.kept_for)}</td></tr>"
        for k in KEPT
    )
    phrases = ", ".join(f"<q>{html.escape(p)}</q>" for p in FORGET_PHRASES)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name}: privacy and your data</title>
</head>
<body>
<h1>{name}: privacy and your data</h1>
<p>{name} answers Indian Railways questions in Facebook Messenger. It keeps as little about you as
it can to answer you, only as long as it needs to, and never sells or shares it. It does not see
your name or profile: Messenger gives it an id for you that only this Page uses.</p>

<h2>What is kept, why, and for how long</h2>
<table border="1" cellpadding="4">
<tr><th>What</th><th>Why</th><th>Kept for</th></tr>
{rows}
</table>

<h2>What is not kept about you</h2>
<ul>
<li>Your messages are kept only until they are answered (usually under a second), then deleted.
Messages that could not be answered after several tries are kept for the operator to look into,
and deleted when you ask {name} to forget you.</li>
<li>Message ids are remembered for {_duration(SEEN_TTL_S)}, so that a message Messenger delivers
twice is answered once; they say nothing else about you.</li>
<li>Railway answers (a PNR's status, a train's position) are kept up to
{_duration(STALE_MAX_AGE_S)} to answer the same question again quickly, not linked to you.</li>
<li>To keep your messages in order while they wait, a message counter named after your id is kept
for {_duration(USER_SEQ_TTL_S)} after your last message; it holds a number and nothing else.</li>
<li>Logs never hold your messages, your id (only a one-way digest of it) or full PNRs.</li>
</ul>

<h2>Deleting your data</h2>
<p>Send {phrases} to the Page in Messenger. {name} asks you once to confirm, then deletes
everything listed above about you at once (including your PNR alerts) and tells you so.
Write again later and you start afresh.</p>
<p>You can also block the Page or delete the conversation in Messenger: {name} then stops
messaging you, and what it kept expires within the times above.</p>
</body>
</html>
"""


def privacy_router(service: str = "RailBot") -> APIRouter:
    """`GET /privacy`: the page above (public, no secrets, cacheable for an hour)."""
    router = APIRouter(include_in_schema=False)
    page = privacy_page(service)

    @router.get(PRIVACY_PATH, response_class=HTMLResponse)
    async def privacy() -> HTMLResponse:
        return HTMLResponse(page, headers={"Cache-Control": "public, max-age=3600"})

    return router
