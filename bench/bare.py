"""The baseline for the ack-path benchmark: an ASGI app that only reads the body and answers."""

from __future__ import annotations

from typing import Any

_START = {
    "type": "http.response.start",
    "status": 200,
    "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"14")],
}
_BODY = {"type": "http.response.body", "body": b"EVENT_RECEIVED"}


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    message = await receive()
    while message.get("more_body"):
        message = await receive()
    await send(_START)
    await send(_BODY)
