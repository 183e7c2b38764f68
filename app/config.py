"""Every setting RailBot reads, from the environment or `.env`, read once into one typed object."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Final, Literal, cast, get_args
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ProviderName = Literal["railradar", "irctc1", "railwayapi", "sample", "offline"]
LiveProviderName = Literal["railradar", "irctc1", "railwayapi"]
PROVIDER_NAMES: Final = frozenset(get_args(ProviderName))
LIVE_PROVIDER_NAMES: Final = frozenset(get_args(LiveProviderName))

DEFAULT_GRAPH_URL = "https://graph.facebook.com/v25.0"
DEFAULT_RAILRADAR_URL = "https://api.railradar.in/v1"
DEFAULT_RAILWAYAPI_URL = "https://api.railwayapi.com/v2"
DEFAULT_IRCTC1_URL = "https://irctc1.p.rapidapi.com"
DATAMEET_BASE_URL = "https://raw.githubusercontent.com/datameet/railways/master"
DEFAULT_URLS: Final[dict[str, str]] = {
    "railradar": DEFAULT_RAILRADAR_URL,
    "irctc1": DEFAULT_IRCTC1_URL,
    "railwayapi": DEFAULT_RAILWAYAPI_URL,
}
# Calls per minute and per month a provider's free plan allows, when it is known (RailRadar reads
# them out in its rate-limit headers). Others are unlimited unless set.
DEFAULT_LIMITS: Final[dict[str, tuple[int | None, int | None]]] = {"railradar": (10, 1000)}


@dataclass(frozen=True)
class ProviderSettings:
    """How to reach one live provider and how many calls it may be sent."""

    name: LiveProviderName
    url: str
    key: str | None
    per_minute: int | None
    per_month: int | None


class Settings(BaseSettings):
    """Every environment variable RailBot reads, read once; `.env.example` explains each."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    # Messenger
    fb_app_secret: SecretStr | None = Field(default=None, alias="FB_APP_SECRET")
    fb_verify_token: SecretStr | None = Field(default=None, alias="FB_VERIFY_TOKEN")
    fb_page_access_token: SecretStr | None = Field(default=None, alias="FB_PAGE_ACCESS_TOKEN")
    fb_graph_url: str = Field(default=DEFAULT_GRAPH_URL, alias="FB_GRAPH_URL")

    # Railway data. RAILWAY_API_URL, RAILWAY_API_KEY and RAILWAY_MAX_CALLS_* are the first live
    # provider's; RAILWAY_<NAME>_API_URL and the others name one provider of a chain.
    railway_provider: str | None = Field(default=None, alias="RAILWAY_PROVIDER")
    railway_api_url: str | None = Field(default=None, alias="RAILWAY_API_URL")
    railway_api_key: SecretStr | None = Field(default=None, alias="RAILWAY_API_KEY")
    railway_max_calls_per_minute: int | None = Field(
        default=None, ge=1, alias="RAILWAY_MAX_CALLS_PER_MINUTE"
    )
    railway_max_calls_per_month: int | None = Field(
        default=None, ge=1, alias="RAILWAY_MAX_CALLS_PER_MONTH"
    )
    railradar_api_url: str | None = Field(default=None, alias="RAILWAY_RAILRADAR_API_URL")
    railradar_api_key: SecretStr | None = Field(default=None, alias="RAILWAY_RAILRADAR_API_KEY")
    railradar_per_minute: int | None = Field(
        default=None, ge=1, alias="RAILWAY_RAILRADAR_MAX_CALLS_PER_MINUTE"
    )
    railradar_per_month: int | None = Field(
        default=None, ge=1, alias="RAILWAY_RAILRADAR_MAX_CALLS_PER_MONTH"
    )
    irctc1_api_url: str | None = Field(default=None, alias="RAILWAY_IRCTC1_API_URL")
    irctc1_api_key: SecretStr | None = Field(default=None, alias="RAILWAY_IRCTC1_API_KEY")
    irctc1_per_minute: int | None = Field(
        default=None, ge=1, alias="RAILWAY_IRCTC1_MAX_CALLS_PER_MINUTE"
    )
    irctc1_per_month: int | None = Field(
        default=None, ge=1, alias="RAILWAY_IRCTC1_MAX_CALLS_PER_MONTH"
    )
    railwayapi_api_url: str | None = Field(default=None, alias="RAILWAY_RAILWAYAPI_API_URL")
    railwayapi_api_key: SecretStr | None = Field(default=None, alias="RAILWAY_RAILWAYAPI_API_KEY")
    railwayapi_per_minute: int | None = Field(
        default=None, ge=1, alias="RAILWAY_RAILWAYAPI_MAX_CALLS_PER_MINUTE"
    )
    railwayapi_per_month: int | None = Field(
        default=None, ge=1, alias="RAILWAY_RAILWAYAPI_MAX_CALLS_PER_MONTH"
    )
    data_dir: Path = Field(default=Path("./data"), alias="RAILBOT_DATA_DIR")
    datameet_base_url: str = Field(default=DATAMEET_BASE_URL, alias="RAILBOT_DATAMEET_URL")

    # Infrastructure
    redis_url: str | None = Field(default=None, alias="REDIS_URL")
    # `host:port,host:port`: find the Redis master through these Sentinels (and follow failovers).
    redis_sentinels: str | None = Field(default=None, alias="REDIS_SENTINELS")
    redis_sentinel_master: str = Field(
        default="railbot", min_length=1, max_length=200, alias="REDIS_SENTINEL_MASTER"
    )
    # Replicas that must hold an event before the webhook answers 200 (unset: 1 under Sentinel).
    min_replicas: int | None = Field(default=None, ge=0, le=16, alias="RAILBOT_MIN_REPLICAS")
    # Seconds a stopping worker may spend finishing what it holds; the rest is left for reclaim.
    shutdown_grace_s: float = Field(default=10.0, ge=0, le=600, alias="RAILBOT_SHUTDOWN_GRACE")
    timezone: str = Field(default="Asia/Kolkata", alias="RAILBOT_TZ")
    log_level: str = Field(default="INFO", alias="LOG_LEVEL")

    # Service behaviour
    dev_chat: bool = Field(default=False, alias="RAILBOT_DEV_CHAT")
    metrics_enabled: bool = Field(default=True, alias="RAILBOT_METRICS")
    metrics_token: SecretStr | None = Field(default=None, alias="RAILBOT_METRICS_TOKEN")
    worker_concurrency: int = Field(default=16, ge=1, le=512, alias="RAILBOT_WORKER_CONCURRENCY")
    visibility_timeout_s: float = Field(default=60.0, gt=0, alias="RAILBOT_VISIBILITY_TIMEOUT")
    max_attempts: int = Field(default=5, ge=1, le=50, alias="RAILBOT_MAX_ATTEMPTS")
    rate_limit_per_minute: int = Field(default=20, ge=1, alias="RAILBOT_RATE_LIMIT_PER_MINUTE")
    alert_poll_enabled: bool = Field(default=True, alias="RAILBOT_ALERTS")
    # How often each worker looks for PNR alerts due to be polled (seconds).
    alert_poll_tick_s: float = Field(default=10.0, gt=0, le=600, alias="RAILBOT_ALERT_TICK")

    @field_validator(
        "railway_api_url",
        "fb_graph_url",
        "railradar_api_url",
        "irctc1_api_url",
        "railwayapi_api_url",
    )
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        """An http(s) address with a host, without its trailing slash: a typo such as
        `api.railradar.in/v1` fails at start-up, not as every answer's "didn't answer"."""
        if not value:
            return value
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("needs an http:// or https:// address with a host")
        return value.strip().rstrip("/")

    @field_validator("railway_provider")
    @classmethod
    def _known_providers(cls, value: str | None) -> str | None:
        """A provider name, or several in order (`railradar,irctc1`); each known, none twice,
        the offline timetable only last (it is always the chain's end anyway)."""
        if value is None or not value.strip():
            return None
        names = [name.strip().lower() for name in value.split(",") if name.strip()]
        unknown = [name for name in names if name not in PROVIDER_NAMES]
        if unknown:
            known = ", ".join(sorted(PROVIDER_NAMES))
            raise ValueError(f"unknown railway provider {unknown[0]!r} (known: {known})")
        if len(set(names)) != len(names):
            raise ValueError("a railway provider is named twice")
        if "offline" in names[:-1]:
            raise ValueError("offline can only be the last provider of a chain")
        return ",".join(names)

    @field_validator("redis_sentinels")
    @classmethod
    def _known_sentinels(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        sentinel_addresses(value)  # raises for a malformed list, so a typo fails at start-up
        return value.strip()

    @field_validator("log_level")
    @classmethod
    def _upper_level(cls, value: str) -> str:
        return value.upper()

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)  # a typo fails at start-up
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("needs a time zone name such as Asia/Kolkata") from None
        return value

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def providers(self) -> tuple[ProviderName, ...]:
        """The providers asked, in order: RAILWAY_PROVIDER; else RailRadar when a key is set;
        else the sample railway for a local run (no Page token), and the offline timetable for a
        Page, which never answers from samples unless RAILWAY_PROVIDER=sample says so. (The
        offline timetable ends every chain in any case.)"""
        if self.railway_provider is not None:
            return tuple(cast(ProviderName, name) for name in self.railway_provider.split(","))
        if _secret(self.railway_api_key):
            return ("railradar",)
        return ("offline",) if self.has_page_token else ("sample",)

    @property
    def provider(self) -> ProviderName:
        """The first provider asked."""
        return self.providers[0]

    @property
    def live_providers(self) -> tuple[LiveProviderName, ...]:
        return tuple(
            cast(LiveProviderName, name) for name in self.providers if name in LIVE_PROVIDER_NAMES
        )

    def provider_settings(self, name: LiveProviderName) -> ProviderSettings:
        """One live provider's URL, key and call limits: its own RAILWAY_<NAME>_… settings,
        else (for the first live provider) RAILWAY_API_URL, RAILWAY_API_KEY and
        RAILWAY_MAX_CALLS_…, else its defaults (RailRadar: 10 a minute, 1,000 a month)."""
        first = bool(self.live_providers) and self.live_providers[0] == name
        own_url, own_key, own_minute, own_month = {
            "railradar": (
                self.railradar_api_url,
                self.railradar_api_key,
                self.railradar_per_minute,
                self.railradar_per_month,
            ),
            "irctc1": (
                self.irctc1_api_url,
                self.irctc1_api_key,
                self.irctc1_per_minute,
                self.irctc1_per_month,
            ),
            "railwayapi": (
                self.railwayapi_api_url,
                self.railwayapi_api_key,
                self.railwayapi_per_minute,
                self.railwayapi_per_month,
            ),
        }[name]
        default_minute, default_month = DEFAULT_LIMITS.get(name, (None, None))
        if first:
            own_url = own_url or self.railway_api_url
            own_key = own_key if _secret(own_key) else self.railway_api_key
            own_minute = own_minute or self.railway_max_calls_per_minute
            own_month = own_month or self.railway_max_calls_per_month
        return ProviderSettings(
            name=name,
            url=own_url or DEFAULT_URLS[name],
            key=_secret(own_key),
            per_minute=own_minute or default_minute,
            per_month=own_month or default_month,
        )

    @property
    def has_page_token(self) -> bool:
        return _secret(self.fb_page_access_token) is not None

    @property
    def provider_url(self) -> str:
        """The first live provider's base URL."""
        live = self.live_providers
        return self.provider_settings(live[0]).url if live else ""

    @property
    def uses_redis(self) -> bool:
        """Whether Redis is configured (a URL, Sentinels, or both) rather than in-memory twins."""
        return bool(self.redis_url or self.redis_sentinels)

    @property
    def sentinels(self) -> list[tuple[str, int]]:
        """The Sentinel addresses from REDIS_SENTINELS; empty when Sentinel is not used."""
        return sentinel_addresses(self.redis_sentinels) if self.redis_sentinels else []

    @property
    def replicas_required(self) -> int:
        """RAILBOT_MIN_REPLICAS, or its default: 1 under Sentinel (a failover must not lose an
        acknowledged event), 0 with a single Redis (there is no replica to wait for)."""
        if self.min_replicas is not None:
            return self.min_replicas
        return 1 if self.redis_sentinels else 0

    @property
    def store_path(self) -> Path:
        """The offline timetable (SQLite) built by `python -m app data import`."""
        return self.data_dir / "railbot.sqlite3"

    def secret_values(self) -> list[str]:
        """Every configured secret, so that logging can mask them wherever they appear."""
        secrets = (
            self.fb_app_secret,
            self.fb_verify_token,
            self.fb_page_access_token,
            self.railway_api_key,
            self.railradar_api_key,
            self.irctc1_api_key,
            self.railwayapi_api_key,
            self.metrics_token,
        )
        return [s.get_secret_value() for s in secrets if s and s.get_secret_value()]


def _secret(value: SecretStr | None) -> str | None:
    text = value.get_secret_value().strip() if value is not None else ""
    return text or None


def sentinel_addresses(text: str) -> list[tuple[str, int]]:
    """`host:port,host:port` (IPv6 hosts in brackets) as pairs; ValueError when malformed."""
    addresses: list[tuple[str, int]] = []
    for item in text.split(","):
        item = item.strip()
        host, sep, port = item.rpartition(":")
        host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"REDIS_SENTINELS needs host:port items, not {item!r}")
        if any(ch.isspace() or ch in "/@?#" for ch in host):
            raise ValueError(f"REDIS_SENTINELS holds an unusable host: {host!r}")
        addresses.append((host, int(port)))
    return addresses


def settings_problems(error: ValidationError) -> str:
    """What is wrong with the settings, one variable a line (`RAILBOT_TZ: needs a time zone
    name...`), never the values given (a secret may be among them)."""
    lines = []
    for problem in error.errors(include_url=False, include_input=False):
        name = ".".join(str(part) for part in problem["loc"]) or "settings"
        lines.append(f"{name}: {problem['msg'].removeprefix('Value error, ')}")
    return "\n".join(lines)


def load_settings(**overrides: object) -> Settings:
    """Read the environment (and `.env`) once; tests pass overrides instead."""
    return Settings(**overrides)  # type: ignore[arg-type]
