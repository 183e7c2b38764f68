"""Real processes for the fault tests: private redis-servers (a master, its replicas, three
Sentinels) that can be killed and restarted on their own data, the RailBot service and its
standalone workers, and a Send API whose answers can be held back."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

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

    def __init__(
        self, directory: Path, port: int | None = None, *, replica_of: int | None = None
    ) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise AssertionError("redis-server is not installed")
        self.binary = binary
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.replica_of = replica_of
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
                *(["--replicaof", "127.0.0.1", str(self.replica_of)] if self.replica_of else []),
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

    def pause(self) -> None:
        """SIGSTOP: the server holds its connections but answers nothing (a stalled replica)."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    def role(self) -> str:
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.5, decode_responses=True)
        try:
            return str(client.role()[0])
        except redis.RedisError:
            return "down"
        finally:
            client.close()


SENTINEL_MASTER = "railbot"


class Sentinels:
    """Three `redis-server --sentinel` processes watching `master` under the name `railbot`:
    a quorum of two declares it down one second after it stops answering, then they promote a
    replica. Each Sentinel rewrites its own configuration file, as Sentinel does."""

    def __init__(self, directory: Path, master: RedisServer, count: int = 3) -> None:
        self.directory = directory
        self.master = master
        self.ports = [free_port() for _ in range(count)]
        self.processes: list[subprocess.Popen[bytes]] = []

    @property
    def addresses(self) -> str:
        """The value for REDIS_SENTINELS."""
        return ",".join(f"127.0.0.1:{port}" for port in self.ports)

    def start(self) -> None:
        for port in self.ports:
            folder = self.directory / f"sentinel-{port}"
            folder.mkdir(parents=True, exist_ok=True)
            config = folder / "sentinel.conf"
            config.write_text(
                f"port {port}\n"
                "bind 127.0.0.1\n"
                f"dir {folder}\n"
                f"sentinel monitor {SENTINEL_MASTER} 127.0.0.1 {self.master.port} 2\n"
                f"sentinel down-after-milliseconds {SENTINEL_MASTER} 1000\n"
                f"sentinel failover-timeout {SENTINEL_MASTER} 10000\n"
                f"sentinel parallel-syncs {SENTINEL_MASTER} 1\n"
            )
            self.processes.append(
                subprocess.Popen(
                    [self.master.binary, str(config), "--sentinel"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )

    def _client(self, port: int) -> redis.Redis:
        return redis.Redis(
            host="127.0.0.1", port=port, socket_connect_timeout=0.5, decode_responses=True
        )

    def master_port(self) -> int | None:
        """The master's port as every Sentinel names it (None while they disagree or one does
        not answer)."""
        seen: set[int] = set()
        for port in self.ports:
            client = self._client(port)
            try:
                address = client.sentinel_get_master_addr_by_name(SENTINEL_MASTER)
            except redis.RedisError:
                return None
            finally:
                client.close()
            if not address:
                return None
            seen.add(int(address[1]))
        return seen.pop() if len(seen) == 1 else None

    def _watching(self, port: int, replicas: int) -> bool:
        client = self._client(port)
        try:
            state = client.sentinel_master(SENTINEL_MASTER)
            known = client.sentinel_slaves(SENTINEL_MASTER)
        except redis.RedisError:
            return False
        finally:
            client.close()
        alive = [r for r in known if not (r["is_sdown"] or r["is_odown"])]
        return int(state["num-other-sentinels"]) >= len(self.ports) - 1 and len(alive) >= replicas

    def wait_watching(self, replicas: int, timeout: float = 30) -> None:
        """Until every Sentinel knows the others and sees `replicas` live replicas."""
        deadline = time.monotonic() + timeout
        while not all(self._watching(port, replicas) for port in self.ports):
            if time.monotonic() > deadline:
                raise AssertionError("the Sentinels did not see each other and the replicas")
            time.sleep(0.1)

    def wait_master(self, port: int, timeout: float = 60) -> None:
        """Until every Sentinel names the server on `port` as the master."""
        deadline = time.monotonic() + timeout
        while self.master_port() != port:
            if time.monotonic() > deadline:
                raise AssertionError(f"the Sentinels did not promote the server on {port}")
            time.sleep(0.1)

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)


class Service:
    """`python -m app serve` (the web service with its embedded worker) on a free port."""

    def __init__(
        self, env: dict[str, str], workdir: Path, *, command: tuple[str, ...] = ()
    ) -> None:
        self.port = free_port()
        self.log_path = workdir / f"service-{self.port}.log"
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", *(command or ("serve", "--port", str(self.port)))],
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


@dataclass(frozen=True)
class GraphRequest:
    """One request the Send API received: where, with which credentials, carrying what."""

    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: dict[str, Any]
    at: float  # time.monotonic() when it arrived


class HeldGraph:
    """A Send API that records every request it gets and each message it accepts; while `hold()`
    is on, message requests wait (unanswered) until `release()`. Sender actions are answered at
    once. A held request whose client went away (a worker stopped, or gave up on it) is not
    accepted: it is counted in `abandoned`, as Messenger never got to answer it."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        self.requests: list[GraphRequest] = []
        self.abandoned: list[dict[str, Any]] = []
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

    def texts_to(self, user: str) -> list[str]:
        with self._lock:
            return [
                m["message"].get("text", "") for m in self.messages if m["recipient"]["id"] == user
            ]

    def requests_to(self, user: str) -> list[GraphRequest]:
        with self._lock:
            return [r for r in self.requests if r.body.get("recipient", {}).get("id") == user]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        graph = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as the Graph API speaks it

            def log_message(self, format: str, *args: Any) -> None:
                return None

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                url = urlsplit(self.path)
                request = GraphRequest(
                    url.path,
                    parse_qs(url.query),
                    {name.lower(): value for name, value in self.headers.items()},
                    body,
                    time.monotonic(),
                )
                with graph._lock:
                    graph.requests.append(request)
                if "message" in body:
                    with graph._lock:
                        graph.waiting += 1
                    gone = self._held_until_released()
                    with graph._lock:
                        graph.waiting -= 1
                        if gone:
                            graph.abandoned.append(body)
                            self.close_connection = True
                            return
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

            def _held_until_released(self) -> bool:
                """Wait while held; whether the client hung up meanwhile."""
                deadline = time.monotonic() + 120
                while not graph._open.wait(0.05):
                    if self._client_gone() or time.monotonic() > deadline:
                        return True
                return self._client_gone()

            def _client_gone(self) -> bool:
                readable, _, _ = select.select([self.connection], [], [], 0)
                if not readable:
                    return False
                try:
                    return self.connection.recv(1, socket.MSG_PEEK) == b""
                except OSError:
                    return True

        return Handler
