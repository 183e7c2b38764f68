"""The outbox: the Messenger messages computed for one queued event, and how many went out.

Written before the first message is sent and updated after each one, so that whoever takes the
event up again (a retry, or another worker after a crash or a stop) sends only what is left,
never an answer twice. Both writes are durable: under Sentinel they return once the required
replicas hold them, so a failover cannot forget that a message went out. An outbox taken up
again is durable too before anything of it is sent (`load`): the write that kept it may have
reached the master alone (it raised NotReplicated), and an answer sent on the strength of such a
record would be composed and sent again by whoever takes the event up after a failover. And
both the keeping and the taking up are written only while the queue still holds the event: a
worker still holding an event that the promoted master never had (refused with a 503 on the old
one, so Facebook delivers it again as a new entry) must not answer it (EntryGone). The queue
deletes both keys with the entry when it is finished.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from app.constants import EVENTS_STREAM, OUTBOX_PREFIX, OUTBOX_TTL_S
from app.errors import NotReplicated, described
from app.retry import backoff_delay
from app.store import STORE_ERRORS, Store

log = logging.getLogger(__name__)

Message = dict[str, Any]

_RECORD_BASE_S: Final = 0.05
_RECORD_CAP_S: Final = 1.0
_RECORD_ON_STOP_S: Final = 2.0


def outbox_keys(user: str, entry_id: str) -> tuple[str, str]:
    """The keys of one event's outbox: its messages, and the count sent."""
    key = f"{OUTBOX_PREFIX}{user}:{entry_id}"
    return key, key + ":sent"


def still_checking_key(user: str, entry_id: str) -> str:
    """The key that marks one event's "still checking" line as said (once, whatever retries)."""
    return f"{OUTBOX_PREFIX}{user}:{entry_id}:still"


@dataclass(frozen=True, slots=True)
class Kept:
    """An event's outbox as a later run takes it up: the messages, how many went out, and the
    keys read beside it (by name)."""

    messages: list[Message]
    sent: int
    beside: dict[str, str | None]


class Outbox:
    """Load, save and count the messages of one event's answer."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def load(self, user: str, entry_id: str, *, beside: Sequence[str] = ()) -> Kept | None:
        """The messages and how many were sent, with the keys `beside` read in the same round
        trip; None when nothing was computed yet.

        Returns only once the outbox would survive a failover: its count is written again,
        durably (raises NotReplicated, or a store error, when the replicas do not hold it), and
        a replica acknowledging that write holds everything the master had before it: the
        messages, the count, the entry's attempts and its user's lock. Raises EntryGone when the
        queue no longer holds the event."""
        messages_key, sent_key = outbox_keys(user, entry_id)
        stored, sent, *values = await self._store.mget([messages_key, sent_key, *beside])
        if stored is None:
            return None
        messages: list[Message] = json.loads(stored)
        count = int(sent) if sent and sent.isdigit() else 0
        again = {sent_key: (str(count), float(OUTBOX_TTL_S))}
        await self._store.set_many(again, durable=True, while_in=(EVENTS_STREAM, entry_id))
        return Kept(messages, count, dict(zip(beside, values, strict=True)))

    async def exists(self, user: str, entry_id: str) -> bool:
        return await self._store.get(outbox_keys(user, entry_id)[0]) is not None

    async def save(
        self,
        user: str,
        entry_id: str,
        messages: list[Message],
        *,
        also: Mapping[str, tuple[str, float | None]] | None = None,
        delete: Sequence[str] = (),
    ) -> None:
        """Keep the answer before any of it is sent (raises when the store cannot keep it, and
        EntryGone when the queue no longer holds the event); the writes `also` and deletions
        `delete` go in the same round trip."""
        answer = (json.dumps(messages, ensure_ascii=False), float(OUTBOX_TTL_S))
        values = {outbox_keys(user, entry_id)[0]: answer, **(also or {})}
        await self._store.set_many(
            values, delete=delete, durable=True, while_in=(EVENTS_STREAM, entry_id)
        )

    async def record_sent(
        self,
        user: str,
        entry_id: str,
        count: int,
        *,
        also: Mapping[str, tuple[str, float | None]] | None = None,
    ) -> None:
        """Record that `count` messages went out (and the writes `also`, in the same step).

        A message Messenger took is never sent again, so when the store blinks (or a failover
        is under way) this is retried until it lands, and it is not interrupted by a stop: the
        count is set, not incremented, so a retry after a lost reply is harmless. Only a process
        that dies meanwhile leaves a message to be sent a second time.
        """
        recording = asyncio.ensure_future(
            self._record(outbox_keys(user, entry_id)[1], count, also or {})
        )
        try:
            await asyncio.shield(recording)
        except asyncio.CancelledError:
            # The worker is stopping: the record gets a moment to land before the event is
            # released to another worker, which must see it.
            await asyncio.wait({recording}, timeout=_RECORD_ON_STOP_S)
            recording.cancel()
            raise

    async def _record(
        self, key: str, count: int, also: Mapping[str, tuple[str, float | None]]
    ) -> None:
        failures = 0
        while True:
            try:
                if also:
                    values = {key: (str(count), float(OUTBOX_TTL_S)), **also}
                    await self._store.set_many(values, durable=True)
                else:
                    await self._store.set_durable(key, str(count), ttl_s=OUTBOX_TTL_S)
                return
            except (*STORE_ERRORS, NotReplicated) as exc:
                failures += 1
                log.warning(
                    "cannot record a sent message; retrying", extra={"error": described(exc)}
                )
            await asyncio.sleep(backoff_delay(failures, base_s=_RECORD_BASE_S, cap_s=_RECORD_CAP_S))
