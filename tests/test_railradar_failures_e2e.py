"""Every way RailRadar is on record as failing (LIVE_PROVIDERS.md §1.2), for each feature, through
the signed webhook with RAILWAY_PROVIDER=railradar and no timetable imported: an HTML error page
(with a 502 or a 200), an empty body, a gzip body that does not decompress, a JSON body cut
short, `success: false` on a 200, 429 with and without Retry-After, the month's quota, 401 and
403, 404 with each `…NOT_FOUND` code, 400 `VALIDATION_ERROR`, 503 `DB_CONNECTION_ERROR` or none,
and 503 `PRS:MAINTENANCE` with its `retryAfter`. Each gets a plain reply that says what to do
next: never a trace, never silence, never a promise the bot cannot keep ("timetable questions
still work" with no timetable), and never a wrong fact (a station RailRadar does not know is not
a station with no trains; the PNR system's maintenance is not named for a route; a failure of
RailRadar's is RailRadar's, never "Indian Railways isn't answering")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx

from tests.support.railradar_fake import PNR_WAITLISTED, FakeRailRadar, fixture
from tests.test_alerts_e2e import Graph, Thread
from tests.test_provider_states_e2e import settings_for as timetable_settings
from tests.test_railradar_e2e import ask, running_app, settings_for


def recorded(status: int, name: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers, json=fixture(name))


def said(status: int, body: bytes, content_type: str = "application/json") -> httpx.Response:
    return httpx.Response(status, headers={"content-type": content_type}, content=body)


RATE = {
    "success": False,
    "error": {"message": "Rate limit exceeded. Maximum 10 requests per minute."},
}
HTML_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>"

FAILURES: dict[str, httpx.Response] = {
    "html-502": said(502, HTML_PAGE, "text/html"),
    "html-200": said(
        200, b"<!DOCTYPE html><html><body>Just a moment...</body></html>", "text/html"
    ),
    "empty-200": said(200, b""),
    # a body its Content-Encoding cannot undo: gzip that is not gzip
    "gzip-garbled-200": httpx.Response(
        200,
        headers={"content-type": "application/json", "content-encoding": "gzip"},
        stream=httpx.ByteStream(b"\x1f\x8b\x08 not really gzip"),
    ),
    "json-cut-short": said(200, json.dumps(fixture("live_running")).encode()[:700]),
    "success-false-200": recorded(200, "error_success_false"),
    "429": httpx.Response(429, json=RATE),
    "429-retry-after": httpx.Response(429, headers={"Retry-After": "30"}, json=RATE),
    "429-month": recorded(429, "error_quota_month"),
    "401": recorded(401, "error_unauthorized"),
    "403": httpx.Response(403, json={"success": False, "error": {"message": "Forbidden"}}),
    "404-not-found": httpx.Response(
        404, json={"success": False, "error": {"code": "NOT_FOUND", "message": "Not found"}}
    ),
    "404-train": recorded(404, "error_train_not_found"),
    "404-station": recorded(404, "error_station_not_found"),
    "400-validation": recorded(400, "error_validation"),
    "503-degraded": recorded(503, "error_degraded"),
    "503-no-code": httpx.Response(
        503, json={"success": False, "error": {"message": "Unavailable"}}
    ),
    "503-maintenance": recorded(503, "error_pnr_maintenance"),
}
PASSING = (
    "html-502",
    "html-200",
    "empty-200",
    "gzip-garbled-200",
    "json-cut-short",
    "success-false-200",
    "429",
    "429-retry-after",
    "503-degraded",
    "503-no-code",
)
NOT_FOUND = ("404-not-found", "404-train", "404-station")

# feature → (what is asked, the RailRadar path that fails)
QUESTIONS = {
    "pnr": (f"pnr {PNR_WAITLISTED}", f"/pnr/{PNR_WAITLISTED}"),
    "chance": (f"pnr {PNR_WAITLISTED}", f"/pnr/{PNR_WAITLISTED}/prediction"),
    "live": ("12675 kaha hai", "/trains/12675/live"),
    "route": ("route of 12951", "/trains/12951"),
    "between": ("ndls to mmct tomorrow", "/trains/between/NDLS/MMCT"),
    "board": ("trains from MS next 4 hours", "/stations/MS/live"),
    "fare": ("3a fare 12951 mmct ndls", "/trains/12951/fare"),
    "seats": ("3a seats 12951 mmct ndls tomorrow", "/trains/12951/seats"),
    "cancelled": ("is 12626 cancelled today", "/trains/12626/live"),
}
ASK_AGAIN = "RailRadar didn't answer just now, try again in a few minutes"
MONTH = "any more this month; they return on"
REFUSED = "live railway service is unavailable right now"
STATION_GAP = "doesn't have this station in its data"


def expected(feature: str, failure: str) -> tuple[str, ...]:
    """What the reply to `feature` must say when its call fails as `failure`."""
    if feature == "chance":  # the chance is extra: the booking is shown without it
        return ("PNR 4512345678", "GNWL 12")
    if feature == "live":  # the timetable stands in, saying why
        if failure in (*NOT_FOUND, "400-validation"):
            # the run in hand: today's, or after midnight the one still under way since
            # yesterday (CI runs at about 02:00 IST)
            return ("Live running status isn't available for the run ", "; this is the timetable")
        if failure in ("401", "403", "429-month"):
            return ("Live running status isn't available to me right now",)
        return ("I couldn't get live running status just now",)
    if failure in PASSING:
        return (ASK_AGAIN,)
    if failure == "429-month":
        return (MONTH, "Station names and codes still work")
    if failure in ("401", "403"):
        return (REFUSED, "Station names and codes still work")
    if failure == "503-maintenance":
        system = "PNR system" if feature == "pnr" else "reservation system"
        return (f"The railway's {system} is in its nightly maintenance until about 00:20",)
    if failure == "400-validation":
        if feature == "pnr":
            return ("check the 10 digits",)
        # the refusal is RailRadar's, named: RailBot did not ask Indian Railways
        if feature in ("fare", "seats"):
            return ("RailRadar didn't accept", "for this train.", "Which date?")
        return ("RailRadar didn't accept that question",)
    return {  # not found
        "pnr": ("PNR not found",),
        "route": ("couldn't find train 12951",),
        "between": (STATION_GAP,),
        "board": (STATION_GAP,),
        # 12951's timetable lists 3A: not sold for the journey, never "no 3A coaches"
        "fare": ("3A isn't sold for this journey",),
        "seats": ("3A isn't sold for this journey",),
        "cancelled": ("can't tell whether 12626 is cancelled",),
    }[feature]


@pytest.fixture
def world() -> Iterator[tuple[Graph, FakeRailRadar]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield Graph(router), FakeRailRadar(router)


@pytest.mark.parametrize("failure", list(FAILURES))
async def test_each_failure_of_each_feature_gets_a_plain_true_reply_through_the_webhook(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar], failure: str
) -> None:
    graph, railradar = world
    railradar.per_minute = 1000
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=1000)) as (app, client):
        store = app.state.services.store
        for n, (feature, (words, path)) in enumerate(QUESTIONS.items()):
            railradar.overrides = {path: FAILURES[failure]}
            # Each feature meets the failure afresh: nothing cached, no pause left by the last.
            for key in await store.scan_keys("rb:*"):
                if key.startswith(("rb:cache", "rb:budget", "rb:flight")):
                    await store.delete(key)
            answer = await ask(Thread(client, graph, f"72{n:02d}000000000001"), words)
            for part in expected(feature, failure):
                assert part in answer, (feature, failure, answer)
            assert "Timetable questions" not in answer, (feature, failure, answer)
            assert "no direct trains" not in answer and "No trains leave" not in answer, answer
            for leak in ("Traceback", "None", "null", "<html", "HTTP", "went wrong", "Indian Rail"):
                assert leak not in answer, (feature, failure, answer)
            if feature != "pnr" and feature != "chance":
                assert "PNR system" not in answer, (feature, failure, answer)


@pytest.mark.parametrize(
    ("status", "lead", "note"),
    [
        (
            401,
            "Live running status isn't available to me right now; this is the timetable",
            "⚠️ RailRadar is unavailable to RailBot right now, so this is the timetable, not live.",
        ),
        (
            503,
            "I couldn't get live running status just now; this is the timetable",
            "⚠️ RailRadar didn't answer, so this is the timetable, not live. Ask again in a few",
        ),
    ],
    ids=["refused-key", "outage"],
)
async def test_a_live_question_with_railradar_refusing_everything_is_the_open_timetable(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    status: int,
    lead: str,
    note: str,
) -> None:
    graph, railradar = world
    railradar.per_minute = 1000
    refusal = FAILURES["401"] if status == 401 else FAILURES["503-degraded"]
    for path in ("/trains/12951/live", "/trains/12951"):  # the key is refused for every call
        railradar.overrides[path] = refusal
    async with running_app(timetable_settings(clean_redis, tmp_path)) as (_, client):
        english = await ask(Thread(client, graph, "7300000000000001"), "12951 kaha hai")
        arrival = await ask(Thread(client, graph, "7300000000000002"), "12951 ndls kab pahunchegi")
    for answer in (english, arrival):
        assert answer.startswith(lead), answer
        assert "Due at New Delhi (NDLS) 08:35 on day 2" in answer, answer
        assert "Timetable from the open data, imported" in answer and note in answer, answer
    assert ("just now" in english) is (status != 401), english
