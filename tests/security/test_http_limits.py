"""The body limit at the real HTTP server (`python -m app serve`, uvicorn with httptools), spoken
to over raw sockets so that the client can lie: a declared length over the limit (32 MiB) is refused
before a byte of body is sent, a chunked body is cut off once it passes it, a length that
understates the body gets nothing accepted, and the service stays healthy throughout.
Below, the same lies told to the ASGI handler directly; more ASGI cases (declared, streamed,
exactly the limit, Meta's largest batch) are in tests/messenger/test_webhook.py.
"""

from __future__ import annotations

import hashlib
import hmac
import socket
import time
from collections.abc import AsyncIterator, Iterable, Iterator

import httpx
import pytest

from app.messenger.webhook import MAX_BODY_BYTES
from tests.faults.processes import Service
from tests.support.messenger import APP_SECRET, make_settings, running_app

MiB = 1024 * 1024


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    workdir = tmp_path_factory.mktemp("http-limits")
    running = Service(
        {
            "FB_APP_SECRET": APP_SECRET,
            "FB_PAGE_ACCESS_TOKEN": "EAAlimits-token",
            "FB_GRAPH_URL": "http://127.0.0.1:9/v25.0",
            "RAILBOT_DATA_DIR": str(workdir / "data"),
        },
        workdir,
    )
    deadline = time.monotonic() + 30
    while True:
        assert running.process.poll() is None, running.log()[-3000:]
        try:
            if httpx.get(f"{running.url}/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "the service never answered"
        time.sleep(0.1)
    yield running
    running.stop()


def exchange(service: Service, head: bytes, body_parts: Iterable[bytes] = ()) -> bytes:
    """Send a request head, then body parts while the server still listens; what it answered."""
    with socket.create_connection(("127.0.0.1", service.port), timeout=10) as conn:
        conn.sendall(head)
        try:
            for part in body_parts:
                conn.sendall(part)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server stopped reading: it has answered already
        conn.settimeout(10)
        received = b""
        try:
            while b"\r\n\r\n" not in received:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                received += chunk
        except ConnectionResetError:
            pass
    return received


def status_of(response: bytes) -> int:
    assert response.startswith(b"HTTP/1.1 "), response[:200]
    return int(response.split(b" ", 2)[1])


def head(headers: dict[str, str]) -> bytes:
    lines = [
        "POST /webhook HTTP/1.1",
        "Host: 127.0.0.1",
        *(f"{k}: {v}" for k, v in headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def signature(body: bytes) -> str:
    return "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()


def healthy(service: Service) -> bool:
    return httpx.get(f"{service.url}/healthz", timeout=5).status_code == 200


@pytest.mark.slow
def test_a_declared_length_over_the_limit_is_refused_before_the_body(service: Service) -> None:
    started = time.monotonic()
    declared = str(MAX_BODY_BYTES + MiB)
    answer = exchange(service, head({"Content-Length": declared, "X-Hub-Signature-256": "x"}))
    assert status_of(answer) == 413
    assert time.monotonic() - started < 5  # no waiting for a body that never comes
    assert healthy(service)


@pytest.mark.slow
def test_a_chunked_body_is_cut_off_past_the_limit(service: Service) -> None:
    chunk = b" " * 65536
    over = MAX_BODY_BYTES // len(chunk) + 8  # half a MiB past the limit
    parts = (b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(over))
    answer = exchange(
        service,
        head({"Transfer-Encoding": "chunked", "X-Hub-Signature-256": signature(b"")}),
        parts,
    )
    assert status_of(answer) == 413
    assert healthy(service)


@pytest.mark.slow
def test_a_length_that_understates_the_body_gets_nothing_accepted(service: Service) -> None:
    """The declared 10 bytes are the body (signed for something else); the megabyte behind them
    is taken for a next request, and refused as garbage. Nothing is accepted, the service stays
    healthy."""
    answer = exchange(
        service,
        head({"Content-Length": "10", "X-Hub-Signature-256": signature(b"0123456789")}),
        [b'{"object":', b"x" * MiB],
    )
    assert status_of(answer) in (400, 403)
    assert healthy(service)


@pytest.mark.slow
@pytest.mark.parametrize("length", ["-1", "abc", "1e3", "10, 20"])
def test_a_length_that_is_not_a_number_is_refused(service: Service, length: str) -> None:
    answer = exchange(service, head({"Content-Length": length, "X-Hub-Signature-256": "x"}))
    assert status_of(answer) == 400
    assert healthy(service)


@pytest.mark.slow
def test_only_the_documented_routes_are_served(service: Service) -> None:
    for path, status in (("/chat", 404), ("/docs", 404), ("/healthz", 200), ("/readyz", 200)):
        assert httpx.get(f"{service.url}{path}", timeout=5).status_code == status, path


# --- the same lies told straight to the ASGI handler (no server in front to catch them) -------


@pytest.mark.parametrize(
    ("declared", "status"),
    [("-1", 400), ("+5", 400), (" 5", 400), ("0x10", 400), ("", 400), ("9" * 5000, 413)],
    ids=["negative", "plus-sign", "space", "hex", "empty", "five-thousand-digits"],
)
async def test_a_declared_length_that_is_not_a_plain_number_is_refused(
    declared: str, status: int
) -> None:
    async with running_app(make_settings(None), run_worker=False) as (_, client):
        response = await client.post(
            "/webhook",
            content=b"{}",
            headers={"Content-Length": declared, "X-Hub-Signature-256": signature(b"{}")},
        )
    assert response.status_code == status


async def test_a_small_declared_length_does_not_let_a_large_body_through() -> None:
    async def body() -> AsyncIterator[bytes]:
        for _ in range(MAX_BODY_BYTES // MiB + 1):
            yield b" " * MiB

    async with running_app(make_settings(None), run_worker=False) as (_, client):
        response = await client.post(
            "/webhook",
            content=body(),
            headers={"Content-Length": "2", "X-Hub-Signature-256": signature(b"{}")},
        )
    assert response.status_code == 413
