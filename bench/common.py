"""Small helpers shared by the benchmarks."""

from __future__ import annotations

import math
from collections.abc import Sequence


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
