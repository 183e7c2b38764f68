"""RailBot's domain errors: one small hierarchy that every layer raises and catches by name."""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal


class RailBotError(Exception):
    """Base of every error RailBot raises on purpose."""


class ConfigurationError(RailBotError):
    """The service is configured in a way it cannot run with (an empty secret, say)."""


# --- railway data -----------------------------------------------------------------------------


class RailwayError(RailBotError):
    """A railway question could not be answered as asked."""


class NotFound(RailwayError):
    """No such station, train or data for that query."""


class NotInSample(NotFound):
    """A train the sample railway does not have: it is made up, and knows only its own few."""


# What RailBot's own checks found wrong with a value before any provider was asked: the words
# for each (`input.<problem>` in the catalog) tell the traveller plainly what to fix.
InputProblem = Literal[
    "pnr",  # not 10 digits
    "train",  # not 5 digits
    "station",  # not a station code
    "class",  # no class we know
    "quota",  # no quota we know
    "date",  # no date on the calendar
    "date_passed",  # a journey on a day gone by
    "date_not_open",  # beyond the booking window
    "run_too_old",  # a run older than live status covers
    "age",  # no passenger's age
    "hours",  # a board's look-ahead out of range
    "name",  # search text with characters no name has
    "same_station",  # a journey from a station to itself
]


class InvalidArgument(RailwayError):
    """A value (train number, station code, date, class) is not valid for the query.
    `refused_by` names the live provider that refused it (its HTTP 400, its "invalid" answer),
    so that the traveller hears who did, never "Indian Railways", which was not asked; empty
    when RailBot's own checks refused it before any provider was asked, and then `problem` says
    what they found wrong with it."""

    def __init__(
        self, message: str = "", *, refused_by: str = "", problem: InputProblem | None = None
    ) -> None:
        super().__init__(message)
        self.refused_by = refused_by
        self.problem = problem


class InvalidPnr(RailwayError):
    """The PNR does not exist (or is not a PNR at all)."""


class MalformedPnr(InvalidPnr):
    """Not a PNR at all (not 10 digits): RailBot's own check, before any provider was asked."""


class FlushedPnr(RailwayError):
    """The PNR's journey is over and the railway has purged it."""


class PnrNotFound(InvalidPnr):
    """The source knows no such PNR: it never existed, or its journey is over and it has been
    flushed. The source cannot say which ("no PNR like that, or it has been flushed")."""


class PnrNotInSample(PnrNotFound):
    """A PNR that is not one of the sample railway's few made-up bookings (no fault of its
    digits)."""


class NotRunningOnDate(RailwayError):
    """The train does not run on the date asked."""


class ClassNotOnTrain(RailwayError):
    """The train has no coaches of the class asked."""


class FareUnknown(RailwayError):
    """The provider answered for the journey but gave no price: no total and no parts to add
    up. Said as a fare not known, never as a fare or as the provider not answering."""


class NotOffered(RailwayError):
    """The configured provider does not offer this feature at all."""

    def __init__(self, feature: str, provider: str) -> None:
        super().__init__(f"{provider} does not offer {feature}")
        self.feature = feature
        self.provider = provider


class TimetableNotLoaded(NotFound):
    """The offline timetable has not been imported yet (`python -m app data fetch` loads it)."""


class DataImportError(RailBotError):
    """An offline-data import failed (unreadable source, bad JSON, wrong shape); the old store
    is left intact. The message is meant for the operator, as it stands."""


class UpstreamUnavailable(RailwayError):
    """The upstream railway service failed, timed out or answered something unusable.
    `timetable_answers` is False once the provider chain knows the offline timetable cannot
    stand in (none is loaded, or it could not answer this very question), so the traveller is
    never told that timetable questions still work when they do not. `unanswered` names the
    providers that failed, in the chain's order ("railradar+irctc1"), once the chain knows them,
    so the traveller hears who is not answering (never "Indian Railways", which was not asked)."""

    timetable_answers: bool = True
    unanswered: str = ""


class StationUnknownToProvider(UpstreamUnavailable):
    """A live provider does not know a station RailBot's own directory knows (RailRadar's 404
    `STATION_NOT_FOUND` for a board or a search between two stations): a gap in that provider's
    data, never a fact about the station's trains, so the next provider or the timetable is
    asked, and failing them the traveller hears that the provider lacks the station."""


class UpstreamAuthError(UpstreamUnavailable):
    """The upstream refused our key, or the key's quota or account is exhausted. The operator's
    problem (logged loudly); the traveller hears that the service is unavailable."""


class UpstreamRateLimited(UpstreamUnavailable):
    """The upstream refused a call for its rate or quota window (HTTP 429); `retry_after_s` is
    how long it asked us to wait, when it said; `monthly` when the window it names is the month's
    (no call until the month ends, so never "try again in a minute"). `provider` names it and
    `at` is when it refused, so that the traveller can hear when to ask again (`back_at`)."""

    def __init__(
        self,
        message: str,
        *,
        retry_after_s: float | None = None,
        monthly: bool = False,
        provider: str = "",
        at: dt.datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.monthly = monthly
        self.provider = provider
        self.at = at

    @property
    def back_at(self) -> dt.datetime | None:
        """When the provider may be asked again, when it said and the moment is known."""
        if self.at is None or self.retry_after_s is None:
            return None
        return self.at + dt.timedelta(seconds=self.retry_after_s)


class ServiceMaintenance(UpstreamUnavailable):
    """The railway system behind a feature is in scheduled maintenance: the PNR system's nightly
    window (about 23:45 to 00:20 in India). `back_at` is when it is expected back (aware), when
    the source says."""

    def __init__(
        self, message: str, *, back_at: dt.datetime | None = None, pnr: bool = True
    ) -> None:
        super().__init__(message)
        self.back_at = back_at
        # False when the window stopped another feature than PNR status (a board, a route, a
        # fare): the words then name the railway's reservation system, not "the PNR system".
        self.pnr = pnr


class BudgetExhausted(UpstreamUnavailable):
    """RailBot's own call budget for a provider is spent, so no call was made: for this minute
    (`window="minute"`, a call frees within `retry_after_s`: seconds, or hours when the
    provider refused calls for that long) or for this month (`window="month"`). Served stale
    from the cache when an answer is known; otherwise the traveller hears when to ask again
    (`back_at`, from `at`, when it was decided)."""

    def __init__(
        self,
        provider: str,
        window: Literal["minute", "month"],
        retry_after_s: float,
        *,
        at: dt.datetime | None = None,
    ) -> None:
        super().__init__(f"the {window}'s call budget for {provider} is spent")
        self.provider = provider
        self.window = window
        self.retry_after_s = retry_after_s
        self.at = at

    @property
    def back_at(self) -> dt.datetime | None:
        """When a call may be made again, when the moment of the decision is known."""
        if self.at is None:
            return None
        return self.at + dt.timedelta(seconds=self.retry_after_s)


# --- queue jobs ---------------------------------------------------------------------------------


class JobError(RailBotError):
    """A job (what a worker runs for each queued event) could not finish its entry this time."""

    @property
    def label(self) -> str:
        """A short reason for logs, metrics and the dead-letter record."""
        return str(self) or type(self).__name__


class RetryJob(JobError):
    """Try the entry again later (with backoff); after the last attempt it is dead-lettered."""


class RejectJob(JobError):
    """Trying again cannot help (the entry cannot be read, say): dead-letter it now."""


# --- messenger ----------------------------------------------------------------------------------


class SendError(RailBotError):
    """The Send API refused a message; `retryable` says whether trying again can help."""

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        subcode: int | None = None,
        status: int | None = None,
        retryable: bool = False,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.subcode = subcode
        self.status = status
        self.retryable = retryable

    @property
    def label(self) -> str:
        """A short metric label such as `613`, `10/2018278`, `http_503` or `timeout`."""
        if self.code is None:
            return f"http_{self.status}" if self.status else "network"
        return f"{self.code}/{self.subcode}" if self.subcode else str(self.code)


class UserUnreachable(SendError):
    """The person blocked the Page or deactivated (551): stop messaging them."""


class NotReplicated(RailBotError):
    """Fewer Redis replicas than required acknowledged a write in time: it could be lost in a
    failover, so whatever depends on it must wait (the webhook answers 503, a worker retries)."""


class EntryGone(RailBotError):
    """The queue no longer holds the entry a worker is answering: another worker finished it, or
    a failover lost it before it was acknowledged (the webhook answered 503, so Facebook delivers
    it again). Nothing of it may be sent: the worker drops it."""


class QueueUnavailable(RailBotError):
    """The event queue cannot accept events right now (Redis down): the webhook answers 503."""


class ProfileSetupError(RailBotError):
    """The Messenger Profile API refused the Page's profile, or could not be reached."""


# --- logging what failed -------------------------------------------------------------------------

# The note that names the command an error came from ("redis command XAUTOCLAIM"), added where
# the command is run (`note_command`) and read back by `described`.
COMMAND_NOTE: Final = "redis command "
# A described error is cut to this many characters: a log line, not a dump.
MAX_DESCRIBED: Final = 300


def note_command(error: BaseException, command: str) -> None:
    """Name on `error` the command it came from (once: the innermost name is the one kept)."""
    notes = getattr(error, "__notes__", ())
    if not any(note.startswith(COMMAND_NOTE) for note in notes):
        error.add_note(COMMAND_NOTE + command)


def described(error: BaseException) -> str:
    """What failed, for a log line: the command when it is known, the error's class and its
    message ("XAUTOCLAIM: ResponseError: NOGROUP No such key 'rb:events'"), never redis-py's
    bare repr ("server:ResponseError"). The log formatter masks secrets in it as in any line."""
    message = " ".join(str(error).split())
    said = f"{type(error).__name__}: {message}" if message else type(error).__name__
    notes = getattr(error, "__notes__", ())
    commands = [note.removeprefix(COMMAND_NOTE) for note in notes if note.startswith(COMMAND_NOTE)]
    if commands:
        said = f"{commands[0]}: {said}"
    return said[:MAX_DESCRIBED]
