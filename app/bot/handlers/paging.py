"""A long list shown a page at a time."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

from app.i18n import N_, nt, t
from app.i18n.language import Language

# What a list is of, as its label names them ("trains 1–6 of 14", "13 stops"); None: a count
# alone, for a title that names them already ("Cancelled trains today: 2").
Noun = Literal["trains", "stops"] | None
# Each noun's words: a page of several ("trains 1–6 of 14"), the whole list on one ("4 trains").
_WORDS: Final[dict[Noun, tuple[str, str]]] = {
    "trains": (N_("page.trains"), N_("page.all_trains")),
    "stops": (N_("page.stops"), N_("page.all_stops")),
    None: (N_("page.label"), N_("page.all")),
}


@dataclass
class Page:
    """One page of a list, and where the next one starts."""

    start: int
    end: int
    total: int
    more: bool = field(init=False)

    def __post_init__(self) -> None:
        self.more = self.end < self.total

    @classmethod
    def of(cls, total: int, offset: int, size: int) -> Page:
        start = min(max(0, offset), max(0, total - 1)) if total else 0
        return cls(start, min(total, start + size), total)

    def label(self, language: Language, noun: Noun = None) -> str:
        """`trains 1–6 of 14` / `ट्रेनें 14 में से 1–6` for a page of a longer list; how many
        there are (`4 trains` / `4 ट्रेनें`) when the whole list is on this page, as the
        traveller needs no place in it then."""
        several, whole = _WORDS[noun]
        if self.start == 0 and not self.more:
            return nt(language, whole, self.total, count=self.total)
        return t(language, several, first=self.start + 1, last=self.end, total=self.total)
