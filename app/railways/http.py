"""The HTTP plumbing every live railway client shares.

One `httpx.AsyncClient` per upstream; a connect timeout of 3 s and a read timeout of 8 s; GETs
retried only after network errors and 5xx answers, with jittered exponential backoff, all inside
one overall deadline (12 s) so that no traveller waits longer than that. Whatever the upstream
sends back that is not a JSON object — an HTML error page, a wrong content type, a compressed body
that does not decompress, garbage — becomes `UpstreamUnavailable`, never a crash. Latency is
recorded per provider, endpoint and outcome. URLs are never logged (they can hold a key), and the
keys are registered with `observability.never_log`, which scrubs them (and PNRs) from httpx's own
request log. Below the client: readers that take a value from upstream JSON whatever its spelling.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Final
from zoneinfo import ZoneInfo

import httpx

from app.errors import UpstreamAuthError, UpstreamUnavailable
from app.observability import UPSTREAM_KEY_REFUSED, UPSTREAM_LATENCY, never_log
from app.railways.budget import CallBudget, Decision
from app.retry import backoff_delay

log = logging.getLogger(__name__)

# Indian Railways' time, in which every moment read from a source is said.
INDIA: Final = ZoneInfo("Asia/Kolkata")
CONNECT_TIMEOUT_S: Final = 3.0
READ_TIMEOUT_S: Final = 8.0
DEADLINE_S: Final = 12.0
MAX_ATTEMPTS: Final = 3
BACKOFF_BASE_S: Final = 0.25
BACKOFF_CAP_S: Final = 2.0
# A railway answer is a few hundred kilobytes at most; anything far larger is not one.
MAX_BODY_BYTES: Final = 8 * 1024 * 1024
USER_AGENT: Final = "RailBot/0.1"

Sleep = Callable[[float], Awaitable[None]]
JsonObject = dict[str, Any]


def key_refused(provider: str, endpoint: str, reason: str) -> UpstreamAuthError:
    """The error for a provider refusing RailBot's API key (or its account): logged loudly for the
    operator, who alone can fix it (the key itself never is), and counted for /metrics
    (`railbot_upstream_key_refused`). The traveller hears the service is unavailable."""
    log.error(
        "%s refused the API key: check RAILWAY_API_KEY and the account's plan",
        provider,
        extra={"provider": provider, "endpoint": endpoint, "reason": reason},
    )
    UPSTREAM_KEY_REFUSED.labels(provider).inc()
    return UpstreamAuthError(f"{provider} refused the key ({reason})")


def the_train_asked(provider: str, asked: str, answered: Any) -> None:
    """Refuses an answer about another train than the one asked (a schedule or a run of
    "11447" when "12951" was asked) as a broken answer (`UpstreamUnavailable`), so that the next
    provider, then the timetable, is asked: it is never told as the asked train's. RailBot has no
    renumbering table (a renumbered train, "22948" now "19048", answers a search under its new
    number, never a schedule under the old one), so no other number is taken for the asked one.
    An answer that names no train is taken as the asked one's."""
    number = text(answered)
    if number is None or number.lstrip("0") == asked.lstrip("0"):
        return
    log.warning(
        "%s answered for another train than asked",
        provider,
        extra={"provider": provider, "asked": asked, "answered": number[:12]},
    )
    raise UpstreamUnavailable(f"{provider} answered for train {number[:12]}, not {asked}")


def the_class_asked(provider: str, asked: str, answered: str | None) -> str:
    """The class a fare or seat answer is for, which must be the one asked: an answer for
    another ("3A" when "SL" was asked) is refused as broken (`UpstreamUnavailable`), like one for
    another train, rather than told as the asked class's. An answer that names no class is taken
    as the asked one's."""
    if answered is None or answered == asked:
        return asked
    log.warning(
        "%s answered for another class than asked",
        provider,
        extra={"provider": provider, "asked": asked, "answered": answered[:4]},
    )
    raise UpstreamUnavailable(f"{provider} answered for class {answered[:4]}, not {asked}")


def new_client(**kwargs: Any) -> httpx.AsyncClient:
    """An AsyncClient with RailBot's timeouts and pool limits; redirects are not followed."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
        limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        **kwargs,
    )


@dataclass(frozen=True)
class UpstreamAnswer:
    """What an upstream answered: its status, its headers, and its JSON object."""

    status: int
    headers: Mapping[str, str]
    body: JsonObject


@dataclass
class _HeldCall:
    """The budgeted call a request holds, and whether it is still unspent (its attempt made no
    connection)."""

    decision: Decision | None
    unspent: bool = False


class UpstreamClient:
    """GETs JSON objects from one upstream with retries inside a deadline. With a call budget,
    every attempt that reaches the provider takes a call from it first (a question may wait for
    one before the deadline starts; a retry never waits; a retry after a failed connection uses
    the call its attempt never made, and a request that never connected gives it back)."""

    def __init__(
        self,
        provider: str,
        *,
        client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        secrets: Iterable[str] = (),
        deadline_s: float = DEADLINE_S,
        max_attempts: int = MAX_ATTEMPTS,
        backoff_base_s: float = BACKOFF_BASE_S,
        sleep: Sleep = asyncio.sleep,
        budget: CallBudget | None = None,
    ) -> None:
        self.provider = provider
        self.budget = budget
        self._client = client or new_client()
        self._owns_client = client is None
        self._headers = dict(headers or {})
        self._deadline_s = deadline_s
        self._max_attempts = max(1, max_attempts)
        self._backoff_base_s = backoff_base_s
        self._sleep = sleep
        for secret in secrets:
            never_log(secret)

    async def get_json(
        self,
        url: str,
        *,
        endpoint: str,
        params: Mapping[str, str] | None = None,
        accept_status: Collection[int] = (),
    ) -> JsonObject:
        """The JSON object at `url`. Statuses in `accept_status` are returned like a 200, for
        providers that put meaningful error bodies on 4xx answers."""
        answer = await self.get(url, endpoint=endpoint, params=params, accept_status=accept_status)
        return answer.body

    async def get(
        self,
        url: str,
        *,
        endpoint: str,
        params: Mapping[str, str] | None = None,
        accept_status: Collection[int] = (),
    ) -> UpstreamAnswer:
        """The answer at `url`, with its status and headers. A status in `accept_status` (5xx
        included) is returned with its JSON body, not retried, for providers whose error bodies
        say what went wrong."""
        held = _HeldCall(await self.budget.spend() if self.budget is not None else None)
        started = time.monotonic()
        outcome = "ok"
        try:
            async with asyncio.timeout(self._deadline_s):
                return await self._get_with_retries(
                    url, endpoint, params, accept_status, started + self._deadline_s, held
                )
        except TimeoutError:
            outcome = "deadline"
            log.warning(
                "upstream deadline exceeded",
                extra={"provider": self.provider, "endpoint": endpoint},
            )
            raise UpstreamUnavailable(f"{self.provider} did not answer in time") from None
        except _Failure as failure:
            outcome = failure.outcome
            if held.unspent and held.decision is not None and self.budget is not None:
                await self.budget.give_back(held.decision)
            if failure.auth:
                raise key_refused(self.provider, endpoint, str(failure)) from None
            raise UpstreamUnavailable(str(failure)) from None
        finally:
            UPSTREAM_LATENCY.labels(self.provider, endpoint, outcome).observe(
                time.monotonic() - started
            )

    async def _get_with_retries(
        self,
        url: str,
        endpoint: str,
        params: Mapping[str, str] | None,
        accept_status: Collection[int],
        deadline: float,
        held: _HeldCall,
    ) -> UpstreamAnswer:
        attempt = 0
        while True:
            attempt += 1
            if attempt > 1 and not held.unspent and self.budget is not None:
                held.decision = await self.budget.spend(wait=False)
            held.unspent = False
            try:
                async with self._client.stream(
                    "GET", url, params=params, headers=self._headers
                ) as response:
                    status = response.status_code
                    if status < 500 or status in accept_status:
                        content = await _read_capped(response)
                        body = self._body(response, content, endpoint, accept_status)
                        return UpstreamAnswer(status, dict(response.headers), body)
                    failure = _Failure(f"{self.provider} answered HTTP {status}", "http_5xx")
            except httpx.DecodingError:
                # A body its own Content-Encoding cannot undo (gzip that is not gzip) is as
                # unreadable as malformed JSON: no answer, never a crash.
                log.warning(
                    "upstream answered a body that does not decode",
                    extra={"provider": self.provider, "endpoint": endpoint},
                )
                raise _Failure(
                    f"{self.provider} answered a body that does not decode", "bad_encoding"
                ) from None
            except httpx.TransportError as exc:
                reason = "timeout" if isinstance(exc, httpx.TimeoutException) else "network"
                failure = _Failure(f"{self.provider} unreachable ({reason})", reason)
                # No connection, so no request reached the provider: the call taken for this
                # attempt is still unspent; the retry uses it, and the last attempt gives it
                # back. A provider that is down (or a wrong address) spends none of the budget,
                # so travellers are told it did not answer, never "a lot of people are asking".
                held.unspent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
            await self._back_off(attempt, endpoint, failure, deadline)

    async def _back_off(
        self, attempt: int, endpoint: str, failure: _Failure, deadline: float
    ) -> None:
        """Sleep before the next attempt, or raise `failure` when none is left in time."""
        delay = backoff_delay(attempt, base_s=self._backoff_base_s, cap_s=BACKOFF_CAP_S)
        if attempt >= self._max_attempts or time.monotonic() + delay >= deadline:
            log.warning(
                "upstream call failed",
                extra={"provider": self.provider, "endpoint": endpoint, "reason": failure.outcome},
            )
            raise failure
        log.info(
            "retrying upstream call",
            extra={"provider": self.provider, "endpoint": endpoint, "reason": failure.outcome},
        )
        await self._sleep(delay)

    def _body(
        self,
        response: httpx.Response,
        content: bytes,
        endpoint: str,
        accept_status: Collection[int],
    ) -> JsonObject:
        status = response.status_code
        if status in (401, 403, 429) and status not in accept_status:
            raise _Failure(f"{self.provider} refused the key (HTTP {status})", "auth", auth=True)
        if status != 200 and status not in accept_status:
            raise _Failure(f"{self.provider} answered HTTP {status}", f"http_{status // 100}xx")
        content_type = response.headers.get("content-type", "").lower()
        if "json" not in content_type:
            log.warning(
                "upstream answered a non-JSON content type",
                extra={"provider": self.provider, "endpoint": endpoint, "status": status},
            )
            raise _Failure(f"{self.provider} answered something that is not JSON", "not_json")
        try:
            body = json.loads(content)
        except (ValueError, UnicodeDecodeError):
            log.warning(
                "upstream answered malformed JSON",
                extra={"provider": self.provider, "endpoint": endpoint, "status": status},
            )
            raise _Failure(f"{self.provider} answered malformed JSON", "bad_json") from None
        if not isinstance(body, dict):
            raise _Failure(f"{self.provider} answered JSON that is not an object", "bad_json")
        return body

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()


async def _read_capped(response: httpx.Response) -> bytes:
    """The body, refused once it grows past MAX_BODY_BYTES (before it fills memory)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _Failure("the upstream answered an oversized body", "too_large")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _Failure("the upstream answered an oversized body", "too_large")
        chunks.append(chunk)
    return b"".join(chunks)


class _Failure(Exception):
    """An upstream failure inside this module, turned into a domain error at its edge."""

    def __init__(self, message: str, outcome: str, *, auth: bool = False) -> None:
        super().__init__(message)
        self.outcome = outcome
        self.auth = auth


# --- reading upstream JSON tolerantly --------------------------------------------------------
# Upstreams spell the same fact many ways ("12", 12, 12.0; true, "True", "Y"; "19 Nov 2015",
# "19-11-2015"). These readers return None for anything they cannot read, never raise.

_TIME = re.compile(r"([0-9]{1,2})[:.]([0-9]{1,2})(?::[0-9]{1,2})?")
_AM_PM = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})(?::[0-9]{2})?\s*([AaPp])\.?\s*[Mm]\.?")
_DATED_TIME = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[ T]([0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)")
_DURATION = re.compile(r"([0-9]{1,3}):([0-9]{1,2})")
_HOURS_MINUTES = re.compile(r"(?:([0-9]{1,3})\s*h[a-z]*)?\s*(?:([0-9]{1,4})\s*m[a-z]*)?")
_D_M_Y = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})")
_Y_M_D = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_TIME_SUFFIX = re.compile(r"\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[AP]M)?$", re.I)
_DATE_FORMATS: Final = ("%d %b %Y", "%d-%b-%Y", "%d %B %Y", "%b %d, %Y", "%Y%m%d")
_TRUE: Final = frozenset({"true", "y", "yes", "1", "t"})
_FALSE: Final = frozenset({"false", "n", "no", "0", "f"})


def pick(obj: Any, *keys: str) -> Any:
    """The first of `keys` present with a non-null value in a JSON object (exact spelling first,
    then any letter case)."""
    if not isinstance(obj, dict):
        return None
    for key in keys:
        value = obj.get(key)
        if value is not None:
            return value
    folded = {str(k).lower(): v for k, v in obj.items()}
    for key in keys:
        value = folded.get(key.lower())
        if value is not None:
            return value
    return None


def items(value: Any) -> list[JsonObject]:
    """The JSON objects in a list (anything else in it is skipped)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        stripped = " ".join(value.split())
        return stripped or None
    return None


# The sane range of a run's day (the longest runs take four days) and of a delay in minutes (a
# week late or early is already nonsense): a value outside is a garbled answer, read as absent,
# never a date arithmetic overflow.
RUN_DAYS = (0, 10)
DELAY_MINUTES = (-7 * 24 * 60, 7 * 24 * 60)


def integer(value: Any, within: tuple[int, int] | None = None) -> int | None:
    """A whole number from a number or numeric text; None if absent, garbled or outside `within`."""
    number = _whole(value)
    if number is None or within is None:
        return number
    low, high = within
    return number if low <= number <= high else None


def _whole(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return round(value) if math.isfinite(value) else None
    if isinstance(value, str):
        cleaned = value.strip().replace(",", "")
        if re.fullmatch(r"-?[0-9]{1,12}(\.[0-9]+)?", cleaned):
            return round(float(cleaned))
    return None


# A sum of money as text: "₹3,045", "Rs. 3045", "INR 3045.00", "3045/-".
_MONEY_MARKS: Final = re.compile(r"^\s*(?:₹|rs\.?|inr)\s*|\s*/-\s*$", re.IGNORECASE)


def amount(value: Any) -> int | None:
    """Rupees as a whole number: a number, numeric text, or text with its currency written
    ("₹3,045", "Rs. 3045", "INR 3045.00", "3045/-"); None for anything else."""
    if isinstance(value, str):
        value = _MONEY_MARKS.sub("", value)
    return integer(value)


_PERCENT_TEXT: Final = re.compile(r"([0-9]{1,3}(?:\.[0-9]+)?)\s*%")


def percent_text(value: Any) -> int | None:
    """A percentage written as text with its sign ("50%", "71.5 %", " 8%"), rounded; None for
    anything else (a bare number says nothing of whether it is a share or a percent)."""
    if not isinstance(value, str):
        return None
    match = _PERCENT_TEXT.fullmatch(value.strip())
    return round(float(match.group(1))) if match else None


def flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value != 0
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    return None


def clock_time(value: Any) -> dt.time | None:
    """`HH:MM` (or `HH:MM:SS`, `H.MM`, `5:30 PM`), or the clock time of a dated one
    ("2024-09-13 07:20", India's; "2026-10-02T10:42:00+05:30" or "…Z", said in India's time);
    None for "Source", "Destination", "--" and the like."""
    if not isinstance(value, str):
        return None
    word = value.strip()
    match = _TIME.fullmatch(word)
    if not match:
        moment = instant(word)
        if moment is not None:
            return dt.time(moment.hour, moment.minute)
        dated = _DATED_TIME.fullmatch(word)
        if dated is not None:
            return clock_time(dated.group(1))
        return _twelve_hour(word)
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour == 24 and minute == 0:
        hour = 0
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


def _twelve_hour(word: str) -> dt.time | None:
    """ "5:30 PM", "12:05 am" on the 24-hour clock."""
    match = _AM_PM.fullmatch(word)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if not 1 <= hour <= 12 or minute >= 60:
        return None
    afternoon = match.group(3).lower() == "p"
    return dt.time(hour % 12 + (12 if afternoon else 0), minute)


def minutes(value: Any) -> int | None:
    """A duration or delay in minutes: 15, "00:15", "15:8", "1h 5m", "5 min", "RIGHT TIME"."""
    number = integer(value)
    if number is not None:
        return number
    if not isinstance(value, str):
        return None
    word = value.strip().lower()
    if word in {"right time", "on time", "ontime", "no delay"}:
        return 0
    match = _DURATION.fullmatch(word)
    if match:
        return int(match.group(1)) * 60 + int(match.group(2))
    match = _HOURS_MINUTES.fullmatch(word)
    if match and (match.group(1) or match.group(2)):
        return int(match.group(1) or 0) * 60 + int(match.group(2) or 0)
    return None


def calendar_date(value: Any) -> dt.date | None:
    """A date in any spelling seen upstream: 05-12-2017, 5-12-2017, 2017-12-05, 20171205,
    "5 Dec 2017", "05-Dec-2017", "Dec 5, 2017 12:00:00 AM"."""
    if not isinstance(value, str):
        return None
    word = value.strip()
    try:
        match = _D_M_Y.fullmatch(word)
        if match:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        match = _Y_M_D.match(word)
        if match:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    head = _TIME_SUFFIX.sub("", word)
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(head, fmt).date()
        except ValueError:
            continue
    return None


def instant(value: Any) -> dt.datetime | None:
    """A full ISO-8601 moment with its offset ("2026-10-02T10:42:12+05:30"), in India's time;
    None for anything else, a moment without an offset included (its zone would be a guess)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    # Said in India's time whatever offset it came with: a clock time or a day shown to a
    # traveller is Indian time (a "Z" moment would otherwise print as UTC's clock and date).
    return moment.astimezone(INDIA) if moment.tzinfo is not None else None


def decimal(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def retry_after_s(headers: Mapping[str, str], now: dt.datetime, *names: str) -> float | None:
    """How long a refusal (429) asks us to wait: its `Retry-After` (seconds, or an HTTP date),
    else the first of `names` (a gateway's own header of seconds to its window's reset, such as
    RapidAPI's `x-ratelimit-requests-reset`); None when nothing usable is said."""
    lowered = {key.lower(): value for key, value in headers.items()}
    for name in ("retry-after", *(name.lower() for name in names)):
        value = lowered.get(name)
        if value is None:
            continue
        seconds = decimal(value)
        if seconds is None:
            seconds = _seconds_to(value, now)
        if seconds is not None and seconds > 0:
            return seconds
    return None


def _seconds_to(date: str, now: dt.datetime) -> float | None:
    """Seconds from `now` to an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`); None if unreadable."""
    try:
        moment = parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment - now).total_seconds()


def nearest(at: dt.time, anchor: dt.datetime) -> dt.datetime:
    """The moment at wall-clock time `at` on the day before, of, or after `anchor` that lies
    closest to it: a board showing 00:30 at 23:00 means tomorrow, 22:30 means tonight."""
    candidates = (
        dt.datetime.combine(anchor.date() + dt.timedelta(days=shift), at, tzinfo=anchor.tzinfo)
        for shift in (-1, 0, 1)
    )
    return min(candidates, key=lambda moment: abs(moment - anchor))


def not_before(at: dt.time, earlier: dt.datetime) -> dt.datetime:
    """The first moment at wall-clock time `at` at or after `earlier` (a departure after its
    arrival, across midnight when need be)."""
    moment = dt.datetime.combine(earlier.date(), at, tzinfo=earlier.tzinfo)
    return moment if moment >= earlier else moment + dt.timedelta(days=1)


_KILOMETRES = re.compile(r"([0-9]{1,6}(?:\.[0-9]+)?)\s*(?:km|kms|kilometres?)?", re.I)


def kilometres(value: Any) -> int | None:
    """A distance in whole km: 2444, "2444", "39.0", "110.23", "2444 km"."""
    number = integer(value)
    if number is not None:
        return number
    match = _KILOMETRES.fullmatch(value.strip()) if isinstance(value, str) else None
    return round(float(match.group(1))) if match else None
