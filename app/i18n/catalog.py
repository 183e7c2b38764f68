"""The message catalog: every text RailBot says, by key, in each language.

The texts are gettext catalogs (`locales/en.po`, `locales/hi.po`), read with Babel the first time
a text is needed and compiled in memory, so that a fresh clone, `make install` or a container
image needs no build step. A key names what the text is for (`fare.not_found`), never its English
words: the English text is a translation like the Hindi one.

Values go in by name (`{train}`), already formatted for the language (see `app.i18n.formats`).
A key missing from a language falls back to English, and is logged; a key missing from English is
a programming error (`MissingText`). The catalog tests extract every key the code uses, so
neither reaches a traveller.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from app.errors import RailBotError
from app.i18n.language import DEFAULT_LANGUAGE, LANGUAGES, LOCALES, Language

log = logging.getLogger(__name__)

LOCALE_DIR: Final = Path(__file__).resolve().parent / "locales"


class MissingText(RailBotError, KeyError):
    """A key the code asks for is not in the English catalog."""


def N_(key: str) -> str:
    """Mark a key for extraction where it is written down before use (a table of keys)."""
    return key


@dataclass(frozen=True)
class Texts:
    """One language's compiled catalog and the keys it holds."""

    translations: Translations
    keys: frozenset[str]


def catalog_path(language: Language) -> Path:
    return LOCALE_DIR / f"{language}.po"


def read_catalog(language: Language) -> Catalog:
    """The catalog of `language` as Babel reads it (for tools and tests)."""
    with catalog_path(language).open("rb") as source:
        return read_po(source, locale=LOCALES[language])


@cache
def texts(language: Language) -> Texts:
    """`language`'s texts, read and compiled once per process."""
    catalog = read_catalog(language)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    keys = frozenset(
        message.id if isinstance(message.id, str) else message.id[0]
        for message in catalog
        if message.id and message.string and not message.fuzzy
    )
    return Texts(Translations(compiled), keys)


def t(language: Language, key: str, /, **values: object) -> str:
    """The text `key` in `language`, with `values` put in its `{name}` places."""
    found = _lookup(language, key)
    text = texts(found).translations.gettext(key)
    return text.format(**values) if values else text


def nt(language: Language, key: str, count: int, /, **values: object) -> str:
    """The text `key` in the plural form `count` needs in `language` ("1 alert", "3 alerts")."""
    found = _lookup(language, key)
    text = texts(found).translations.ngettext(key, key, count)
    return text.format(**values) if values else text


def _lookup(language: Language, key: str) -> Language:
    """The language whose catalog holds `key`: `language`, else English."""
    if key in texts(language).keys:
        return language
    if key in texts(DEFAULT_LANGUAGE).keys:
        log.error("no %s text for %s; answering in English", language, key)
        return DEFAULT_LANGUAGE
    raise MissingText(key)


def preload() -> None:
    """Read every catalog now (at start-up), so that no traveller waits for it."""
    for language in LANGUAGES:
        texts(language)
