"""The commands of `python -m app`: configuration errors exit 2 with a reason, and `serve
--no-worker` with a standalone `worker` answer a delivery as two real processes."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.__main__ import main as cli
from app.commands import serve, worker
from app.errors import ConfigurationError
from app.messenger.signature import sign
from tests.support.graph_server import GraphServer
from tests.support.messenger import APP_SECRET, make_settings, message_body

ROOT = Path(__file__).resolve().parent.parent


def test_serve_without_a_worker_needs_redis() -> None:
    with pytest.raises(ConfigurationError):
        serve(make_settings(None), "127.0.0.1", 0, with_worker=False)


def test_a_standalone_worker_needs_redis() -> None:
    with pytest.raises(ConfigurationError):
        worker(make_settings(None), None)


def test_the_cli_reports_configuration_errors_with_exit_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert cli(["serve", "--no-worker"]) == 2
    assert "REDIS_URL" in capsys.readouterr().err
    monkeypatch.setenv("FB_APP_SECRET", "  ")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    assert cli(["serve", "--no-worker"]) == 2
    assert "FB_APP_SECRET" in capsys.readouterr().err


# --- real processes ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def process_env(redis_url: str, graph_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FB_", "RAILBOT_"))}
    env.update(
        {
            "REDIS_URL": redis_url,
            "FB_APP_SECRET": APP_SECRET,
            "FB_PAGE_ACCESS_TOKEN": "EAAprocess-token",
            "FB_VERIFY_TOKEN": "verify",
            "FB_GRAPH_URL": graph_url,
            "RAILBOT_VISIBILITY_TIMEOUT": "2",
        }
    )
    return env


def start(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        env={**env, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def finish(process: subprocess.Popen[bytes], timeout: float = 20) -> tuple[int, str]:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    code = process.wait(timeout=timeout)
    stderr = ""
    if process.stderr is not None:
        stderr = process.stderr.read().decode()
        process.stderr.close()
    return code, stderr


async def wait_http(url: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient() as client:
        while True:
            try:
                if (await client.get(url)).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"{url} never answered")
            await asyncio.sleep(0.1)


def health_check(env: dict[str, str], cwd: Path) -> int:
    """`python -m app worker --check`'s exit code."""
    command = [sys.executable, "-m", "app", "worker", "--check"]
    done = subprocess.run(
        command, env={**env, "PYTHONPATH": str(ROOT)}, cwd=cwd, capture_output=True, timeout=30
    )
    return done.returncode


@pytest.mark.slow
async def test_web_and_worker_processes_answer_a_signed_delivery(
    clean_redis: str, tmp_path: Path
) -> None:
    """`serve --no-worker` acknowledges, a separate `worker` answers, both stop on SIGTERM."""
    with GraphServer() as graph:
        env = process_env(clean_redis, graph.url)
        port = free_port()
        web = start(["serve", "--no-worker", "--port", str(port)], env, tmp_path)
        assert health_check(env, tmp_path) == 1  # no worker runs here yet
        consumer = start(["worker", "--concurrency", "4"], env, tmp_path)
        try:
            await wait_http(f"http://127.0.0.1:{port}/healthz")
            body = message_body("7005000000000003", "m_proc_1", "12627 kaha hai")
            headers = {"X-Hub-Signature-256": sign(APP_SECRET.encode(), body)}
            async with httpx.AsyncClient() as client:
                response = await client.post(
                    f"http://127.0.0.1:{port}/webhook", content=body, headers=headers
                )
                ready = await client.get(f"http://127.0.0.1:{port}/readyz")
            assert response.status_code == 200
            assert ready.status_code == 200
            deadline = time.monotonic() + 20
            while not graph.messages and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
            [answer] = graph.texts()  # offline only: live status needs a live provider
            assert "live railway data provider" in answer
            assert health_check(env, tmp_path) == 0  # the worker's container check
        finally:
            web_code, web_log = finish(web)
            worker_code, worker_log = finish(consumer)
    assert web_code in (0, -signal.SIGTERM), web_log  # uvicorn re-raises the signal it handled
    assert "Application shutdown complete" in web_log
    assert worker_code == 0, worker_log
    assert "EAAprocess-token" not in web_log + worker_log
    assert "worker stopped" in worker_log
