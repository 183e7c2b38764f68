"""Staged keys: read once before the bot runs, written once with the answer (app/staging.py).
Every test runs on the in-memory store and on Redis."""

from __future__ import annotations

from app.staging import StagingStore, staged
from app.store import Store


async def test_staged_keys_are_read_once_and_answered_from_the_snapshot(store: Store) -> None:
    await store.set("rb:test:lang", "en")
    staging_store = StagingStore(store)
    async with staged(store, ["rb:test:lang", "rb:test:state"]):
        await store.set("rb:test:lang", "hi")  # behind the staging's back: not seen
        assert await staging_store.get("rb:test:lang") == "en"
        assert await staging_store.mget(["rb:test:state", "rb:test:lang"]) == [None, "en"]
    assert await staging_store.get("rb:test:lang") == "hi"  # outside, the store itself


async def test_writes_of_staged_keys_wait_for_the_caller(store: Store) -> None:
    staging_store = StagingStore(store)
    await store.set("rb:test:old", "x")
    async with staged(store, ["rb:test:state", "rb:test:old", "rb:test:rate"]) as staging:
        await staging_store.set("rb:test:state", "s1", ttl_s=60)
        await staging_store.set_many({"rb:test:state": ("s2", 60)}, delete=["rb:test:old"])
        assert await staging_store.set("rb:test:rate", "7", ttl_s=120, nx=True)
        assert not await staging_store.set("rb:test:rate", "8", ttl_s=120, nx=True)
        assert await staging_store.get("rb:test:state") == "s2"  # read your writes
        assert await staging_store.get("rb:test:old") is None
        assert await store.mget(["rb:test:state", "rb:test:old", "rb:test:rate"]) == [
            None,
            "x",
            None,
        ]
        assert staging.writes == {"rb:test:state": ("s2", 60), "rb:test:rate": ("7", 120)}
        assert staging.deletions == ["rb:test:old"]
        await store.set_many(staging.writes, delete=staging.deletions)
    assert await store.mget(["rb:test:state", "rb:test:old", "rb:test:rate"]) == [
        "s2",
        None,
        "7",
    ]
    remaining = await store.ttl("rb:test:rate")
    assert remaining is not None and 100 < remaining <= 120


async def test_other_keys_go_straight_to_the_store(store: Store) -> None:
    staging_store = StagingStore(store)
    async with staged(store, ["rb:test:state"]) as staging:
        await staging_store.set("rb:test:cache", "c", ttl_s=60)
        await staging_store.set_many({"rb:test:a": ("1", None), "rb:test:state": ("s", None)})
        assert await store.get("rb:test:cache") == "c"
        assert await store.get("rb:test:a") == "1"
        assert await store.get("rb:test:state") is None
        assert await staging_store.delete("rb:test:cache", "rb:test:state") == 2
        assert await store.get("rb:test:cache") is None
        assert staging.deletions == ["rb:test:state"]


async def test_a_durable_write_goes_out_at_once_and_the_staging_agrees(store: Store) -> None:
    staging_store = StagingStore(store)
    async with staged(store, ["rb:test:state"]) as staging:
        await staging_store.set("rb:test:state", "old", ttl_s=60)
        await staging_store.set_many({"rb:test:state": ("new", 60)}, durable=True)
        assert await store.get("rb:test:state") == "new"
        assert staging.writes == {"rb:test:state": ("new", 60)}


async def test_a_scan_sees_staged_keys_as_they_will_be(store: Store) -> None:
    """What "forget me" relies on: a key the event staged is found, one it deleted is not."""
    staging_store = StagingStore(store)
    await store.set("rb:test:rate:u1:1", "1")
    await store.set("rb:test:rate:u1:2", "1")
    async with staged(store, ["rb:test:rate:u1:2", "rb:test:rate:u1:3"]) as staging:
        await staging_store.delete("rb:test:rate:u1:2")
        await staging_store.set("rb:test:rate:u1:3", "4", ttl_s=60)
        found = await staging_store.scan_keys("rb:test:rate:u1:*")
        assert sorted(found) == ["rb:test:rate:u1:1", "rb:test:rate:u1:3"]
        assert await staging_store.delete(*found) == 2
        await store.set_many(staging.writes, delete=staging.deletions)
    assert await store.scan_keys("rb:test:rate:u1:*") == []
