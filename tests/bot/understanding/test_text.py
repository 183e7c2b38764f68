"""Cleaning a message before it is read: a web address in it is none of the person's words."""

from __future__ import annotations

import pytest

from app.bot.understanding.text import clean, has_link


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("https://timesofindia.indiatimes.com/city/delhi/rajdhani-late/articleshow/1.cms", ""),
        ("https://youtu.be/abc123", ""),
        ("is this real? https://www.irctc.co.in/nget/train-search", "is this real?"),
        ("pnr 4512345678 www.irctc.co.in", "pnr 4512345678"),
        ("HTTP://EXAMPLE.COM/12627 12627 kaha hai", "12627 kaha hai"),
        ("12627 कहाँ है", "12627 कहाँ है"),
        ("irctc.co.in pe ticket", "irctc.co.in pe ticket"),  # no scheme, no www: words kept
    ],
)
def test_web_addresses_are_taken_out_of_what_is_read(text: str, cleaned: str) -> None:
    assert clean(text) == cleaned


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("https://youtu.be/abc123", True),
        ("see www.indianrail.gov.in", True),
        ("12627 kaha hai", False),
        ("mera email a.b@gmail.com", False),
        (None, False),
    ],
)
def test_a_link_is_found_wherever_it_stands(text: str | None, linked: bool) -> None:
    assert has_link(text) is linked
