"""The railway side as settings describe it: which providers, in which order, with which keys,
URLs and call budgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from app.config import DEFAULT_RAILRADAR_URL, Settings, load_settings
from app.errors import ConfigurationError
from app.railways.assembly import assemble, ledger_for
from app.railways.budget import MemoryLedger, RedisLedger
from app.railways.chain import ProviderChain
from app.railways.stations import StationIndex
from app.store import MemoryStore, RedisStore


def settings(tmp_path: Path, **values: Any) -> Settings:
    return load_settings(_env_file=None, data_dir=tmp_path, **values)


async def test_a_key_alone_means_railradar_with_its_free_tiers_limits(tmp_path: Path) -> None:
    config = settings(tmp_path, railway_api_key="rr_live_key")

    railway = assemble(config, MemoryStore(), StationIndex.build())
    try:
        assert config.providers == ("railradar",)
        assert config.provider_settings("railradar").url == DEFAULT_RAILRADAR_URL
        assert isinstance(railway.provider, ProviderChain)
        assert railway.provider.name == "railradar+offline"
        limits = railway.budgets["railradar"].limits
        assert (limits.per_minute, limits.per_month) == (10, 1000)
    finally:
        await railway.provider.aclose()


async def test_a_page_without_a_key_gets_the_timetable_alone(tmp_path: Path) -> None:
    config = settings(tmp_path, fb_page_access_token="EAAtoken")

    railway = assemble(config, MemoryStore(), StationIndex.build())
    try:
        assert config.providers == ("offline",) and railway.budgets == {}
        assert railway.provider.name == "offline"
    finally:
        await railway.provider.aclose()


async def test_a_chain_gives_each_provider_its_own_key_url_and_budget(tmp_path: Path) -> None:
    config = settings(
        tmp_path,
        railway_provider=" RailRadar , irctc1 ",
        railway_api_key="rr_live_key",
        railway_max_calls_per_minute=6,
        irctc1_api_key="rapid_key",
        irctc1_per_month=20,
    )

    railway = assemble(config, MemoryStore(), StationIndex.build())
    try:
        assert railway.provider.name == "railradar+irctc1+offline"
        radar, rapid = config.provider_settings("railradar"), config.provider_settings("irctc1")
        assert (radar.key, radar.per_minute, radar.per_month) == ("rr_live_key", 6, 1000)
        assert (rapid.key, rapid.url, rapid.per_minute, rapid.per_month) == (
            "rapid_key",
            "https://irctc1.p.rapidapi.com",
            None,
            20,
        )
        assert set(railway.budgets) == {"railradar", "irctc1"}
        assert "rapid_key" in config.secret_values()
    finally:
        await railway.provider.aclose()


def test_a_provider_of_the_chain_without_a_key_is_named_in_the_error(tmp_path: Path) -> None:
    config = settings(tmp_path, railway_provider="railradar,irctc1", railway_api_key="rr_key")

    with pytest.raises(ConfigurationError, match="RAILWAY_IRCTC1_API_KEY"):
        assemble(config, MemoryStore(), StationIndex.build())


@pytest.mark.parametrize(
    "value", ["railradar,railradar", "offline,railradar", "railradar,nope", "ntes"]
)
def test_a_provider_list_that_cannot_work_is_refused_at_start(tmp_path: Path, value: str) -> None:
    with pytest.raises(ValidationError):
        settings(tmp_path, railway_provider=value)


def test_the_old_contract_is_still_there_when_named(tmp_path: Path) -> None:
    config = settings(tmp_path, railway_provider="railwayapi", railway_api_key="k")

    assert config.providers == ("railwayapi",)
    assert config.provider_url == "https://api.railwayapi.com/v2"
    assert config.provider_settings("railwayapi").per_minute is None


async def test_budgets_are_shared_through_redis_when_the_store_is(redis_url: str) -> None:
    store = RedisStore.from_url(redis_url)
    try:
        assert isinstance(ledger_for(store), RedisLedger)
    finally:
        await store.close()
    assert isinstance(ledger_for(MemoryStore()), MemoryLedger)
