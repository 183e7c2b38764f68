"""Railway errors in a traveller's words: never a trace, never a code; and a "Try again" chip for
the failures that may pass."""

from __future__ import annotations

import datetime as dt
from typing import Final

from app.bot.format import chip, clock_time, provider_name, providers_named
from app.bot.replies import QuickReply, Reply
from app.bot.requests import Request
from app.errors import (
    BudgetExhausted,
    ClassNotOnTrain,
    FlushedPnr,
    InputProblem,
    InvalidArgument,
    InvalidPnr,
    MalformedPnr,
    NotFound,
    NotOffered,
    NotRunningOnDate,
    RailwayError,
    ServiceMaintenance,
    StationUnknownToProvider,
    TimetableNotLoaded,
    UpstreamAuthError,
    UpstreamRateLimited,
    UpstreamUnavailable,
)
from app.i18n import N_, formats, t
from app.i18n.language import Language
from app.railways.http import INDIA
from app.railways.pause import pause_of


def error_text(language: Language, exc: RailwayError) -> str:
    """A railway error in a traveller's words: when the railway or RailBot's own budget says
    when to ask again, that too."""
    if isinstance(exc, ServiceMaintenance) and exc.back_at is not None:
        until = N_("error.maintenance_until") if exc.pnr else N_("error.booking_maintenance_until")
        return t(language, until, time=clock_time(exc.back_at))
    paused = ask_again_note(language, exc) or month_back_note(language, exc)
    if paused:
        return paused
    key = error_key(exc)
    if key == "error.upstream_down" and isinstance(exc, UpstreamUnavailable) and exc.unanswered:
        # The providers that did not answer, named: a third party's outage is not the railway's.
        named = providers_named(language, exc.unanswered)
        return t(language, "error.provider_down", provider=named)
    if key == "error.refused" and isinstance(exc, InvalidArgument) and exc.refused_by:
        # The provider that refused the question, named: RailBot did not ask Indian Railways.
        return t(language, "error.refused_by", provider=provider_name(exc.refused_by))
    return t(language, key)


def no_booking_text(language: Language, exc: RailwayError) -> str:
    """A PNR that gives no booking, in plain words: not 10 digits (RailBot's own check, before
    any provider was asked), else not found."""
    key = N_("input.pnr") if isinstance(exc, MalformedPnr) else N_("error.pnr_not_found")
    return t(language, key)


def month_back_note(language: Language, exc: RailwayError) -> str:
    """`I can't look up live railway answers any more this month. They return on 1 Jan, 05:30.
    ...` when the month's calls are spent and the moment is known; empty otherwise."""
    pause = pause_of(exc)
    if pause is None or not pause.monthly:
        return ""
    # said as a day ("they return on 1 Jan, 05:30"), even when that is still today in India
    when = formats.dated_moment(language, pause.until, pause.since.astimezone(INDIA))
    return t(language, _alone("error.busy_month_until", exc), time=when)


# Words that say timetable questions still work, and the same words without that, for when the
# timetable cannot stand in (none loaded, or it could not answer this very question).
_WITHOUT_TIMETABLE: Final = {
    N_("error.busy_month"): N_("error.busy_month_alone"),
    N_("error.busy_month_until"): N_("error.busy_month_until_alone"),
    N_("error.unavailable"): N_("error.unavailable_alone"),
}


def _alone(key: str, exc: RailwayError) -> str:
    """`key`, or its words without "timetable questions still work" when those do not."""
    if isinstance(exc, UpstreamUnavailable) and not exc.timetable_answers:
        return _WITHOUT_TIMETABLE.get(key, key)
    return key


def paused_until(exc: RailwayError) -> tuple[str, dt.datetime, dt.datetime] | None:
    """The provider that may not be called for a long while (a 429 asking for hours, or the
    budget paused by one), when it refused and until when, in India's time; None for a short
    wait, the month's quota (said as the month's) and every other failure."""
    pause = pause_of(exc)
    if pause is None or pause.monthly:
        return None
    return pause.provider, pause.since.astimezone(INDIA), pause.until.astimezone(INDIA)


def ask_again_note(language: Language, exc: RailwayError) -> str:
    """`RailRadar isn't answering RailBot until about 14:30. Please ask again after that.` for a
    provider paused for long; empty otherwise."""
    paused = paused_until(exc)
    if paused is None:
        return ""
    provider, at, back = paused
    when = formats.moment(language, back, at)
    return t(language, "error.paused_until", provider=provider_name(provider), time=when)


# What RailBot's own checks found wrong with a value, said plainly (never as a refusal by the
# railway or a provider: none was asked).
_INPUT_PROBLEMS: Final[dict[InputProblem, str]] = {
    "pnr": N_("input.pnr"),
    "train": N_("input.train"),
    "station": N_("input.station"),
    "class": N_("input.class"),
    "quota": N_("input.quota"),
    "date": N_("input.date"),
    "date_passed": N_("input.date_passed"),
    "date_not_open": N_("input.date_not_open"),
    "run_too_old": N_("input.run_too_old"),
    "age": N_("input.age"),
    "hours": N_("input.hours"),
    "name": N_("input.name"),
    "same_station": N_("input.same_station"),
}


def error_key(exc: RailwayError) -> str:
    """The catalog key of the words for `exc`."""
    if isinstance(exc, MalformedPnr):
        return N_("input.pnr")
    if isinstance(exc, InvalidPnr):
        return N_("error.pnr_not_found")
    if isinstance(exc, FlushedPnr):
        return N_("error.pnr_flushed")
    if isinstance(exc, NotOffered):
        return N_("error.not_connected")
    if isinstance(exc, ServiceMaintenance):
        return N_("error.maintenance") if exc.pnr else N_("error.booking_maintenance")
    if isinstance(exc, StationUnknownToProvider):
        return N_("error.station_unknown")
    if isinstance(exc, BudgetExhausted) and exc.window == "minute":
        return N_("error.busy_minute")
    if isinstance(exc, BudgetExhausted) or (isinstance(exc, UpstreamRateLimited) and exc.monthly):
        return _alone(N_("error.busy_month"), exc)
    if isinstance(exc, UpstreamAuthError):
        return _alone(N_("error.unavailable"), exc)
    if isinstance(exc, UpstreamUnavailable):
        return N_("error.upstream_down")
    if isinstance(exc, NotRunningOnDate):
        return N_("error.not_running")
    if isinstance(exc, ClassNotOnTrain):
        return N_("error.no_class")
    if isinstance(exc, InvalidArgument) and not exc.refused_by and exc.problem is not None:
        return _INPUT_PROBLEMS[exc.problem]
    if isinstance(exc, InvalidArgument):
        return N_("error.refused")
    if isinstance(exc, TimetableNotLoaded):
        return N_("error.no_timetable")
    if isinstance(exc, NotFound):
        return N_("error.not_found")
    return N_("error.other")


def failure(language: Language, exc: RailwayError, retry: Request | None = None) -> Reply:
    """The reply for a railway error, with a "Try again" chip asking `retry` when it may pass."""
    chips = retry_chips(language, retry, exc) if retry is not None else ()
    return Reply(text=error_text(language, exc), quick_replies=chips)


# Failures that do not pass within a conversation: the month's calls spent, a refused key (the
# operator's to fix).
_LASTING: Final = frozenset(
    {
        "error.busy_month",
        "error.busy_month_alone",
        "error.unavailable",
        "error.unavailable_alone",
        "error.station_unknown",
    }
)


def lasting(exc: RailwayError) -> bool:
    """Whether `exc` does not pass within the conversation: a month's calls spent, a refused key,
    a provider paused for hours, a station the provider does not have."""
    return error_key(exc) in _LASTING or pause_of(exc) is not None


def retry_chips(language: Language, request: Request, exc: RailwayError) -> tuple[QuickReply, ...]:
    """A "Try again" chip, asking `request` again, for failures that may pass (a month's calls
    spent, a refused key, or a provider paused for hours, do not pass within the conversation)."""
    if lasting(exc):
        return ()
    if isinstance(exc, UpstreamUnavailable):
        return (chip(t(language, "chip.try_again"), request.pack()),)
    return ()
