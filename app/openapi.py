"""The service's HTTP interface as an OpenAPI 3.1 document, served at `/openapi.json`.

Written out by hand rather than derived from the routes: `POST /webhook` is a bare ASGI handler
that FastAPI never sees, and every answer here is plain text or a small JSON object whose shape
is part of the operating contract that deployments rely on. The local chat page is a
development tool and is left out.
"""

from __future__ import annotations

from typing import Any

from app.messenger.webhook import MAX_BODY_BYTES
from app.privacy import PRIVACY_PATH

OPENAPI_PATH = "/openapi.json"

JsonObject = dict[str, Any]


def _text(description: str, example: str | None = None) -> JsonObject:
    media: JsonObject = {"schema": {"type": "string"}}
    if example is not None:
        media["example"] = example
    return {"description": description, "content": {"text/plain": media}}


_MESSENGER_EVENT: JsonObject = {
    "type": "object",
    "description": "One `messaging[]` item: a message, postback, read, delivery or echo.",
    "properties": {
        "sender": {"type": "object", "properties": {"id": {"type": "string"}}},
        "recipient": {"type": "object", "properties": {"id": {"type": "string"}}},
        "timestamp": {"type": "integer"},
        "message": {"type": "object"},
        "postback": {"type": "object"},
    },
}

_WEBHOOK_BODY: JsonObject = {
    "type": "object",
    "description": (
        "A Messenger webhook delivery. Anything that is valid JSON is acknowledged (events "
        "that cannot be answered are dropped); only user messages and postbacks are queued."
    ),
    "properties": {
        "object": {"type": "string", "examples": ["page"]},
        "entry": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "time": {"type": "integer"},
                    "messaging": {"type": "array", "items": _MESSENGER_EVENT},
                    "standby": {"type": "array", "items": _MESSENGER_EVENT},
                },
            },
        },
    },
}

_READINESS: JsonObject = {
    "type": "object",
    "required": ["status", "failing", "checks"],
    "properties": {
        "status": {"type": "string", "enum": ["ok", "unavailable"]},
        "failing": {"type": "array", "items": {"type": "string"}},
        "checks": {
            "type": "object",
            "additionalProperties": {"type": "string", "enum": ["ok", "failing"]},
        },
        "redis": {
            "type": "object",
            "description": (
                "The Redis in use (when configured): the master's address (found through the "
                "Sentinels under REDIS_SENTINELS), its role, and the replicas that follow it "
                "against those the webhook waits for."
            ),
            "required": ["master"],
            "properties": {
                "master": {"type": ["string", "null"], "examples": ["10.0.3.7:6379"]},
                "role": {"type": "string", "enum": ["master", "replica"]},
                "sentinel_master": {"type": "string"},
                "replicas": {"type": "integer", "minimum": 0},
                "replicas_required": {"type": "integer", "minimum": 0},
            },
        },
    },
}


def openapi_document(*, metrics: bool, metrics_token: bool) -> JsonObject:
    """The document for this configuration: `/metrics` only when it is served, and marked as
    needing a bearer token when one is configured."""
    paths: JsonObject = {
        "/webhook": {
            "get": {
                "summary": "Messenger verification handshake",
                "operationId": "verifyWebhook",
                "parameters": [
                    {"name": name, "in": "query", "required": False, "schema": {"type": "string"}}
                    for name in ("hub.mode", "hub.verify_token", "hub.challenge")
                ],
                "responses": {
                    "200": _text("The bare `hub.challenge`, when mode and token match."),
                    "403": _text("Wrong mode or token, or no FB_VERIFY_TOKEN configured."),
                },
            },
            "post": {
                "summary": "Receive Messenger events",
                "description": (
                    "Checks `X-Hub-Signature-256` (HMAC-SHA256 of the raw body with the app "
                    "secret; `X-Hub-Signature` with SHA-1 only when the former is absent), "
                    f"reads at most {MAX_BODY_BYTES} bytes, queues the answerable events."
                ),
                "operationId": "receiveWebhook",
                "parameters": [
                    {
                        "name": "X-Hub-Signature-256",
                        "in": "header",
                        "required": False,
                        "schema": {"type": "string"},
                        "example": "sha256=" + "0" * 64,
                    },
                    {
                        "name": "X-Hub-Signature",
                        "in": "header",
                        "required": False,
                        "schema": {"type": "string"},
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _WEBHOOK_BODY}},
                },
                "responses": {
                    "200": _text("Queued (or nothing to answer).", "EVENT_RECEIVED"),
                    "400": _text("Signed, but not JSON."),
                    "403": _text("Missing, malformed or wrong signature, or no app secret."),
                    "413": _text(f"Body larger than {MAX_BODY_BYTES} bytes."),
                    "503": _text("The queue cannot take events now: Facebook delivers again."),
                },
            },
        },
        "/healthz": {
            "get": {
                "summary": "Liveness",
                "operationId": "healthz",
                "responses": {"200": _text("The process answers.", "ok")},
            }
        },
        "/readyz": {
            "get": {
                "summary": "Readiness: Redis (when configured) and the offline timetable",
                "operationId": "readyz",
                "responses": {
                    status: {
                        "description": description,
                        "content": {"application/json": {"schema": _READINESS}},
                    }
                    for status, description in (
                        ("200", "Every check passes."),
                        ("503", "A check fails; `failing` names it."),
                    )
                },
            }
        },
        PRIVACY_PATH: {
            "get": {
                "summary": "Privacy policy and data deletion instructions",
                "description": (
                    "A plain page saying what is kept about a person, why, for how long, and "
                    'how to delete it ("forget me" in the chat): the address to give Meta as '
                    "the privacy policy URL and the data deletion instructions URL."
                ),
                "operationId": "privacy",
                "responses": {
                    "200": {
                        "description": "The page.",
                        "content": {"text/html": {"schema": {"type": "string"}}},
                    }
                },
            }
        },
    }
    document: JsonObject = {
        "openapi": "3.1.0",
        "info": {
            "title": "RailBot",
            "version": "1",
            "description": "A Facebook Messenger bot for Indian Railways questions.",
        },
        "paths": paths,
    }
    if metrics:
        responses: JsonObject = {"200": _text("Prometheus text exposition format (no user data).")}
        operation: JsonObject = {
            "summary": "Prometheus metrics",
            "operationId": "metrics",
            "responses": responses,
        }
        if metrics_token:
            responses["401"] = _text("No or wrong bearer token.")
            operation["security"] = [{"bearer": []}]
            document["components"] = {
                "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}
            }
        paths["/metrics"] = {"get": operation}
    return document
