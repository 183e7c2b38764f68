"""Real processes for the fault tests: a private redis-server that can be killed and restarted
on its own data, the RailBot service, and a Send API whose answers can be held back."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import redis

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer:
    """A redis-server of our own (never the shared one), persisting every write before it is
    acknowledged: `appendonly yes` with `appendfsync always`.

    That is the persistence an operator must configure for RailBot's promise to hold: the webhook
    answers Facebook 200 only once the event is in the stream, and Facebook never delivers an
    acknowledged event again. With `appendfsync everysec` (Redis' default for the append-only
    file) a crash loses up to a second of acknowledged writes, so events could vanish; with no
    persistence a restart loses the whole queue.
    """

    def __init__(self, directory: Path, port: int | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise AssertionError("redis-server is not installed")
        self.binary = binary
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.directory),
                "--save",
                "",
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while not self.answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError("redis-server did not start")
            time.sleep(0.05)

    def answers(self) -> bool:
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.5)
        try:
            return bool(client.ping())
        except redis.RedisError:
            return False
        finally:
            client.close()

    def kill(self) -> None:
        """SIGKILL: no shutdown, no final save; only what was fsynced survives."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)


class Service:
    """`python -m app serve` (the web service with its embedded worker) on a free port."""

    def __init__(self, env: dict[str, str], workdir: Path) -> None:
        self.port = free_port()
        self.log_path = workdir / "service.log"
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", str(self.port)],
            cwd=workdir,
            env={**_clean_environment(), **env, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait(timeout=10)
        self._log.close()
        return code


def _clean_environment() -> dict[str, str]:
    """This process's environment without any RailBot setting that could leak into the child."""
    prefixes = ("FB_", "RAILBOT_", "RAILWAY_", "REDIS_", "LOG_LEVEL")
    return {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}


class HeldGraph:
    """A Send API that records each message it accepts; while `hold()` is on, message requests
    wait (unanswered) until `release()`. Sender actions are always answered at once."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        self.waiting = 0
        self._lock = threading.Lock()
        self._open = threading.Event()
        self._open.set()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v25.0"

    def __enter__(self) -> HeldGraph:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._open.set()
        self._server.shutdown()
        self._server.server_close()

    def hold(self) -> None:
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def recipients(self) -> list[str]:
        with self._lock:
            return [m["recipient"]["id"] for m in self.messages]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        graph = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return None

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                if "message" in body:
                    with graph._lock:
                        graph.waiting += 1
                    graph._open.wait(60)
                    with graph._lock:
                        graph.waiting -= 1
                        graph.messages.append(body)
                        number = len(graph.messages)
                else:
                    number = 0
                data = json.dumps(
                    {"recipient_id": body["recipient"]["id"], "message_id": f"m{number}"}
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
