"""Wiring: the one place where concrete parts meet (settings → Redis → store → queue → sender →
responder → app), and the commands `python -m app` dispatches to."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import logging
import signal
import sys
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from fastapi import FastAPI
from starlette.types import Receive, Scope, Send

from app.bot.bot import Bot
from app.bot.incoming import Responder
from app.config import Settings
from app.errors import ConfigurationError
from app.messenger.send import Sender
from app.messenger.webhook import WEBHOOK_PATHS, WebhookReceiver, verification_router
from app.observability import QUEUE_LAG, QUEUE_LENGTH, QUEUE_PENDING, configure_logging
from app.operations import Check, Readiness, operations_router
from app.queue import EventQueue, MemoryQueue, RedisQueue
from app.railways.cache import CachedProvider
from app.railways.composite import CompositeProvider
from app.railways.irctc1 import Irctc1Provider
from app.railways.offline import OfflineProvider, read_stations
from app.railways.provider import Provider
from app.railways.railwayapi import RailwayApiProvider
from app.railways.stations import StationIndex
from app.store import Clock, MemoryStore, RedisStore, Store
from app.worker import Worker

log = logging.getLogger(__name__)


# --- builders ------------------------------------------------------------------------------------


def build_redis(settings: Settings) -> aioredis.Redis | None:
    """A Redis client for REDIS_URL (connections open lazily), or None for in-memory twins."""
    if not settings.redis_url:
        return None
    return aioredis.Redis.from_url(
        settings.redis_url,
        decode_responses=True,
        health_check_interval=30,
        socket_connect_timeout=3,
        socket_timeout=10,
    )


def build_store(redis: aioredis.Redis | None) -> Store:
    return RedisStore(redis) if redis is not None else MemoryStore()


def build_queue(redis: aioredis.Redis | None) -> EventQueue:
    return RedisQueue(redis) if redis is not None else MemoryQueue()


def build_sender(settings: Settings, store: Store) -> Sender:
    token = settings.fb_page_access_token
    return Sender(settings.fb_graph_url, token.get_secret_value() if token else None, store=store)


def build_index(settings: Settings) -> StationIndex:
    """Stations from the offline timetable (when imported) over the built-in major stations."""
    return StationIndex.build(read_stations(settings.store_path))


def build_live_provider(settings: Settings) -> Provider | None:
    """The configured live railway API client, or None when running on offline data only."""
    if settings.provider == "offline":
        return None
    key = settings.railway_api_key.get_secret_value() if settings.railway_api_key else ""
    if not key.strip():
        raise ConfigurationError(
            f"RAILWAY_PROVIDER={settings.provider} needs RAILWAY_API_KEY; "
            "unset RAILWAY_PROVIDER to run on offline data only"
        )
    if settings.provider == "irctc1":
        return Irctc1Provider(settings.provider_url, key, tz=settings.tz)
    return RailwayApiProvider(settings.provider_url, key, tz=settings.tz)


def build_provider(
    settings: Settings, store: Store, index: StationIndex, clock: Clock = time.time
) -> tuple[Provider, OfflineProvider]:
    """The provider the bot asks: the cached live API first, the offline timetable beside it."""
    offline = OfflineProvider(settings.store_path, index, clock=clock, tz=settings.tz)
    live = build_live_provider(settings)
    cached = CachedProvider(live, store, clock=clock) if live is not None else None
    return CompositeProvider(live=cached, offline=offline), offline


def build_responder(settings: Settings, store: Store) -> tuple[Bot, Provider, OfflineProvider]:
    """The bot that answers users, with the provider it owns (closed with the services)."""
    index = build_index(settings)
    provider, offline = build_provider(settings, store, index)
    return Bot(provider, index, store, clock=time.time, tz=settings.tz), provider, offline


def build_worker(services: Services, concurrency: int | None = None) -> Worker:
    settings = services.settings
    return Worker(
        services.queue,
        services.store,
        services.sender,
        services.responder,
        concurrency=concurrency or settings.worker_concurrency,
        visibility_timeout_s=settings.visibility_timeout_s,
        max_attempts=settings.max_attempts,
    )


def app_secret(settings: Settings) -> str | None:
    """FB_APP_SECRET; None when unset. Set but blank is a configuration error."""
    if settings.fb_app_secret is None:
        return None
    secret = settings.fb_app_secret.get_secret_value()
    if not secret.strip():
        raise ConfigurationError("FB_APP_SECRET is set but empty: set the app secret or unset it")
    return secret


@dataclass
class Services:
    """The concrete parts of one process. Parts passed in by a caller are not closed by us."""

    settings: Settings
    redis: aioredis.Redis | None
    store: Store
    queue: EventQueue
    sender: Sender
    responder: Responder
    readiness: Readiness = field(default_factory=Readiness)
    owned: list[Any] = field(default_factory=list)

    async def refresh_queue_metrics(self) -> None:
        stats = await self.queue.stats()
        QUEUE_LENGTH.set(stats.length)
        QUEUE_PENDING.set(stats.pending)
        QUEUE_LAG.set(stats.lag)

    async def aclose(self) -> None:
        for part in reversed(self.owned):
            with contextlib.suppress(Exception):
                closer = getattr(part, "aclose", None) or part.close
                await closer()


def build_services(
    settings: Settings,
    *,
    responder: Responder | None = None,
    store: Store | None = None,
    queue: EventQueue | None = None,
    sender: Sender | None = None,
    checks: Mapping[str, Check] | None = None,
) -> Services:
    redis = build_redis(settings) if store is None or queue is None else None
    owned: list[Any] = []
    if redis is not None:
        owned.append(redis)
    if store is None:
        store = build_store(redis)
        if redis is None:
            owned.append(store)
    if queue is None:
        queue = build_queue(redis)
        owned.append(queue)
    if sender is None:
        sender = build_sender(settings, store)
        owned.append(sender)
    offline: OfflineProvider | None = None
    if responder is None:
        responder, provider, offline = build_responder(settings, store)
        owned.append(provider)
    services = Services(
        settings=settings,
        redis=redis,
        store=store,
        queue=queue,
        sender=sender,
        responder=responder,
        owned=owned,
    )
    if settings.redis_url or isinstance(queue, RedisQueue):
        services.readiness.register("redis", queue.ping)
    if offline is not None:
        services.readiness.register("timetable", _timetable_check(settings, offline))
    for name, check in (checks or {}).items():
        services.readiness.register(name, check)
    return services


def _timetable_check(settings: Settings, offline: OfflineProvider) -> Check:
    """Ready when the offline timetable is readable, or not imported at all (built-in stations
    answer then); a timetable file that exists but cannot be read is not ready."""

    async def check() -> bool:
        return not settings.store_path.exists() or offline.ready()

    return check


# --- the application -----------------------------------------------------------------------------


class RailBotApp(FastAPI):
    """FastAPI, with `POST /webhook` answered by a bare ASGI handler before any framework code."""

    webhook: WebhookReceiver | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            self.webhook is not None
            and scope["type"] == "http"
            and scope["method"] == "POST"
            and scope["path"] in WEBHOOK_PATHS
        ):
            await self.webhook(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def create_app(
    settings: Settings,
    *,
    responder: Responder | None = None,
    store: Store | None = None,
    queue: EventQueue | None = None,
    sender: Sender | None = None,
    checks: Mapping[str, Check] | None = None,
    run_worker: bool = True,
) -> FastAPI:
    """The web service. Its lifespan runs the embedded worker (unless `run_worker` is False)
    and closes what it opened. `app.state.services` holds the parts, `app.state.readiness`
    takes more readiness checks, `app.state.worker` is the embedded worker once started."""
    secret = app_secret(settings)
    services = build_services(
        settings, responder=responder, store=store, queue=queue, sender=sender, checks=checks
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        worker: Worker | None = None
        task: asyncio.Task[None] | None = None
        if run_worker:
            worker = build_worker(services)
            app.state.worker = worker
            task = asyncio.create_task(worker.run())
        try:
            yield
        finally:
            if worker is not None and task is not None:
                worker.stop()
                await asyncio.gather(task, return_exceptions=True)
            await services.aclose()

    app = RailBotApp(
        title="RailBot", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan
    )
    app.webhook = WebhookReceiver(services.queue, secret)
    app.state.services = services
    app.state.readiness = services.readiness
    app.state.worker = None
    app.include_router(verification_router(_secret_text(settings.fb_verify_token)))
    app.include_router(
        operations_router(
            services.readiness,
            metrics_enabled=settings.metrics_enabled,
            metrics_token=_secret_text(settings.metrics_token),
            refresh=services.refresh_queue_metrics,
        )
    )
    return app


def _secret_text(value: Any) -> str | None:
    text = value.get_secret_value() if value is not None else None
    return text if text else None


# --- commands ------------------------------------------------------------------------------------


def serve(settings: Settings, host: str, port: int, with_worker: bool = True) -> int:
    """`python -m app serve`: the web service under uvicorn (uvloop, httptools)."""
    import uvicorn

    if not with_worker and not settings.redis_url:
        raise ConfigurationError(
            "--no-worker needs REDIS_URL: with the in-memory queue no other process would answer"
        )
    configure_logging(settings.log_level, settings.secret_values())
    app = create_app(settings, run_worker=with_worker)
    _freeze_heap()
    uvicorn.run(
        app,
        host=host,
        port=port,
        loop="uvloop",
        http="httptools",
        access_log=False,
        log_config=None,
        lifespan="on",
        server_header=False,
    )
    return 0


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

    if not settings.redis_url:
        raise ConfigurationError("the worker needs REDIS_URL: it consumes the shared Redis queue")
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
    log.info(
        "worker started",
        extra={"consumer": consumer.consumer, "concurrency": consumer.concurrency},
    )
    try:
        await consumer.run()
    finally:
        await services.aclose()
    log.info("worker stopped", extra={"consumer": consumer.consumer})
    return 0


def parse(settings: Settings, today: dt.date | None = None) -> int:
    """`python -m app parse`: each stdin line → one JSON line with the intent and slots."""
    from app.bot.nlu import run_parse

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


def profile_setup(settings: Settings) -> int:
    """`python -m app profile setup`: Get Started, greeting, menu and ice breakers."""
    import httpx

    from app.errors import ProfileSetupError
    from app.messenger.profile import setup_profile

    configure_logging(settings.log_level, settings.secret_values())
    token = _secret_text(settings.fb_page_access_token)
    if token is None:
        raise ConfigurationError("profile setup needs FB_PAGE_ACCESS_TOKEN")

    async def run() -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(15.0, connect=5.0)) as client:
            await setup_profile(client, settings.fb_graph_url, token)

    try:
        asyncio.run(run())
    except ProfileSetupError as exc:
        print(f"railbot: profile setup failed: {exc}", file=sys.stderr)
        return 1
    print("Messenger profile set: Get Started, greeting, persistent menu and ice breakers.")
    return 0
