"""The ASGI application: FastAPI, with the webhook answered before any framework code."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from starlette.types import Receive, Scope, Send

from app.messenger.webhook import WEBHOOK_PATHS, WebhookReceiver


class RailBotApp(FastAPI):
    """FastAPI, with `POST /webhook` answered by a bare ASGI handler before any framework code,
    and `/openapi.json` serving `document` as written (the webhook is not a FastAPI route)."""

    webhook: WebhookReceiver | None = None
    document: dict[str, Any] | None = None

    def openapi(self) -> dict[str, Any]:
        return self.document if self.document is not None else super().openapi()

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
