"""The chat page in a real browser (headless Chromium driven by Playwright): the service runs as
`python -m app serve` with RAILBOT_DEV_CHAT=1, the live provider is a local v2 server, and the
page goes through the real webhook path. Saves docs/screenshots/chat.png for the README."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from app.main import create_app
from tests.support.messenger import make_settings
from tests.support.railwayapi_server import API_KEY, RailwayApiServer
from tests.support.responders import MenuResponder

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
# The Chromium to drive: $CHROMIUM when set and not empty, else the system's, as
# tools/provision.sh looks for it (`${CHROMIUM:-/usr/bin/chromium}`).
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM = Path(os.environ.get("CHROMIUM") or DEFAULT_CHROMIUM)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOT = ROOT / "docs" / "screenshots" / "chat.png"
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"the browser tests need Chromium at {CHROMIUM}: install it "
            "(Debian/Ubuntu: apt-get install chromium), or set CHROMIUM to where it is, and run "
            "the tests again"
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page; list it after the service fixture, so that it closes first."""
    context = browser.new_context(viewport={"width": 480, "height": 860})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    context.close()
    assert errors == [], errors


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """`python -m app serve` with dev chat on, the way `make run` starts it, with a local v2
    provider; the chat address it prints. Parametrised with the Redis URL to use, or None for
    the in-memory twins."""
    redis_url: str | None = request.param
    if redis_url == "redis":
        redis_url = request.getfixturevalue("clean_redis")
    with RailwayApiServer() as railway:
        env = {
            "RAILWAY_PROVIDER": "railwayapi",
            "RAILWAY_API_URL": railway.url,
            "RAILWAY_API_KEY": API_KEY,
        }
        if redis_url:
            env["REDIS_URL"] = redis_url
        with serving(tmp_path, env) as address:
            yield address


@pytest.fixture
def first_minute(tmp_path: Path) -> Iterator[str]:
    """`make run` on a bare machine: no provider key, no Page token, no Redis."""
    with serving(tmp_path, {"RAILBOT_ALERT_TICK": "1"}) as address:
        yield address


@contextlib.contextmanager
def serving(tmp_path: Path, settings: dict[str, str]) -> Iterator[str]:
    """`python -m app serve` with dev chat on and only `settings` configured (nothing from this
    environment); the chat address it prints. Stopped with SIGTERM, and its log checked."""
    port = free_port()
    prefixes = ("FB_", "RAILBOT_", "RAILWAY_", "REDIS_URL")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "RAILBOT_DEV_CHAT": "1",
            "RAILBOT_DATA_DIR": str(tmp_path / "data"),
            **settings,
        }
    )
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    with out.open("w") as stdout, err.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", str(port)],
            cwd=tmp_path,
            env=env,
            stdout=stdout,
            stderr=stderr,
        )
    try:
        expected = f"RailBot is running: open http://127.0.0.1:{port}/chat"
        deadline = time.monotonic() + 30
        while expected not in out.read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the service did not start:\n{err.read_text()[-3000:]}")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/chat"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert "Traceback" not in err.read_text()
    assert API_KEY not in err.read_text()


def bot_says(page: Page, text: str) -> None:
    expect(page.locator(".bubble.bot", has_text=text).last).to_be_visible()


def user_says(page: Page, text: str) -> None:
    expect(page.locator(".bubble.user", has_text=text).last).to_be_visible()


def type_message(page: Page, text: str) -> None:
    page.fill("#text", text)
    page.press("#text", "Enter")


@pytest.mark.parametrize("service", [None, "redis"], indirect=True, ids=["memory", "redis"])
def test_pnr_live_status_and_station_in_the_chat_page(
    service: str, page: Page, request: pytest.FixtureRequest
) -> None:
    page.goto(service)
    expect(page.locator("#status")).to_have_text("online")
    expect(page.locator("#welcome")).to_be_visible()

    type_message(page, "pnr 4512345678")
    user_says(page, "pnr 4512345678")
    bot_says(page, "P1 CNF S6/71")
    bot_says(page, "P3 RAC 12 · booked GNWL 17")
    expect(page.locator("#welcome")).to_be_hidden()
    expect(page.locator("#chips button")).to_have_text(["Track this PNR", "Live status", "Refresh"])

    page.locator("#chips button", has_text="Live status").click()
    user_says(page, "Live status")
    bot_says(page, "Next: Anantapur (ATP)")
    expect(page.locator("#chips button")).to_have_text(["Refresh", "Route"])

    type_message(page, "NDLS")
    bot_says(page, "NDLS is New Delhi")
    expect(page.locator(".seen")).to_have_count(1)
    expect(page.locator("#typing")).to_be_hidden()
    expect(page.locator("#sample-banner")).to_have_count(0)  # a real provider answers here

    page.click("#location-button")
    page.select_option("#place", label="Howrah")
    page.click("#location-send")
    user_says(page, "Howrah")
    bot_says(page, "HWH")

    page.check("#show-json")
    signed = page.locator("pre.json", has_text="X-Hub-Signature-256").first
    expect(signed).to_be_visible()
    expect(signed).to_contain_text('"object": "page"')
    # No read receipts: an answer comes alone, or (when slow, as on a busy machine) after one
    # typing bubble.
    expect(page.locator("pre.json", has_text='"mark_seen"')).to_have_count(0)
    expect(page.locator("pre.json", has_text='"messaging_type": "RESPONSE"').first).to_be_visible()
    page.uncheck("#show-json")
    expect(page.locator("pre.json").first).to_be_hidden()


@pytest.mark.parametrize("service", [None], indirect=True, ids=["memory"])
def test_the_conversation_survives_a_reload(service: str, page: Page) -> None:
    page.goto(service)
    type_message(page, "station code of howrah")
    bot_says(page, "Howrah Jn: code HWH")
    page.reload()
    bot_says(page, "Howrah Jn: code HWH")
    user_says(page, "station code of howrah")
    type_message(page, "kanpur")
    bot_says(page, "Kanpur Central: code CNB")


@pytest.fixture
def templates_service(tmp_path: Path) -> Iterator[str]:
    """The service in a thread, answering with a button template, a carousel and chips."""
    settings = make_settings(None, dev_chat=True, data_dir=tmp_path)
    app = create_app(settings, responder=MenuResponder())
    port = free_port()
    config = uvicorn.Config(app, port=port, log_config=None, lifespan="on", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the service did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}/chat"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def test_buttons_and_carousels_render_and_tap_as_postbacks(
    templates_service: str, page: Page
) -> None:
    page.goto(templates_service)
    page.click("#get-started")
    bot_says(page, "You said GET_STARTED")
    expect(page.locator(".template .buttons button", has_text="Route").last).to_be_visible()
    card = page.locator(".card").last
    expect(card.locator(".title")).to_have_text("12627 Karnataka Exp")
    expect(card.locator(".subtitle")).to_have_text("SBC 19:20 → NDLS 09:15")
    link = card.locator("a", has_text="Book")
    expect(link).to_have_attribute("href", "https://www.irctc.co.in/")
    expect(link).to_have_attribute("rel", "noopener noreferrer")

    card.locator("button", has_text="Seats").click()
    user_says(page, "Seats")
    bot_says(page, "You said SEATS:12627")
    page.locator("#chips button", has_text="Refresh").click()
    bot_says(page, "You said PNR:4512345678")


def test_the_first_minute_every_feature_and_an_alert_from_marked_sample_data(
    first_minute: str, page: Page
) -> None:
    """What a newcomer sees after `make run`: the sample banner, every feature answered and
    marked as sample, and an alert arriving when the sample PNR moves."""
    page.goto(first_minute)
    expect(page.locator("#status")).to_have_text("online")
    expect(page.locator("#sample-banner")).to_contain_text("Sample data, not a real railway")
    asked = [
        ("pnr 4512345678", "P3 RAC 12"),
        ("12627 kaha hai", "12627 Karnataka Express"),
        ("route of 12627", "13 stops"),
        ("trains from NDLS next 2 hours", "New Delhi (NDLS), next 2 h"),
        ("trains from MAS to SBC tomorrow", "12639 Brindavan Express"),
        ("sleeper fare 12627 sbc to ndls", "₹1,092"),
        ("3a seats 12952 ndls mmct tomorrow", "12952 Mumbai Rajdhani"),
        ("cancelled trains today", "12626 Kerala Express"),
        ("rescheduled trains", "12002 Bhopal Shatabdi"),
    ]
    for number, (said, answer) in enumerate(asked):
        type_message(page, said)
        bubble = page.locator(".bubble.bot", has_text=answer).last
        expect(bubble).to_be_visible()
        expect(bubble).to_contain_text("Sample data")
        if number == 1:  # the README's picture: the banner, a PNR and a live position
            expect(page.locator("#typing")).to_be_hidden()
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOT))
    type_message(page, "code of new delhi")
    bot_says(page, "New Delhi: code NDLS")

    type_message(page, "alert 4534567890")
    bot_says(page, "Alerts on for PNR 4534567890")
    page.click("#sample-move")
    expect(page.locator(".note", has_text="Sample PNR 4534567890 moved: P1 WL 3")).to_be_visible()
    bot_says(page, "P1: WL 6 → WL 3")
