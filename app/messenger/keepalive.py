"""The HTTP transport for Graph API calls: HTTP/1.1 over connections kept open and reused.

A worker sends one request per answer to one host. httpx's default transport spends most of an
answer's CPU time on pool bookkeeping that such traffic does not need; this one keeps, per origin,
a stack of idle connections (the most recently used first, so a few stay warm), writes each
request in one go and parses the answer with httptools (the parser uvicorn uses). It speaks just
what the Graph API needs: a request with a body in memory, an answer of any framing (length,
chunked, or until close). HTTP/2 is not used: one short request per answer gains nothing from
multiplexing, and its framing costs more CPU than HTTP/1.1 here.

A connection found closed by the server while idle is not used. When a reused connection fails
before a single byte of the answer arrives, the request is sent once more on a new connection
(the server closed it as the request went out; nothing was processed). Errors and timeouts are
httpx's own exceptions, so callers handle them as for any httpx transport.

When something has replaced httpx's own sending machinery in this process (a respx mock in a
test or an acceptance run, a tracing wrapper), Graph calls go through httpx's transport instead,
so that whatever stands in for it sees every call: a mocked Send API is never bypassed.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
import urllib.request
from dataclasses import dataclass, field
from typing import Final

import httpcore
import httptools
import httpx

IDLE_TIMEOUT_S: Final = 30.0  # a connection idle longer is closed rather than reused
MAX_IDLE_PER_ORIGIN: Final = 32
_READ_CHUNK: Final = 65536

Origin = tuple[str, str, int]

# httpx's sending machinery as it was at import, to notice when something has replaced it.
_POOL_SEND: Final = httpcore.AsyncConnectionPool.handle_async_request
_CLIENT_ROUTE: Final = httpx.AsyncClient._transport_for_url


def pool_replaced() -> bool:
    """Whether httpcore's connection pool has been patched (respx's default mock)."""
    return httpcore.AsyncConnectionPool.handle_async_request is not _POOL_SEND


def instrumented() -> bool:
    """Whether httpx's client routing or its connection pool has been patched (a respx mock of
    either kind, a tracer): then requests must go through httpx, not straight to our transport."""
    return pool_replaced() or httpx.AsyncClient._transport_for_url is not _CLIENT_ROUTE


@dataclass
class _Answer:
    """What the parser found in one response."""

    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: list[bytes] = field(default_factory=list)
    complete: bool = False
    keep_alive: bool = False
    parser: httptools.HttpResponseParser | None = None

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        # Asked here: once the message is complete the parser has moved on.
        self.keep_alive = self.parser is not None and self.parser.should_keep_alive()

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        self.complete = True


@dataclass
class _Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    idle_since: float = 0.0

    def usable(self, now: float) -> bool:
        return (
            not self.reader.at_eof()
            and not self.writer.is_closing()
            and now - self.idle_since < IDLE_TIMEOUT_S
        )

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()


def _abandoned(attempt: asyncio.Future[tuple[asyncio.StreamReader, asyncio.StreamWriter]]) -> None:
    """The end of a connection attempt nobody waits for any more: its error read, its
    connection (made too late) closed."""
    if attempt.cancelled() or attempt.exception() is not None:
        return
    _, writer = attempt.result()
    with contextlib.suppress(Exception):
        writer.close()


class _StaleConnection(Exception):
    """A reused connection closed before any of the answer arrived."""


class KeepAliveTransport(httpx.AsyncBaseTransport):
    """An httpx transport with persistent HTTP/1.1 connections (see the module's docstring)."""

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self._ssl = ssl_context
        self._idle: dict[Origin, list[_Connection]] = {}
        self._standard: httpx.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if pool_replaced():
            if self._standard is None:
                self._standard = httpx.AsyncHTTPTransport()
            return await self._standard.handle_async_request(request)
        origin = (request.url.scheme, request.url.host, request.url.port or _port(request))
        timeouts = request.extensions.get("timeout", {})
        head = _head(request)
        body = await request.aread()
        connection = self._reuse(origin)
        if connection is not None:
            try:
                return await self._exchange(origin, connection, head, body, timeouts, True)
            except _StaleConnection:
                pass
        connection = await self._connect(origin, timeouts.get("connect"))
        try:
            return await self._exchange(origin, connection, head, body, timeouts, False)
        except _StaleConnection:
            raise httpx.RemoteProtocolError("the server closed the connection") from None

    def _reuse(self, origin: Origin) -> _Connection | None:
        idle = self._idle.get(origin)
        now = time.monotonic()
        while idle:
            connection = idle.pop()
            if connection.usable(now):
                return connection
            connection.close()
        return None

    async def _connect(self, origin: Origin, limit_s: float | None) -> _Connection:
        scheme, host, port = origin
        secure = scheme == "https"
        context = (self._ssl or ssl.create_default_context()) if secure else None
        # The attempt runs on by itself when given up on (shielded), so that what it comes to is
        # read rather than left behind: cancelled, uvloop's connect abandons its name lookup,
        # whose failure (a DNS server that does not answer) asyncio then logs as an ERROR,
        # "Future exception was never retrieved", once for every Send API call.
        attempt = asyncio.ensure_future(
            asyncio.open_connection(
                host, port, ssl=context, server_hostname=host if secure else None
            )
        )
        try:
            async with asyncio.timeout(limit_s):
                reader, writer = await asyncio.shield(attempt)
        except TimeoutError:
            raise httpx.ConnectTimeout(f"connecting to {host} timed out") from None
        except OSError as exc:
            raise httpx.ConnectError(f"cannot connect to {host}: {exc.strerror or exc}") from None
        finally:
            if not attempt.done():
                attempt.add_done_callback(_abandoned)
        return _Connection(reader, writer)

    async def _exchange(
        self,
        origin: Origin,
        connection: _Connection,
        head: bytes,
        body: bytes,
        timeouts: dict[str, float | None],
        reused: bool,
    ) -> httpx.Response:
        answer = _Answer()
        parser = httptools.HttpResponseParser(answer)
        answer.parser = parser
        received = 0
        try:
            connection.writer.write(head + body)
            async with asyncio.timeout(timeouts.get("write")):
                await connection.writer.drain()
            async with asyncio.timeout(timeouts.get("read")):
                while not answer.complete:
                    data = await connection.reader.read(_READ_CHUNK)
                    if not data:
                        if received == 0 and reused:
                            raise _StaleConnection
                        parser.feed_data(b"")  # an answer framed by the close ends here
                        if not answer.complete:
                            raise httpx.RemoteProtocolError("the answer was cut short")
                        break
                    received += len(data)
                    parser.feed_data(data)
        except TimeoutError:
            connection.close()
            raise httpx.ReadTimeout("the Graph API did not answer in time") from None
        except (ConnectionError, OSError) as exc:
            connection.close()
            if received == 0 and reused:
                raise _StaleConnection from exc
            raise httpx.ReadError(f"the connection failed: {type(exc).__name__}") from None
        except httptools.HttpParserError as exc:
            connection.close()
            raise httpx.RemoteProtocolError(f"unreadable answer: {exc}") from None
        except BaseException:
            connection.close()  # cancelled mid-request: the connection is in an unknown state
            raise
        if answer.keep_alive:
            connection.idle_since = time.monotonic()
            idle = self._idle.setdefault(origin, [])
            if len(idle) < MAX_IDLE_PER_ORIGIN:
                idle.append(connection)
            else:
                connection.close()
        else:
            connection.close()
        return httpx.Response(
            parser.get_status_code(),
            headers=answer.headers,
            content=b"".join(answer.body),
            extensions={"http_version": b"HTTP/1.1"},
        )

    async def aclose(self) -> None:
        for idle in self._idle.values():
            for connection in idle:
                connection.close()
        self._idle.clear()
        if self._standard is not None:
            await self._standard.aclose()
            self._standard = None


def _port(request: httpx.Request) -> int:
    return 443 if request.url.scheme == "https" else 80


def _head(request: httpx.Request) -> bytes:
    """The request line and headers, as they go on the wire."""
    target = request.url.raw_path
    lines = [request.method.encode() + b" " + target + b" HTTP/1.1"]
    has_host = False
    for name, value in request.headers.raw:
        if name.lower() == b"host":
            has_host = True
        lines.append(name + b": " + value)
    if not has_host:
        lines.insert(1, b"Host: " + request.url.netloc)
    return b"\r\n".join(lines) + b"\r\n\r\n"


class GraphClient(httpx.AsyncClient):
    """An httpx client over `KeepAliveTransport`, which it names (`keepalive`) so that a caller
    with a request already built can hand it to the transport itself, past the client's cookie,
    redirect and auth machinery (which Graph calls do not use)."""

    def __init__(self, timeout: httpx.Timeout) -> None:
        self.keepalive = KeepAliveTransport()
        super().__init__(timeout=timeout, transport=self.keepalive)


def graph_client(timeout: httpx.Timeout) -> httpx.AsyncClient:
    """The HTTP client for Graph API calls: over `KeepAliveTransport`, or httpx's own transport
    when the environment names an HTTP proxy (which ours does not speak)."""
    proxies = urllib.request.getproxies()
    if proxies.get("https") or proxies.get("http") or proxies.get("all"):
        return httpx.AsyncClient(timeout=timeout, limits=httpx.Limits(max_connections=100))
    return GraphClient(timeout)
