"""The world around RailBot for the process benchmarks, in one uvicorn process (uvloop, httptools).

- A Send API at `/graph/v25.0/me/messages` that answers at once and stamps each message it gets
  with `time.monotonic()` (CLOCK_MONOTONIC: the same clock in every process on the machine).
- A railwayapi.com v2 at `/v2/...` whose every answer comes `--delay-ms` late: a PNR status (the
  tests' fixture, journey today) for any 10-digit PNR, and the tests' fixtures for the rest.
- `GET /records?since=N` returns the messages from the Nth on and the counts of sender actions
  and upstream calls; `GET /healthz` answers once it listens.

    python -m bench.mocks [--port 8090] [--delay-ms 300]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections import Counter
from typing import Any
from urllib.parse import parse_qs, unquote

from tests.support.railwayapi_server import answer as fixture_answer
from tests.support.railwayapi_server import load, moved, today

API_KEY = "bench-railway-key"
GRAPH_PATH = "/graph/v25.0/me/messages"
RAILWAY_PREFIX = "/v2/"

Scope = dict[str, Any]


class Mocks:
    """The ASGI app: the two upstreams and the records of what they were sent."""

    def __init__(self, delay_s: float, key: str = API_KEY) -> None:
        self.delay_s = delay_s
        self.key = key
        self.messages: list[tuple[float, str, str]] = []  # when, recipient, the message as JSON
        self.actions = 0
        self.upstream: Counter[str] = Counter()

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = await _read(receive)
        path, method = scope["path"], scope["method"]
        if method == "POST" and path == GRAPH_PATH:
            status, payload = self.graph(body)
        elif method == "GET" and path.startswith(RAILWAY_PREFIX):
            self.upstream[path[len(RAILWAY_PREFIX) :].split("/", 1)[0]] += 1
            await asyncio.sleep(self.delay_s)
            status, payload = self.railway(path[len(RAILWAY_PREFIX) - 1 :])
        elif method == "GET" and path == "/records":
            query = parse_qs(scope["query_string"].decode())
            since = int(query.get("since", ["0"])[0])
            status, payload = 200, self.records(since)
        elif method == "GET" and path == "/healthz":
            status, payload = 200, {"ok": True}
        else:
            status, payload = 404, {"error": "not found"}
        data = json.dumps(payload, ensure_ascii=False).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(data)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": data})

    def graph(self, body: bytes) -> tuple[int, dict[str, Any]]:
        call = json.loads(body)
        recipient = str(call.get("recipient", {}).get("id", ""))
        if "sender_action" in call:
            self.actions += 1
            return 200, {"recipient_id": recipient}
        self.messages.append(
            (time.monotonic(), recipient, json.dumps(call.get("message"), ensure_ascii=False))
        )
        return 200, {"recipient_id": recipient, "message_id": f"m_mock_{len(self.messages)}"}

    def railway(self, path: str) -> tuple[int, dict[str, Any]]:
        parts = [unquote(part) for part in path.strip("/").split("/")]
        if len(parts) == 5 and parts[:2] == ["pnr-status", "pnr"] and parts[3] == "apikey":
            number = parts[2]
            if parts[4] != self.key:
                return 200, {"response_code": 500, "debit": 1}
            if not (len(number) == 10 and number.isdigit()):
                return 200, {"response_code": 221, "debit": 1}
            body: dict[str, Any] = moved(load("pnr_status.json"), today())
            return 200, {**body, "pnr": number}
        return fixture_answer(path, self.key)

    def records(self, since: int) -> dict[str, Any]:
        return {
            "messages": self.messages[since:],
            "actions": self.actions,
            "upstream": dict(self.upstream),
        }


async def _read(receive: Any) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def _lifespan(receive: Any, send: Any) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(prog="python -m bench.mocks", description=__doc__)
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--delay-ms", type=float, default=300.0)
    parser.add_argument("--key", default=API_KEY)
    args = parser.parse_args()
    uvicorn.run(
        Mocks(args.delay_ms / 1000, args.key),
        host="127.0.0.1",
        port=args.port,
        loop="uvloop",
        http="httptools",
        access_log=False,
        log_level="warning",
    )


if __name__ == "__main__":
    main()
