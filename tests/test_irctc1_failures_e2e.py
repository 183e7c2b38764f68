"""Every way IRCTC1 (RapidAPI) is on record as failing (LIVE_PROVIDERS.md §2.1: the gateway's 403
"You are not subscribed to this API.", 401 "Invalid API key", its MONTHLY quota and its rate per
second on 429; the provider's own `status: false` on a 200, "No data found" on a 404, an HTML
page with a 200, a 5xx, a timeout, a gzip body that does not decompress), for each feature,
through the signed webhook with RAILWAY_PROVIDER=irctc1 alone and the open timetable imported:
a live fact is never made up, the failure is IRCTC1's (never "Indian Railways isn't answering"),
and a timetable question is the timetable saying it stands in for IRCTC1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx

from app.config import Settings
from tests.support.messenger import make_settings
from tests.test_alerts_e2e import Graph, Thread
from tests.test_irctc1_e2e import URL
from tests.test_provider_chain_e2e import timetable
from tests.test_railradar_e2e import ask, running_app

MONTHLY = (
    "You have exceeded the MONTHLY quota for Requests on your current plan, BASIC. Upgrade your"
    " plan at https://rapidapi.com/IRCTCAPI/api/irctc1"
)
FAILURES: dict[str, httpx.Response] = {
    "403-not-subscribed": httpx.Response(
        403, json={"message": "You are not subscribed to this API."}
    ),
    "401-invalid-key": httpx.Response(401, json={"message": "Invalid API key. Go to …"}),
    "429-monthly": httpx.Response(429, json={"message": MONTHLY}),
    "200-status-false": httpx.Response(
        200, json={"status": False, "message": "Something went wrong", "timestamp": 1}
    ),
    "404-no-data": httpx.Response(
        404, json={"status": False, "message": "No data found", "timestamp": 1}
    ),
    "200-html": httpx.Response(
        200, headers={"content-type": "text/html"}, content=b"<html><body>502</body></html>"
    ),
    "200-null-data": httpx.Response(
        200, json={"status": True, "message": "Success", "timestamp": 1, "data": None}
    ),
    "502": httpx.Response(502, content=b"Bad Gateway"),
    "timeout": httpx.Response(599),  # stands for httpx.ReadTimeout, raised instead
    "gzip-garbled": httpx.Response(
        200,
        headers={"content-type": "application/json", "content-encoding": "gzip"},
        stream=httpx.ByteStream(b"\x1f\x8b\x08 not really gzip"),
    ),
}
# feature → what is asked (the timetable knows 12951, NDLS, MMCT and SBC)
QUESTIONS = {
    "pnr": "pnr 4512345678",
    "live": "12951 kaha hai",
    "route": "route of 12951",
    "between": "ndls to mmct",
    "board": "trains from SBC next 4 hours",
    "fare": "3a fare 12951 mmct ndls",
    "seats": "3a seats 12951 mmct ndls tomorrow",
}
TIMETABLE = ("route", "between", "board", "live")


class Irctc1:
    """IRCTC1 failing the way the test says, for every call."""

    def __init__(self, router: respx.Router) -> None:
        self.failure = "502"
        self.calls = 0
        router.route(url__startswith=URL).mock(side_effect=self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.failure == "timeout":
            raise httpx.ReadTimeout("IRCTC1 took too long")
        sent = FAILURES[self.failure]
        return httpx.Response(sent.status_code, headers=sent.headers, stream=sent.stream)


@pytest.fixture
def world() -> Iterator[tuple[Graph, Irctc1]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield Graph(router), Irctc1(router)


def expected(feature: str, failure: str) -> str:
    """What the reply to `feature` must say when IRCTC1 fails as `failure`."""
    refused = failure in ("403-not-subscribed", "401-invalid-key")
    if failure == "404-no-data" and feature in TIMETABLE:
        # its "No data found" is no proof while the timetable knows: the run in hand (today's,
        # or after midnight yesterday's) from the timetable, the train's stops, its trains
        if feature == "live":
            return "Live running status isn't available for the run "
        return "Timetable from the open data"
    if feature in TIMETABLE:
        if failure == "429-monthly":
            return "RailBot's calls to IRCTC1 (RapidAPI) for this month are used up"
        if refused:
            return "IRCTC1 (RapidAPI) is unavailable to RailBot right now, so this is the timetable"
        return "IRCTC1 (RapidAPI) didn't answer, so this is the timetable"
    if failure == "429-monthly":
        return "I can't look up live railway answers any more this month"
    if refused:
        return "RailBot's live railway service is unavailable right now"
    if failure == "404-no-data":
        return {"pnr": "PNR not found", "fare": "couldn't find", "seats": "couldn't find"}[feature]
    return "IRCTC1 (RapidAPI) didn't answer just now, try again in a few minutes"


def irctc1_alone(redis_url: str, data_dir: Path) -> Settings:
    """RailBot with IRCTC1 (RapidAPI) as its only live railway provider."""
    return make_settings(
        redis_url,
        railway_provider="irctc1",
        irctc1_api_url=URL,
        irctc1_api_key="rapid-test-key",
        railway_max_calls_per_minute=1000,
        data_dir=data_dir,
    )


@pytest.mark.parametrize("failure", list(FAILURES))
async def test_each_failure_of_each_feature_is_irctc1_s_and_the_timetable_says_it_stands_in(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, Irctc1], failure: str
) -> None:
    graph, irctc1 = world
    irctc1.failure = failure
    timetable(tmp_path)
    settings = irctc1_alone(clean_redis, tmp_path)
    async with running_app(settings) as (app, client):
        store = app.state.services.store
        for n, (feature, words) in enumerate(QUESTIONS.items()):
            if failure != "429-monthly":  # each feature meets the failure afresh
                for key in await store.scan_keys("rb:*"):
                    if key.startswith(("rb:cache", "rb:budget", "rb:flight")):
                        await store.delete(key)
            answer = await ask(Thread(client, graph, f"76{n:02d}000000000001"), words)
            assert expected(feature, failure) in answer, (feature, failure, answer)
            if feature in TIMETABLE:
                assert "Timetable from the open data" in answer, (feature, failure, answer)
            for leak in ("Traceback", "None", "null", "<html", "HTTP", "went wrong", "Indian Rail"):
                assert leak not in answer, (feature, failure, answer)
            assert "No trains leave" not in answer or "open data" in answer, (failure, answer)
    assert irctc1.calls


async def test_a_question_irctc1_refuses_is_said_to_be_refused_by_irctc1_never_indian_railways(
    clean_redis: str, tmp_path: Path
) -> None:
    # IRCTC1's 400 for arguments it does not take: the refusal is IRCTC1's, named, in English and
    # Hindi; a date refused asks for another date.
    refusal = {"status": False, "message": "Invalid parameters", "timestamp": 1}
    settings = irctc1_alone(clean_redis, tmp_path)
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        route = router.route(url__startswith=URL).respond(400, json=refusal)
        graph = Graph(router)
        async with running_app(settings) as (_, client):
            english = await ask(Thread(client, graph, "7700000000000001"), "route of 12951")
            hindi = await ask(Thread(client, graph, "7700000000000002"), "12951 का रूट")
            seats = await ask(
                Thread(client, graph, "7700000000000003"), "3a seats 12951 mmct ndls tomorrow"
            )
    assert route.called
    assert english.startswith("IRCTC1 (RapidAPI) didn't accept that question"), english
    assert hindi.startswith("IRCTC1 (RapidAPI) ने यह सवाल नहीं माना"), hindi
    assert seats.startswith("IRCTC1 (RapidAPI) didn't accept "), seats
    assert "for this train." in seats and "Which date?" in seats, seats
    for answer in (english, hindi, seats):
        assert "Indian Railways" not in answer and "भारतीय रेल" not in answer, answer
