"""The Page's Messenger profile: Get Started, greeting, persistent menu and ice breakers.

Set once per Page with `python -m app profile setup` (`POST /me/messenger_profile`).
The Page token travels in the `Authorization` header with its `appsecret_proof` (as every Graph
call does, see `app.messenger.graph`) and never appears in a URL, an error or a log line.
"""

from __future__ import annotations

import logging
from typing import Any, Final

import httpx

from app.bot.requests import ChooseLanguage, Greeting, Help, LiveStatus, PnrStatus, TrainsBetween
from app.errors import ProfileSetupError
from app.i18n import N_, t
from app.i18n.language import Language
from app.messenger.graph import GraphCredentials
from app.observability import never_log

log = logging.getLogger(__name__)

GREETING_LIMIT = 160
MENU_TITLE_LIMIT = 30
MAX_ICE_BREAKERS = 4

# Facebook shows a person the profile of their own locale, else the default one (English).
LOCALES: Final[tuple[tuple[str, Language], ...]] = (("default", "en"), ("hi_IN", "hi"))
# The persistent menu and the ice breakers: the catalog key of each title, and its payload. The
# last menu item asks which language to answer in ("हिंदी / English").
MENU: Final = (
    (N_("profile.menu_pnr"), PnrStatus().pack()),
    (N_("profile.menu_live"), LiveStatus().pack()),
    (N_("profile.menu_between"), TrainsBetween().pack()),
    (N_("profile.menu_help"), Help().pack()),
    (N_("profile.menu_language"), ChooseLanguage().pack()),
)
ICE_BREAKERS: Final = (
    (N_("profile.ice_pnr"), PnrStatus().pack()),
    (N_("profile.ice_live"), LiveStatus().pack()),
    (N_("profile.ice_between"), TrainsBetween().pack()),
    (N_("profile.ice_help"), Help().pack()),
)


def profile_payload() -> dict[str, Any]:
    """The JSON body for `POST /me/messenger_profile`: each part in English (the default) and in
    Hindi (for people whose Facebook is in Hindi)."""
    return {
        "get_started": {"payload": Greeting().pack()},
        "greeting": [
            {"locale": locale, "text": t(language, "profile.greeting")}
            for locale, language in LOCALES
        ],
        "persistent_menu": [
            {
                "locale": locale,
                "composer_input_disabled": False,
                "call_to_actions": [
                    {"type": "postback", "title": t(language, key), "payload": payload}
                    for key, payload in MENU
                ],
            }
            for locale, language in LOCALES
        ],
        "ice_breakers": [
            {
                "locale": locale,
                "call_to_actions": [
                    {"question": t(language, key), "payload": payload}
                    for key, payload in ICE_BREAKERS
                ],
            }
            for locale, language in LOCALES
        ],
    }


async def setup_profile(
    client: httpx.AsyncClient, graph_url: str, page_token: str, app_secret: str | None = None
) -> None:
    """Set the Page's profile; raises `ProfileSetupError` with Facebook's reason when it fails."""
    if not page_token.strip():
        raise ProfileSetupError("FB_PAGE_ACCESS_TOKEN is not set: the Profile API needs it")
    url = f"{graph_url.rstrip('/')}/me/messenger_profile"
    never_log(page_token.strip())  # masked wherever it could still show
    credentials = GraphCredentials(page_token.strip(), app_secret)
    try:
        response = await client.post(
            url,
            params=credentials.params,
            headers=credentials.headers,
            json=profile_payload(),
        )
    except httpx.HTTPError as exc:
        # The exception's text may carry the request URL, and with it the token: name the kind.
        raise ProfileSetupError(
            f"could not reach the Messenger Profile API ({type(exc).__name__})"
        ) from None
    if response.status_code == 200 and _succeeded(response):
        log.info("messenger profile set", extra={"fields": ",".join(profile_payload())})
        return
    raise ProfileSetupError(_failure(response, page_token))


def _succeeded(response: httpx.Response) -> bool:
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("result") == "success"


def _failure(response: httpx.Response, page_token: str) -> str:
    try:
        body = response.json()
    except ValueError:
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return f"the Messenger Profile API answered HTTP {response.status_code}"
    message = str(error.get("message") or "no message").replace(page_token, "***")[:300]
    code = error.get("code")
    subcode = error.get("error_subcode")
    label = f"{code}/{subcode}" if subcode else str(code)
    hint = _HINTS.get(code if isinstance(code, int) else -1, "")
    text = (
        f"the Messenger Profile API refused the profile "
        f"(HTTP {response.status_code}, code {label}): {message}"
    )
    return f"{text}. {hint}" if hint else text


_HINTS = {
    190: "The Page token is invalid or expired: generate a new one.",
    200: "The app lacks the pages_messaging permission, or the token is not a Page admin's.",
    10: "The app lacks the pages_messaging permission for this Page.",
    100: "A field of the profile is invalid.",
    4: "Too many calls: the Profile API allows 10 per 10 minutes per Page. Try again later.",
    613: "Too many calls: the Profile API allows 10 per 10 minutes per Page. Try again later.",
}
