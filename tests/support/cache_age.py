"""Making cached railway answers older, as time passing would (their stored time and `as_of`)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from app.store import Store


async def age_cached(store: Store, kind: str, by: dt.timedelta) -> None:
    """Every cached answer of `kind` made `by` earlier: past its freshness when `by` is long
    enough, within the day it is kept to be served stale."""
    for key in await store.scan_keys(f"rb:cache:*{kind}*"):
        raw = await store.get(key)
        assert raw is not None
        record: dict[str, Any] = json.loads(raw)
        record["t"] -= by.total_seconds()
        made = dt.datetime.fromisoformat(record["v"]["as_of"]) - by
        record["v"]["as_of"] = made.isoformat()
        await store.set(key, json.dumps(record), ttl_s=3600)
