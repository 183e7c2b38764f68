"""A RailRadar that answers every trains-between question with the same recording (Bengaluru →
Kochi, whatever pair is asked), through the signed webhook: the traveller asking Mumbai to Delhi
never sees a Bengaluru train under a "Mumbai → Delhi" heading. They hear that RailRadar's answer
did not match the journey, and get the offline timetable's trains, or, with no timetable, none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import respx

from tests.support.railradar_fake import FakeRailRadar
from tests.test_alerts_e2e import Graph, Thread
from tests.test_provider_chain_e2e import timetable
from tests.test_railradar_e2e import ask, running_app, settings_for

BENGALURU_KOCHI = ("12677", "16526", "22643", "Ernakulam", "Bengaluru")


@pytest.fixture
def world() -> Iterator[tuple[Graph, FakeRailRadar]]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield Graph(router), FakeRailRadar(router)


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (
            "मुंबई से दिल्ली सबसे तेज़ ट्रेन",
            "RailRadar का जवाब इस सफ़र से मेल नहीं खाता (उसकी ट्रेनें दूसरी जगहों के बीच चलती हैं),"
            " इसलिए यह समय सारणी की जानकारी है",
        ),
        (
            "trains from mumbai to delhi",
            "The answer from RailRadar didn't match this journey (its trains run between other"
            " places), so this is the timetable, not live.",
        ),
    ],
)
async def test_another_journey_s_recording_gives_way_to_the_timetable(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    words: str,
    said: str,
) -> None:
    graph, railradar = world
    railradar.per_minute = 100
    timetable(tmp_path)
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        answer = await ask(Thread(client, graph, "7090000000000001"), words)
    assert said in answer, answer
    assert "12951" in answer or "12953" in answer, answer  # the timetable's Mumbai → Delhi
    for other in BENGALURU_KOCHI:
        assert other not in answer, answer


async def test_with_no_timetable_no_train_of_another_journey_is_shown(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    railradar.per_minute = 100
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        answer = await ask(Thread(client, graph, "7090000000000002"), "मुंबई से दिल्ली सबसे तेज़ ट्रेन")
    assert "RailRadar का जवाब इस सफ़र से मेल नहीं खाता" in answer, answer
    assert "समय सारणी में भी इस सफ़र की ट्रेनें नहीं मिलीं" in answer, answer
    for other in BENGALURU_KOCHI:
        assert other not in answer, answer
