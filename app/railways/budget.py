"""The call budget of a railway provider, shared by every process: calls per minute and per month.

Providers price by the call and refuse calls past their limits (RailRadar's free tier: 10 a minute,
1,000 a month). Before every HTTP attempt a live client takes one call from its provider's budget:

- The minute is a sliding window (a log of call times), a second longer than the provider's
  minute, so no burst can ever make the provider refuse a call. The month is a count per calendar
  month (UTC).
- People's questions come first. Alert polling runs inside `background_calls()`; its calls never
  take the last slots of a minute nor the last share of a month, and never wait.
- When the minute is spent, a question waits for the next free call if one comes within
  `BUDGET_WAIT_S`; otherwise `BudgetExhausted` says when one will (the cache then serves what it
  knows, with its age). A spent month raises at once.
- When the provider refuses a call anyway (HTTP 429), `refused` stops every process from calling
  it until it said it may be called again.

On Redis the check-and-take is one Lua script, atomic across processes and timed by the Redis
server's clock. Without Redis (or while it is down) the same rules run in this process only.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import random
import re
import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Literal, NoReturn, Protocol

import redis.asyncio as aioredis

from app.constants import (
    BUDGET_BACKGROUND_RESERVE,
    BUDGET_MONTH_TTL_S,
    BUDGET_PREFIX,
    BUDGET_REFUSAL_PAUSE_S,
    BUDGET_WAIT_S,
    BUDGET_WINDOW_S,
)
from app.errors import BudgetExhausted, UpstreamRateLimited
from app.observability import PROVIDER_BUDGET_LEFT, PROVIDER_CALLS, PROVIDER_CALLS_USED
from app.store import STORE_ERRORS, Clock

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
Window = Literal["minute", "month"]

# Waiters for the same freed call wake a little apart, so they do not all ask at once.
_WAKE_JITTER_S: Final = 0.25


class Priority(StrEnum):
    """Whose call it is: a person waiting for an answer, or work nobody waits on (alert polls)."""

    PERSON = "person"
    BACKGROUND = "background"


CALL_PRIORITY: ContextVar[Priority] = ContextVar("railway_call_priority", default=Priority.PERSON)


@contextlib.contextmanager
def background_calls() -> Iterator[None]:
    """Inside this block provider calls are background work (the alert poller's): they yield to
    people's questions, never wait for the budget, and never take its last slots."""
    token = CALL_PRIORITY.set(Priority.BACKGROUND)
    try:
        yield
    finally:
        CALL_PRIORITY.reset(token)


# Told, each time a person's question starts waiting for a free call, how long the wait may last
# (seconds): the channel may say it is still checking (`on_budget_wait`). Railways knows nothing
# of chats; whoever waits on the answer sets the hook.
BudgetWaitHook = Callable[[float], None]
_BUDGET_WAIT_HOOK: ContextVar[BudgetWaitHook | None] = ContextVar(
    "railway_budget_wait_hook", default=None
)


@contextlib.contextmanager
def on_budget_wait(hook: BudgetWaitHook) -> Iterator[None]:
    """Inside this block `hook` hears each wait of a person's question for the call budget, with
    how long it is expected to last, before the wait begins (never background work's: it does
    not wait)."""
    token = _BUDGET_WAIT_HOOK.set(hook)
    try:
        yield
    finally:
        _BUDGET_WAIT_HOOK.reset(token)


def _tell_waiting(wait_s: float) -> None:
    """The hook of `on_budget_wait`, told of a wait; a hook that fails is no reason to fail."""
    hook = _BUDGET_WAIT_HOOK.get()
    if hook is None:
        return
    try:
        hook(wait_s)
    except Exception:
        log.exception("the call budget's wait hook failed")


def current_priority() -> Priority:
    return CALL_PRIORITY.get()


@dataclass(frozen=True)
class Limits:
    """A provider's limits; None is no limit."""

    per_minute: int | None = None
    per_month: int | None = None

    @property
    def unlimited(self) -> bool:
        return self.per_minute is None and self.per_month is None

    def reserve(self, limit: int | None) -> int:
        """Calls of `limit` that background work may not take (none of a limit under 2)."""
        if limit is None or limit < 2:
            return 0
        return min(limit - 1, max(1, round(limit * BUDGET_BACKGROUND_RESERVE)))


@dataclass(frozen=True)
class Decision:
    """The ledger's answer to "may I call now?"."""

    granted: bool
    wait_s: float  # until a call may be made (0 when granted)
    window: Literal["ok", "minute", "month", "refused"]
    minute_used: int
    month_used: int
    at: float = 0.0  # when it was decided, by the ledger's clock (the Redis server's)
    member: str = ""  # the call's entry in the ledger, to give it back (granted only)
    month: str = ""  # the month it was counted in


@dataclass(frozen=True)
class Usage:
    """Calls made in the current minute and month, by every process, and what is left."""

    provider: str
    minute_used: int
    month_used: int
    minute_left: int | None  # None: no limit
    month_left: int | None
    paused_s: float  # how long calls stay stopped after a refusal (0: not stopped)


class Ledger(Protocol):
    """Where calls are counted: Redis for every process, or memory for this one."""

    async def take(
        self,
        provider: str,
        limits: Limits,
        background: bool,
        month: str,
        month_left_s: float,
        window_s: float,
    ) -> Decision: ...

    async def pause(self, provider: str, seconds: float) -> None: ...

    async def give_back(self, provider: str, decision: Decision) -> None: ...

    async def usage(self, provider: str, month: str, window_s: float) -> tuple[int, int, float]: ...


def _keys(provider: str, month: str) -> tuple[str, str, str]:
    tag = f"{BUDGET_PREFIX}{{{provider}}}"
    return f"{tag}:minute", f"{tag}:month:{month}", f"{tag}:paused"


# KEYS: minute log, month count, pause. ARGV: per minute (0 = none), per month (0 = none),
# background's minute reserve, background's month reserve, a unique member, window seconds,
# month TTL, seconds to the month's end.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local window = tonumber(ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local used = redis.call('ZCARD', KEYS[1])
local month = tonumber(redis.call('GET', KEYS[2]) or '0')
local paused = tonumber(redis.call('GET', KEYS[3]) or '0')
if paused > now then return {0, tostring(paused - now), 'refused', used, month, tostring(now)} end
local per_month = tonumber(ARGV[2])
if per_month > 0 and month >= per_month - tonumber(ARGV[4]) then
  return {0, ARGV[8], 'month', used, month, tostring(now)}
end
local per_minute = tonumber(ARGV[1])
local allowed = per_minute - tonumber(ARGV[3])
if per_minute > 0 and used >= allowed then
  local oldest = redis.call('ZRANGE', KEYS[1], used - allowed, used - allowed, 'WITHSCORES')
  local wait = 1
  if oldest[2] then wait = tonumber(oldest[2]) + window - now end
  return {0, tostring(wait), 'minute', used, month, tostring(now)}
end
redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('EXPIRE', KEYS[1], math.ceil(window) + 1)
month = redis.call('INCR', KEYS[2])
if month == 1 then redis.call('EXPIRE', KEYS[2], ARGV[7]) end
return {1, '0', 'ok', used + 1, month, tostring(now)}
"""
# KEYS: minute log, month count. ARGV: the call's member. Only a call still counted is taken off.
_GIVE_BACK = """
if redis.call('ZREM', KEYS[1], ARGV[1]) == 1 then
  if tonumber(redis.call('GET', KEYS[2]) or '0') > 0 then redis.call('DECR', KEYS[2]) end
end
return 1
"""
# KEYS: pause. ARGV: seconds. Never shortens a longer pause already set.
_PAUSE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local until_ = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ > current then
  redis.call('SET', KEYS[1], tostring(until_), 'EX', math.ceil(tonumber(ARGV[1])) + 1)
end
return 1
"""
# KEYS: minute log, month count, pause. ARGV: window seconds.
_USAGE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local used = redis.call('ZCOUNT', KEYS[1], now - tonumber(ARGV[1]), '+inf')
local month = tonumber(redis.call('GET', KEYS[2]) or '0')
local paused = tonumber(redis.call('GET', KEYS[3]) or '0') - now
if paused < 0 then paused = 0 end
return {used, month, tostring(paused)}
"""


class RedisLedger:
    """Every process's calls, counted in Redis by one atomic script per call."""

    def __init__(self, client: aioredis.Redis) -> None:
        self._take = client.register_script(_TAKE)
        self._pause = client.register_script(_PAUSE)
        self._give_back = client.register_script(_GIVE_BACK)
        self._usage = client.register_script(_USAGE)

    async def take(
        self,
        provider: str,
        limits: Limits,
        background: bool,
        month: str,
        month_left_s: float,
        window_s: float,
    ) -> Decision:
        member = secrets.token_hex(8)
        args = (
            limits.per_minute or 0,
            limits.per_month or 0,
            limits.reserve(limits.per_minute) if background else 0,
            limits.reserve(limits.per_month) if background else 0,
            member,
            f"{window_s:.3f}",
            BUDGET_MONTH_TTL_S,
            f"{month_left_s:.3f}",
        )
        granted, wait, window, used, month_used, at = await self._take(
            keys=list(_keys(provider, month)), args=list(args)
        )
        return Decision(
            granted=bool(granted),
            wait_s=max(0.0, float(wait)),
            window=_window(window),
            minute_used=int(used),
            month_used=int(month_used),
            at=float(at),
            member=member if granted else "",
            month=month,
        )

    async def pause(self, provider: str, seconds: float) -> None:
        await self._pause(keys=[_keys(provider, "")[2]], args=[f"{seconds:.3f}"])

    async def give_back(self, provider: str, decision: Decision) -> None:
        minute, month, _ = _keys(provider, decision.month)
        await self._give_back(keys=[minute, month], args=[decision.member])

    async def usage(self, provider: str, month: str, window_s: float) -> tuple[int, int, float]:
        used, month_used, paused = await self._usage(
            keys=list(_keys(provider, month)), args=[f"{window_s:.3f}"]
        )
        return int(used), int(month_used), float(paused)


class MemoryLedger:
    """This process's calls, for a service without Redis (and while Redis is down)."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._calls: dict[str, deque[float]] = {}
        self._months: dict[tuple[str, str], int] = {}
        self._paused: dict[str, float] = {}

    def _minute(self, provider: str, now: float, window_s: float) -> deque[float]:
        calls = self._calls.setdefault(provider, deque())
        while calls and calls[0] <= now - window_s:
            calls.popleft()
        return calls

    async def take(
        self,
        provider: str,
        limits: Limits,
        background: bool,
        month: str,
        month_left_s: float,
        window_s: float,
    ) -> Decision:
        now = self._clock()
        calls = self._minute(provider, now, window_s)
        used, month_used = len(calls), self._months.get((provider, month), 0)
        paused = self._paused.get(provider, 0.0)
        if paused > now:
            return Decision(False, paused - now, "refused", used, month_used, now)
        if limits.per_month is not None:
            allowed = limits.per_month - (limits.reserve(limits.per_month) if background else 0)
            if month_used >= allowed:
                return Decision(False, month_left_s, "month", used, month_used, now)
        if limits.per_minute is not None:
            allowed = limits.per_minute - (limits.reserve(limits.per_minute) if background else 0)
            if used >= allowed:
                wait = calls[used - allowed] + window_s - now
                return Decision(False, max(0.0, wait), "minute", used, month_used, now)
        calls.append(now)
        self._months[(provider, month)] = month_used + 1
        return Decision(True, 0.0, "ok", used + 1, month_used + 1, now, member="x", month=month)

    async def give_back(self, provider: str, decision: Decision) -> None:
        calls = self._calls.get(provider)
        if calls is None or decision.at not in calls:
            return
        calls.remove(decision.at)
        key = (provider, decision.month)
        self._months[key] = max(0, self._months.get(key, 0) - 1)

    async def pause(self, provider: str, seconds: float) -> None:
        until = self._clock() + seconds
        self._paused[provider] = max(until, self._paused.get(provider, 0.0))

    async def usage(self, provider: str, month: str, window_s: float) -> tuple[int, int, float]:
        now = self._clock()
        paused = max(0.0, self._paused.get(provider, 0.0) - now)
        calls = self._minute(provider, now, window_s)
        return len(calls), self._months.get((provider, month), 0), paused


class CallBudget:
    """One provider's budget. `spend()` before every call; `refused()` after a 429."""

    def __init__(
        self,
        provider: str,
        limits: Limits,
        ledger: Ledger | None = None,
        *,
        wait_s: float = BUDGET_WAIT_S,
        window_s: float = BUDGET_WINDOW_S,
        clock: Clock = time.time,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.provider = provider
        self.limits = limits
        self._ledger: Ledger = ledger or MemoryLedger()
        self._fallback = MemoryLedger()
        self._wait_s = wait_s
        self._window_s = window_s
        self._clock = clock
        self._sleep = sleep

    async def spend(self, *, wait: bool = True) -> Decision:
        """Take one call (the ledger's decision granting it; a provider without limits is
        counted too, and stays paused after it refused calls). A person's question waits up to
        `wait_s` for a free one (unless `wait` is False: a retry inside a deadline); background
        work never waits. Raises `BudgetExhausted` when no call can be had in time."""
        priority = current_priority()
        background = priority is Priority.BACKGROUND
        give_up_at = time.monotonic() + (self._wait_s if wait and not background else 0.0)
        waited = False
        while True:
            decision = await self._take(background)
            if decision.granted:
                outcome = "waited" if waited else "made"
                PROVIDER_CALLS.labels(self.provider, priority.value, outcome).inc()
                return decision
            window = self._spent_window(decision)
            if window == "month" or time.monotonic() + decision.wait_s > give_up_at:
                PROVIDER_CALLS.labels(self.provider, priority.value, "refused").inc()
                log.info(
                    "provider call budget spent",
                    extra={
                        "provider": self.provider,
                        "window": decision.window,
                        "priority": priority.value,
                        "retry_after_s": round(decision.wait_s),
                    },
                )
                raise BudgetExhausted(self.provider, window, decision.wait_s, at=self._now())
            waited = True
            _tell_waiting(decision.wait_s)
            await self._sleep(decision.wait_s + random.uniform(0, _WAKE_JITTER_S))

    def _spent_window(self, decision: Decision) -> Window:
        """Which window a refused decision spent: the month's when RailBot's own monthly count
        is used up, or when the provider refused for its month (its calls are stopped until the
        month ends), never "a minute" then; else the minute's."""
        if decision.window == "month":
            return "month"
        if decision.window == "refused" and decision.wait_s >= self._month_left_s() - 60:
            return "month"
        return "minute"

    async def give_back(self, decision: Decision) -> None:
        """Return a granted call that never reached the provider (no connection was made), so
        that an outage or a wrong address spends none of the minute or the month."""
        if not decision.granted:
            return
        PROVIDER_CALLS.labels(self.provider, current_priority().value, "returned").inc()
        try:
            await self._ledger.give_back(self.provider, decision)
        except STORE_ERRORS:
            await self._fallback.give_back(self.provider, decision)

    async def refused(self, retry_after_s: float | None = None, *, monthly: bool = False) -> None:
        """The provider refused a call (HTTP 429): nobody calls it until it may be called again
        (its Retry-After, the month's end for a spent month, else a minute)."""
        if monthly:
            seconds = self._month_left_s()
        elif retry_after_s is not None and retry_after_s > 0:
            seconds = retry_after_s
        else:
            seconds = float(BUDGET_REFUSAL_PAUSE_S)
        log.error(
            "the provider refused a call for its rate or quota; calls stop until it allows them",
            extra={"provider": self.provider, "pause_s": round(seconds), "monthly": monthly},
        )
        try:
            await self._ledger.pause(self.provider, seconds)
        except STORE_ERRORS:
            await self._fallback.pause(self.provider, seconds)

    async def usage(self) -> Usage:
        """Calls made and left in this minute and month (also set as metrics)."""
        try:
            used, month_used, paused = await self._ledger.usage(
                self.provider, self._month(), self._window_s
            )
        except STORE_ERRORS:
            used, month_used, paused = await self._fallback.usage(
                self.provider, self._month(), self._window_s
            )
        usage = Usage(
            provider=self.provider,
            minute_used=used,
            month_used=month_used,
            minute_left=_left(self.limits.per_minute, used),
            month_left=_left(self.limits.per_month, month_used),
            paused_s=paused,
        )
        self._record(used, month_used)
        return usage

    async def background_spacing_s(self) -> float:
        """How far apart background calls must be, from now to the month's end, for them to
        stay within their share of what is left of the month (0: no limit to keep to)."""
        if self.limits.per_month is None:
            return 0.0
        usage = await self.usage()
        share = (usage.month_left or 0) - self.limits.reserve(self.limits.per_month)
        if share <= 0:
            return self._month_left_s()
        return self._month_left_s() / share

    # --- internals ----------------------------------------------------------------------------

    async def _take(self, background: bool) -> Decision:
        args = (
            self.provider,
            self.limits,
            background,
            self._month(),
            self._month_left_s(),
            self._window_s,
        )
        try:
            decision = await self._ledger.take(*args)
        except STORE_ERRORS:
            log.warning(
                "call budget store unreachable; counting this process's calls only",
                extra={"provider": self.provider},
            )
            decision = await self._fallback.take(*args)
        self._record(decision.minute_used, decision.month_used)
        return decision

    def _record(self, minute_used: int, month_used: int) -> None:
        for window, used, limit in (
            ("minute", minute_used, self.limits.per_minute),
            ("month", month_used, self.limits.per_month),
        ):
            PROVIDER_CALLS_USED.labels(self.provider, window).set(used)
            left = _left(limit, used)
            PROVIDER_BUDGET_LEFT.labels(self.provider, window).set(-1 if left is None else left)

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock(), dt.UTC)

    def _month(self) -> str:
        return self._now().strftime("%Y-%m")

    def _month_left_s(self) -> float:
        now = self._now()
        first = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return max(1.0, (following - now).total_seconds())


async def background_spacing_s(budgets: Iterable[CallBudget]) -> float:
    """How far apart background calls must be so that none of these budgets runs short before
    the month ends (the widest spacing any of them needs; 0 for none)."""
    spacings = [await budget.background_spacing_s() for budget in budgets]
    return max(spacings, default=0.0)


def _left(limit: int | None, used: int) -> int | None:
    return None if limit is None else max(0, limit - used)


def _window(value: object) -> Literal["ok", "minute", "month", "refused"]:
    word = value.decode() if isinstance(value, bytes) else str(value)
    if word == "ok":
        return "ok"
    if word == "month":
        return "month"
    if word == "refused":
        return "refused"
    return "minute"


def ledger_for(client: aioredis.Redis | None) -> Ledger:
    """The ledger every process shares (Redis), or this process's own."""
    return RedisLedger(client) if client is not None else MemoryLedger()


# A refusal's message that names the month ("MONTHLY quota exceeded"): no call until it ends.
_MONTHLY: Final = re.compile(r"month", re.I)


async def refused_for_rate(
    budget: CallBudget | None,
    provider: str,
    message: str,
    retry_after_s: float | None,
    at: dt.datetime,
) -> NoReturn:
    """A provider refused a call for its rate or quota (HTTP 429): pause its budget for as long
    as it said (the month, when its message names the month's quota), then raise
    `UpstreamRateLimited` so the chain goes on and the traveller hears when to ask again."""
    monthly = bool(_MONTHLY.search(message))
    if budget is not None:
        await budget.refused(retry_after_s, monthly=monthly)
    raise UpstreamRateLimited(
        f"{provider} refused a call for its rate or quota",
        retry_after_s=retry_after_s,
        monthly=monthly,
        provider=provider,
        at=at,
    )
