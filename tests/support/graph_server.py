"""A tiny local Send API for tests that run real processes: records each message it accepts.

A message whose text contains the `hold` marker is held (never answered) the first time it
arrives, so that a test can kill the sending worker while the request is in the air.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class GraphServer:
    def __init__(self, hold: str | None = None, host: str = "127.0.0.1") -> None:
        self.messages: list[dict[str, Any]] = []
        self.actions: list[dict[str, Any]] = []
        self.held: list[dict[str, Any]] = []
        self.hold = hold
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._server = ThreadingHTTPServer((host, 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v25.0"

    def __enter__(self) -> GraphServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()

    def texts(self) -> list[str]:
        with self._lock:
            return [m["message"].get("text", "") for m in self.messages]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        graph = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return None

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                if "sender_action" in body:
                    with graph._lock:
                        graph.actions.append(body)
                    return self._reply({"recipient_id": body["recipient"]["id"]})
                text = body.get("message", {}).get("text", "")
                with graph._lock:
                    hold = graph.hold is not None and graph.hold in text and not graph.held
                    if hold:
                        graph.held.append(body)
                if hold:
                    graph._release.wait(30)  # the sender is killed meanwhile
                    return None
                with graph._lock:
                    graph.messages.append(body)
                    number = len(graph.messages)
                return self._reply(
                    {"recipient_id": body["recipient"]["id"], "message_id": f"m{number}"}
                )

            def _reply(self, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
