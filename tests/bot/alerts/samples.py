"""PNRs of train 12627 with the passengers' statuses a test needs, and a subscription to one."""

from __future__ import annotations

import datetime as dt

from app.bot.alerts.subscriptions import Baseline, Subscription
from app.railways.models import Passenger, PnrStatus, Station, Train
from app.railways.status import parse_status
from tests.bot.harness import TODAY

PNR = "4512345678"
JOURNEY = TODAY + dt.timedelta(days=10)
USER = "psid-1001"


def status(
    *passengers: str,
    chart: bool = False,
    cancelled: bool = False,
    on: dt.date = JOURNEY,
    departs: dt.time | None = None,
) -> PnrStatus:
    """A PNR of 12627 with passengers' current statuses (booked as the first one reads)."""
    return PnrStatus(
        pnr=PNR,
        train=Train(number="12627", name="KARNATAKA EXP"),
        journey_date=on,
        from_station=Station(code="SBC", name="KSR BENGALURU"),
        to_station=Station(code="NDLS", name="NEW DELHI"),
        chart_prepared=chart,
        train_cancelled=cancelled,
        departure=departs,
        passengers=tuple(
            Passenger(number=n, booking=parse_status(passengers[0]), current=parse_status(now))
            for n, now in enumerate(passengers, 1)
        ),
    )


def subscription(before: PnrStatus) -> Subscription:
    return Subscription(
        pnr=PNR, train="12627 Karnataka Exp", created_at=0.0, baseline=Baseline.of(before)
    )
