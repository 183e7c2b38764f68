"""What counts as a change of a PNR's status, and how an alert tells it (a notification can
show on a locked screen, so it names the PNR by its last three digits only)."""

from __future__ import annotations

import datetime as dt
from typing import Final

from app.bot.alerts.departure import moved_again, moved_to
from app.bot.alerts.subscriptions import Baseline, Notice, Subscription, is_blank
from app.bot.format import chip, clock_time, day_date, delay
from app.bot.replies import Reply
from app.bot.requests import AlertList, AlertStop, PnrStatus
from app.bot.status_words import status_words
from app.i18n import N_, formats, t
from app.i18n.language import Language
from app.observability import mask_pnr
from app.railways.models import BerthStatus, ExceptionKind, LiveStatus, StatusKind
from app.railways.models import PnrStatus as PnrAnswer
from app.railways.status import describe_status

# Why an alert ended by itself: the catalog keys of its last word.
JOURNEY_OVER: Final = N_("alerts.ended_journey_over")
FLUSHED: Final = N_("alerts.ended_flushed")


def compare(
    language: Language, before: Baseline, status: PnrAnswer, run: LiveStatus | None = None
) -> tuple[list[str], Baseline]:
    """What changed since `before`, a line each, and the baseline to keep from now on; `run`
    is the booked run's live status when it was looked at (a rescheduled start is told from it).

    Only real changes count: a status the source leaves blank, a passenger it leaves out, a
    detail it drops (a berth, a chart flag turning back) are glitches, and the baseline keeps what
    it knew. Lines come in the order travellers care: cancellation, new date or time, passengers,
    chart.
    """
    after = Baseline.of(status)
    if run is not None and run.rescheduled:
        after = after.model_copy(update={"rescheduled": True, "new_start": moved_to(run)})
    changes: list[str] = []
    if after.train_cancelled and not before.train_cancelled:
        changes.append(t(language, "alerts.change_cancelled"))
    elif run is not None and moved_again(run, before):
        changes.append(_rescheduled(language, run))
    if after.journey_date != before.journey_date:
        earlier = _short_date(language, before.journey_date)
        later = _short_date(language, after.journey_date)
        changes.append(t(language, "alerts.change_date", was=earlier, now=later))
    if after.departure and before.departure and after.departure != before.departure:
        earlier, later = clock_time(before.departure), clock_time(after.departure)
        changes.append(t(language, "alerts.change_departure", was=earlier, now=later))
    seats = dict(before.passengers)
    for number, seat in sorted(after.passengers.items()):
        was = before.passengers.get(number)
        if was is not None and _moved(was, seat):
            changes.append(
                f"P{number}: {status_words(language, was)} → {status_words(language, seat)}"
            )
        if was is None or _moved(was, seat):
            seats[number] = seat
    if after.chart_prepared and not before.chart_prepared:
        changes.append(t(language, "alerts.change_chart"))
    kept = Baseline(
        journey_date=after.journey_date,
        departure=after.departure or before.departure,
        chart_prepared=before.chart_prepared or after.chart_prepared,
        train_cancelled=before.train_cancelled or after.train_cancelled,
        rescheduled=before.rescheduled or after.rescheduled,
        new_start=after.new_start or before.new_start,
        passengers=seats,
    )
    return changes, kept


def _rescheduled(language: Language, run: LiveStatus) -> str:
    """`🕒 Train rescheduled: it now starts at 09:45 on 2 Oct (3h late)`, as much as is known."""
    new_start = moved_to(run)
    if new_start is None:
        return t(language, "alerts.change_rescheduled")
    moved = run.exception(ExceptionKind.RESCHEDULED)
    late = delay(language, moved.delay_min) if moved is not None and moved.delay_min else ""
    when = {"time": clock_time(new_start), "day": _short_date(language, new_start.date())}
    if not late:
        return t(language, "alerts.change_rescheduled_to", **when)
    return t(language, "alerts.change_rescheduled_late", late=late, **when)


def _moved(was: BerthStatus, now: BerthStatus) -> bool:
    """Whether a passenger's status really changed (a detail the source drops is no change)."""
    if is_blank(now):
        return False
    if was.kind is not now.kind:
        # "WL 16" and "RLWL 16" are one place on one list, named by two sources.
        same_place = was.position is not None and was.position == now.position
        return not (was.kind.is_waitlist and now.kind.is_waitlist and same_place)
    if now.kind is StatusKind.UNKNOWN:
        return describe_status(now) != describe_status(was)
    details = ((now.coach, was.coach), (now.berth, was.berth), (now.position, was.position))
    return any(new is not None and new != old for new, old in details)


def _short_date(language: Language, day: dt.date) -> str:
    return formats.short_date(language, day)


def headline(language: Language, pnr: str, train: str, journey_date: dt.date) -> str:
    """`PNR *******678 · 12627 Karnataka Exp, 28 Nov`."""
    return f"PNR {mask_pnr(pnr)} · {train}, {_short_date(language, journey_date)}"


def change_notice(
    language: Language,
    sub: Subscription,
    changes: list[str],
    baseline: Baseline,
    notice_id: str,
    *,
    charted: bool = False,
) -> Notice:
    """The message for `changes` to `sub`, whose new baseline is `baseline`; `charted` says the
    chart was prepared since the last notice."""
    lines = [headline(language, sub.pnr, sub.train, baseline.journey_date), *changes]
    seats = list(baseline.passengers.values())
    if baseline.train_cancelled:
        lines.append(t(language, "alerts.refund_cancelled"))
    elif charted and seats and all(seat.kind.is_waitlist for seat in seats):
        lines.append(t(language, "alerts.refund_waitlisted"))
    return Notice(id=notice_id, text="\n".join(lines), final=baseline.train_cancelled)


def notice_reply(language: Language, pnr: str, notice: Notice) -> Reply:
    """A notice as sent: its text, with Full status (and Stop alerts while they go on)."""
    quick = [chip(t(language, "alerts.chip_full"), PnrStatus(pnr=pnr))]
    if not notice.final:
        quick.append(chip(t(language, "alerts.chip_stop"), AlertStop(pnr=pnr)))
    return Reply(text=notice.text, quick_replies=tuple(quick), shows_card=True)


def ended_reply(language: Language, sub: Subscription, reason: str) -> Reply:
    """The last word of an alert that ends by itself (`reason`: JOURNEY_OVER or FLUSHED)."""
    text = f"{headline(language, sub.pnr, sub.train, sub.journey_date)}\n{t(language, reason)}"
    return Reply(text=text, quick_replies=(chip(t(language, "alerts.chip_mine"), AlertList()),))


def entry_line(language: Language, sub: Subscription, today: dt.date) -> str:
    """`• 4512345678 · 12627 Karnataka Exp, Sat 28 Nov`."""
    return f"• {sub.pnr} · {sub.train}, {day_date(language, sub.journey_date, today)}"


def status_summary(language: Language, baseline: Baseline) -> str:
    """`Now: P1 RLWL 4 · P2 CNF S6/71 · chart not prepared`."""
    parts = [
        f"P{number} {status_words(language, seat)}"
        for number, seat in sorted(baseline.passengers.items())
    ]
    chart = N_("alerts.now_charted") if baseline.chart_prepared else N_("alerts.now_not_charted")
    parts.append(t(language, chart))
    return t(language, "alerts.now", status=" · ".join(parts))
