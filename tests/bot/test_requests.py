"""Requests: typed, checked through the vocabulary however they are built, packed into button
payloads and unpacked again; every payload already in travellers' chats still means what it meant,
and nothing forged gets through."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.bot.requests import (
    REQUESTS,
    AlertList,
    AlertStop,
    Answer,
    CancelledTrains,
    ChosenClass,
    ChosenDate,
    ChosenStation,
    ChosenTrain,
    Departures,
    Fare,
    Greeting,
    Help,
    LiveStatus,
    Packable,
    PnrStatus,
    Request,
    RescheduledTrains,
    Reset,
    SeatAvailability,
    StationByCode,
    StationByName,
    TrackPnr,
    TrainRoute,
    TrainsBetween,
    unpack,
)
from app.bot.requests.base import MAX_PAYLOAD_LENGTH

DAY = dt.date(2026, 11, 28)
IN_CHATS = Path(__file__).resolve().parent.parent / "fixtures" / "payloads" / "in_chats.jsonl"


def payloads_in_chats() -> list[dict[str, Any]]:
    """Every payload shape the bot has written (and forged ones), with what it meant: recorded
    from the payload decoder before requests were typed."""
    return [json.loads(line) for line in IN_CHATS.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("case", payloads_in_chats(), ids=lambda case: case["payload"])
def test_a_payload_already_in_a_chat_unpacks_to_what_it_meant(case: dict[str, Any]) -> None:
    tapped = unpack(case["payload"])
    if "intent" in case:
        assert tapped == REQUESTS[case["intent"]].from_slots(case["fields"])
    elif "answers" in case:
        assert isinstance(tapped, Answer)
        assert (tapped.slot, tapped.value) == (case["answers"], case["value"])
    else:
        assert tapped is None


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("PNR:4512345678", PnrStatus(pnr="4512345678")),
        ("LIVE:12627", LiveStatus(train="12627")),
        ("LIVE:12627:2026-11-28:YPR", LiveStatus(train="12627", date=DAY, boarding="YPR")),
        ("ROUTE:12627:2", TrainRoute(train="12627", page=2)),
        ("ROUTE:12627", TrainRoute(train="12627", page=1)),
        ("STN:from:NDLS", ChosenStation(asked="from", code="NDLS")),
        ("CLASS:3A", ChosenClass(journey_class="3A")),
        ("DATE:2026-11-28", ChosenDate(date=DAY)),
        ("TRAIN:12951", ChosenTrain(train="12951")),
        (
            "BETWEEN:NDLS:MMCT:2026-11-28:6",
            TrainsBetween(origin="NDLS", destination="MMCT", date=DAY, offset=6),
        ),
        ("BETWEEN:NDLS:MMCT:-:0", TrainsBetween(origin="NDLS", destination="MMCT")),
        ("GET_STARTED", Greeting()),
        ("HELP", Help()),
        ("MENU_PNR", PnrStatus()),
        ("TRACK:4512345678", TrackPnr(pnr="4512345678")),
        ("UNTRACK:ALL", AlertStop(everything=True)),
        ("ALERTS", AlertList()),
        ("CANCEL", Reset()),
        ("CANCELLED:2026-11-28:10", CancelledTrains(date=DAY, offset=10)),
        ("STATION:CSTM", StationByCode(code="CSMT", renamed_from="CSTM")),
    ],
)
def test_known_payloads_unpack_to_typed_requests(payload: str, expected: Packable) -> None:
    assert unpack(payload) == expected


BUILT: list[Packable] = [
    PnrStatus(pnr="4512345678"),
    PnrStatus(),
    TrackPnr(pnr="4512345678"),
    AlertStop(pnr="4512345678"),
    AlertStop(everything=True),
    AlertList(),
    LiveStatus(train="12627", date=DAY, boarding="YPR"),
    LiveStatus(train="12627"),
    TrainRoute(train="12627", page=3),
    StationByCode(code="NDLS"),
    StationByName(),
    Departures(station="NDLS", hours=4, offset=8),
    Departures(),
    TrainsBetween(origin="NDLS", destination="MMCT", date=DAY, offset=6),
    TrainsBetween(origin="NDLS", destination="MMCT"),
    Fare(train="12951", origin="NDLS", destination="MMCT", date=DAY, journey_class="3A"),
    Fare(train="12951", origin="NDLS", destination="MMCT"),
    SeatAvailability(
        train="12951", origin="NDLS", destination="MMCT", date=DAY, journey_class="SL"
    ),
    CancelledTrains(date=DAY, offset=10),
    RescheduledTrains(date=DAY),
    ChosenStation(asked="to", code="MMCT"),
    ChosenClass(journey_class="2A"),
    ChosenDate(date=DAY),
    ChosenTrain(train="12951"),
    Greeting(),
    Help(),
    Reset(),
]


@pytest.mark.parametrize("built", BUILT, ids=lambda built: built.pack())
def test_every_request_the_bot_packs_unpacks_to_itself(built: Packable) -> None:
    payload = built.pack()
    assert unpack(payload) == built
    assert len(payload) <= MAX_PAYLOAD_LENGTH


def test_payloads_keep_the_spelling_travellers_chats_already_hold() -> None:
    assert Fare(train="12951", origin="NDLS", destination="MMCT", journey_class="3A").pack() == (
        "FARE:12951:NDLS:MMCT:-:3A"
    )
    assert TrainsBetween(origin="NDLS", destination="MMCT").pack() == "BETWEEN:NDLS:MMCT:-:0"
    assert LiveStatus(train="12627", date=DAY).pack() == "LIVE:12627:2026-11-28"
    assert TrainRoute(train="12627").pack() == "ROUTE:12627:1"
    assert Departures(station="NDLS").pack() == "DEPS:NDLS:4:0"
    assert CancelledTrains(date=DAY).pack() == "CANCELLED:2026-11-28:0"


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "PNR:12345",
        "PNR:45123456789",
        "PNR:4512345678:extra",
        "PNR:451-234-5678",
        "PNR",
        "MENU_PNR:4512345678",
        "ROUTE:12627:0",
        "ROUTE:12627:x",
        "ROUTE:1262",
        "LIVE:12627:2026-13-40",
        "STN:via:NDLS",
        "STN:from:ND/LS",
        "STN:from:../../etc",
        "CLASS:9Z",
        "CLASS:GN",
        "DATE:tomorrow",
        "DATE:2026-W48-5",
        "BETWEEN:NDLS",
        "BETWEEN:NDLS:MMCT:2026-11-28:-1",
        "HELP:now",
        "NOT_A_THING",
        "PNR:४५१२३४५६७८",
        "PNR:4512345678" + "x" * 1000,
        "PNR:451234 5678",
        "ROUTE:12627::2",
    ],
)
def test_forged_or_garbled_payloads_unpack_to_none(payload: str) -> None:
    assert unpack(payload) is None


@given(st.text(max_size=200))
def test_unpacking_never_raises_and_what_unpacks_packs_back(payload: str) -> None:
    tapped = unpack(payload)
    if tapped is not None and tapped.packable:
        assert unpack(tapped.pack()) == tapped


def test_slots_are_the_fields_as_language_names_them() -> None:
    fare = Fare(
        train="12951", origin=["NDLS", "DLI"], destination="MMCT", journey_class="3a", age="30"
    )
    assert fare.slots == {
        "train": "12951",
        "from": ["NDLS", "DLI"],
        "to": "MMCT",
        "class": "3A",
        "age": 30,
    }
    assert fare.as_json() == {"intent": "fare", "slots": fare.slots}
    assert AlertStop(everything=True).slots == {"all": 1}
    assert TrainsBetween(origin="NDLS", date=DAY, offset=12).slots == {
        "from": "NDLS",
        "date": "2026-11-28",
    }  # an offset comes from buttons only: not a slot


def test_the_slot_table_comes_from_the_models() -> None:
    built_in = {i: kind for i, kind in REQUESTS.items() if kind.__module__.startswith("app.")}
    table = {intent: kind.slot_names() for intent, kind in built_in.items() if kind.slot_names()}
    assert table == {
        "pnr_status": ("pnr",),
        "live_status": ("train", "date"),
        "station_by_name": ("name", "code"),
        "station_by_code": ("code",),
        "departures": ("station", "hours"),
        "train_route": ("train",),
        "trains_between": ("from", "to", "date"),
        "fare": ("train", "from", "to", "class", "quota", "age", "passengers", "date"),
        "seat_availability": ("train", "from", "to", "date", "class", "quota"),
        "cancelled_trains": ("date", "train"),
        "rescheduled_trains": ("date", "train"),
        "language": ("language",),
        "alert_subscribe": ("pnr", "train"),
        "track_pnr": ("pnr",),
        "alert_stop": ("pnr", "all"),
        "location": ("lat", "lng"),
        "stops_at": ("train", "station"),
        "train_facts": ("train", "from", "to", "station", "class", "date"),
        "arrivals": ("station", "hours"),
        "cannot_do": ("task",),
        "explain": ("term",),
    }


def test_fields_are_checked_through_the_vocabulary_however_a_request_is_built() -> None:
    assert PnrStatus(pnr="४५१२३४५६७८").pnr == "4512345678"
    assert PnrStatus(pnr="12345").pnr is None  # not a PNR: left for the handler to ask
    assert TrainsBetween(origin=["bct", "xx-1", "BCT"], destination="ALD").slots == {
        "from": "MMCT",
        "to": "PRYJ",
    }  # renamed codes followed, invalid candidates dropped, duplicates merged
    assert Fare(journey_class="GN").journey_class is None  # no fare by class for unreserved
    assert Departures(station="NDLS", hours=99).hours == 24
    assert PnrStatus(pnr="4512345678").with_slots({"pnr": "bad"}).pnr is None
    assert isinstance(Fare().with_slots({"from": "ndls"}), Request)


def test_a_request_without_a_payload_form_says_so() -> None:
    assert not AlertStop().packable
    with pytest.raises(ValueError, match="payload"):
        Reset(pending=True).pack()
