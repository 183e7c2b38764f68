"""A person's language: the one they chose, and the one their conversation was last in.

Kept in the `Store` under `LANGUAGE_PREFIX` + user id (one small JSON value), so that every worker
sees it and it survives restarts; "forget me" deletes it with the person's other keys.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection

from pydantic import BaseModel, ConfigDict, ValidationError

from app.constants import LANGUAGE_PREFIX, LANGUAGE_TTL_S
from app.i18n.language import Language, reply_language, tapped_language
from app.store import Store

log = logging.getLogger(__name__)


class Preference(BaseModel):
    """What is known of one person's language."""

    model_config = ConfigDict(frozen=True)

    chosen: Language | None = None  # stated by the person; sticks until they change it
    last: Language | None = None  # the language they were last answered in
    seen: dt.date | None = None  # the day the key was last written (it is refreshed daily)

    def reply_in(self, text: str, codes: Collection[str] = ()) -> Language:
        """The language to answer `text` in, `codes` the station codes it was read to name (see
        `app.i18n.language.reply_language`)."""
        return reply_language(text, chosen=self.chosen, last=self.last, codes=codes)

    def tap_in(self, title: str) -> Language:
        """The language to answer a tap titled `title` in (see `tapped_language`)."""
        return tapped_language(title, chosen=self.chosen, last=self.last)


class LanguagePreferences:
    """Load and save people's language preferences."""

    def __init__(self, store: Store, ttl_s: int = LANGUAGE_TTL_S) -> None:
        self._store = store
        self._ttl_s = ttl_s

    @staticmethod
    def key(user_id: str) -> str:
        return LANGUAGE_PREFIX + user_id

    async def load(self, user_id: str) -> Preference:
        return self.read(user_id, await self._store.get(self.key(user_id)))

    def read(self, user_id: str, raw: str | None) -> Preference:
        """The preference from its stored text (`load`'s, or one read with other keys)."""
        if raw is None:
            return Preference()
        try:
            return Preference.model_validate_json(raw)
        except ValidationError:
            log.warning("dropping an unreadable language preference", extra={"user": user_id})
            return Preference()

    async def remember(
        self, user_id: str, known: Preference, *, used: Language, today: dt.date
    ) -> Preference:
        """Note that `user_id` was answered in `used`; writes only when something changed (or
        once a day, to keep the key alive while the person writes)."""
        updated = self.after(known, used=used, today=today)
        if updated is not None:
            await self._save(user_id, updated)
        return known if updated is None else updated

    @staticmethod
    def after(known: Preference, *, used: Language, today: dt.date) -> Preference | None:
        """The preference once `used` answered the person today; None when that changes nothing
        worth writing (see `remember`)."""
        if known.last == used and known.seen == today:
            return None
        return known.model_copy(update={"last": used, "seen": today})

    def stored(self, preference: Preference) -> tuple[str, float]:
        """What is written under the person's key: text and lifetime."""
        return preference.model_dump_json(exclude_none=True), float(self._ttl_s)

    async def choose(
        self, user_id: str, language: Language | None, *, today: dt.date
    ) -> Preference:
        """Set (or, with None, drop) the person's stated choice."""
        known = await self.load(user_id)
        updated = known.model_copy(
            update={"chosen": language, "last": language or known.last, "seen": today}
        )
        await self._save(user_id, updated)
        return updated

    async def _save(self, user_id: str, preference: Preference) -> None:
        value, ttl_s = self.stored(preference)
        await self._store.set(self.key(user_id), value, ttl_s=ttl_s)
