"""The conversation: one incoming message (text, tap, location, attachment) → the replies.

Payloads are routed without language understanding; text goes through the NLU, and when the bot
asked something last (the conversation state), a message that answers it completes the pending
question while a new whole question replaces it. `respond` never raises, except when the
store cannot be reached (`app.store.STORE_ERRORS`): the caller retries then.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
import traceback
import unicodedata
from dataclasses import dataclass, replace
from typing import Protocol
from zoneinfo import ZoneInfo

from app.bot import payloads
from app.bot.dates import find_dates
from app.bot.handlers import location, smalltalk
from app.bot.handlers.common import Context, Outcome
from app.bot.incoming import Incoming
from app.bot.payloads import STATION_SLOTS, Request, SlotAnswer
from app.bot.replies import Reply
from app.bot.router import Router, default_router
from app.bot.state import ConversationState, Pending
from app.bot.understanding import Intent, SlotValue, Understanding
from app.observability import mask_pnr
from app.railways.provider import Provider
from app.railways.stations import StationIndex
from app.store import STORE_ERRORS, Clock, Store

log = logging.getLogger(__name__)

# Longer messages are cut before understanding: no railway question needs more.
MAX_TEXT_CHARS = 500
# A typed station answer must match this well to be taken without the NLU's word for it.
MIN_STATION_SCORE = 85.0

_RESET_PHRASES = frozenset(
    {
        "cancel",
        "cancel it",
        "cancel this",
        "reset",
        "stop",
        "stop it",
        "band karo",
        "band kro",
        "band kar do",
        "bandh karo",
        "rehne do",
        "chhodo",
        "chodo",
        "start over",
        "restart",
        "never mind",
        "nevermind",
        "quit",
        "exit",
        "clear",
    }
)
_FILLERS = frozenset(
    {"please", "pls", "plz", "ok", "okay", "yes", "haan", "ha", "ji", "the", "train", "number"}
    | {"no", "class", "station", "code", "date", "mera", "meri", "my", "wala", "wali"}
)
_CLASS_WORDS = {
    "1A": "1A 1AC AC1 FIRSTAC 1STAC",
    "2A": "2A 2AC AC2 2TIER SECONDAC 2NDAC",
    "3A": "3A 3AC AC3 3TIER THIRDAC 3RDAC",
    "3E": "3E 3AE 3ECONOMY 3ACECONOMY",
    "SL": "SL SLEEPER SLEEPERCLASS SLP",
    "CC": "CC CHAIRCAR ACCHAIRCAR",
    "EC": "EC EXECUTIVE EXECUTIVECHAIRCAR EXECUTIVECLASS",
    "2S": "2S SECONDSITTING SECONDSEATING",
    "FC": "FC FIRSTCLASS",
}
_CLASS_BY_WORD = {word: code for code, words in _CLASS_WORDS.items() for word in words.split()}
_STATION_ANSWER_KEYS = frozenset({*STATION_SLOTS, "name", "hours"})
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]")


@dataclass(frozen=True)
class _Turn:
    """What one message came to: the outcome, its intent (for the log), whether a pending
    question survives it, and the words behind it."""

    outcome: Outcome
    intent: str
    keep: bool = True
    said: str = ""


class Understand(Protocol):
    """Language understanding, as `app.bot.nlu.understand` does it."""

    def __call__(self, text: str, *, today: dt.date, index: StationIndex) -> Understanding: ...


class Bot:
    """Answers one user's message at a time (the worker holds the user's lock)."""

    def __init__(
        self,
        provider: Provider,
        index: StationIndex,
        store: Store,
        *,
        clock: Clock,
        tz: ZoneInfo,
        router: Router | None = None,
        understand: Understand | None = None,
    ) -> None:
        if understand is None:
            from app.bot.nlu import understand as nlu_understand

            understand = nlu_understand
        self._provider = provider
        self._index = index
        self._store = store
        self._clock = clock
        self._tz = tz
        self._understand = understand
        self._state = ConversationState(store)
        self.router = router or default_router()

    async def respond(self, incoming: Incoming) -> list[Reply]:
        started = time.perf_counter()
        try:
            replies, intent = await self._respond(incoming)
        except STORE_ERRORS:
            # The conversation state is out of reach for a moment: the worker tries again once
            # it is back, instead of the traveller getting an apology for a blip.
            raise
        except Exception as exc:
            # The traceback goes out masked, as text: whatever formats this record, the
            # exception's message (which may quote a PNR) is never logged raw.
            log.error(
                "the bot could not answer: %s: %s",
                type(exc).__name__,
                mask_pnr(str(exc))[:300],
                extra={"user": incoming.user_id, "trace": mask_pnr(traceback.format_exc())},
            )
            return [smalltalk.apology()]
        log.info(
            "answered",
            extra={
                "user": incoming.user_id,
                "intent": intent,
                "replies": len(replies),
                "ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return replies or [smalltalk.apology()]

    async def _respond(self, incoming: Incoming) -> tuple[list[Reply], str]:
        now = dt.datetime.fromtimestamp(self._clock(), self._tz)
        ctx = Context(self._provider, self._index, now, incoming.user_id, store=self._store)
        pending = await self._state.load(incoming.user_id)
        text = _clean(incoming.text)
        if incoming.payload is not None and incoming.payload.strip():
            turn = await self._payload(ctx, incoming.payload.strip(), pending)
        elif text:
            turn = await self._text(replace(ctx, text=text), pending)
        elif incoming.location is not None:
            outcome = await location.nearest_stations(ctx, incoming.location)
            turn = _Turn(outcome, "location", keep=False)
        elif incoming.attachment_types:
            turn = _Turn(smalltalk.attachment(ctx), "attachment")
        else:
            turn = _Turn(smalltalk.empty(ctx), "empty")
        asked = turn.outcome.pending
        if asked is not None:
            # The words that led here, so that a later question can still say "Which Delhi?".
            said = turn.said.strip()[:MAX_TEXT_CHARS]
            await self._state.save(incoming.user_id, asked.model_copy(update={"said": said}))
        elif pending is not None and not turn.keep:
            await self._state.clear(incoming.user_id)
        return list(turn.outcome.replies), turn.intent

    async def _payload(self, ctx: Context, payload: str, pending: Pending | None) -> _Turn:
        parsed = self.router.parse_payload(payload)
        if parsed is None:
            return _Turn(smalltalk.stale_button(ctx), "bad_payload")
        if isinstance(parsed, SlotAnswer):
            if pending is None:
                return _Turn(smalltalk.expired_question(ctx), "expired")
            if pending.asking != parsed.slot:  # a button of an earlier question
                return _Turn(_reask(ctx, pending), pending.intent, said=pending.said)
            parsed = Request(pending.intent, pending.filled(parsed.value))
            ctx = replace(ctx, earlier=pending.said)
        outcome = await self.router.dispatch(ctx, parsed)
        return _Turn(outcome, parsed.intent, keep=False, said=f"{ctx.text} {ctx.earlier}")

    async def _text(self, ctx: Context, pending: Pending | None) -> _Turn:
        if _normal(ctx.text) in _RESET_PHRASES:
            # Whether a question was pending: "stop" cancels it, or else stops PNR alerts.
            request = Request(payloads.RESET, {"pending": 1} if pending is not None else {})
            return _Turn(await self.router.dispatch(ctx, request), request.intent, keep=False)
        understanding = self._nlu(ctx)
        request = Request(understanding.intent, dict(understanding.slots))
        if pending is not None:
            follow = follow_up(pending, understanding, ctx)
            if follow is None:
                return _Turn(_reask(ctx, pending), pending.intent, said=pending.said)
            if follow.intent == pending.intent:
                ctx = replace(ctx, earlier=pending.said)
            request = follow
        outcome = await self.router.dispatch(ctx, request)
        return _Turn(outcome, request.intent, keep=False, said=f"{ctx.text} {ctx.earlier}")

    def _nlu(self, ctx: Context) -> Understanding:
        try:
            return self._understand(ctx.text, today=ctx.today, index=self._index)
        except Exception as exc:
            log.error("understanding failed: %s", type(exc).__name__, extra={"user": ctx.user_id})
            return Understanding(intent=Intent.UNKNOWN)


def follow_up(pending: Pending, understanding: Understanding, ctx: Context) -> Request | None:
    """The request a message makes while the bot waits for `pending.asking`.

    Fills the pending question when the message answers it (a bare answer, or the same kind of
    question); a different whole question replaces it; None when the message does neither.
    """
    value = answer_value(pending, understanding, ctx)
    intent = understanding.intent
    slots = dict(understanding.slots)
    if str(intent) == pending.intent:
        merged = {**pending.slots, **slots}
        if value is not None and pending.asking not in slots:
            merged[pending.asking] = value
        return Request(pending.intent, merged)
    if value is not None and _only_answers(pending.asking, slots):
        answering = intent in (Intent.UNKNOWN, Intent.STATION_BY_NAME, Intent.STATION_BY_CODE)
        if answering or pending.asking in STATION_SLOTS or _bare(ctx.text):
            return Request(pending.intent, pending.filled(value))
    if intent is Intent.UNKNOWN:
        return None
    return Request(intent, slots)


def answer_value(pending: Pending, understanding: Understanding, ctx: Context) -> SlotValue | None:
    """What the message says for the slot the bot asked for, if anything."""
    asking, slots = pending.asking, understanding.slots
    words = ctx.text.strip()
    if pending.options and words.isdigit() and len(words) <= 2:
        choice = int(words)
        return pending.options[choice - 1] if 1 <= choice <= len(pending.options) else None
    if asking in STATION_SLOTS:
        return _station_answer(asking, slots, words, ctx.index)
    if asking == "class":
        found = slots.get("class")
        return found if isinstance(found, str) else _CLASS_BY_WORD.get(_squash(words))
    if asking == "date":
        found = slots.get("date")
        if isinstance(found, str):
            return found
        days = [
            f.value for f in find_dates(words.lower(), ctx.today) if isinstance(f.value, dt.date)
        ]
        return days[0].isoformat() if days else None
    if asking == "pnr":
        found = slots.get("pnr")
        return found if isinstance(found, str) else _digits(words, 10)
    if asking == "train":
        found = slots.get("train")
        return found if isinstance(found, str) else _digits(words, 5)
    return slots.get(asking)


def _station_answer(
    asking: str, slots: dict[str, SlotValue], words: str, index: StationIndex
) -> SlotValue | None:
    for key in (asking, "station", "code"):
        if found := slots.get(key):
            return found
    if len(words.split()) > 4:
        return None
    matches = [m for m in index.search(words, limit=5) if m.score >= MIN_STATION_SCORE]
    codes = [m.station.code for m in matches]
    if not codes:
        return None
    return codes[0] if len(codes) == 1 or matches[0].reason == "code" else codes


def _reask(ctx: Context, pending: Pending) -> Outcome:
    return Outcome(smalltalk.reask(ctx, pending.prompt).replies, pending)


def _clean(text: str | None) -> str:
    if not text:
        return ""
    visible = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text[: MAX_TEXT_CHARS * 4]))
    cleaned = "".join(ch if ch.isprintable() else " " for ch in visible)
    return " ".join(cleaned.split())[:MAX_TEXT_CHARS]


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _squash(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def _digits(text: str, length: int) -> str | None:
    digits = re.sub(r"[\s-]", "", text)
    return digits if digits.isdigit() and len(digits) == length else None


def _only_answers(asking: str, slots: dict[str, SlotValue]) -> bool:
    """Does the message carry nothing but an answer to `asking` (no train, PNR... of its own)?"""
    allowed = _STATION_ANSWER_KEYS if asking in STATION_SLOTS else {asking, "quota"}
    return set(slots) <= allowed


def _bare(text: str) -> bool:
    """Is the message little more than a value (`12627`, `12627 please`, `3rd AC`)?"""
    words = [w for w in re.findall(r"[^\W_]+", text.lower()) if not w.isdigit()]
    rest = [w for w in words if w not in _FILLERS and w.upper() not in _CLASS_BY_WORD]
    return not rest or _squash(" ".join(rest)) in _CLASS_BY_WORD
