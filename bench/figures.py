"""Figures and results: percentiles, figures with their goals, results as JSON, verdicts."""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

Comparison = Literal["<", "<=", ">=", ">", "=="]


def percentile(samples: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (`share` in 0..100) of `samples`."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = max(1, math.ceil(share / 100 * len(ordered)))
    return ordered[rank - 1]


def latency_line(label: str, samples_ms: Sequence[float]) -> str:
    """One line: count, p50, p95, p99 and max, in milliseconds."""
    return (
        f"{label:<34} n={len(samples_ms):<5} p50={percentile(samples_ms, 50):7.2f} ms"
        f"  p95={percentile(samples_ms, 95):7.2f} ms  p99={percentile(samples_ms, 99):7.2f} ms"
        f"  max={max(samples_ms):7.2f} ms"
    )


@dataclass(frozen=True)
class Goal:
    """A target a figure must meet, like `< 20 ms` or `>= 0.25 ×`."""

    op: Comparison
    limit: float
    unit: str = ""

    def met(self, value: float) -> bool:
        if self.op == "<":
            return value < self.limit
        if self.op == "<=":
            return value <= self.limit
        if self.op == ">=":
            return value >= self.limit
        if self.op == ">":
            return value > self.limit
        return value == self.limit

    def __str__(self) -> str:
        shown = {"<=": "≤", ">=": "≥", "==": "="}.get(self.op, self.op)
        return f"{shown} {number(self.limit)}{_unit(self.unit)}"


@dataclass(frozen=True)
class Figure:
    """One measured number, with the goal it is held to (None: reported for information)."""

    label: str
    value: float
    unit: str = ""
    goal: Goal | None = None
    headline: bool = False  # shown in the summary even without a goal

    @property
    def passed(self) -> bool | None:
        return None if self.goal is None else self.goal.met(self.value)

    @property
    def shown(self) -> str:
        return f"{number(self.value)}{_unit(self.unit)}"


@dataclass
class Result:
    """What one benchmark found: its figures, how it measured them, and any failure."""

    name: str
    title: str
    method: str = ""
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    command: str = ""
    output: str = ""

    def add(
        self,
        label: str,
        value: float,
        unit: str = "",
        goal: Goal | None = None,
        *,
        headline: bool = False,
    ) -> Figure:
        figure = Figure(label, value, unit, goal, headline)
        self.figures.append(figure)
        return figure

    def add_latencies(
        self, label: str, samples_ms: Sequence[float], goals: Mapping[int, float] | None = None
    ) -> None:
        """p50, p95, p99 and max of `samples_ms`; `goals` maps a percentile to its bound in ms.
        The p50 and p99 show in the summary."""
        goals = goals or {}
        for share in (50, 95, 99):
            bound = goals.get(share)
            self.add(
                f"{label} p{share}",
                percentile(samples_ms, share),
                "ms",
                Goal("<", bound, "ms") if bound is not None else None,
                headline=share != 95,
            )
        self.add(f"{label} max", max(samples_ms), "ms")

    @property
    def passed(self) -> bool:
        return self.error is None and all(f.passed is not False for f in self.figures)

    @property
    def verdict(self) -> str:
        if self.error is not None:
            return "ERROR"
        return "PASS" if self.passed else "MISS"

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Result:
        data: dict[str, Any] = json.loads(text)
        figures = []
        for item in data.pop("figures", []):
            goal = item.pop("goal", None)
            figures.append(Figure(**item, goal=Goal(**goal) if goal else None))
        return cls(**data, figures=figures)


def number(value: float) -> str:
    """A figure with the digits that matter: 12,345 · 123 · 12.3 · 1.23 · 0.123."""
    if value == int(value):
        return f"{int(value):,}"
    size = abs(value)
    if size >= 1000:
        return f"{value:,.0f}"
    if size >= 100:
        return f"{value:.0f}"
    if size >= 10:
        return f"{value:.1f}"
    if size >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def _unit(unit: str) -> str:
    if not unit:
        return ""
    return unit if unit in ("×", "%") else f" {unit}"


def method_of(doc: str | None) -> str:
    """A module docstring without its title line and its usage lines: how the benchmark works."""
    paragraphs = (doc or "").strip().split("\n\n")[1:]
    kept = [p for p in paragraphs if not p.lstrip().startswith("python -m")]
    return "\n\n".join(" ".join(p.split()) for p in kept)


def add_output_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the result here")


def finish(result: Result, path: Path | None) -> int:
    """Print the verdict, write the result as JSON when asked; the exit status for main()."""
    for figure in result.figures:
        if figure.goal is not None:
            verdict = "PASS" if figure.passed else "MISS"
            print(f"  {verdict}  {figure.label}: {figure.shown} (goal {figure.goal})")
    if result.error:
        print(f"  ERROR  {result.error}")
    if path is not None:
        path.write_text(result.to_json(), encoding="utf-8")
    return 0 if result.passed else 1
