"""Numbers and counts found in a message's words: here, how many travel, counted by who they
are in the forms Hindi counts people in."""

from __future__ import annotations

import pytest

from app.bot.understanding.entities import find_passengers


def count(text: str) -> list[int]:
    return [int(found.value) for found in find_passengers(text)]


@pytest.mark.parametrize(
    ("text", "travellers"),
    [
        ("teen bado ka kiraya", 3),
        ("char chhatron ke liye", 4),
        ("do dost jaa rahe hain", 2),
        ("paanch mahilaon ka", 5),
        ("2 kids", 2),
        ("do bujurgon ka", 2),
        ("6 of us", 6),
    ],
)
def test_travellers_are_counted_by_who_they_are(text: str, travellers: int) -> None:
    assert count(text) == [travellers]


@pytest.mark.parametrize(
    ("text", "travellers"),
    [
        ("teen bade aur do bachche", 5),
        ("2 adults + 2 children", 4),
        ("do vayask ek bachcha", 3),
        ("2 senior citizens and 1 child", 3),
    ],
)
def test_counts_of_kinds_of_travellers_said_together_are_added(
    text: str, travellers: int
) -> None:
    assert count(text) == [travellers]


@pytest.mark.parametrize("text", ["ek dost ne bataya", "ek bada station", "ek aadmi"])
def test_one_person_alone_is_a_person_not_a_count(text: str) -> None:
    assert count(text) == []


@pytest.mark.parametrize(
    ("text", "travellers"),
    [
        ("we are 5 going from mumbai to delhi tomorrow in 2A", [5]),
        ("we are five travelling to delhi", [5]),
        ("we are 3 from chennai", [3]),
        ("hum 4 ja rahe hain delhi", [4]),
        ("we are 5 minutes away from the station", []),
        ("we are 2 hours late", []),
    ],
)
def test_a_group_counting_itself_before_the_trip_is_a_party(
    text: str, travellers: list[int]
) -> None:
    assert count(text) == travellers
