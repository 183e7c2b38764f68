"""PNR alert subscriptions: what each user follows, and where that is kept.

Storage (keys in `app.constants`): per user a hash PNR → `Subscription` JSON, and one sorted set
of `<user>|<pnr>` by next poll time, which pollers claim with a lease (`Store.zclaim_due`) so
that each subscription is polled by one worker at a time. A subscription keeps a digest of the
status last seen (`Baseline`) and, from the moment a change is decided until it is delivered, the
`Notice` that tells it: the new baseline and the notice are written in one write, so a change is
notified once even when a worker dies in between (whoever polls next sends the notice, once its
claim has run out).
"""

from __future__ import annotations

import datetime as dt
import logging

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.constants import (
    ALERTS_DUE_KEY,
    ALERTS_LAST_PNR_PREFIX,
    ALERTS_LAST_PNR_TTL_S,
    ALERTS_USER_PREFIX,
)
from app.observability import ALERTS_ACTIVE
from app.railways import vocabulary
from app.railways.models import BerthStatus, Passenger, PnrStatus, StatusKind
from app.store import Store

log = logging.getLogger(__name__)


class Baseline(BaseModel):
    """What an alert compares against: the facts of a PNR that are worth a message."""

    model_config = ConfigDict(frozen=True)

    journey_date: dt.date
    departure: dt.time | None = None
    chart_prepared: bool = False
    train_cancelled: bool = False
    # The railway moved the run's start (told once, and again only for a newer start): whether
    # it did, and the new start from the origin when the source says it.
    rescheduled: bool = False
    new_start: dt.datetime | None = None
    passengers: dict[int, BerthStatus] = Field(default_factory=dict)  # current status by number

    @classmethod
    def of(cls, status: PnrStatus) -> Baseline:
        return cls(
            journey_date=status.journey_date,
            departure=status.departure,
            chart_prepared=status.chart_prepared,
            train_cancelled=status.train_cancelled,
            passengers={
                passenger.number: seat
                for passenger in status.passengers
                if not is_blank(seat := seat_now(passenger))
            },
        )


class Notice(BaseModel):
    """A decided notification, kept until delivered. `claimed_until`: a poller is sending it."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    final: bool = False  # the subscription ends once this is delivered (train cancelled)
    claimed_until: float = 0.0
    attempts: int = 0


class Subscription(BaseModel):
    """One user's alert for one PNR."""

    model_config = ConfigDict(frozen=True)

    pnr: str
    train: str  # as travellers read it: "12627 Karnataka Exp"
    created_at: float
    baseline: Baseline
    pending: Notice | None = None
    # The booked train and the day its run leaves its origin (from the timetable), for looks at
    # that run while only a cancellation or a new time can change a confirmed booking; None
    # when not known (such an alert looks at the PNR instead).
    train_number: str | None = None
    run_start: dt.date | None = None

    @property
    def journey_date(self) -> dt.date:
        return self.baseline.journey_date


def seat_now(passenger: Passenger) -> BerthStatus:
    """The passenger's status now: the current one, or the booked one when none is given."""
    return passenger.booking if is_blank(passenger.current) else passenger.current


def is_blank(seat: BerthStatus) -> bool:
    return seat.kind is StatusKind.UNKNOWN and not seat.raw.strip()


class AlertBook:
    """Every user's alert subscriptions in a `Store`, and when each is polled next."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @staticmethod
    def member(user_id: str, pnr: str) -> str:
        return f"{user_id}|{pnr}"

    @staticmethod
    def split(member: str) -> tuple[str, str] | None:
        """The user and PNR of a due-set member (user ids may hold `|`; a PNR never does)."""
        user_id, _, pnr = member.rpartition("|")
        if not user_id or vocabulary.parse_pnr(pnr) != pnr:
            return None
        return user_id, pnr

    async def all_of(self, user_id: str) -> list[Subscription]:
        """The user's subscriptions, soonest journey first."""
        table = await self._store.hgetall(ALERTS_USER_PREFIX + user_id)
        subs = [sub for pnr, raw in table.items() if (sub := await self._read(user_id, pnr, raw))]
        return sorted(subs, key=lambda sub: (sub.journey_date, sub.created_at, sub.pnr))

    async def get(self, user_id: str, pnr: str) -> Subscription | None:
        raw = await self._store.hget(ALERTS_USER_PREFIX + user_id, pnr)
        return await self._read(user_id, pnr, raw) if raw is not None else None

    async def add(self, user_id: str, sub: Subscription, due_at: float) -> None:
        """Keep `sub` and poll it at `due_at` (the subscription first: a crash in between leaves
        an alert the user can see and stop, never a poll of nothing)."""
        await self.save(user_id, sub)
        await self.schedule(user_id, sub.pnr, due_at)
        await self.refresh_gauge()

    async def save(self, user_id: str, sub: Subscription) -> None:
        await self._store.hset(ALERTS_USER_PREFIX + user_id, sub.pnr, sub.model_dump_json())

    async def schedule(self, user_id: str, pnr: str, at: float) -> None:
        await self._store.zadd(ALERTS_DUE_KEY, self.member(user_id, pnr), at)

    async def is_scheduled(self, user_id: str, pnr: str) -> bool:
        return await self._store.zscore(ALERTS_DUE_KEY, self.member(user_id, pnr)) is not None

    async def unschedule(self, member: str) -> None:
        await self._store.zrem(ALERTS_DUE_KEY, member)

    async def remove(self, user_id: str, pnr: str) -> bool:
        """Stop one alert; whether there was one."""
        removed = await self._store.hdel(ALERTS_USER_PREFIX + user_id, pnr)
        await self._store.zrem(ALERTS_DUE_KEY, self.member(user_id, pnr))
        await self.refresh_gauge()
        return removed > 0

    async def remove_all(self, user_id: str) -> list[str]:
        """Stop every alert of the user; the PNRs that had one."""
        pnrs = sorted(await self._store.hgetall(ALERTS_USER_PREFIX + user_id))
        await self._store.delete(ALERTS_USER_PREFIX + user_id)
        await self._store.zrem(ALERTS_DUE_KEY, *(self.member(user_id, pnr) for pnr in pnrs))
        await self.refresh_gauge()
        return pnrs

    async def claim_due(self, now: float, lease_until: float, limit: int) -> list[str]:
        """Up to `limit` members due by `now`, each leased to the caller until `lease_until`."""
        return await self._store.zclaim_due(ALERTS_DUE_KEY, now, lease_until, limit)

    async def count(self) -> int:
        return await self._store.zcard(ALERTS_DUE_KEY)

    async def due_by(self, at: float) -> int:
        """How many polls are due by `at` (those leased now count as due when their lease ends)."""
        return await self._store.zcount_until(ALERTS_DUE_KEY, at)

    async def refresh_gauge(self) -> None:
        ALERTS_ACTIVE.set(await self.count())

    async def remember_pnr(self, user_id: str, pnr: str) -> None:
        """The PNR the user just looked up, for "track my pnr"."""
        await self._store.set(ALERTS_LAST_PNR_PREFIX + user_id, pnr, ttl_s=ALERTS_LAST_PNR_TTL_S)

    async def last_pnr(self, user_id: str) -> str | None:
        value = await self._store.get(ALERTS_LAST_PNR_PREFIX + user_id)
        return vocabulary.parse_pnr(value) if value else None

    async def _read(self, user_id: str, pnr: str, raw: str | None) -> Subscription | None:
        if raw is None:
            return None
        try:
            return Subscription.model_validate_json(raw)
        except ValidationError:
            # Written by an older version, or damaged: forget it rather than fail the user.
            log.warning("dropping an unreadable alert subscription", extra={"user": user_id})
            await self.remove(user_id, pnr)
            return None
