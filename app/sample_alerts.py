"""PNR alerts on the sample railway, on demand: a newcomer tracks the sample's moving PNR, moves
its status one step along (a button on the chat page), and sees the alert arrive within seconds.

A move changes the booking in the sample railway (its step is in the store, so the worker that
polls sees it too), drops the cached answers for that PNR (else the poller would be told the old
status for the cache's two minutes), and makes the asking user's alert on it due now (else it
would be polled at its usual quarter-hour or hour). The alert itself then goes the real way: the
poller in a worker polls it through the cached provider, notices the change and sends it.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Final

from app.bot.alerts.subscriptions import AlertBook
from app.railways.cache import pnr_cache_keys
from app.railways.models import BerthStatus, PnrStatus, StatusKind
from app.railways.sample import MOVING_PNR, PROVIDER_NAME, SampleProvider
from app.store import Clock, Store


class SampleAlerts:
    """Moves the sample railway's moving PNR for one user and has their alert on it polled."""

    pnr: Final = MOVING_PNR

    def __init__(self, store: Store, *, clock: Clock = time.time, tz: dt.tzinfo = dt.UTC) -> None:
        self._store = store
        self._clock = clock
        self._railway = SampleProvider(store, clock=clock, tz=tz)
        self._book = AlertBook(store)

    async def move(self, user: str) -> tuple[PnrStatus, bool]:
        """One step along; the new status, and whether `user` tracks the PNR (an alert is then
        on its way)."""
        status = await self._railway.advance(self.pnr)
        await self._store.delete(*pnr_cache_keys(PROVIDER_NAME, self.pnr))
        tracked = await self._book.get(user, self.pnr) is not None
        if tracked:
            await self._book.schedule(user, self.pnr, self._clock())
        return status, tracked

    async def reset(self) -> None:
        """The moving PNR back on the waiting list (its cached answers dropped too)."""
        await self._railway.reset(self.pnr)
        await self._store.delete(*pnr_cache_keys(PROVIDER_NAME, self.pnr))


def describe(status: PnrStatus) -> str:
    """`P1 RAC 8`, `P1 CNF S4/33 · chart prepared`: the moving PNR's status in a few words."""
    seats = ", ".join(f"P{p.number} {_seat(p.current)}" for p in status.passengers)
    return f"{seats} · chart prepared" if status.chart_prepared else seats


def _seat(seat: BerthStatus) -> str:
    if seat.kind is StatusKind.CNF and seat.coach and seat.berth:
        return f"CNF {seat.coach}/{seat.berth}"
    return seat.raw
