"""The railway side put together from settings: each configured live provider with its own call
budget and cache, in the configured order, and the offline timetable at the end of the chain.

`RAILWAY_PROVIDER` names the providers (`railradar`, or a chain such as `railradar,irctc1`); each
gets its URL, key and limits from `Settings.provider_settings`. Budgets count calls in Redis when
the store is Redis, so that every process shares them; in memory otherwise.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import redis.asyncio as aioredis

from app.config import LiveProviderName, Settings
from app.errors import ConfigurationError
from app.railways.budget import CallBudget, Ledger, Limits, MemoryLedger, RedisLedger
from app.railways.cache import CachedProvider
from app.railways.chain import ProviderChain
from app.railways.irctc1 import Irctc1Provider
from app.railways.offline import OfflineProvider
from app.railways.provider import Provider
from app.railways.railradar import RailRadarProvider
from app.railways.railwayapi import RailwayApiProvider
from app.railways.sample import SampleProvider
from app.railways.stations import StationIndex
from app.store import Clock, RedisStore, Store


@dataclass
class Railway:
    """What the bot asks (`provider`), the timetable at its end, and each provider's budget."""

    provider: Provider
    offline: OfflineProvider
    budgets: dict[str, CallBudget] = field(default_factory=dict)


def ledger_for(store: Store) -> Ledger:
    """Calls counted where every process sees them (the store's Redis), else in this process."""
    client: aioredis.Redis | None = store.redis if isinstance(store, RedisStore) else None
    return RedisLedger(client) if client is not None else MemoryLedger()


def live_provider(
    settings: Settings, name: LiveProviderName, budget: CallBudget | None = None
) -> Provider:
    """One live provider's client, as configured."""
    config = settings.provider_settings(name)
    if config.key is None:
        setting = "RAILWAY_API_KEY" if settings.live_providers[0] == name else ""
        own = f"RAILWAY_{name.upper()}_API_KEY"
        raise ConfigurationError(
            f"RAILWAY_PROVIDER names {name}, which needs a key: set "
            f"{' or '.join(filter(None, (setting, own)))}, or unset RAILWAY_PROVIDER to run on "
            "the offline timetable only"
        )
    if name == "railradar":
        return RailRadarProvider(config.url, config.key, tz=settings.tz, budget=budget)
    if name == "irctc1":
        return Irctc1Provider(config.url, config.key, tz=settings.tz, budget=budget)
    return RailwayApiProvider(config.url, config.key, tz=settings.tz, budget=budget)


def assemble(
    settings: Settings, store: Store, index: StationIndex, clock: Clock = time.time
) -> Railway:
    """The configured chain: each live provider behind its budget and the shared cache (the
    sample railway behind the cache alone), then the offline timetable."""
    offline = OfflineProvider(settings.store_path, index, clock=clock, tz=settings.tz)
    ledger = ledger_for(store)
    budgets: dict[str, CallBudget] = {}
    chain: list[Provider] = []
    for name in settings.providers:
        if name == "offline":
            continue
        if name == "sample":
            sample = SampleProvider(store, index=index, clock=clock, tz=settings.tz)
            chain.append(CachedProvider(sample, store, clock=clock))
            continue
        config = settings.provider_settings(name)
        budget = CallBudget(name, Limits(config.per_minute, config.per_month), ledger)
        budgets[name] = budget
        chain.append(CachedProvider(live_provider(settings, name, budget), store, clock=clock))
    return Railway(provider=ProviderChain(chain, offline, index), offline=offline, budgets=budgets)
