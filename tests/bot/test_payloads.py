"""Payload strings: what the bot builds parses back, and nothing forged gets through."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.bot import payloads
from app.bot.payloads import Request, SlotAnswer, parse
from app.bot.understanding import Intent

DAY = dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("PNR:4512345678", Request(Intent.PNR_STATUS, {"pnr": "4512345678"})),
        ("LIVE:12627", Request(Intent.LIVE_STATUS, {"train": "12627"})),
        (
            "LIVE:12627:2026-11-28:YPR",
            Request(
                Intent.LIVE_STATUS, {"train": "12627", "date": "2026-11-28", "boarding": "YPR"}
            ),
        ),
        ("ROUTE:12627:2", Request(Intent.TRAIN_ROUTE, {"train": "12627", "page": 2})),
        ("ROUTE:12627", Request(Intent.TRAIN_ROUTE, {"train": "12627", "page": 1})),
        ("STN:from:NDLS", SlotAnswer("from", "NDLS")),
        ("CLASS:3A", SlotAnswer("class", "3A")),
        ("DATE:2026-11-28", SlotAnswer("date", "2026-11-28")),
        ("TRAIN:12951", SlotAnswer("train", "12951")),
        (
            "BETWEEN:NDLS:MMCT:2026-11-28:6",
            Request(
                Intent.TRAINS_BETWEEN,
                {"from": "NDLS", "to": "MMCT", "date": "2026-11-28", "offset": 6},
            ),
        ),
        (
            "BETWEEN:NDLS:MMCT:-:0",
            Request(Intent.TRAINS_BETWEEN, {"from": "NDLS", "to": "MMCT", "offset": 0}),
        ),
        ("GET_STARTED", Request(Intent.GREETING, {"start": 1})),
        ("HELP", Request(Intent.HELP)),
        ("MENU_PNR", Request(Intent.PNR_STATUS)),
        ("MENU_LIVE", Request(Intent.LIVE_STATUS)),
        ("MENU_BETWEEN", Request(Intent.TRAINS_BETWEEN)),
        ("TRACK:4512345678", Request(payloads.TRACK_PNR, {"pnr": "4512345678"})),
        ("CANCEL", Request(payloads.RESET)),
        (
            "CANCELLED:2026-11-28:10",
            Request(Intent.CANCELLED_TRAINS, {"date": "2026-11-28", "offset": 10}),
        ),
    ],
)
def test_known_payloads_parse(payload: str, expected: object) -> None:
    assert parse(payload) == expected


@pytest.mark.parametrize(
    "payload",
    [
        payloads.pnr("4512345678"),
        payloads.track("4512345678"),
        payloads.live("12627", DAY, "YPR"),
        payloads.route("12627", 3),
        payloads.station("NDLS"),
        payloads.departures("NDLS", 4, 8),
        payloads.between("NDLS", "MMCT", DAY, 6),
        payloads.between("NDLS", "MMCT", None),
        payloads.fare("12951", "NDLS", "MMCT", DAY, "3A"),
        payloads.fare("12951", "NDLS", "MMCT", None),
        payloads.seats("12951", "NDLS", "MMCT", DAY, "SL"),
        payloads.cancelled(DAY, 10),
        payloads.rescheduled(DAY),
        payloads.choose_station("to", "MMCT"),
        payloads.choose_class("2A"),
        payloads.choose_date(DAY),
        payloads.choose_train("12951"),
    ],
)
def test_every_payload_the_bot_builds_parses_back(payload: str) -> None:
    assert parse(payload) is not None
    assert len(payload) <= payloads.MAX_LENGTH


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "PNR:12345",
        "PNR:45123456789",
        "PNR:4512345678:extra",
        "ROUTE:12627:0",
        "ROUTE:12627:x",
        "ROUTE:1262",
        "LIVE:12627:2026-13-40",
        "STN:via:NDLS",
        "STN:from:ND/LS",
        "STN:from:../../etc",
        "CLASS:9Z",
        "DATE:tomorrow",
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
def test_forged_or_garbled_payloads_parse_to_none(payload: str) -> None:
    assert parse(payload) is None


@given(st.text(max_size=200))
def test_parse_never_raises(payload: str) -> None:
    parse(payload)
