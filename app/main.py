"""Wiring: the one place where concrete parts meet (settings → Redis → store → queue → sender →
provider → bot → app). The commands of `python -m app` are in `app.commands`."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import secrets
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI

from app.bot.alerts.poller import AlertPoller, MessagingType, Notify
from app.bot.conversation import Bot
from app.bot.incoming import Responder
from app.bot.replies import Reply
from app.config import Settings
from app.constants import TIMETABLE_RECHECK_S
from app.errors import ConfigurationError
from app.liveness import alive_key
from app.messenger.delivery import MessengerDelivery
from app.messenger.devchat import DevChat, DevChatSender, DevChatSink, devchat_router
from app.messenger.send import Sender
from app.messenger.webhook import WebhookReceiver, verification_router
from app.observability import QUEUE_LAG, QUEUE_LENGTH, QUEUE_PENDING
from app.openapi import OPENAPI_PATH, openapi_document
from app.operations import Check, Readiness, operations_router
from app.privacy import privacy_router
from app.queue import EventQueue, MemoryQueue, RedisQueue
from app.railways.assembly import Railway, assemble
from app.railways.budget import CallBudget, background_spacing_s
from app.railways.directory import (
    directory_path,
    directory_signature,
    index_stations,
    read_directory,
    read_directory_source,
)
from app.railways.offline import OfflineProvider, read_imported_at, read_stations
from app.railways.provider import Provider
from app.railways.stations import IndexSource, StationIndex
from app.ratelimit import RateLimit
from app.redis_client import RedisTarget, build_redis
from app.sample_alerts import SampleAlerts
from app.staging import StagingStore
from app.store import Clock, MemoryStore, RedisStore, Store
from app.web import RailBotApp
from app.worker import Worker

log = logging.getLogger(__name__)


# --- builders ------------------------------------------------------------------------------------


def build_store(redis: RedisTarget | None) -> Store:
    if redis is None:
        return MemoryStore()
    return RedisStore(redis.client, min_replicas=redis.replicas_required)


def build_queue(redis: RedisTarget | None, store: Store | None = None) -> EventQueue:
    if redis is None:
        return MemoryQueue(store=store)
    return RedisQueue(redis.client, min_replicas=redis.replicas_required)


def build_sender(settings: Settings, store: Store, devchat: DevChatSink | None = None) -> Sender:
    """The Send API client; with a dev chat sink, dev chat users' messages go to the sink."""
    token = secret_text(settings.fb_page_access_token)
    proof = secret_text(settings.fb_app_secret)
    if devchat is not None:
        return DevChatSender(
            settings.fb_graph_url, token, app_secret=proof, sink=devchat, store=store
        )
    return Sender(settings.fb_graph_url, token, app_secret=proof, store=store)


def build_devchat_sink(settings: Settings, store: Store) -> DevChatSink | None:
    """Where the dev chat page's conversations are kept, when RAILBOT_DEV_CHAT is on."""
    return DevChatSink(store) if settings.dev_chat else None


def build_index(settings: Settings) -> StationIndex:
    """Stations from the offline timetable (when imported) and the station directory (when
    loaded with `data stations`) over the built-in major stations."""
    path = directory_path(settings.data_dir)
    directory, known = read_directory(path), read_stations(settings.store_path)
    sources: dict[str, IndexSource] = {}
    loaded = read_directory_source(path)
    if loaded is not None:
        sources.update((s.code, IndexSource(loaded[0], loaded[1])) for s in directory)
    imported = read_imported_at(settings.store_path) if known else None
    if imported is not None:
        sources.update((s.code, IndexSource("offline", imported)) for s in known)
    return StationIndex.build(index_stations(known, directory), sources=sources)


def build_provider(
    settings: Settings, store: Store, index: StationIndex, clock: Clock = time.time
) -> tuple[Provider, OfflineProvider]:
    """The provider the bot asks: the configured chain of cached live providers, then the
    offline timetable."""
    railway = assemble(settings, store, index, clock)
    return railway.provider, railway.offline


def build_responder(
    settings: Settings,
    store: Store,
    index: StationIndex | None = None,
    railway: Railway | None = None,
) -> tuple[Bot, Provider, OfflineProvider]:
    """The bot that answers users, with the provider it owns (closed with the services)."""
    index = index if index is not None else build_index(settings)
    railway = railway if railway is not None else assemble(settings, store, index)
    # Through a staging store: while a worker answers an event, the person's keys are read and
    # written with the answer, in one round trip each (app/staging.py).
    bot = Bot(railway.provider, index, StagingStore(store), clock=time.time, tz=settings.tz)
    return bot, railway.provider, railway.offline


def build_worker(services: Services, concurrency: int | None = None) -> Worker:
    """Queue consumers running the Messenger delivery job."""
    settings = services.settings
    delivery = MessengerDelivery(
        services.store,
        services.sender,
        services.responder,
        rate_limit=RateLimit(StagingStore(services.store), settings.rate_limit_per_minute),
    )
    return Worker(
        services.queue,
        services.store,
        delivery,
        concurrency=concurrency or settings.worker_concurrency,
        visibility_timeout_s=settings.visibility_timeout_s,
        max_attempts=settings.max_attempts,
        shutdown_grace_s=settings.shutdown_grace_s,
        alive_key=alive_key(),
    )


def build_alert_poller(services: Services, notify: Notify | None = None) -> AlertPoller | None:
    """The PNR alert poller, for a process that runs a worker (or the shell); None when alerts
    are switched off (RAILBOT_ALERTS=0) or the bot was not built here (a test's responder).
    Its alerts go through the Send API, unless `notify` takes them (the shell shows its own)."""
    settings = services.settings
    if not settings.alert_poll_enabled or services.provider is None:
        return None
    return AlertPoller(
        services.provider,
        services.store,
        notify or send_alerts(services.sender),
        tz=settings.tz,
        clock=time.time,
        tick_s=settings.alert_poll_tick_s,
        call_spacing=lambda: background_spacing_s(services.budgets),
        shutdown_grace_s=settings.shutdown_grace_s,
    )


def send_alerts(sender: Sender) -> Notify:
    """Alerts sent to each person through the Send API (a worker's poller)."""

    async def notify(user: str, reply: Reply, kind: MessagingType, tag: str | None) -> None:
        await sender.send(user, reply, messaging_type=kind, tag=tag)

    return notify


@contextlib.asynccontextmanager
async def run_alerts(services: Services | None) -> AsyncIterator[AlertPoller | None]:
    """The PNR alert poller running in the background while the block runs (beside a worker)."""
    poller = build_alert_poller(services) if services is not None else None
    if poller is None:
        yield None
        return
    task = asyncio.create_task(poller.run())
    try:
        yield poller
    finally:
        poller.stop()
        await asyncio.gather(task, return_exceptions=True)


@contextlib.asynccontextmanager
async def watch_timetable(services: Services | None) -> AsyncIterator[None]:
    """While the block runs, reload the station index when `data import` swaps the timetable
    or `data stations` the directory, so that a running worker learns the stations without a
    restart."""
    if services is None or services.offline is None or services.index is None:
        yield
        return
    offline, index, settings = services.offline, services.index, services.settings

    def imported_at() -> tuple[dt.datetime | None, tuple[int, int] | None]:
        info = offline.metadata()
        directory = directory_signature(directory_path(settings.data_dir))
        return (info.imported_at if info is not None else None), directory

    async def reload_on_import(seen: tuple[dt.datetime | None, tuple[int, int] | None]) -> None:
        while True:
            await asyncio.sleep(TIMETABLE_RECHECK_S)
            try:
                current = await asyncio.to_thread(imported_at)
                if current == seen:
                    continue
                index.replace(await asyncio.to_thread(build_index, settings))
                seen = current
                log.info(
                    "timetable changed: station index reloaded", extra={"stations": len(index)}
                )
            except Exception:
                log.exception("could not reload the station index; will try again")

    task = asyncio.create_task(reload_on_import(await asyncio.to_thread(imported_at)))
    try:
        yield
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


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
    redis: RedisTarget | None
    store: Store
    queue: EventQueue
    sender: Sender
    responder: Responder
    readiness: Readiness = field(default_factory=Readiness)
    owned: list[Any] = field(default_factory=list)
    devchat: DevChatSink | None = None
    provider: Provider | None = None  # the bot's provider, when built here (alerts poll it)
    offline: OfflineProvider | None = None  # the offline timetable beside it
    index: StationIndex | None = None  # the stations the bot knows, reloaded after an import
    budgets: list[CallBudget] = field(default_factory=list)  # the live providers' call budgets

    async def refresh_queue_metrics(self) -> None:
        stats = await self.queue.stats()
        QUEUE_LENGTH.set(stats.length)
        QUEUE_PENDING.set(stats.pending)
        QUEUE_LAG.set(stats.lag)
        for budget in self.budgets:
            await budget.usage()  # calls made and left, shared by every process

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
        queue = build_queue(redis, store)
        owned.append(queue)
    devchat = build_devchat_sink(settings, store)
    if sender is None:
        sender = build_sender(settings, store, devchat)
        owned.append(sender)
    offline: OfflineProvider | None = None
    provider: Provider | None = None
    index: StationIndex | None = None
    budgets: list[CallBudget] = []
    if responder is None:
        index = build_index(settings)
        railway = assemble(settings, store, index)
        budgets = list(railway.budgets.values())
        responder, provider, offline = build_responder(settings, store, index, railway)
        owned.append(provider)
    services = Services(
        settings=settings,
        redis=redis,
        store=store,
        queue=queue,
        sender=sender,
        responder=responder,
        owned=owned,
        devchat=devchat,
        provider=provider,
        offline=offline,
        index=index,
        budgets=budgets,
    )
    if redis is not None:
        services.readiness.register("redis", redis.ready, redis.detail)
    elif settings.uses_redis or isinstance(queue, RedisQueue):
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
    if secret is None and settings.dev_chat:
        secret = secrets.token_urlsafe(32)
        log.info("dev chat: FB_APP_SECRET is unset; webhooks are signed with a secret of this run")
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
            active = services if run_worker else None
            async with run_alerts(active), watch_timetable(active):
                yield
        finally:
            if worker is not None and task is not None:
                worker.stop()
                await asyncio.gather(task, return_exceptions=True)
            await services.aclose()

    app = RailBotApp(
        title="RailBot",
        docs_url=None,
        redoc_url=None,
        openapi_url=OPENAPI_PATH,
        lifespan=lifespan,
    )
    app.document = openapi_document(
        metrics=settings.metrics_enabled,
        metrics_token=secret_text(settings.metrics_token) is not None,
    )
    app.webhook = WebhookReceiver(services.queue, secret)
    app.state.services = services
    app.state.readiness = services.readiness
    app.state.worker = None
    app.include_router(verification_router(secret_text(settings.fb_verify_token)))
    app.include_router(privacy_router())
    if services.devchat is not None and secret is not None:
        sample = (
            SampleAlerts(services.store, tz=settings.tz) if "sample" in settings.providers else None
        )
        app.include_router(devchat_router(DevChat(services.devchat, secret, app, sample)))
    app.include_router(
        operations_router(
            services.readiness,
            metrics_enabled=settings.metrics_enabled,
            metrics_token=secret_text(settings.metrics_token),
            refresh=services.refresh_queue_metrics,
        )
    )
    return app


def secret_text(value: Any) -> str | None:
    """The text of a secret setting; None when it is unset or blank."""
    text = value.get_secret_value() if value is not None else None
    return text if text else None
