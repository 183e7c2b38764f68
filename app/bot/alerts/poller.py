"""The PNR alert poller: runs beside the queue consumers of every worker, no extra service.

Each pass claims the subscriptions that are due (a lease in the shared sorted set, so that with
any number of workers each subscription is polled by one of them per due time), asks the railway
for each PNR through the cached provider (one upstream call however many users and questions ask
within the cache's two minutes), and compares the answer with what the user was last told about.

A change is decided under the user's lock (the one the queue consumer holds while answering the
user), where the new baseline and the notice that tells the change are written together; the
notice is then sent and cleared. A worker that dies after deciding leaves the notice claimed until
its lease runs out; whoever polls the subscription next sends it then. So each real change is told
once: only a death between Messenger taking the message and the notice being cleared, a moment,
can tell it twice.

Sending: `UPDATE` inside the 24-hour window (the user's last message, as the worker records it),
else `MESSAGE_TAG` with `CONFIRMED_EVENT_UPDATE`. A 551 ends all the user's alerts; any other
permanent refusal (10/2018278, 190...) is counted and logged, and that notice dropped; a
temporary one is tried again a few minutes later. Subscriptions end after the journey date, when
the PNR is flushed, or after telling that the train is cancelled.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import random
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Literal

from redis.exceptions import RedisError

from app.bot.alerts.changes import (
    FLUSHED,
    JOURNEY_OVER,
    change_notice,
    compare,
    ended_reply,
    notice_reply,
)
from app.bot.alerts.departure import announced, timetabled, with_run
from app.bot.alerts.schedule import (
    Random,
    counted_from,
    journey_over,
    look_taken_s,
    next_poll_at,
    paced,
    watches_run,
)
from app.bot.alerts.subscriptions import AlertBook, Notice, Subscription
from app.bot.format import sample_note
from app.bot.replies import Reply
from app.constants import (
    ALERT_LEASE_S,
    ALERT_MAX_SEND_ATTEMPTS,
    ALERT_RETRY_S,
    ALERT_TICK_S,
    ALERT_WINDOW_MARGIN_S,
    LAST_SEEN_PREFIX,
    MESSAGING_WINDOW_S,
    USER_LOCK_PREFIX,
    USER_LOCK_TTL_MS,
)
from app.errors import (
    FlushedPnr,
    InvalidPnr,
    NotFound,
    RailwayError,
    SendError,
    UserUnreachable,
    described,
)
from app.i18n.language import DEFAULT_LANGUAGE, Language
from app.i18n.preference import LanguagePreferences
from app.observability import ALERT_NOTIFICATIONS, ALERT_POLLS
from app.railways.budget import background_calls
from app.railways.cache import answers_up_to
from app.railways.models import LiveStatus
from app.railways.provider import Provider
from app.store import Clock, Store, wait_for_lock

log = logging.getLogger(__name__)

MessagingType = Literal["UPDATE", "MESSAGE_TAG"]
Notify = Callable[[str, Reply, MessagingType, str | None], Awaitable[object]]
"""Send a reply to a user, proactively: `(user_id, reply, messaging_type, tag)`."""

# The Send API tag for alerts outside the 24-hour window: an update of a trip the user booked
# and asked to follow.
ALERT_TAG = "CONFIRMED_EVENT_UPDATE"


class AlertPoller:
    """Polls due PNR alerts and notifies changes, until `stop()`."""

    def __init__(
        self,
        provider: Provider,
        store: Store,
        notify: Notify,
        *,
        tz: dt.tzinfo,
        clock: Clock = time.time,
        rng: Random = random.random,
        tick_s: float = ALERT_TICK_S,
        batch: int = 50,
        concurrency: int = 8,
        lock_wait_s: float = 5.0,
        shutdown_grace_s: float = 10.0,
        call_spacing: Callable[[], Awaitable[float]] | None = None,
    ) -> None:
        self.provider = provider
        self.book = AlertBook(store)
        self._languages = LanguagePreferences(store)
        self._store = store
        self._notify = notify
        self._tz = tz
        self._clock = clock
        self._rng = rng
        self.tick_s = tick_s
        self.batch = batch
        self._slots = asyncio.Semaphore(concurrency)
        self._lock_wait_s = lock_wait_s
        self._shutdown_grace_s = shutdown_grace_s
        self._call_spacing = call_spacing
        self._stopping = asyncio.Event()

    # --- running -------------------------------------------------------------------------------

    async def run(self) -> None:
        """Poll what is due every `tick_s` until `stop()`; a pass in progress gets a grace to
        finish (what it leaves is leased, and polled again when the lease runs out)."""
        stop = asyncio.create_task(self._stopping.wait())
        try:
            while not self._stopping.is_set():
                work = asyncio.create_task(self.poll_due())
                await asyncio.wait({work, stop}, return_when=asyncio.FIRST_COMPLETED)
                if not work.done():
                    await asyncio.wait({work}, timeout=self._shutdown_grace_s)
                    work.cancel()
                    await asyncio.gather(work, return_exceptions=True)
                    break
                try:
                    handled = work.result()
                except (RedisError, OSError) as exc:
                    log.warning("cannot poll PNR alerts", extra={"error": described(exc)})
                    handled = 0
                except Exception:
                    # Whatever went wrong, the loop goes on: alerts must not stop for good.
                    log.exception("a PNR alert pass failed")
                    handled = 0
                if handled < self.batch:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._stopping.wait(), self.tick_s)
        finally:
            stop.cancel()
            await asyncio.gather(stop, return_exceptions=True)

    def stop(self) -> None:
        self._stopping.set()

    async def poll_due(self) -> int:
        """One pass: claim the alerts due now (up to `batch`) and poll each; how many."""
        now = self._clock()
        members = await self.book.claim_due(now, now + ALERT_LEASE_S, self.batch)
        if members:
            await asyncio.gather(*(self._guarded(member) for member in members))
        await self.book.refresh_gauge()
        return len(members)

    async def _guarded(self, member: str) -> None:
        async with self._slots:
            try:
                await self.poll(member)
            except Exception:
                # Left leased: polled again when the lease runs out.
                ALERT_POLLS.labels(outcome="failed").inc()
                user = member.rpartition("|")[0]  # logged hashed; the PNR is not logged
                log.exception("a PNR alert poll failed", extra={"user": user})

    # --- one subscription ----------------------------------------------------------------------

    async def poll(self, member: str) -> str:
        """Poll one claimed subscription (`user|pnr`); the outcome, as counted."""
        outcome = await self._poll(member)
        ALERT_POLLS.labels(outcome=outcome).inc()
        return outcome

    async def _poll(self, member: str) -> str:
        parts = AlertBook.split(member)
        if parts is None:
            await self.book.unschedule(member)
            return "gone"
        user, pnr = parts
        sub = await self.book.get(user, pnr)
        if sub is None:
            return await self._forget(user, pnr)
        if journey_over(self._clock(), sub.journey_date, self._tz):
            await self._end(user, sub, JOURNEY_OVER)
            return "expired"
        if sub.pending is not None:
            return await self._resend(user, pnr)
        # A look at the PNR within the poll's interval (its owner asking, minutes ago) is this
        # poll's look: no call, and the next poll is due an interval after that look.
        taken = look_taken_s(self._clock(), sub.baseline, self._tz)
        run: LiveStatus | None = None
        if watches_run(self._clock(), sub.baseline, self._tz):
            run = await self._look_at_run(sub, taken)
            if run is not None and not announced(run, sub.baseline):
                await self._reschedule(user, sub)
                return "run_unchanged"
        try:
            with background_calls(), answers_up_to(taken):  # people's questions come first
                answer = await self.provider.pnr_status(pnr)
            if answer.data.journey_date is None:  # a look without the date: still the one known
                dated = answer.data.model_copy(update={"journey_date": sub.journey_date})
                answer = answer.model_copy(update={"data": dated})
            if sub.train_number is None:  # subscribed before alerts read the timetable
                with background_calls():
                    sub = await timetabled(self.provider, sub, answer.data)
        except FlushedPnr:
            await self._end(user, sub, FLUSHED)
            return "flushed"
        except (InvalidPnr, NotFound):
            # Known at subscription: the railway not finding it now is its glitch; the journey
            # date still ends the subscription.
            await self._reschedule(user, sub)
            return "not_found"
        except RailwayError as exc:
            log.info("PNR alert poll failed upstream", extra={"error": type(exc).__name__})
            await self._reschedule(user, sub)
            return "upstream_error"
        if answer.stale:
            await self._reschedule(user, sub)
            return "stale"
        async with self._user_lock(user) as held:
            current = await self.book.get(user, pnr) if held else None
            if current is None or current.pending is not None:
                return await self._not_now(user, pnr, held, current)
            if sub.train_number != current.train_number:
                current = current.model_copy(
                    update={"train_number": sub.train_number, "run_start": sub.run_start}
                )
                await self.book.save(user, current)
            language = await self._language(user)
            status = with_run(answer.data, run)
            changes, baseline = compare(language, current.baseline, status, run)
            if not changes:
                if baseline != current.baseline:
                    current = current.model_copy(update={"baseline": baseline})
                    await self.book.save(user, current)
                await self._reschedule(user, current, seen=answer.as_of.timestamp())
                return "unchanged"
            charted = baseline.chart_prepared and not current.baseline.chart_prepared
            notice = change_notice(
                language, current, changes, baseline, secrets.token_hex(8), charted=charted
            )
            if marked := sample_note(language, answer):  # a made-up booking says so
                notice = notice.model_copy(update={"text": f"{notice.text}\n{marked}"})
            notice = notice.model_copy(update={"claimed_until": self._clock() + ALERT_LEASE_S})
            sub = current.model_copy(update={"baseline": baseline, "pending": notice})
            await self.book.save(user, sub)
        await self._deliver(user, sub, notice)
        return "changed"

    async def _look_at_run(self, sub: Subscription, taken: float) -> LiveStatus | None:
        """The booked train's run, as everyone asking about it sees it (a look within the
        poll's interval is this one); None when it cannot be told (the PNR is looked at)."""
        if sub.train_number is None or sub.run_start is None:
            return None
        try:
            with background_calls(), answers_up_to(taken):
                answer = await self.provider.live_status(sub.train_number, sub.run_start)
        except RailwayError as exc:
            log.info("PNR alert's run look failed", extra={"error": type(exc).__name__})
            return None
        return None if answer.stale else answer.data

    async def _resend(self, user: str, pnr: str) -> str:
        """A notice decided earlier and not delivered: send it, unless another poller is."""
        async with self._user_lock(user) as held:
            current = await self.book.get(user, pnr) if held else None
            notice = current.pending if current is not None else None
            if current is None or notice is None or notice.claimed_until > self._clock():
                return await self._not_now(user, pnr, held, current)
            notice = notice.model_copy(update={"claimed_until": self._clock() + ALERT_LEASE_S})
            current = current.model_copy(update={"pending": notice})
            await self.book.save(user, current)
        await self._deliver(user, current, notice)
        return "resent"

    async def _not_now(self, user: str, pnr: str, held: bool, current: Subscription | None) -> str:
        """Under the lock, when there is nothing to do now: the subscription is gone, or another
        poller is delivering its notice; without the lock, the user is busy."""
        if held and current is None:
            await self.book.unschedule(AlertBook.member(user, pnr))
            return "gone"
        await self.book.schedule(user, pnr, self._clock() + ALERT_RETRY_S)
        return "busy"

    async def _forget(self, user: str, pnr: str) -> str:
        """Unschedule a subscription that is gone (checked again under the lock: the user may
        have just subscribed again)."""
        async with self._user_lock(user) as held:
            current = await self.book.get(user, pnr) if held else None
            if current is not None:
                await self._reschedule(user, current)
                return "unchanged"
            return await self._not_now(user, pnr, held, None)

    async def _deliver(self, user: str, sub: Subscription, notice: Notice) -> None:
        messaging_type, tag = await self._window(user)
        try:
            reply = notice_reply(await self._language(user), sub.pnr, notice)
            await self._notify(user, reply, messaging_type, tag)
        except UserUnreachable:
            ALERT_NOTIFICATIONS.labels(outcome="551").inc()
            stopped = await self.book.remove_all(user)
            log.info(
                "user unreachable: their PNR alerts end",
                extra={"user": user, "alerts": len(stopped)},
            )
            return
        except SendError as error:
            ALERT_NOTIFICATIONS.labels(outcome=error.label).inc()
            again = error.retryable and notice.attempts + 1 < ALERT_MAX_SEND_ATTEMPTS
            log.warning(
                "PNR alert not delivered" + ("; trying again later" if again else ""),
                extra={
                    "user": user,
                    "code": error.code,
                    "subcode": error.subcode,
                    "status": error.status,
                    "messaging_type": messaging_type,
                },
            )
            if again:
                retry = notice.model_copy(
                    update={"claimed_until": 0.0, "attempts": notice.attempts + 1}
                )
                await self._settle(user, sub.pnr, notice, retry)
                await self.book.schedule(user, sub.pnr, self._clock() + ALERT_RETRY_S)
                return
        else:
            ALERT_NOTIFICATIONS.labels(outcome="sent").inc()
        if notice.final:
            await self.book.remove(user, sub.pnr)
            return
        await self._settle(user, sub.pnr, notice, None)
        await self._reschedule(user, sub)

    async def _settle(self, user: str, pnr: str, notice: Notice, replace: Notice | None) -> None:
        """Clear (or replace) the notice, if the subscription still holds this one."""
        async with self._user_lock(user, wait_s=max(self._lock_wait_s, 30.0)) as held:
            if not held:
                log.warning("could not settle a PNR alert notice", extra={"user": user})
                return
            current = await self.book.get(user, pnr)
            if current is None or current.pending is None or current.pending.id != notice.id:
                return
            await self.book.save(user, current.model_copy(update={"pending": replace}))

    async def _language(self, user: str) -> Language:
        """The language the person chose, else the one they last wrote in."""
        known = await self._languages.load(user)
        return known.chosen or known.last or DEFAULT_LANGUAGE

    async def _end(self, user: str, sub: Subscription, reason: str) -> None:
        """End a subscription by itself; the last word only inside the 24-hour window (a tag is
        for an upcoming or ongoing trip, not one that is over)."""
        await self.book.remove(user, sub.pnr)
        messaging_type, _ = await self._window(user)
        if messaging_type != "UPDATE":
            return
        try:
            reply = ended_reply(await self._language(user), sub, reason)
            await self._notify(user, reply, "UPDATE", None)
        except SendError as error:
            ALERT_NOTIFICATIONS.labels(outcome=error.label).inc()
            if isinstance(error, UserUnreachable):
                await self.book.remove_all(user)
            return
        ALERT_NOTIFICATIONS.labels(outcome="sent").inc()

    async def _reschedule(self, user: str, sub: Subscription, seen: float | None = None) -> None:
        """Schedule the next poll, an interval after the last look at the booking (`seen`: when
        the answer the poll went by was fetched, by it or by a traveller's question)."""
        now = self._clock()
        base = now if seen is None else counted_from(now, seen, sub.baseline, self._tz)
        at = next_poll_at(base, sub.baseline, self._tz, self._rng)
        if self._call_spacing is not None and (spacing := await self._call_spacing()) > 0:
            # The provider's budget sets the pace when the phases ask for more than it has: the
            # polls due before this one go first, all within the calls polling may spend.
            at = paced(now, at, spacing, await self.book.due_by(at))
        await self.book.schedule(user, sub.pnr, at)

    # --- the user -----------------------------------------------------------------------------

    async def _window(self, user: str) -> tuple[MessagingType, str | None]:
        """UPDATE inside the 24 hours after the user's last message, else the alert tag."""
        raw = await self._store.get(LAST_SEEN_PREFIX + user)
        try:
            seen = float(raw) if raw is not None else None
        except ValueError:
            seen = None
        if seen is not None and self._clock() - seen < MESSAGING_WINDOW_S - ALERT_WINDOW_MARGIN_S:
            return "UPDATE", None
        return "MESSAGE_TAG", ALERT_TAG

    @contextlib.asynccontextmanager
    async def _user_lock(self, user: str, wait_s: float | None = None) -> AsyncIterator[bool]:
        """The user's lock (the queue consumer's): whether it was had within `wait_s`."""
        key = USER_LOCK_PREFIX + user
        token = "alerts:" + secrets.token_hex(8)
        timeout_s = self._lock_wait_s if wait_s is None else wait_s
        held = await wait_for_lock(self._store, key, token, USER_LOCK_TTL_MS, timeout_s=timeout_s)
        try:
            yield held
        finally:
            if held:
                await self._store.release_lock(key, token)
