"""PNR alerts: the subscriptions a user keeps, what counts as a change of a PNR's status, how a
change is worded, and when each subscription is polled next.

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
from collections.abc import Callable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.bot import payloads
from app.bot.format import chip, clock_time, day_date
from app.bot.replies import Reply
from app.constants import (
    ALERT_NEAR_WINDOW_S,
    ALERT_POLL_INTERVAL_S,
    ALERT_POLL_JITTER_S,
    ALERT_POLL_NEAR_S,
    ALERTS_DUE_KEY,
    ALERTS_LAST_PNR_PREFIX,
    ALERTS_LAST_PNR_TTL_S,
    ALERTS_USER_PREFIX,
)
from app.observability import ALERTS_ACTIVE
from app.railways.models import BerthStatus, Passenger, PnrStatus, StatusKind
from app.railways.status import describe_status
from app.store import Store

log = logging.getLogger(__name__)

# The Send API tag for alerts outside the 24-hour window: an update of a trip the user booked
# and asked to follow (MESSENGER.md §6).
ALERT_TAG = "CONFIRMED_EVENT_UPDATE"

Random = Callable[[], float]

CHART_PREPARED = "Chart prepared"


class Baseline(BaseModel):
    """What an alert compares against: the facts of a PNR that are worth a message."""

    model_config = ConfigDict(frozen=True)

    journey_date: dt.date
    departure: dt.time | None = None
    chart_prepared: bool = False
    train_cancelled: bool = False
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
                if not _blank(seat := _seat(passenger))
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

    @property
    def journey_date(self) -> dt.date:
        return self.baseline.journey_date


# --- what changed --------------------------------------------------------------------------------


def compare(before: Baseline, status: PnrStatus) -> tuple[list[str], Baseline]:
    """What changed since `before`, a line each, and the baseline to keep from now on.

    Only real changes count: a status the source leaves blank, a passenger it leaves out, a
    detail it drops (a berth, a chart flag turning back) are glitches, and the baseline keeps what
    it knew. Lines come in the order travellers care: cancellation, new date or time, passengers,
    chart.
    """
    after = Baseline.of(status)
    changes: list[str] = []
    if after.train_cancelled and not before.train_cancelled:
        changes.append("❌ Train cancelled")
    if after.journey_date != before.journey_date:
        changes.append(
            f"Journey date changed: {_short_date(before.journey_date)} → "
            f"{_short_date(after.journey_date)}"
        )
    if after.departure and before.departure and after.departure != before.departure:
        changes.append(
            f"Departure changed: {clock_time(before.departure)} → {clock_time(after.departure)}"
        )
    seats = dict(before.passengers)
    for number, seat in sorted(after.passengers.items()):
        was = before.passengers.get(number)
        if was is not None and _moved(was, seat):
            changes.append(f"P{number}: {describe_status(was)} → {describe_status(seat)}")
        if was is None or _moved(was, seat):
            seats[number] = seat
    if after.chart_prepared and not before.chart_prepared:
        changes.append(CHART_PREPARED)
    kept = Baseline(
        journey_date=after.journey_date,
        departure=after.departure or before.departure,
        chart_prepared=before.chart_prepared or after.chart_prepared,
        train_cancelled=before.train_cancelled or after.train_cancelled,
        passengers=seats,
    )
    return changes, kept


def _seat(passenger: Passenger) -> BerthStatus:
    """The passenger's status now: the current one, or the booked one when none is given."""
    return passenger.booking if _blank(passenger.current) else passenger.current


def _blank(seat: BerthStatus) -> bool:
    return seat.kind is StatusKind.UNKNOWN and not seat.raw.strip()


def _moved(was: BerthStatus, now: BerthStatus) -> bool:
    """Whether a passenger's status really changed (a detail the source drops is no change)."""
    if _blank(now):
        return False
    if was.kind is not now.kind:
        # "WL 16" and "RLWL 16" are one place on one list, named by two sources.
        same_place = was.position is not None and was.position == now.position
        return not (was.kind.is_waitlist and now.kind.is_waitlist and same_place)
    if now.kind is StatusKind.UNKNOWN:
        return describe_status(now) != describe_status(was)
    details = ((now.coach, was.coach), (now.berth, was.berth), (now.position, was.position))
    return any(new is not None and new != old for new, old in details)


# --- wording ---------------------------------------------------------------------------------


def masked(pnr: str) -> str:
    """`*******678`: a notification can show on a locked screen."""
    return "*******" + pnr[-3:]


def _short_date(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


def headline(pnr: str, train: str, journey_date: dt.date) -> str:
    """`PNR *******678 · 12627 Karnataka Exp, 28 Nov`."""
    return f"PNR {masked(pnr)} · {train}, {_short_date(journey_date)}"


def change_notice(
    sub: Subscription, changes: list[str], baseline: Baseline, notice_id: str
) -> Notice:
    """The message for `changes` to `sub`, whose new baseline is `baseline`."""
    lines = [headline(sub.pnr, sub.train, baseline.journey_date), *changes]
    seats = list(baseline.passengers.values())
    if baseline.train_cancelled:
        lines.append(
            "Refunds for e-tickets on cancelled trains are automatic. "
            "I've stopped alerts for this PNR."
        )
    elif CHART_PREPARED in changes and seats and all(seat.kind.is_waitlist for seat in seats):
        lines.append(
            "Still waitlisted after charting: an e-ticket like this is cancelled and "
            "refunded automatically."
        )
    return Notice(id=notice_id, text="\n".join(lines), final=baseline.train_cancelled)


def notice_reply(pnr: str, notice: Notice) -> Reply:
    """A notice as sent: its text, with Full status (and Stop alerts while they go on)."""
    quick = [chip("Full status", payloads.pnr(pnr))]
    if not notice.final:
        quick.append(chip("Stop alerts", payloads.untrack(pnr)))
    return Reply(text=notice.text, quick_replies=tuple(quick))


def ended_reply(sub: Subscription, reason: str) -> Reply:
    """The last word of an alert that ends by itself (journey over, PNR flushed)."""
    text = f"{headline(sub.pnr, sub.train, sub.journey_date)}\n{reason}"
    return Reply(text=text, quick_replies=(chip("My alerts", payloads.ALERTS),))


JOURNEY_OVER = "The journey date has passed, so I've stopped alerts for this PNR. Happy journey! 🚆"
FLUSHED = (
    "Indian Railways has flushed this PNR (the journey is complete), so its alerts have stopped."
)


def entry_line(sub: Subscription, today: dt.date) -> str:
    """`• 4512345678 · 12627 Karnataka Exp, Sat 28 Nov`."""
    return f"• {sub.pnr} · {sub.train}, {day_date(sub.journey_date, today)}"


def status_summary(baseline: Baseline) -> str:
    """`Now: P1 RLWL 4 · P2 CNF S6/71 · chart not prepared`."""
    parts = [
        f"P{number} {describe_status(seat)}" for number, seat in sorted(baseline.passengers.items())
    ]
    parts.append("chart prepared" if baseline.chart_prepared else "chart not prepared")
    return "Now: " + " · ".join(parts)


# --- when to poll ------------------------------------------------------------------------------


def departure_at(baseline: Baseline, tz: dt.tzinfo) -> float:
    """When the train leaves (midnight of the journey date when the time is not known)."""
    moment = dt.datetime.combine(baseline.journey_date, baseline.departure or dt.time(0), tz)
    return moment.timestamp()


def journey_over_at(journey_date: dt.date, tz: dt.tzinfo) -> float:
    """The end of the journey date: alerts stop then."""
    return dt.datetime.combine(journey_date + dt.timedelta(days=1), dt.time(0), tz).timestamp()


def journey_over(now: float, journey_date: dt.date, tz: dt.tzinfo) -> bool:
    return now >= journey_over_at(journey_date, tz)


def next_poll_at(now: float, baseline: Baseline, tz: dt.tzinfo, rng: Random) -> float:
    """Hourly, every 15 minutes from 24 hours before departure, jittered so that workers
    spread out; the first close poll as that window opens, the last at the end of the day."""
    near_from = departure_at(baseline, tz) - ALERT_NEAR_WINDOW_S
    interval = ALERT_POLL_NEAR_S if now >= near_from else ALERT_POLL_INTERVAL_S
    spread = min(ALERT_POLL_JITTER_S, interval / 6)
    at = now + interval + (2 * rng() - 1) * spread
    if now < near_from < at:
        at = near_from + rng() * spread
    return min(at, journey_over_at(baseline.journey_date, tz))


# --- the store ---------------------------------------------------------------------------------


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
        if not user_id or payloads.valid_pnr(pnr) is None:
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

    async def refresh_gauge(self) -> None:
        ALERTS_ACTIVE.set(await self.count())

    async def remember_pnr(self, user_id: str, pnr: str) -> None:
        """The PNR the user just looked up, for "track my pnr"."""
        await self._store.set(ALERTS_LAST_PNR_PREFIX + user_id, pnr, ttl_s=ALERTS_LAST_PNR_TTL_S)

    async def last_pnr(self, user_id: str) -> str | None:
        value = await self._store.get(ALERTS_LAST_PNR_PREFIX + user_id)
        return payloads.valid_pnr(value) if value else None

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
