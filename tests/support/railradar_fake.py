"""A fake RailRadar v1 for end-to-end tests and benchmarks: answers with the recorded shapes of
tests/fixtures/railradar, moved to today's date, counts every call, and refuses (HTTP 429, with
RailRadar's words) any call past its limit of calls in a sliding minute, as the real one would.

Mount it on a respx router (`FakeRailRadar(router, url)`) or call `answer(request)` from an
`httpx.MockTransport`."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import respx

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "railradar"
IST = ZoneInfo("Asia/Kolkata")
URL = "https://railradar.test/v1"
KEY = "rr_live_0123456789abcdef"
# The day most fixtures were captured on.
CAPTURED = dt.date(2026, 10, 2)
_DATE = re.compile(r"\b(20\d\d-\d\d-\d\d)(?=T|\b)")  # dates, and the dates of timestamps

# PNRs the fake knows, and what each answers.
PNR_WAITLISTED = "4512345678"
PNR_CONFIRMED = "2345678901"
PNR_FLUSHED = "1111111111"
PNR_MAINTENANCE = "2222222222"
# Trains with their own recorded /live answer; any other number runs like 12675.
LIVE_FIXTURES = {
    "12675": "live_running",
    "12635": "live_not_started",
    "12626": "live_cancelled",
    "12512": "live_rescheduled",
    "12802": "live_diverted",
}


def fixture(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return body


def moved(body: Any, today: dt.date) -> Any:
    """`body` with every date moved by whole days, so that the capture day becomes `today`."""
    shift = today - CAPTURED

    def move(match: re.Match[str]) -> str:
        return (dt.date.fromisoformat(match.group(1)) + shift).isoformat()

    return json.loads(_DATE.sub(move, json.dumps(body)))


def _board_of(code: str) -> Any:
    """The recorded board (Chennai Egmore's) as the board of `code`: RailRadar answers for the
    station asked (a test overrides the path for an answer about another station)."""
    body = fixture("station_live_MS")
    if code.upper() != "MS":
        body["data"]["station"] = {"code": code.upper(), "name": code.upper()}
    return body


def error(status: int, name: str) -> tuple[int, dict[str, Any]]:
    return status, fixture(name)


@dataclass
class FakeRailRadar:
    """The fake provider. `calls` holds (monotonic time, path) of every call it answered;
    `refused` the calls it had to refuse for the rate limit (a test wants none)."""

    router: respx.Router | None = None
    url: str = URL
    per_minute: int = 10
    today: Callable[[], dt.date] = lambda: dt.datetime.now(IST).date()
    clock: Callable[[], float] = time.monotonic
    calls: list[tuple[float, str]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    # path → (status, body) answered instead of the recorded one (errors, outages), or a whole
    # response as sent (an HTML page, an empty or cut-off body)
    overrides: dict[str, tuple[int, dict[str, Any]] | Exception | httpx.Response] = field(
        default_factory=dict
    )
    # path → headers sent with its override (a 429's Retry-After)
    override_headers: dict[str, dict[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.router is not None:
            self.router.route(url__startswith=self.url).mock(side_effect=self.answer)

    def paths(self, prefix: str = "") -> list[str]:
        return [path for _, path in self.calls if path.startswith(prefix)]

    def busiest_minute(self) -> int:
        """The most calls answered within any 60 seconds."""
        times = sorted(at for at, _ in self.calls)
        return max((sum(1 for t in times if start <= t < start + 60) for start in times), default=0)

    def answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix(httpx.URL(self.url).path)
        now = self.clock()
        recent = [at for at, _ in self.calls if now - at < 60]
        if len(recent) >= self.per_minute:
            self.refused.append(path)
            return httpx.Response(
                429,
                json={
                    "success": False,
                    "error": {"message": "Rate limit exceeded. Maximum 10 requests per minute."},
                },
            )
        self.calls.append((now, path))
        override = self.overrides.get(path)
        if isinstance(override, Exception):
            raise override
        if isinstance(override, httpx.Response):  # a fresh copy: one response is read once
            # over the same bytes, still to be read (and decoded) by the client
            return httpx.Response(
                override.status_code, headers=override.headers, stream=override.stream
            )
        if override is not None:
            status, body = override
            return httpx.Response(status, json=body, headers=self.override_headers.get(path))
        params = dict(request.url.params)
        status, body = self._recorded(path, params)
        return httpx.Response(status, json=moved(body, self._day_of(path, params)))

    def _day_of(self, path: str, params: dict[str, str]) -> dt.date:
        """The day a recorded answer is moved to: a run's, as asked (`/live?date=` is the run's
        start, and RailRadar answers for that run), else today."""
        if path.endswith("/live") and path.startswith("/trains/") and "date" in params:
            try:
                return dt.date.fromisoformat(params["date"])
            except ValueError:
                pass
        return self.today()

    def _recorded(self, path: str, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        parts = [part for part in path.split("/") if part]
        match parts:
            case ["pnr", pnr, "prediction"]:
                return 200, fixture("pnr_prediction")
            case ["pnr", pnr]:
                return self._pnr(pnr)
            case ["trains", "between", _, _]:
                name = "between_SBC_ERS_by_city" if params.get("byCity") == "true" else None
                return 200, fixture(name or "between_NDLS_MMCT")
            case ["trains", number, "live"]:
                return 200, self._live(number)
            case ["trains", number, "fare"]:
                return 200, renumbered(fixture("fare"), "12951", number)
            case ["trains", number, "seats"]:
                return 200, self._seats(number)
            case ["trains", number]:
                return 200, renumbered(fixture("schedule_12951"), "12951", number)
            case ["stations", code, "live"]:
                return 200, _board_of(code)
            case ["lookup", "search", "stations"]:
                return 200, fixture("search_stations_chennai")
            case ["lookup", "search", "trains"]:
                return 200, fixture("search_trains_1267")
            case ["lookup", "stations"]:
                return 200, fixture("stations_directory")
        return error(404, "error_train_not_found")

    def _pnr(self, pnr: str) -> tuple[int, dict[str, Any]]:
        if pnr == PNR_FLUSHED:
            return error(404, "error_pnr_not_found")
        if pnr == PNR_MAINTENANCE:
            body = fixture("error_pnr_maintenance")
            back = dt.datetime.now(IST).replace(microsecond=0) + dt.timedelta(minutes=20)
            body["error"]["details"]["retryAfter"] = back.isoformat()
            return 503, body
        if pnr == PNR_CONFIRMED:
            return 200, fixture("pnr_confirmed")
        body = fixture("pnr_waitlisted")
        body["data"]["pnrNumber"] = pnr
        return 200, body

    def _seats(self, number: str) -> dict[str, Any]:
        """The recorded calendar; for a train whose run is cancelled, every day says so, as the
        railway's availability does for a cancelled run ("TRAIN CANCELLED", not bookable)."""
        body = renumbered(fixture("seats"), "12951", number)
        if LIVE_FIXTURES.get(number) == "live_cancelled":
            for day in body["data"]["calendar"]:
                day.update(status="TRAIN CANCELLED", statusCode="NOT_AVAILABLE", isAvailable=False)
                for count in ("availableSeats", "waitlistNumber", "waitlistType"):
                    day.pop(count, None)
        return body

    def _live(self, number: str) -> dict[str, Any]:
        name = LIVE_FIXTURES.get(number)
        if name is not None:
            return fixture(name)
        return renumbered(fixture("live_running"), "12675", number)


@contextmanager
def mounted(per_minute: int = 10) -> Iterator[tuple[respx.Router, FakeRailRadar]]:
    """A respx router that lets no call out unmocked, with the fake RailRadar answering on it at
    `per_minute` calls a minute: the world of an end-to-end test (a test mounts its Messenger
    Graph on the same router)."""
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield router, FakeRailRadar(router, per_minute=per_minute)


def renumbered(body: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """`body` with the train number `old` written `new` wherever it stands as a value."""
    answer: dict[str, Any] = json.loads(json.dumps(body).replace(f'"{old}"', f'"{new}"'))
    return answer
