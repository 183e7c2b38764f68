"""The one backoff schedule: exponential, capped, with equal jitter."""

from __future__ import annotations

from app.retry import backoff_delay


def test_first_failure_waits_between_half_and_all_of_the_base() -> None:
    assert backoff_delay(1, base_s=0.5, rand=lambda low, high: low) == 0.25
    assert backoff_delay(1, base_s=0.5, rand=lambda low, high: high) == 0.5


def test_each_failure_doubles_the_ceiling_until_the_cap() -> None:
    highest = [backoff_delay(n, base_s=0.25, cap_s=2.0, rand=lambda _, h: h) for n in range(1, 7)]
    assert highest == [0.25, 0.5, 1.0, 2.0, 2.0, 2.0]


def test_real_jitter_stays_inside_the_band() -> None:
    for _ in range(200):
        assert 1.0 <= backoff_delay(3, base_s=0.5) <= 2.0
