"""The outbox: the Messenger messages computed for one queued event, and how many went out.

Written before the first message is sent and updated after each one, so that whoever takes the
event up again (a retry, or another worker after a crash or a stop) sends only what is left,
never an answer twice. Both writes are durable: under Sentinel they return once the required
replicas hold them, so a failover cannot forget that a message went out. The queue deletes both
keys with the entry when it is finished.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any, Final

from app.constants import OUTBOX_PREFIX, OUTBOX_TTL_S
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


class Outbox:
    """Load, save and count the messages of one event's answer."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def load(self, user: str, entry_id: str) -> tuple[list[Message], int] | None:
        """The messages and how many were sent, or None when nothing was computed yet."""
        messages_key, sent_key = outbox_keys(user, entry_id)
        stored, sent = await self._store.mget([messages_key, sent_key])
        if stored is None:
            return None
        messages: list[Message] = json.loads(stored)
        return messages, int(sent) if sent and sent.isdigit() else 0

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
        """Keep the answer before any of it is sent (raises when the store cannot keep it); the
        writes `also` and deletions `delete` go in the same round trip."""
        answer = (json.dumps(messages, ensure_ascii=False), float(OUTBOX_TTL_S))
        values = {outbox_keys(user, entry_id)[0]: answer, **(also or {})}
        await self._store.set_many(values, delete=delete, durable=True)

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
