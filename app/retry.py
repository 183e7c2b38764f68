"""Backoff between attempts: the one schedule every retry loop in RailBot uses.

Exponential with "equal jitter": attempt n waits between half and all of `base * 2**(n-1)`,
capped at `cap`. The jitter keeps processes that failed together from retrying together; the
floor of half keeps a retry from coming back at once.
"""

from __future__ import annotations

import asyncio
import math
import random
from collections.abc import Callable
from typing import Final

Random = Callable[[float, float], float]

NO_CAP: Final = math.inf


def backoff_delay(
    attempt: int, *, base_s: float, cap_s: float = NO_CAP, rand: Random = random.uniform
) -> float:
    """Seconds to wait after failed attempt number `attempt` (1 for the first failure)."""
    ceiling = min(cap_s, base_s * 2.0 ** (max(1, attempt) - 1))
    return rand(ceiling / 2, ceiling)


async def sleep_backoff(attempt: int, *, base_s: float, cap_s: float = NO_CAP) -> None:
    """Sleep for `backoff_delay(attempt, ...)`."""
    await asyncio.sleep(backoff_delay(attempt, base_s=base_s, cap_s=cap_s))
