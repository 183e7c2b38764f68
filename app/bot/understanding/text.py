"""A message's text made safe to read, and the comparable forms the follow-ups match on."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from app.bot.understanding.transliteration import romanize

# Longer messages are cut before understanding: no railway question needs more.
MAX_TEXT_CHARS: Final = 500

_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]")


# A web address ("https://…", "www.…"), as a shared link puts it in a message's text: none of
# its words or digits are the person's ("…/delhi/rajdhani-late/…", "youtu.be/abc123").
_LINK = re.compile(r"(?<![\w.])(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.IGNORECASE)


def clean(text: str | None) -> str:
    """NFKC, without invisible or unprintable characters or web addresses, single-spaced, 500
    characters at most."""
    if not text:
        return ""
    visible = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text[: MAX_TEXT_CHARS * 4]))
    visible = _LINK.sub(" ", visible)
    cleaned = "".join(ch if ch.isprintable() else " " for ch in visible)
    return " ".join(cleaned.split())[:MAX_TEXT_CHARS]


def has_link(text: str | None) -> bool:
    """Whether the text holds a web address."""
    return bool(text) and _LINK.search(unicodedata.normalize("NFKC", text or "")) is not None


def normal(text: str) -> str:
    """Lower case, punctuation dropped, single-spaced, Devanagari romanised ("रहने दो" is
    "rahne do"): how whole-message phrases are compared."""
    return " ".join(re.sub(r"[^\w\s]", " ", romanize(text).text.lower()).split())


def squash(text: str) -> str:
    """Capitals and digits only (`3rd AC` → `3RDAC`)."""
    return re.sub(r"[^0-9A-Z]", "", text.upper())
