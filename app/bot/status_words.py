"""A booking's status as each language says it: `CNF S6/71 LB`, `GNWL 12`, `RAC 7` in English
(the codes on the ticket), `कन्फ़र्म S6/71 लोअर`, `वेटिंग 12 (GNWL)`, `आरएसी 7` in Hindi. Coach
and berth numbers stay as the ticket and the chart print them; a waiting list's kind keeps its
code beside the word, since it tells how likely a place is to confirm."""

from __future__ import annotations

from typing import Final

from app.i18n import N_, t
from app.i18n.language import Language
from app.railways.models import BerthStatus, StatusKind
from app.railways.status import describe_status

K = StatusKind

# The word for each kind that has one of its own (the waiting lists share one, below).
_KIND_WORDS: Final = {
    K.CNF: N_("status.CNF"),
    K.RAC: N_("status.RAC"),
    K.CAN: N_("status.CAN"),
    K.NOSB: N_("status.NOSB"),
    K.MOD: N_("status.MOD"),
    K.REGRET: N_("status.REGRET"),
    K.NOT_AVAILABLE: N_("status.NOT_AVAILABLE"),
    K.AVAILABLE: N_("status.AVAILABLE"),
}
# A berth's kind as it follows its number (`LB`: `लोअर`).
_BERTH_WORDS: Final = {
    "LB": N_("status.berth.LB"),
    "MB": N_("status.berth.MB"),
    "UB": N_("status.berth.UB"),
    "SL": N_("status.berth.SL"),
    "SU": N_("status.berth.SU"),
    "SM": N_("status.berth.SM"),
    "WS": N_("status.berth.WS"),
}


def status_words(language: Language, status: BerthStatus) -> str:
    """The short form of `status` a traveller reads in `language` (English: `describe_status`'s
    codes); what the railway wrote when it is of no known shape."""
    kind = status.kind
    if kind is K.UNKNOWN:
        return describe_status(status)
    if kind.is_waitlist:
        return _waiting(language, status)
    word = t(language, _KIND_WORDS[kind])
    seat = _seat(language, status)
    return f"{word} {seat}" if seat else word


def _waiting(language: Language, status: BerthStatus) -> str:
    """`GNWL 12`, `WL 6` / `वेटिंग 12 (GNWL)`, `वेटिंग 6`."""
    if status.kind is K.WL:
        if status.position is None:
            return t(language, "status.waitlist_plain")
        return t(language, "status.waiting_plain", position=status.position)
    if status.position is None:
        return t(language, "status.waitlist", kind=status.kind.value)
    return t(language, "status.waiting", kind=status.kind.value, position=status.position)


def _seat(language: Language, status: BerthStatus) -> str:
    """`S6/71 LB`, `71`, `S4/33` / `S6/71 लोअर`: where a confirmed or RAC passenger sits."""
    if status.berth is None or (status.kind is K.RAC and not status.coach):
        return "" if status.position is None else str(status.position)
    place = f"{status.coach}/{status.berth}" if status.coach else str(status.berth)
    berth_type = status.berth_type
    if not berth_type:
        return place
    key = _BERTH_WORDS.get(berth_type)
    return f"{place} {t(language, key) if key else berth_type}"
