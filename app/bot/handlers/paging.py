"""A long list shown a page at a time."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.i18n import t
from app.i18n.language import Language


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

    def label(self, language: Language) -> str:
        """`1–6 of 14` / `14 में से 1–6`."""
        return t(language, "page.label", first=self.start + 1, last=self.end, total=self.total)
