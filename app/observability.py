"""Logs as JSON lines with secrets and PNRs masked, and the Prometheus metrics RailBot exports."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import sys
import time
from collections.abc import Iterable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

# --- metrics -----------------------------------------------------------------------------------

REGISTRY = CollectorRegistry(auto_describe=True)

EVENTS_RECEIVED = Counter(
    "railbot_events_received", "Messenger events received by the webhook", registry=REGISTRY
)
EVENTS_IGNORED = Counter(
    "railbot_events_ignored",
    "Events not answered (echo, read, delivery, standby, no sender...)",
    ["reason"],
    registry=REGISTRY,
)
EVENTS_DEDUPLICATED = Counter(
    "railbot_events_deduplicated", "Redelivered events dropped as duplicates", registry=REGISTRY
)
EVENTS_ENQUEUED = Counter("railbot_events_enqueued", "Events queued", registry=REGISTRY)
WEBHOOK_REQUESTS = Counter(
    "railbot_webhook_requests", "Webhook POSTs by response status", ["status"], registry=REGISTRY
)
EVENTS_PROCESSED = Counter(
    "railbot_events_processed", "Events handled by workers", ["outcome"], registry=REGISTRY
)
QUEUE_LENGTH = Gauge("railbot_queue_length", "Entries in the event stream", registry=REGISTRY)
QUEUE_PENDING = Gauge(
    "railbot_queue_pending",
    "Entries delivered to a worker but not yet acknowledged",
    registry=REGISTRY,
)
QUEUE_LAG = Gauge("railbot_queue_lag", "Entries not yet delivered to any worker", registry=REGISTRY)
DEAD_LETTERS = Counter(
    "railbot_events_dead_lettered", "Events moved to the dead-letter stream", registry=REGISTRY
)
EVENT_LATENCY = Histogram(
    "railbot_event_seconds",
    "From webhook receipt to the last reply sent",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32),
    registry=REGISTRY,
)
SEND_OUTCOMES = Counter(
    "railbot_send_api_calls",
    "Send API calls by outcome (ok, or the error code)",
    ["outcome"],
    registry=REGISTRY,
)
UPSTREAM_LATENCY = Histogram(
    "railbot_upstream_seconds",
    "Railway upstream call latency",
    ["provider", "endpoint", "outcome"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 12),
    registry=REGISTRY,
)
UPSTREAM_KEY_REFUSED = Counter(
    "railbot_upstream_key_refused",
    "Calls a railway provider refused for RailBot's API key (401/403): the operator's to fix",
    ["provider"],
    registry=REGISTRY,
)
CACHE_RESULTS = Counter(
    "railbot_cache",
    "Railway cache lookups by kind and result",
    ["kind", "result"],
    registry=REGISTRY,
)
PROVIDER_CALLS = Counter(
    "railbot_provider_calls",
    "Calls to a railway provider, or refused by its call budget, by priority",
    ["provider", "priority", "outcome"],  # outcome: made, waited, refused, returned
    registry=REGISTRY,
)
PROVIDER_BUDGET_LEFT = Gauge(
    "railbot_provider_budget_left",
    "Calls a railway provider's budget has left in the current minute and month (-1: unlimited)",
    ["provider", "window"],
    registry=REGISTRY,
)
PROVIDER_CALLS_USED = Gauge(
    "railbot_provider_budget_used",
    "Calls made to a railway provider in the current minute and month, by every process",
    ["provider", "window"],
    registry=REGISTRY,
)
UNDERSTANDING_COMPILED = Gauge(
    "railbot_understanding_compiled",
    "1 when language understanding runs compiled by mypyc (tools/compile.py), 0 as pure Python",
    registry=REGISTRY,
)
ALERTS_ACTIVE = Gauge("railbot_alerts_active", "PNR alert subscriptions", registry=REGISTRY)
ALERT_POLLS = Counter(
    "railbot_alert_polls", "PNR alert polls by outcome", ["outcome"], registry=REGISTRY
)
ALERT_NOTIFICATIONS = Counter(
    "railbot_alert_notifications",
    "PNR change notifications by outcome (sent, or the error code)",
    ["outcome"],
    registry=REGISTRY,
)
RATE_LIMITED = Counter(
    "railbot_rate_limited", "Messages dropped by the per-user rate limit", registry=REGISTRY
)

# --- masking -----------------------------------------------------------------------------------

# Ten digits standing alone (optionally split by spaces or dashes) look like a PNR: keep the last 3.
_PNR = re.compile(r"(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d)(\d{3})(?!\d)")
# Access tokens and keys in URLs or text.
_TOKEN_PARAM = re.compile(r"(access_token|apikey|api_key|key|token)([=/:]\s*)[^\s&/\"']+", re.I)


def mask_pnr(text: str) -> str:
    """Replace every PNR-like number with `*******678` (its last three digits)."""
    return _PNR.sub(lambda m: "*******" + m.group(4), text)


@functools.lru_cache(maxsize=4096)
def hash_user(user_id: str) -> str:
    """A stable, non-reversible label for a user id in logs."""
    return "u_" + hashlib.blake2s(user_id.encode(), digest_size=6).hexdigest()


class Masker:
    """Removes configured secrets, token parameters and PNRs from a string."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # A secret is also known by its PNR-masked spelling: text masked for PNRs before it got
        # here (a token with ten digits in a row) must not slip past as "not the secret".
        known = {s for s in secrets if len(s) >= 4}
        known |= {mask_pnr(s) for s in known}
        self._secrets = sorted(known, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, "***")
        text = _TOKEN_PARAM.sub(lambda m: m.group(1) + m.group(2) + "***", text)
        return mask_pnr(text)


_RESERVED = set(vars(logging.makeLogRecord({})).keys()) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line; every string passes through the masker; `user` is hashed."""

    def __init__(self, masker: Masker) -> None:
        super().__init__()
        self._mask = masker

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "msg": self._mask(record.getMessage()),
        }
        for key, value in record.__dict__.items():
            if key in _RESERVED or key.startswith("_"):
                continue
            if key == "user" and isinstance(value, str):
                entry["user"] = hash_user(value)
            elif isinstance(value, str):
                entry[key] = self._mask(value)
            elif isinstance(value, int | float | bool) or value is None:
                entry[key] = value
            else:
                entry[key] = self._mask(repr(value))
        if record.exc_info:
            entry["exc"] = self._mask(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class _ScrubSecrets(logging.Filter):
    """Masks keys and PNRs in records of the httpx/httpcore loggers, which log request URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()
        self.masker = Masker()

    def add(self, secret: str) -> None:
        self.secrets.add(secret)
        self.masker = Masker(self.secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = self.masker(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


_SCRUB = _ScrubSecrets()
# The HTTP libraries log request URLs, which hold keys, tokens (`access_token=`) and PNRs: their
# records are scrubbed from the moment RailBot is imported, whether or not logging is configured.
for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).addFilter(_SCRUB)


def never_log(secret: str) -> None:
    """Have the HTTP libraries' request logs mask `secret` wherever it appears (a key inside a
    URL); PNRs in URLs are masked there anyway."""
    if secret:
        _SCRUB.add(secret)


def configure_logging(level: str = "INFO", secrets: Iterable[str] = ()) -> None:
    """Send every log record, ours and our libraries', to stderr as masked JSON lines; the one
    place logging is configured."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(Masker(secrets)))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # The lines carry none of the caller's file, line, thread or process: not looking them up
    # makes each record cheaper (the logging HOWTO's "Optimization").
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    # httpx logs every request URL at INFO, and URLs can hold keys: keep it at WARNING.
    for noisy in ("httpx", "httpcore", "hpack"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        uv_logger = logging.getLogger(name)
        uv_logger.handlers[:] = []
        uv_logger.propagate = True
