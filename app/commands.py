"""The commands `python -m app` runs: each takes the settings and returns the exit code.

The parts they run are built by `app.main`, the one place where they are wired together.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import ipaddress
import logging
import signal
import sys
from collections.abc import Callable
from typing import Any

from app.bot.alerts.poller import MessagingType
from app.bot.format import SAMPLE_NOTE
from app.bot.replies import Reply
from app.bot.understanding import NATIVE
from app.compiled import Native
from app.config import Settings
from app.errors import ConfigurationError
from app.main import (
    Services,
    build_alert_poller,
    build_index,
    build_services,
    build_worker,
    create_app,
    run_alerts,
    secret_text,
    send_alerts,
    watch_timetable,
)
from app.messenger.devchat import SHUTDOWN_GRACE_S as DEVCHAT_SHUTDOWN_GRACE_S
from app.messenger.devchat import DevChatSink
from app.observability import UNDERSTANDING_COMPILED, configure_logging
from app.railways.provider import Provider
from app.sample_alerts import SampleAlerts
from app.sample_alerts import describe as describe_sample
from app.shell import Command, Notices

log = logging.getLogger(__name__)


def serve(settings: Settings, host: str, port: int, with_worker: bool = True) -> int:
    """`python -m app serve`: the web service under uvicorn (uvloop, httptools)."""
    import uvicorn

    if not with_worker and not settings.uses_redis:
        raise ConfigurationError(
            "--no-worker needs REDIS_URL (or REDIS_SENTINELS): with the in-memory queue "
            "no other process would answer"
        )
    configure_logging(settings.log_level, settings.secret_values())
    app = create_app(settings, run_worker=with_worker)
    warn_open_metrics(settings, host)
    warn_sample_railway(settings)
    announce_understanding()
    _freeze_heap()
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        loop="uvloop",
        http="httptools",
        access_log=False,
        log_config=None,
        lifespan="on",
        server_header=False,
        # An open chat page holds an event stream: do not let it hold the shutdown too.
        timeout_graceful_shutdown=DEVCHAT_SHUTDOWN_GRACE_S if settings.dev_chat else None,
    )
    announce = f"RailBot is running: open {chat_address(host, port)}" if settings.dev_chat else ""
    if announce and "sample" in settings.providers:
        announce += f"\n{SAMPLE_NOTE}"
    devchat: DevChatSink | None = app.state.services.devchat
    return 0 if _run_server(config, announce, devchat.close if devchat else None) else 3


def warn_open_metrics(settings: Settings, host: str) -> bool:
    """Warn (and say so) when /metrics is served without a token on an address other machines
    can reach: traffic and error counts are nobody else's business."""
    if not settings.metrics_enabled or secret_text(settings.metrics_token) is not None:
        return False
    try:
        local = host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        local = False
    if local:
        return False
    log.warning(
        "/metrics is open to anyone who can reach %s: set RAILBOT_METRICS_TOKEN, "
        "or RAILBOT_METRICS=0 to switch it off",
        host,
    )
    return True


def announce_understanding() -> Native:
    """Say at start whether language understanding runs compiled (tools/compile.py) or as pure
    Python, and why; /metrics exports it too (railbot_understanding_compiled)."""
    UNDERSTANDING_COMPILED.set(1 if NATIVE.compiled else 0)
    log.info("language understanding: %s", NATIVE.reason, extra={"compiled": NATIVE.compiled})
    return NATIVE


def warn_sample_railway(settings: Settings) -> bool:
    """Warn (and say so) when a service with a Page token answers from the sample railway:
    travellers would be told made-up statuses."""
    if "sample" not in settings.providers or not settings.has_page_token:
        return False
    log.warning(
        "RAILWAY_PROVIDER=sample: this Page answers from the made-up sample railway; "
        "set RAILWAY_PROVIDER and RAILWAY_API_KEY for real answers"
    )
    return True


def chat_address(host: str, port: int) -> str:
    """Where a browser on this machine finds the chat page."""
    if host in ("", "0.0.0.0", "::"):  # noqa: S104 (naming the wildcard, not binding to it)
        host = "127.0.0.1"
    elif ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}/chat"


def _run_server(config: Any, announce: str, stopping: Callable[[], None] | None = None) -> bool:
    """Run uvicorn until it stops; whether it started. Prints `announce` once it listens, and
    calls `stopping` when it begins to stop (before it waits for open requests)."""
    import uvicorn

    class Server(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets)
            if self.started and announce:
                print(announce, flush=True)

        async def shutdown(self, sockets: Any = None) -> None:
            if stopping is not None:
                stopping()
            await super().shutdown(sockets)

    server = Server(config)
    server.run()
    return bool(server.started)


def _freeze_heap() -> None:
    """Exempt everything built at start-up from garbage collection.

    A full collection walks every object: with the framework loaded that is tens of
    milliseconds, a stall every request in flight would feel. Objects made at start-up live for
    the whole process, so they are frozen out of the collector's reach.
    """
    gc.collect()
    gc.freeze()


def worker(settings: Settings, concurrency: int | None = None) -> int:
    """`python -m app worker`: standalone consumers until SIGTERM/SIGINT, then a clean stop."""
    import uvloop

    if not settings.uses_redis:
        raise ConfigurationError(
            "the worker needs REDIS_URL (or REDIS_SENTINELS): it consumes the shared Redis queue"
        )
    if concurrency is not None and concurrency < 1:
        raise ConfigurationError("--concurrency must be at least 1")
    configure_logging(settings.log_level, settings.secret_values())
    return uvloop.run(_run_worker(settings, concurrency))


async def _run_worker(settings: Settings, concurrency: int | None) -> int:
    services = build_services(settings)
    consumer = build_worker(services, concurrency)
    _freeze_heap()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, consumer.stop)
    announce_understanding()
    log.info(
        "worker started",
        extra={"consumer": consumer.consumer, "concurrency": consumer.concurrency},
    )
    try:
        async with run_alerts(services), watch_timetable(services):
            await consumer.run()
    finally:
        await services.aclose()
    log.info("worker stopped", extra={"consumer": consumer.consumer})
    return 0


def shell(
    settings: Settings,
    *,
    json_output: bool = False,
    replay: str | None = None,
    user: str = "shell-user",
) -> int:
    """`python -m app shell`: the bot in this process (the same provider, cache, store and bot
    as `serve`), a line in, the replies out; `replay` checks a transcript instead."""
    from app.shell import run_shell

    if not user.strip() or len(user) > 128 or not user.isprintable() or " " in user:
        raise ConfigurationError("--user must be 1 to 128 printable characters, no spaces")
    configure_logging("WARNING", settings.secret_values())
    services = build_services(settings)
    data = services.provider.name if services.provider is not None else "no"
    banner = (
        f"RailBot shell ({data} data, {'Redis' if services.redis else 'in-memory'} state). "
        "Ask away; a number taps a choice, /location LAT,LNG shares a place; Ctrl-D quits."
    )
    # PNR alerts: this process polls them as a worker does, after each line (the same claims,
    # leases and schedule over the same store, in memory or Redis); the shell's user's are shown.
    notices = shell_notices(services, user)
    commands: dict[str, Command] = {}
    if "sample" in settings.providers:
        commands["/move"] = sample_move_command(SampleAlerts(services.store, tz=settings.tz))
        move = f"/move moves sample PNR {SampleAlerts.pnr} along (track it first)."
        banner += f"\n{SAMPLE_NOTE}\n{move}"
    else:
        commands["/move"] = off_sample_move_command(data)
    return run_shell(
        services.responder,
        services.aclose,
        user=user,
        replay_path=replay,
        json_output=json_output,
        banner=banner,
        notices=notices,
        commands=commands,
    )


def shell_notices(services: Services, user: str) -> Notices | None:
    """The PNR alerts due now, polled in this process by the poller a worker runs: those of the
    shell's `user` are shown in the shell (not sent), anyone else's (other people of a shared
    Redis) sent through the Send API as a worker would; None when alerts are switched off."""
    shown: list[Reply] = []
    send = send_alerts(services.sender)

    async def notify(to: str, reply: Reply, kind: MessagingType, tag: str | None) -> None:
        if to == user:
            shown.append(reply)
        else:
            await send(to, reply, kind, tag)

    poller = build_alert_poller(services, notify)
    if poller is None:
        return None

    async def notices(asker: str) -> list[Reply]:
        await poller.poll_due()
        due = list(shown) if asker == user else []
        shown.clear()
        return due

    return notices


def sample_move_command(sample: SampleAlerts) -> Command:
    """`/move`: the sample's moving PNR one step along, said in one line."""

    async def move(user: str) -> str:
        status, tracked = await sample.move(user)
        said = f"sample PNR {sample.pnr} moved: {describe_sample(status)}"
        return said if tracked else f"{said}; send “alert {sample.pnr}” to be told when it moves"

    return move


def off_sample_move_command(data: str) -> Command:
    """`/move` off the sample railway: what it does and where it works, never sent to the bot
    (which would not get it)."""
    said = (
        f"/move moves the sample railway's PNR {SampleAlerts.pnr} one step along (waiting list "
        f"→ RAC → confirmed → chart prepared), to see a PNR alert arrive. This shell runs on "
        f"{data} data, which has no travel to simulate: start it with RAILWAY_PROVIDER=sample "
        f"(or no provider key), send “alert {SampleAlerts.pnr}”, then /move."
    )

    async def move(user: str) -> str:
        return said

    return move


def parse(settings: Settings, today: dt.date | None = None) -> int:
    """`python -m app parse`: each stdin line → one JSON line with the intent and slots."""
    from app.bot.understanding import run_parse

    configure_logging("WARNING", settings.secret_values())
    day = today or dt.datetime.now(settings.tz).date()
    run_parse(sys.stdin, sys.stdout, today=day, index=build_index(settings))
    return 0


def data_import(
    settings: Settings, stations: str | None, trains: str | None, schedules: str | None
) -> int:
    """`python -m app data import`: datameet-format files or URLs into the offline store."""
    from app.railways.importer import import_command

    configure_logging(settings.log_level, settings.secret_values())
    return import_command(settings.store_path, stations, trains, schedules)


def data_fetch(settings: Settings) -> int:
    """`python -m app data fetch`: download the CC0 datameet files, then import them."""
    from app.railways.importer import fetch_command

    configure_logging(settings.log_level, settings.secret_values())
    return fetch_command(settings.store_path, settings.datameet_base_url)


def data_stations(settings: Settings) -> int:
    """`python -m app data stations`: RailRadar's station directory (one call, counted in its
    budget) into the local station index, so that typing a station spends no calls."""
    import contextlib

    from app.railways.assembly import live_provider
    from app.railways.budget import CallBudget, Limits, ledger_for
    from app.railways.directory import directory_path, run_directory_command
    from app.redis_client import build_redis

    config = settings.provider_settings("railradar")
    if config.key is None:
        raise ConfigurationError(
            "data stations asks RailRadar for its directory: set RAILWAY_RAILRADAR_API_KEY "
            "(or RAILWAY_API_KEY with RAILWAY_PROVIDER=railradar)"
        )
    configure_logging(settings.log_level, settings.secret_values())

    async def build(stack: contextlib.AsyncExitStack) -> Provider:
        redis = build_redis(settings)
        if redis is not None:
            stack.push_async_callback(redis.aclose)
        limits = Limits(config.per_minute, config.per_month)
        budget = CallBudget("railradar", limits, ledger_for(redis.client if redis else None))
        provider = live_provider(settings, "railradar", budget)
        stack.push_async_callback(provider.aclose)
        return provider

    return run_directory_command(build, directory_path(settings.data_dir))


def profile_setup(settings: Settings) -> int:
    """`python -m app profile setup`: Get Started, greeting, menu and ice breakers."""
    import httpx

    from app.errors import ProfileSetupError
    from app.messenger.profile import setup_profile

    configure_logging(settings.log_level, settings.secret_values())
    token = secret_text(settings.fb_page_access_token)
    if token is None:
        raise ConfigurationError("profile setup needs FB_PAGE_ACCESS_TOKEN")

    async def run() -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(15.0, connect=5.0)) as client:
            await setup_profile(
                client, settings.fb_graph_url, token, secret_text(settings.fb_app_secret)
            )

    try:
        asyncio.run(run())
    except ProfileSetupError as exc:
        print(f"railbot: profile setup failed: {exc}", file=sys.stderr)
        return 1
    print("Messenger profile set: Get Started, greeting, persistent menu and ice breakers.")
    return 0
