"""Endpoints for operators: liveness, readiness with a named reason, Prometheus metrics."""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from app.errors import described
from app.observability import REGISTRY

log = logging.getLogger(__name__)

Check = Callable[[], Awaitable[bool]]
Detail = Callable[[], dict[str, Any]]
Refresh = Callable[[], Awaitable[None]]
CHECK_TIMEOUT_S = 2.0
_BODY_KEYS = frozenset({"status", "failing", "checks"})


class Readiness:
    """Named checks that must all pass for the service to take traffic (Redis, the data store).

    Other parts register theirs: `app.state.readiness.register("data", check)`. A check may
    come with `detail`, what it found (the Redis master in use, say), shown under its name.
    """

    def __init__(self) -> None:
        self._checks: dict[str, Check] = {}
        self._details: dict[str, Detail] = {}

    def register(self, name: str, check: Check, detail: Detail | None = None) -> None:
        if name in _BODY_KEYS:
            raise ValueError(f"{name!r} is a field of the readiness answer, not a check name")
        self._checks[name] = check
        if detail is not None:
            self._details[name] = detail

    def details(self) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for name, detail in self._details.items():
            try:
                found[name] = detail()
            except Exception as exc:
                log.warning(
                    "readiness detail failed", extra={"check": name, "error": described(exc)}
                )
        return found

    async def run(self) -> dict[str, bool]:
        names = list(self._checks)
        results = await asyncio.gather(*(self._passes(name) for name in names))
        return dict(zip(names, results, strict=True))

    async def _passes(self, name: str) -> bool:
        try:
            async with asyncio.timeout(CHECK_TIMEOUT_S):
                return bool(await self._checks[name]())
        except Exception as exc:
            log.warning("readiness check failed", extra={"check": name, "error": described(exc)})
            return False


def operations_router(
    readiness: Readiness,
    *,
    metrics_enabled: bool,
    metrics_token: str | None,
    refresh: Refresh | None = None,
) -> APIRouter:
    """`/healthz`, `/readyz` and (when enabled) `/metrics`, behind a bearer token if one is set."""
    router = APIRouter(include_in_schema=False)

    @router.get("/healthz")
    async def healthz() -> PlainTextResponse:
        return PlainTextResponse("ok")

    @router.get("/readyz")
    async def readyz() -> JSONResponse:
        results = await readiness.run()
        failing = sorted(name for name, ok in results.items() if not ok)
        body: dict[str, Any] = {
            "status": "unavailable" if failing else "ok",
            "failing": failing,
            "checks": {name: "ok" if ok else "failing" for name, ok in results.items()},
        }
        body.update(readiness.details())
        return JSONResponse(body, status_code=503 if failing else 200)

    if not metrics_enabled:
        return router
    expected = f"Bearer {metrics_token}".encode() if metrics_token else None

    @router.get("/metrics")
    async def metrics(request: Request) -> Response:
        if expected is not None:
            given = request.headers.get("authorization", "").encode("latin-1", "replace")
            if not hmac.compare_digest(given, expected):
                return PlainTextResponse(
                    "Unauthorized", status_code=401, headers={"WWW-Authenticate": "Bearer"}
                )
        if refresh is not None:
            try:
                await refresh()
            except Exception as exc:
                log.warning("cannot refresh queue metrics", extra={"error": described(exc)})
        return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)

    return router
