"""The Page's Messenger profile: Get Started, greeting, persistent menu and ice breakers.

Set once per Page with `python -m app profile setup` (`POST /me/messenger_profile`).
The Page token travels as a query parameter and never appears in an error or a log line.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from app.bot.requests import Greeting, Help, LiveStatus, PnrStatus, TrainsBetween
from app.errors import ProfileSetupError
from app.observability import never_log

log = logging.getLogger(__name__)

GREETING_LIMIT = 160
MENU_TITLE_LIMIT = 30
MAX_ICE_BREAKERS = 4

GREETING_EN = (
    "Hi {{user_first_name}}! I'm RailBot: PNR status, live train status, trains between "
    "stations, fares and seats. Tap Get Started."
)
GREETING_HI = (
    "नमस्ते {{user_first_name}}! मैं RailBot हूँ: PNR स्टेटस, ट्रेन की लाइव स्थिति, दो स्टेशनों के "
    "बीच ट्रेनें, किराया और सीटें। Get Started दबाएँ।"
)
MENU = (
    ("PNR status", PnrStatus().pack()),
    ("Live train status", LiveStatus().pack()),
    ("Trains between stations", TrainsBetween().pack()),
    ("Help", Help().pack()),
)
ICE_BREAKERS = (
    ("Check my PNR status", PnrStatus().pack()),
    ("Where is my train right now?", LiveStatus().pack()),
    ("Which trains go between two stations?", TrainsBetween().pack()),
    ("What can you do?", Help().pack()),
)


def profile_payload() -> dict[str, Any]:
    """The JSON body for `POST /me/messenger_profile`."""
    return {
        "get_started": {"payload": Greeting().pack()},
        "greeting": [
            {"locale": "default", "text": GREETING_EN},
            {"locale": "hi_IN", "text": GREETING_HI},
        ],
        "persistent_menu": [
            {
                "locale": "default",
                "composer_input_disabled": False,
                "call_to_actions": [
                    {"type": "postback", "title": title, "payload": payload}
                    for title, payload in MENU
                ],
            }
        ],
        "ice_breakers": [
            {
                "locale": "default",
                "call_to_actions": [
                    {"question": question, "payload": payload} for question, payload in ICE_BREAKERS
                ],
            }
        ],
    }


async def setup_profile(client: httpx.AsyncClient, graph_url: str, page_token: str) -> None:
    """Set the Page's profile; raises `ProfileSetupError` with Facebook's reason when it fails."""
    if not page_token.strip():
        raise ProfileSetupError("FB_PAGE_ACCESS_TOKEN is not set: the Profile API needs it")
    url = f"{graph_url.rstrip('/')}/me/messenger_profile"
    never_log(page_token.strip())  # httpx logs request URLs, and this one carries the token
    try:
        response = await client.post(
            url, params={"access_token": page_token.strip()}, json=profile_payload()
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
