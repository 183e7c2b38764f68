"""A long list shown a page at a time."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    @property
    def label(self) -> str:
        return f"{self.start + 1}–{self.end} of {self.total}"
