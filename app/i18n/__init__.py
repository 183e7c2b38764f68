"""The words RailBot says, in each language it speaks: the message catalog, the formats of
numbers, money, dates and times, and which language to answer a person in.

    from app.i18n import t, nt

    t("hi", "fare.not_found", train="12951")      # one text of the catalog, values filled in
    nt("en", "alerts.count", 3, count=3)           # a text with plural forms

Every text lives in `app/i18n/locales/<language>.po` (gettext catalogs, read with Babel when
first needed: no build step). A key says what the text is for (`fare.not_found`); English and
Hindi each hold the whole wording.
"""

from app.i18n.catalog import N_, MissingText, nt, t
from app.i18n.language import DEFAULT_LANGUAGE, LANGUAGES, Language

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "N_", "Language", "MissingText", "nt", "t"]
