"""Facebook as the fault tests see it: signed events delivered continuously from several
connections, each from a user of its own, remembering which were acknowledged (200) and which
must be delivered again (anything else, or no answer)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx

from tests.faults.processes import Service
from tests.support.messenger import message_body, signed_headers

POSTERS = 4


class Facebook:
    """Delivers one new event after another from several connections, remembering which got a
    200 and which must be delivered again."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.statuses: dict[int, list[int]] = {}
        self.next_event = 0
        self._running = True

    @staticmethod
    def user(n: int) -> str:
        return f"70100{n:011d}"

    @property
    def acknowledged(self) -> set[int]:
        return {n for n, seen in self.statuses.items() if 200 in seen}

    def refused(self, since: int = 0) -> set[int]:
        return {n for n, seen in self.statuses.items() if n >= since and seen and 200 not in seen}

    async def deliver(self, n: int) -> int:
        body = message_body(self.user(n), f"m_fault_{n}", "hi", 1_795_000_000_000 + n)
        try:
            response = await self.client.post(
                "/webhook", content=body, headers=signed_headers(body)
            )
            status = response.status_code
        except httpx.TransportError:
            status = 0  # no answer at all: Facebook retries that too
        self.statuses.setdefault(n, []).append(status)
        return status

    async def flow(self) -> None:
        async def poster() -> None:
            while self._running:
                n = self.next_event
                self.next_event += 1
                await self.deliver(n)
                await asyncio.sleep(0.01)

        await asyncio.gather(*(poster() for _ in range(POSTERS)))

    def stop(self) -> None:
        self._running = False

    async def redeliver_refused(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while refused := self.refused():
            assert time.monotonic() < deadline, f"never acknowledged: {sorted(refused)}"
            for n in sorted(refused):
                await self.deliver(n)


async def until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting: {what}"
        await asyncio.sleep(0.02)


async def wait_healthy(url: str, service: Service, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient() as client:
        while True:
            assert service.process.poll() is None, service.log()[-3000:]
            try:
                if (await client.get(f"{url}/healthz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the service never answered"
            await asyncio.sleep(0.1)
