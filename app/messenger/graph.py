"""How every Graph API call (Send API, sender actions, Messenger Profile) proves who it is.

The Page token travels in the `Authorization: Bearer` header, never in the URL, so that no proxy
or access log keeps it. Each call also carries `appsecret_proof`, the HMAC-SHA256 of the Page
token keyed with the app secret: with "Require App Secret" turned on in the app's settings, the
Graph API refuses a call without it, so a stolen token alone cannot send as the Page.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field


def appsecret_proof(page_token: str, app_secret: str) -> str:
    """The `appsecret_proof` parameter for calls made with `page_token` (lowercase hex)."""
    return hmac.new(app_secret.encode(), page_token.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class GraphCredentials:
    """A Page token, and the app secret that proves calls made with it (when configured)."""

    page_token: str
    app_secret: str | None = field(default=None, repr=False)

    def __repr__(self) -> str:  # never show the token
        return f"GraphCredentials(proof={'yes' if self.app_secret else 'no'})"

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.page_token}"}

    @property
    def params(self) -> dict[str, str]:
        """The query parameters every call carries (the proof, which reveals no secret)."""
        if not self.app_secret:
            return {}
        return {"appsecret_proof": appsecret_proof(self.page_token, self.app_secret)}


def bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header value, else None."""
    if authorization is None:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None
