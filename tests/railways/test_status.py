"""Booking and current status strings of every shape the railway's sources use."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.railways.models import BerthStatus, StatusKind
from app.railways.status import describe_status, inherit_berth, parse_status, seat_day

K = StatusKind


@pytest.mark.parametrize(
    ("raw", "kind", "coach", "berth", "position", "extra"),
    [
        ("CNF/S6/71/GN", K.CNF, "S6", 71, None, {"quota": "GN"}),
        ("CNF/B2/34/LB", K.CNF, "B2", 34, None, {"berth_type": "LB"}),
        ("CNF", K.CNF, None, None, None, {}),
        ("Confirmed", K.CNF, None, None, None, {}),
        ("B2 34", K.CNF, "B2", 34, None, {}),
        ("CNF B5 55", K.CNF, "B5", 55, None, {}),
        ("cnf/s6/71/gn", K.CNF, "S6", 71, None, {"quota": "GN"}),
        ("CNF/B1/5/LOWER", K.CNF, "B1", 5, None, {"berth_type": "LB"}),
        ("CNF/S1/44/SIDE UPPER", K.CNF, "S1", 44, None, {"berth_type": "SU"}),
        ("CNF/D3/45", K.CNF, "D3", 45, None, {}),
        ("RLWL/-/16/GN", K.RLWL, None, None, 16, {"quota": "GN"}),
        ("GNWL  17", K.GNWL, None, None, 17, {}),
        ("GNWL17/WL5", K.GNWL, None, None, 17, {}),
        ("RLWL4/WL4.", K.RLWL, None, None, 4, {}),
        ("RAC 12", K.RAC, None, None, 12, {}),
        ("RAC  12/RAC  9", K.RAC, None, None, 12, {}),
        ("RAC/-/12/GN", K.RAC, None, None, 12, {"quota": "GN"}),
        ("RAC/S4/33", K.RAC, "S4", 33, None, {}),
        ("W/L 54,RLGN", K.RLWL, None, None, 54, {}),
        ("W/L 23,PQWL", K.PQWL, None, None, 23, {}),
        ("W/L 1", K.WL, None, None, 1, {}),
        ("WL-5", K.WL, None, None, 5, {}),
        ("TQWL 3", K.TQWL, None, None, 3, {}),
        ("PQWL/ 7", K.PQWL, None, None, 7, {}),
        ("CKWL 2", K.CKWL, None, None, 2, {}),
        ("RSWL 9", K.RSWL, None, None, 9, {}),
        ("RQWL 4", K.RQWL, None, None, 4, {}),
        ("CAN", K.CAN, None, None, None, {}),
        ("Can/Mod", K.CAN, None, None, None, {}),
        ("MOD", K.MOD, None, None, None, {}),
        ("NOSB", K.NOSB, None, None, None, {}),
        ("REGRET/WL", K.REGRET, None, None, None, {}),
        ("NOT AVAILABLE.", K.NOT_AVAILABLE, None, None, None, {}),
        ("NOT_AVAILABLE", K.NOT_AVAILABLE, None, None, None, {}),
        ("AVAILABLE-0042", K.AVAILABLE, None, None, 42, {}),
        ("AVAILABLE 12", K.AVAILABLE, None, None, 12, {}),
        ("CURR_AVBL-0001", K.AVAILABLE, None, None, 1, {}),
        ("AVL-120", K.AVAILABLE, None, None, 120, {}),
        ("RLWL/AVAILABLE.", K.AVAILABLE, None, None, None, {}),
    ],
)
def test_status_strings_parse_to_kind_coach_berth_and_position(
    raw: str,
    kind: StatusKind,
    coach: str | None,
    berth: int | None,
    position: int | None,
    extra: dict[str, str],
) -> None:
    status = parse_status(raw)
    assert (status.kind, status.coach, status.berth, status.position) == (
        kind,
        coach,
        berth,
        position,
    )
    for field, value in extra.items():
        assert getattr(status, field) == value
    assert status.raw == raw.strip()


@pytest.mark.parametrize("raw", ["Train Departed", "", "   ", "54", "chart not prepared", "%%%"])
def test_unreadable_status_is_unknown_and_keeps_the_raw_text(raw: str) -> None:
    status = parse_status(raw)
    assert status.kind is K.UNKNOWN
    assert status.raw == raw.strip()


@pytest.mark.parametrize(
    ("raw", "short"),
    [
        ("CNF/B2/34/GN", "CNF B2/34"),
        ("CNF/B2/34/LB", "CNF B2/34 LB"),
        ("CNF", "CNF"),
        ("RLWL/-/16/GN", "RLWL 16"),
        ("RAC 12", "RAC 12"),
        ("RAC/S4/33", "RAC S4/33"),
        ("W/L 54,RLGN", "RLWL 54"),
        ("CAN", "CAN"),
        ("REGRET/WL", "REGRET"),
        ("AVAILABLE-0042", "AVAILABLE 42"),
        ("Train  Departed", "Train Departed"),
        ("", "unknown"),
    ],
)
def test_describe_status_gives_the_short_form_travellers_read(raw: str, short: str) -> None:
    assert describe_status(parse_status(raw)) == short


def test_seat_day_keeps_the_railways_words_and_reads_the_count() -> None:
    day = dt.date(2026, 12, 5)
    assert seat_day(day, "AVAILABLE-0095.").model_dump() == {
        "date": day,
        "status": "AVAILABLE-0095",
        "kind": K.AVAILABLE,
        "count": 95,
    }
    waiting = seat_day(day, "RLWL12/WL8")
    assert (waiting.kind, waiting.count, waiting.status) == (K.RLWL, 12, "RLWL12/WL8")
    regret = seat_day(day, "REGRET")
    assert (regret.kind, regret.count) == (K.REGRET, None)
    closed = seat_day(day, "NOT AVAILABLE.")
    assert (closed.kind, closed.status) == (K.NOT_AVAILABLE, "NOT AVAILABLE")
    # the run itself cancelled, whatever else the words say, is a cancelled run
    assert seat_day(day, "NOT AVAILABLE / TRAIN CANCELLED").kind is K.CAN


def test_a_bare_current_cnf_keeps_the_booked_berth() -> None:
    booking = parse_status("CNF/B5/55/SL")
    current = inherit_berth(booking, parse_status("CNF"))
    assert (current.coach, current.berth, current.berth_type) == ("B5", 55, "SL")
    moved = inherit_berth(parse_status("RLWL/-/16/GN"), parse_status("CNF/S2/10/GN"))
    assert (moved.coach, moved.berth) == ("S2", 10)
    still_waiting = inherit_berth(booking, parse_status("RLWL 3"))
    assert still_waiting.coach is None


@given(st.text(max_size=300))
def test_parsing_never_raises_on_any_text(raw: str) -> None:
    status = parse_status(raw)
    assert isinstance(status, BerthStatus)
    assert isinstance(describe_status(status), str)


_PIECES = st.sampled_from(
    ["CNF", "RAC", "GNWL", "RLWL", "W/L", "WL", "S6", "B2", "LB", "GN", "RLGN", "AVAILABLE",
     "REGRET", "CAN", "-", "/", ",", " ", ".", "0042", "17", "99999999999999999999", "١٢"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_parsing_never_raises_on_status_like_fragments(raw: str) -> None:
    status = parse_status(raw)
    assert status.position is None or 0 <= status.position <= 9999
    assert status.berth is None or 0 <= status.berth <= 9999
    assert describe_status(status)


@given(st.dates(), st.text(max_size=100))
def test_seat_day_never_raises(on: dt.date, raw: str) -> None:
    assert seat_day(on, raw).date == on
