"""The Graph API's HTTP transport against a real HTTP/1.1 server on this machine: connections are
kept and reused, a connection the server closed is never used, any framing of the answer is read,
and failures come out as httpx's exceptions (which the Sender sorts into retryable ones)."""

from __future__ import annotations

import asyncio
import gc
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import httpx
import pytest
import respx

from app.bot.replies import Reply
from app.errors import SendError
from app.messenger import keepalive
from app.messenger.keepalive import KeepAliveTransport
from app.messenger.send import Sender

USER_ID = "7004000000000001"
OK_BODY = b'{"recipient_id":"7","message_id":"m_1"}'
Answer = Callable[[bytes], Awaitable[bytes | None]]


def framed(body: bytes = OK_BODY, *, close: bool = False) -> bytes:
    extra = b"Connection: close\r\n" if close else b""
    length = str(len(body)).encode()
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + extra
        + (b"Content-Length: " + length + b"\r\n\r\n" + body)
    )


def chunked(body: bytes = OK_BODY) -> bytes:
    half = len(body) // 2
    parts = [body[:half], body[half:]]
    chunks = b"".join(f"{len(p):x}".encode() + b"\r\n" + p + b"\r\n" for p in parts)
    return b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\n\r\n"


@dataclass
class Server:
    """An HTTP/1.1 server answering each request with `answer(request bytes)` (None: hang up)."""

    answer: Answer
    connections: int = 0
    requests: list[bytes] = field(default_factory=list)
    port: int = 0
    writers: list[asyncio.StreamWriter] = field(default_factory=list)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.writers.append(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                request = head + await reader.readexactly(length)
                self.requests.append(request)
                response = await self.answer(request)
                if response is None:
                    break
                writer.write(response)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v25.0/me/messages?appsecret_proof=p"

    def hang_up_idle(self) -> None:
        """Close every connection, as a server does with idle keep-alive connections."""
        for writer in self.writers:
            writer.close()


@pytest.fixture
async def serving() -> AsyncIterator[Callable[[Answer], Awaitable[Server]]]:
    servers: list[asyncio.Server] = []

    async def start(answer: Answer) -> Server:
        server = Server(answer)
        listening = await asyncio.start_server(server.handle, "127.0.0.1", 0)
        server.port = listening.sockets[0].getsockname()[1]
        servers.append(listening)
        return server

    yield start
    for listening in servers:
        listening.close()


async def always(response: bytes) -> Answer:
    async def answer(request: bytes) -> bytes:
        return response

    return answer


async def post(client: httpx.AsyncClient, server: Server) -> httpx.Response:
    return await client.post(
        server.url,
        json={"recipient": {"id": "7"}, "message": {"text": "hi"}},
        headers={"Authorization": "Bearer t"},
    )


async def test_one_connection_carries_request_after_request(
    serving: Callable[[Answer], Awaitable[Server]],
) -> None:
    server = await serving(await always(framed()))
    async with httpx.AsyncClient(transport=KeepAliveTransport()) as client:
        answers = [await post(client, server) for _ in range(5)]
    assert [a.json()["message_id"] for a in answers] == ["m_1"] * 5
    assert server.connections == 1
    first = server.requests[0]
    assert first.startswith(b"POST /v25.0/me/messages?appsecret_proof=p HTTP/1.1\r\n")
    assert b"\r\nhost: 127.0.0.1:" in first.lower() and b"authorization: bearer t" in first.lower()
    assert json.loads(first.split(b"\r\n\r\n", 1)[1]) == {
        "recipient": {"id": "7"},
        "message": {"text": "hi"},
    }


async def test_concurrent_requests_each_get_their_answer(
    serving: Callable[[Answer], Awaitable[Server]],
) -> None:
    async def echo_recipient(request: bytes) -> bytes:
        await asyncio.sleep(0.01)
        recipient = json.loads(request.split(b"\r\n\r\n", 1)[1])["recipient"]["id"]
        return framed(json.dumps({"recipient_id": recipient}).encode())

    server = await serving(echo_recipient)
    async with httpx.AsyncClient(transport=KeepAliveTransport()) as client:

        async def one(n: int) -> str:
            answer = await client.post(server.url, json={"recipient": {"id": str(n)}})
            return str(answer.json()["recipient_id"])

        got = await asyncio.gather(*(one(n) for n in range(20)))
        again = await asyncio.gather(*(one(n) for n in range(20)))
    assert got == again == [str(n) for n in range(20)]
    assert server.connections <= 20  # the second round reused the first round's connections


async def test_a_connection_the_server_closed_while_idle_is_not_used(
    serving: Callable[[Answer], Awaitable[Server]],
) -> None:
    server = await serving(await always(framed()))
    async with httpx.AsyncClient(transport=KeepAliveTransport()) as client:
        assert (await post(client, server)).status_code == 200
        server.hang_up_idle()
        await asyncio.sleep(0.05)
        assert (await post(client, server)).status_code == 200
    assert server.connections == 2
    assert len(server.requests) == 2  # the request went out once


async def test_chunked_and_close_framed_answers_are_read(
    serving: Callable[[Answer], Awaitable[Server]],
) -> None:
    answers = iter([chunked(), framed(close=True), chunked()])

    async def next_answer(request: bytes) -> bytes:
        return next(answers)

    server = await serving(next_answer)
    async with httpx.AsyncClient(transport=KeepAliveTransport()) as client:
        bodies = [(await post(client, server)).json() for _ in range(3)]
    assert bodies == [json.loads(OK_BODY)] * 3
    assert server.connections == 2  # the server closed after the second


async def test_a_server_that_hangs_up_without_answering_is_an_error_not_silence(
    serving: Callable[[Answer], Awaitable[Server]],
) -> None:
    async def hang_up(request: bytes) -> None:
        return None

    server = await serving(hang_up)
    async with httpx.AsyncClient(transport=KeepAliveTransport()) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await post(client, server)
    assert len(server.requests) == 1


async def test_a_slow_answer_times_out_and_the_sender_calls_it_retryable(
    serving: Callable[[Answer], Awaitable[Server]],
) -> None:
    async def slow(request: bytes) -> bytes:
        await asyncio.sleep(2)
        return framed()

    server = await serving(slow)
    async with httpx.AsyncClient(transport=KeepAliveTransport(), timeout=0.2) as client:
        with pytest.raises(httpx.ReadTimeout):
            await post(client, server)
        sender = Sender(server.url.split("/me/")[0], "t", client=client, max_retries=0)
        sender_timeout = httpx.Timeout(0.2)
        with pytest.raises(SendError) as caught:
            await sender._post({"recipient": {"id": "7"}}, sender_timeout)
    assert caught.value.retryable


async def test_nobody_listening_is_a_connect_error() -> None:
    async with httpx.AsyncClient(transport=KeepAliveTransport()) as client:
        with pytest.raises(httpx.ConnectError):
            await client.post("http://127.0.0.1:9/v25.0/me/messages", json={})


def late_connect(outcome: BaseException | object) -> Callable[..., Awaitable[object]]:
    """An `open_connection` whose name lookup ends after the connect limit, as uvloop's does
    when no DNS server answers: it waits on a future of its own that it alone reads."""

    async def open_connection(*_: object, **__: object) -> object:
        loop = asyncio.get_running_loop()
        lookup: asyncio.Future[object] = loop.create_future()
        if isinstance(outcome, BaseException):
            loop.call_later(0.1, lookup.set_exception, outcome)
        else:
            loop.call_later(0.1, lookup.set_result, outcome)
        await asyncio.wait([lookup])
        return lookup.result()

    return open_connection


async def test_a_name_lookup_that_fails_after_the_connect_limit_is_a_timeout_and_no_unhandled_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Graph unreachable from a container whose DNS does not answer: the sender sees a connect
    # timeout, and asyncio logs no "Future exception was never retrieved" ERROR after it.
    loop = asyncio.get_running_loop()
    unhandled: list[dict[str, object]] = []
    loop.set_exception_handler(lambda _, context: unhandled.append(context))
    failure = OSError(-3, "Temporary failure in name resolution")
    monkeypatch.setattr(keepalive.asyncio, "open_connection", late_connect(failure))
    try:
        with pytest.raises(httpx.ConnectTimeout):
            await KeepAliveTransport()._connect(("https", "graph.facebook.com", 443), 0.02)
        await asyncio.sleep(0.2)
        gc.collect()
        await asyncio.sleep(0)
    finally:
        loop.set_exception_handler(None)
    assert unhandled == []


async def test_a_connection_made_after_the_connect_limit_is_closed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    @dataclass
    class Writer:
        closed: bool = False

        def close(self) -> None:
            self.closed = True

    writer = Writer()
    monkeypatch.setattr(keepalive.asyncio, "open_connection", late_connect((object(), writer)))
    with pytest.raises(httpx.ConnectTimeout):
        await KeepAliveTransport()._connect(("https", "graph.facebook.com", 443), 0.02)
    await asyncio.sleep(0.2)
    assert writer.closed


@pytest.mark.parametrize("using", ["httpcore", "httpx"])
async def test_a_respx_mock_of_either_kind_sees_every_graph_call(
    using: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An acceptance run mocks the Send API with respx and knows nothing of our transport: the
    production client (not the test suite's stand-in) still sends through the mock, and a
    transport used before the mock started goes back to its own connections after it."""
    monkeypatch.setattr("app.messenger.send.graph_client", keepalive.graph_client)
    sender = Sender("https://graph.test/v25.0", "EAAtoken")
    try:
        with respx.mock(using=using) as router:
            route = router.post("https://graph.test/v25.0/me/messages").respond(
                200, json={"recipient_id": "7", "message_id": "m_mocked"}
            )
            assert await sender.send(USER_ID, Reply(text="hello")) == ["m_mocked"]
            await sender.typing_on(USER_ID)
        assert route.call_count == 2
        assert not keepalive.instrumented()
    finally:
        await sender.aclose()
