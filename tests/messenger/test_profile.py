"""Messenger profile setup: the body Facebook expects, the token kept out of sight."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging

import httpx
import pytest
import respx

from app.bot.requests import unpack
from app.errors import ProfileSetupError
from app.messenger.profile import profile_payload, setup_profile

GRAPH_URL = "https://graph.test/v25.0"
TOKEN = "EAAprofiletoken0123456789"
PROFILE_URL = f"{GRAPH_URL}/me/messenger_profile"


def test_profile_has_get_started_greetings_menu_and_ice_breakers() -> None:
    body = profile_payload()
    assert body["get_started"] == {"payload": "GET_STARTED"}
    locales = {item["locale"]: item["text"] for item in body["greeting"]}
    assert set(locales) == {"default", "hi_IN"}
    assert all(0 < len(text) <= 160 for text in locales.values())
    menus = {menu["locale"]: menu for menu in body["persistent_menu"]}
    assert set(menus) == {"default", "hi_IN"}
    for menu in menus.values():
        assert menu["composer_input_disabled"] is False
        assert [item["payload"] for item in menu["call_to_actions"]] == [
            "MENU_PNR",
            "MENU_LIVE",
            "MENU_BETWEEN",
            "HELP",
            "LANGUAGE",
        ]
        assert all(len(item["title"]) <= 30 for item in menu["call_to_actions"])
    assert menus["default"]["call_to_actions"][0]["title"] == "PNR status"
    assert menus["hi_IN"]["call_to_actions"][4]["title"] == "English / हिंदी"
    for breakers in body["ice_breakers"]:
        assert len(breakers["call_to_actions"]) == 4
        assert all(item["question"] and item["payload"] for item in breakers["call_to_actions"])


def test_every_profile_payload_is_one_the_bot_understands() -> None:
    body = profile_payload()
    sent = [body["get_started"]["payload"]]
    sent += [item["payload"] for item in body["persistent_menu"][0]["call_to_actions"]]
    sent += [item["payload"] for item in body["ice_breakers"][0]["call_to_actions"]]
    assert all(unpack(payload) is not None for payload in sent)


@respx.mock
async def test_setup_posts_the_profile_with_the_token_in_the_header_and_its_proof() -> None:
    route = respx.post(PROFILE_URL).mock(
        return_value=httpx.Response(200, json={"result": "success"})
    )
    async with httpx.AsyncClient() as client:
        await setup_profile(client, GRAPH_URL, TOKEN, "profile-app-secret")
    request = route.calls.last.request
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert TOKEN not in str(request.url)
    proof = hmac.new(b"profile-app-secret", TOKEN.encode(), hashlib.sha256).hexdigest()
    assert dict(request.url.params) == {"appsecret_proof": proof}
    assert json.loads(request.content) == profile_payload()


@respx.mock
async def test_refusal_is_reported_with_facebooks_reason_and_without_the_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    error = {
        "error": {
            "message": f"Invalid OAuth access token - Cannot parse access token {TOKEN}",
            "type": "OAuthException",
            "code": 190,
            "fbtrace_id": "A1b2",
        }
    }
    respx.post(PROFILE_URL).mock(return_value=httpx.Response(400, json=error))
    caplog.set_level(logging.DEBUG)
    async with httpx.AsyncClient() as client:
        with pytest.raises(ProfileSetupError) as raised:
            await setup_profile(client, GRAPH_URL, TOKEN)
    message = str(raised.value)
    assert "190" in message and "Invalid OAuth access token" in message
    assert "expired" in message
    assert TOKEN not in message
    assert TOKEN not in caplog.text


@respx.mock
async def test_unreachable_graph_is_reported_without_the_url() -> None:
    respx.post(PROFILE_URL).mock(side_effect=httpx.ConnectError("connection refused"))
    async with httpx.AsyncClient() as client:
        with pytest.raises(ProfileSetupError) as raised:
            await setup_profile(client, GRAPH_URL, TOKEN)
    assert "ConnectError" in str(raised.value)
    assert TOKEN not in str(raised.value)
    assert raised.value.__cause__ is None


@respx.mock
async def test_a_200_without_success_is_a_failure() -> None:
    respx.post(PROFILE_URL).mock(return_value=httpx.Response(200, text="<html>proxy</html>"))
    async with httpx.AsyncClient() as client:
        with pytest.raises(ProfileSetupError, match="HTTP 200"):
            await setup_profile(client, GRAPH_URL, TOKEN)


async def test_missing_token_fails_before_any_call() -> None:
    async with httpx.AsyncClient() as client:
        with pytest.raises(ProfileSetupError, match="FB_PAGE_ACCESS_TOKEN"):
            await setup_profile(client, GRAPH_URL, " ")
