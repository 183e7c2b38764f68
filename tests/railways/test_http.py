"""How long a refusal asks us to wait, read from its headers; numbers and clock times read
whatever their spelling upstream."""

from __future__ import annotations

import datetime as dt

import pytest

from app.railways.http import DELAY_MINUTES, RUN_DAYS, clock_time, integer, retry_after_s

NOW = dt.datetime(2026, 10, 21, 7, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"Retry-After": "10800"}, 10800.0),  # seconds: three hours
        ({"retry-after": "Wed, 21 Oct 2026 10:00:00 GMT"}, 10800.0),  # an HTTP date
        ({"x-ratelimit-requests-reset": "3600"}, 3600.0),  # RapidAPI's gateway
        ({"Retry-After": "soon", "x-ratelimit-requests-reset": "60"}, 60.0),
        ({"Retry-After": "0"}, None),
        ({"Retry-After": "Tue, 20 Oct 2026 10:00:00 GMT"}, None),  # already past
        ({}, None),
    ],
)
def test_a_refusal_says_how_long_to_wait_in_seconds_or_as_a_date(
    headers: dict[str, str], seconds: float | None
) -> None:
    assert retry_after_s(headers, NOW, "x-ratelimit-requests-reset") == seconds


@pytest.mark.parametrize(
    ("value", "within", "expected"),
    [
        (3, RUN_DAYS, 3),
        ("2", RUN_DAYS, 2),
        (10**12, RUN_DAYS, None),
        (-1, RUN_DAYS, None),
        (45, DELAY_MINUTES, 45),
        (-12, DELAY_MINUTES, -12),
        (1.7e308, DELAY_MINUTES, None),
        (10**12, None, 10**12),
    ],
)
def test_a_number_outside_its_sane_range_is_absent(
    value: object, within: tuple[int, int] | None, expected: int | None
) -> None:
    assert integer(value, within) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("17:24", dt.time(17, 24)),
        ("7:5", dt.time(7, 5)),
        ("17.24", dt.time(17, 24)),
        ("2026-12-14T17:24:00+05:30", dt.time(17, 24)),  # an ISO moment with its offset
        ("2026-12-14T11:54:00Z", dt.time(17, 24)),  # said in India's time
        ("2024-09-13 07:20", dt.time(7, 20)),  # IRCTC1's dated start ("std"), India's time
        ("5:30 PM", dt.time(17, 30)),
        ("12:05 am", dt.time(0, 5)),
        ("13:00 PM", None),
        ("Source", None),
        ("--", None),
        ("", None),
        (1797253200, None),  # a bare number: seconds, milliseconds or minutes? never guessed
    ],
)
def test_a_clock_time_is_read_in_every_spelling_seen_and_none_is_guessed(
    value: object, expected: dt.time | None
) -> None:
    assert clock_time(value) == expected
