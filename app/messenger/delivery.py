"""Messenger delivery: the worker's job for an event from the webhook.

For each queued event: read it back; note that the user wrote (their 24-hour messaging window
opens, and they are reachable again); apply the per-user rate limit (the first message over it
gets the slow-down notice, the rest nothing); otherwise ask the bot, showing the typing bubble
once if the answer takes longer than `TYPING_AFTER_S`; render the replies into Messenger
messages and keep them in the outbox; send each message not sent yet, counting them. A quick
answer is therefore exactly one Send API call per message, with no sender actions. A question
that waits for the provider's call budget longer than `STILL_CHECKING_AFTER_S` gets one short
"still checking" line after that long, before its answer (once per event, whatever retries).

A Send API failure worth retrying makes the worker try again later (only the messages not yet
sent); a permanent one (the user blocked the Page, the 24-hour window is closed, the token is
bad) ends the event: trying again cannot help. When the worker gives up on an event for which
nothing was computed, the user gets an apology rather than silence.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from typing import Any

from app.bot.conversation import staged_keys
from app.bot.incoming import Incoming, Responder
from app.bot.replied import replied_key, with_sent
from app.bot.replies import Reply, apology
from app.bot.requests import ForgetMe
from app.bot.waiting import still_checking, when_the_railway_waits
from app.constants import (
    EVENTS_STREAM,
    LAST_SEEN_PREFIX,
    LAST_SEEN_TTL_S,
    OUTBOX_TTL_S,
    STILL_CHECKING_AFTER_S,
    STILL_CHECKING_WAIT_S,
    TYPING_AFTER_S,
    TYPING_WAIT_S,
    UNREACHABLE_PREFIX,
)
from app.errors import (
    EntryGone,
    NotReplicated,
    RejectJob,
    RetryJob,
    SendError,
    described,
)
from app.i18n.preference import LanguagePreferences
from app.messenger.events import incoming_from
from app.messenger.outbox import Message, Outbox, outbox_keys, still_checking_key
from app.messenger.render import render
from app.messenger.send import Sender
from app.observability import RATE_LIMITED
from app.queue import Delivery
from app.ratelimit import RateLimit, Verdict, slow_down, written_at
from app.staging import Staging, StagingStore, staged
from app.store import Store

log = logging.getLogger(__name__)

FORGOTTEN = ForgetMe(answer="yes").pack()  # the tap that deletes what is kept about a person


class MessengerDelivery:
    """The `Job` that answers Messenger events: `Worker(queue, store, MessengerDelivery(...))`."""

    def __init__(
        self,
        store: Store,
        sender: Sender,
        responder: Responder,
        *,
        rate_limit: RateLimit | None = None,
        typing_after_s: float = TYPING_AFTER_S,
        still_checking_after_s: float = STILL_CHECKING_AFTER_S,
    ) -> None:
        self.store = store.inner if isinstance(store, StagingStore) else store
        self.sender = sender
        self.responder = responder
        self.outbox = Outbox(self.store)
        self._languages = LanguagePreferences(self.store)
        self._rate_limit = rate_limit
        self._typing_after_s = typing_after_s
        self._still_after_s = still_checking_after_s

    def kept_for(self, delivery: Delivery) -> Sequence[str]:
        outbox = outbox_keys(delivery.user, delivery.entry_id)
        return (*outbox, still_checking_key(delivery.user, delivery.entry_id))

    async def __call__(self, delivery: Delivery, attempt: int) -> str:
        key = replied_key(delivery.user)
        # A run before this one may have kept the answer, and sent some of it: only the rest
        # goes out, once the outbox is on the replicas (`Outbox.load`).
        kept = None
        if attempt > 1:
            kept = await self.outbox.load(delivery.user, delivery.entry_id, beside=[key])
        if kept is None:
            messages, replied = await self._compose(delivery)
            sent = 0
        else:
            messages, sent, replied = kept.messages, kept.sent, kept.beside[key]
        event = _event_of(delivery)
        turn, user_ref = _turn_of(event), _user_ref(event)
        for index in range(sent, len(messages)):
            try:
                message_id = await self.sender.send_message(
                    delivery.user, messages[index], user_ref=user_ref
                )
            except SendError as error:
                if error.retryable:
                    raise RetryJob(f"send failed: {error.label}") from error
                # Blocked, outside the window, bad token...: trying again cannot help.
                return "undeliverable"
            # From the moment Messenger took the message until its record lands, nothing may
            # fail (no store read here): a failure would have the job run again, and the
            # message sent again. `record_sent` itself is retried until it lands.
            also: dict[str, tuple[str, float | None]] = {}
            if message_id and turn is not None:
                # The message's id, with the turn it answered: a reply quoting it asks about
                # what that turn was about.
                remembered = with_sent(replied, message_id, turn)
                if remembered is not None:
                    also[key] = remembered
                    replied = remembered[0]
            await self.outbox.record_sent(delivery.user, delivery.entry_id, index + 1, also=also)
        return "answered"

    async def given_up(self, delivery: Delivery, reason: str) -> None:
        """An apology, unless an answer was computed (then sending is what failed)."""
        if not await self.outbox.exists(delivery.user, delivery.entry_id):
            known = await self._languages.load(delivery.user)
            user_ref = _user_ref(_event_of(delivery))
            await self.sender.send(delivery.user, apology(known.reply_in("")), user_ref=user_ref)

    # --- the answer ----------------------------------------------------------------------------

    async def _compose(self, delivery: Delivery) -> tuple[list[Message], str | None]:
        """The messages of the answer, and what the bot's recent answers to the person were
        about as this one leaves it (`app.bot.replied`)."""
        try:
            event = json.loads(delivery.data)
            incoming = incoming_from(event)
        except (ValueError, TypeError, KeyError) as exc:
            raise RejectJob(f"unreadable event: {exc!r}"[:300]) from exc
        keys = list(staged_keys(delivery.user))
        if self._rate_limit is not None:
            at = written_at(event.get("ts"), delivery.received_at)
            keys.append(self._rate_limit.key(delivery.user, at))
        # The person's keys are read in one round trip now, and what the rate limit and the bot
        # write of them goes out with the answer, in one more.
        async with staged(self.store, keys) as staging:
            messages = await self._answer(delivery, event, incoming, staging)
            return messages, staging.get(replied_key(delivery.user))

    async def _answer(
        self, delivery: Delivery, event: dict[str, Any], incoming: Incoming, staging: Staging
    ) -> list[Message]:
        verdict = Verdict.ANSWER
        if self._rate_limit is not None:
            at = written_at(event.get("ts"), delivery.received_at)
            verdict = await self._rate_limit.check(delivery.user, delivery.seq, at)
        if verdict is Verdict.ANSWER:
            replies = await self._respond(delivery, incoming)
            messages = [message for reply in replies for message in render(reply)]
        else:
            RATE_LIMITED.inc()
            language = (await self._languages.load(delivery.user)).reply_in(incoming.text or "")
            messages = render(slow_down(language)) if verdict is Verdict.SLOW_DOWN else []
            if messages:
                log.info("over the rate limit; asked to slow down", extra={"user": delivery.user})
        # The user wrote: their 24-hour window opens, and they are reachable again; noted with the
        # answer, in one round trip. Not when they just had everything about them deleted.
        timestamp = event.get("ts")
        seen_at = timestamp / 1000 if isinstance(timestamp, int) else delivery.received_at
        forgotten = incoming.payload == FORGOTTEN
        also = staging.writes
        if not forgotten:
            also[LAST_SEEN_PREFIX + delivery.user] = (f"{seen_at:.3f}", LAST_SEEN_TTL_S)
        await self.outbox.save(
            delivery.user,
            delivery.entry_id,
            messages,
            also=also,
            delete=[UNREACHABLE_PREFIX + delivery.user, *staging.deletions],
        )
        return messages

    async def _respond(self, delivery: Delivery, incoming: Incoming) -> list[Reply]:
        """The bot's replies; the typing bubble is shown once if they take a while, and reaches
        Messenger before the answer does; so does the "still checking" line, said once when the
        railway makes the question wait longer than a few seconds for its call budget."""
        loop = asyncio.get_running_loop()
        typing: list[asyncio.Task[None]] = []
        still: list[asyncio.Task[None]] = []
        timers: list[asyncio.TimerHandle] = []

        def show_typing() -> None:
            typing.append(loop.create_task(self.sender.typing_on(incoming.user_id)))

        def say_still_checking() -> None:
            still.append(loop.create_task(self._still_checking(delivery, incoming)))

        def railway_waits(wait_s: float) -> None:
            # one line a question, and only for a wait that passes a few seconds
            if not timers and wait_s > self._still_after_s:
                timers.append(loop.call_later(self._still_after_s, say_still_checking))

        typing_timer = loop.call_later(self._typing_after_s, show_typing)
        try:
            with when_the_railway_waits(railway_waits):
                return await self.responder.respond(incoming)
        finally:
            typing_timer.cancel()
            for timer in timers:
                timer.cancel()
            for started, wait_s in ((typing, TYPING_WAIT_S), (still, STILL_CHECKING_WAIT_S)):
                if started:
                    _, late = await asyncio.wait(started, timeout=wait_s)
                    for task in late:
                        task.cancel()
                    await asyncio.gather(*started, return_exceptions=True)

    async def _still_checking(self, delivery: Delivery, incoming: Incoming) -> None:
        """ "Still checking…" in the person's language, once for the event (an attempt after a
        failure, or another worker's after a reclaim, says it no more); never the answer, and
        never a reason to fail it.

        Said only on the strength of a mark a failover cannot lose, as the answer is
        (`Store.mark_once`): made while the queue still holds the event, and confirmed on the
        replicas before the line goes out. A mark the replicas did not confirm says nothing
        (the line is left unsaid rather than said twice: a promoted replica would not know of
        it, and a later run would say it again); nor does an event the queue no longer holds."""
        key = still_checking_key(delivery.user, delivery.entry_id)
        try:
            try:
                marked = await self.store.mark_once(
                    key, "1", ttl_s=OUTBOX_TTL_S, while_in=(EVENTS_STREAM, delivery.entry_id)
                )
            except (NotReplicated, EntryGone) as exc:
                log.info(
                    "not saying the answer is still coming: its mark is not on the replicas, or "
                    "the event is gone",
                    extra={"user": delivery.user, "error": described(exc)},
                )
                return
            if not marked:
                return
            language = (await self._languages.load(delivery.user)).reply_in(incoming.text or "")
            user_ref = _user_ref(_event_of(delivery))
            await self.sender.send(delivery.user, still_checking(language), user_ref=user_ref)
        except Exception:
            log.warning("could not say the answer is still coming", exc_info=True)


def _event_of(delivery: Delivery) -> dict[str, Any]:
    try:
        event = json.loads(delivery.data)
    except ValueError:
        return {}
    return event if isinstance(event, dict) else {}


def _turn_of(event: dict[str, Any]) -> str | None:
    """The id of the message an event's answer answers (a forgotten person's none: nothing is
    remembered of them after "forget me")."""
    mid = event.get("mid")
    if not isinstance(mid, str) or event.get("payload") == FORGOTTEN:
        return None
    return mid


def _user_ref(event: dict[str, Any]) -> str | None:
    """A guest's user_ref, which their answer is sent to (`app.messenger.events`)."""
    user_ref = event.get("user_ref")
    return user_ref if isinstance(user_ref, str) else None
