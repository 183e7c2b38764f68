"""RailRadar's answers in forms beyond the recorded ones, through the signed webhook to the reply
the traveller reads (tests/railways/test_railradar_quirks.py reads each one at the client): a
seat calendar's "TRAIN CANCELLED" is a cancelled run, not a full waiting list; a fare with its
rupee sign is that fare; a run cut short ("SHORT_TERMINATED", its route's stations `cancelled`)
is cancelled in part, never "not cancelled"; a board's cancelled train says so, never "on
time"; an answer for another run than the one asked is no yes or no for the one asked; a run's
times without their offset are still told."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.railradar_fake import IST, FakeRailRadar, fixture, mounted, moved
from tests.test_alerts_e2e import Graph, Thread
from tests.test_provider_chain_e2e import timetable
from tests.test_railradar_e2e import ask, running_app, settings_for

Body = dict[str, Any]


@pytest.fixture
def world() -> Iterator[tuple[Graph, FakeRailRadar]]:
    with mounted(per_minute=100) as (router, railradar):
        yield Graph(router), railradar


def today() -> dt.date:
    return dt.datetime.now(IST).date()


def answer_of(name: str, change: Callable[[Body], None], day: dt.date | None = None) -> Body:
    """The recorded answer `name` moved to `day` (today), with `change` made to its `data`."""
    body: Body = moved(fixture(name), day or today())
    change(body["data"])
    return body


async def asked(clean_redis: str, tmp_path: Path, graph: Graph, *questions: str) -> list[str]:
    async with running_app(settings_for(clean_redis, tmp_path, per_minute=100)) as (_, client):
        thread = Thread(client, graph, "7110000000000001")
        return [await ask(thread, words) for words in questions]


async def test_seats_on_a_day_the_railway_says_train_cancelled_is_a_no_saying_so(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # The calendar's first day is tomorrow; the run's live status does not say it is cancelled
    # (too far ahead, or not yet), so the calendar's own words are what the traveller reads.
    graph, railradar = world

    def cancelled_tomorrow(data: Body) -> None:
        data["calendar"][0].update(
            status="TRAIN CANCELLED", statusCode="NOT_AVAILABLE", isAvailable=False
        )
        data["calendar"][0].pop("availableSeats")

    railradar.overrides["/trains/12951/seats"] = (200, answer_of("seats", cancelled_tomorrow))
    (answer,) = await asked(clean_redis, tmp_path, graph, "3a seats 12951 mmct ndls tomorrow")
    assert answer.startswith("No, the railway's availability for"), answer
    assert "says the train is cancelled that day" in answer, answer
    assert "TRAIN CANCELLED ❌" in answer, answer
    assert answer.count("REGRET") == 1, answer  # the calendar's own REGRET day only
    assert "RailRadar · " in answer


async def test_a_fare_written_with_the_rupee_sign_is_told(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world

    def rupees(data: Body) -> None:
        data["breakdown"] = {"baseFare": "₹2,900", "gst": "Rs. 145", "totalFare": "₹3,045"}

    railradar.overrides["/trains/12951/fare"] = (200, answer_of("fare", rupees))
    (answer,) = await asked(clean_redis, tmp_path, graph, "3a fare 12951 mmct ndls")
    assert "₹3,045" in answer and "₹2,900" in answer, answer
    assert "isn't answering" not in answer, answer


async def test_a_run_short_terminated_is_cancelled_in_part_between_its_stations(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # RailRadar names a change the docs do not list and says where only in the route.
    graph, railradar = world

    def short(data: Body) -> None:
        data["exceptions"] = [{"type": "SHORT_TERMINATED", "message": "Short terminated"}]
        data["route"][-1]["status"] = "cancelled"  # Coimbatore

    railradar.overrides["/trains/12675/live"] = (200, answer_of("live_running", short))
    cancelled, card = await asked(
        clean_redis, tmp_path, graph, "is 12675 cancelled today", "12675 kaha hai"
    )
    assert cancelled.startswith("Yes, partly"), cancelled
    assert "Salem Jn (SA)" in cancelled and "Coimbatore Jn (CBE)" in cancelled, cancelled
    assert "not cancelled" not in cancelled, cancelled
    assert "Short-terminated on this run: it ends at Salem Jn (SA)" in card, card


def _board_entry(number: str, name: str, minutes: int, live: Body) -> Body:
    """A train leaving MS `minutes` from now, on its run's first day."""
    leaves = dt.datetime.now(IST) + dt.timedelta(minutes=minutes)
    return {
        "train": {
            "number": number,
            "name": name,
            "type": "Express",
            "source": "MS",
            "destination": "MDU",
            "runDays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        },
        "stop": {
            "sequence": 1,
            "arrival": None,
            "departure": leaves.strftime("%H:%M"),
            "day": 1,
            "distance": 0,
            "isHalt": True,
            "platform": "4",
        },
        "live": {"startDate": leaves.date().isoformat(), **live},
    }


async def test_a_board_s_cancelled_train_is_said_cancelled_never_on_time(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world

    def two_trains(data: Body) -> None:
        data["trains"] = [
            _board_entry(
                "12635", "Vaigai SF Express", 30, {"type": "cancelled", "delayMinutes": 0}
            ),
            _board_entry(
                "12637", "Pandian SF Express", 60, {"type": "upcoming", "delayMinutes": 10}
            ),
        ]

    railradar.overrides["/stations/MS/live"] = (200, answer_of("station_live_MS", two_trains))
    (answer,) = await asked(clean_redis, tmp_path, graph, "trains from MS next 2 hours")
    lines = answer.splitlines()
    vaigai = next(n for n, line in enumerate(lines) if "12635" in line)
    assert lines[vaigai + 1].strip() == "❌ Cancelled", answer
    assert "on time" not in answer, answer
    assert "10 min late" in answer, answer  # the other train, as it is


async def test_an_answer_for_another_run_is_no_yes_or_no_for_the_run_asked(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # Asked for tomorrow's run, RailRadar answers with today's (its own idea of the current run):
    # today's cancellation is not tomorrow's.
    graph, railradar = world
    railradar.overrides["/trains/12626/live"] = (200, answer_of("live_cancelled", lambda _: None))
    (answer,) = await asked(clean_redis, tmp_path, graph, "is 12626 cancelled tomorrow")
    assert "can't tell whether 12626 is cancelled" in answer, answer
    assert not answer.startswith("Yes"), answer
    assert any(
        "date=" + (today() + dt.timedelta(days=1)).isoformat() in str(call.request.url)
        for call in graph.router.calls
    ), "asked for tomorrow's run"


@pytest.mark.parametrize("shape", ["naive", "clock"])
async def test_a_run_s_times_without_their_offset_are_told(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar], shape: str
) -> None:
    graph, railradar = world

    def untimed(data: Body) -> None:
        for stop in data["route"]:
            for key, value in list(stop.items()):
                if isinstance(value, str) and value.endswith("+05:30"):
                    stop[key] = value.removesuffix("+05:30") if shape == "naive" else value[11:16]

    railradar.overrides["/trains/12675/live"] = (200, answer_of("live_running", untimed))
    (answer,) = await asked(clean_redis, tmp_path, graph, "12675 kaha hai")
    assert "Last: Lokur (LCR), left 10:35" in answer, answer
    assert "Salem Jn (SA), expected 11:13 (due 11:02)" in answer, answer
    assert "--:--" not in answer, answer


HOLLOW = {"success": True, "data": None, "meta": {}}


@pytest.mark.parametrize(
    ("words", "path", "never"),
    [
        ("is 12675 cancelled today", "/trains/12675/live", "not cancelled"),
        ("12675 kaha hai", "/trains/12675/live", "Started"),
        ("trains from MS next 4 hours", "/stations/MS/live", "No trains leave"),
        ("ndls to mmct tomorrow", "/trains/between/NDLS/MMCT", "no direct trains"),
        ("3a seats 12951 mmct ndls tomorrow", "/trains/12951/seats", "couldn't find seats"),
    ],
    ids=["cancelled", "live", "board", "between", "seats"],
)
async def test_a_success_with_nothing_in_it_is_never_told_as_a_fact(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    words: str,
    path: str,
    never: str,
) -> None:
    # `{"success": true, "data": null}`: a broken answer, said as RailRadar not answering (or,
    # for a live question, the timetable saying so), never a "no" made of silence.
    graph, railradar = world
    railradar.overrides[path] = (200, HOLLOW)
    (answer,) = await asked(clean_redis, tmp_path, graph, words)
    assert never not in answer, answer
    if path.endswith("/live") and words.endswith("kaha hai"):
        assert answer.startswith("I couldn't get live running status just now"), answer
    else:
        assert "RailRadar didn't answer just now, try again in a few minutes" in answer, answer


async def test_a_cancelled_run_s_note_in_english_gives_a_hindi_reply_no_invented_reason(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # RailRadar's note "Train 12626 is cancelled for its run starting …" gives no reason: the
    # letters "rain" inside "Train" are no bad weather.
    graph, _ = world
    (answer,) = await asked(clean_redis, tmp_path, graph, "12626 कल रद्द है क्या")
    assert answer.startswith("हाँ, 12626 Kerala Express कल रद्द है"), answer
    assert "वजह" not in answer and "मौसम" not in answer, answer


async def test_a_run_standing_at_a_station_said_in_capitals_is_at_that_station(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world

    def at_salem(data: Body) -> None:
        data["route"][2].update(status="ARRIVED")
        data["route"][2].pop("provenance")
        data["route"][1]["status"] = "DEPARTED"
        data["currentLocation"].update(
            stationCode="SA", stationName="Salem Jn", status="AT_STATION"
        )

    railradar.overrides["/trains/12675/live"] = (200, answer_of("live_running", at_salem))
    (answer,) = await asked(clean_redis, tmp_path, graph, "12675 kaha hai")
    assert "📍 At Salem Jn (SA)" in answer, answer
    assert "past Salem" not in answer and "Next: Salem" not in answer, answer


async def test_seats_for_a_day_the_calendar_leaves_out_say_so_before_the_other_days(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world

    def from_the_day_after(data: Body) -> None:
        del data["calendar"][0]  # tomorrow

    railradar.overrides["/trains/12951/seats"] = (200, answer_of("seats", from_the_day_after))
    (answer,) = await asked(clean_redis, tmp_path, graph, "3a seats 12951 mmct ndls tomorrow")
    assert answer.startswith("The availability I got says nothing of "), answer
    assert "days it has are below" in answer and "RAC 12" in answer, answer


async def test_a_booked_train_days_ahead_has_not_started_whatever_the_answer_says(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # The booking is for a run days ahead; RailRadar, asked for that run, answers with a run
    # under way (departures, a delay): it cannot have begun, so only its timetable is told.
    graph, _ = world
    pnr, live = await asked(clean_redis, tmp_path, graph, "pnr 4512345678", "train kaha hai")
    assert "12948" in pnr
    assert "not started yet" in live, live
    assert "late" not in live and "on time" not in live and "Started" not in live, live


def _charted(data: Body) -> None:
    data["charting"] = {"isPrepared": True, "status": "Chart Prepared"}
    data["passengers"] = data["passengers"][:1]
    data["passengers"][0]["current"].update(status="WL", berthNo="5", formatted="WL/5")


def _over(data: Body) -> None:
    data["train"]["journeyDate"] = (today() - dt.timedelta(days=3)).isoformat()


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (_charted, "the chart is prepared, so the waiting list will not move any more"),
        (_over, "so there is nothing left to confirm"),
    ],
    ids=["chart-prepared", "journey-over"],
)
async def test_no_chance_of_confirmation_is_told_once_the_list_can_no_longer_move(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    change: Callable[[Body], None],
    said: str,
) -> None:
    # RailRadar still has an estimate (71%); after the chart, or once the journey is over, the
    # waiting list moves no more, so no estimate of it confirming is told.
    graph, railradar = world
    railradar.overrides["/pnr/4512345678"] = (200, answer_of("pnr_waitlisted", change))
    card, chance = await asked(clean_redis, tmp_path, graph, "pnr 4512345678", "kitne chance hai")
    assert "%" not in card and "%" not in chance, (card, chance)
    assert said in chance and "RailRadar · " in chance, chance
    assert not railradar.paths("/pnr/4512345678/prediction")


@pytest.mark.parametrize(
    ("words", "first", "day_line"),
    [
        (
            "3a seats 12951 mmct ndls tomorrow",
            "No, 3A on ",
            "NOT AVAILABLE (no waiting list open) ❌",
        ),
        (
            "12951 में कल मुंबई से दिल्ली थर्ड एसी सीट",
            "नहीं, ",
            "उपलब्ध नहीं (NOT AVAILABLE), वेटिंग भी नहीं ❌",
        ),
    ],
    ids=["english", "hindi"],
)
async def test_seats_not_available_for_booking_are_no_waiting_list_open_never_a_full_one(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    words: str,
    first: str,
    day_line: str,
) -> None:
    # "NOT AVAILABLE" / NOT_AVAILABLE (the run not cancelled): booking is not open at all, which
    # is not REGRET (a waiting list that is full).
    graph, railradar = world

    def closed_tomorrow(data: Body) -> None:
        data["calendar"][0].update(
            status="NOT AVAILABLE", statusCode="NOT_AVAILABLE", isAvailable=False
        )
        data["calendar"][0].pop("availableSeats")

    railradar.overrides["/trains/12951/seats"] = (200, answer_of("seats", closed_tomorrow))
    (answer,) = await asked(clean_redis, tmp_path, graph, words)
    assert answer.startswith(first), answer
    first_line = answer.splitlines()[0]
    assert "NOT AVAILABLE" in first_line and "REGRET" not in first_line, answer
    assert "waiting list is full" not in answer and "भर चुकी" not in first_line, answer
    assert day_line in answer, answer
    assert answer.count("REGRET") == 1, answer  # the calendar's own REGRET day only


def _charted_as_booked(data: Body) -> None:
    """The chart prepared with P1 still on the waiting list and P2 in RAC, as recorded."""
    data["charting"] = {"isPrepared": True, "status": "Chart Prepared"}


@pytest.mark.parametrize(
    ("words", "change", "waiting", "rac"),
    [
        (
            "pnr 4512345678",
            _charted,
            "P1 WL 5 · booked GNWL 28: no berth. After the chart a waitlisted e-ticket is"
            " cancelled and refunded automatically; it cannot be used to board.",
            None,
        ),
        (
            "pnr 4512345678",
            _charted_as_booked,
            "no berth after the chart. On an e-ticket, this passenger may travel with those"
            " confirmed or in RAC.",
            "P2 RAC 7 · booked GNWL 29: can board, sharing a side berth",
        ),
        (
            "पीएनआर 4512345678",
            _charted,
            ": बर्थ नहीं मिलेगी। चार्ट के बाद वेटिंग वाला ई-टिकट अपने-आप रद्द होकर रिफ़ंड हो जाता है",
            None,
        ),
        (
            "पीएनआर 4512345678",
            _charted_as_booked,
            ": चार्ट के बाद बर्थ नहीं मिलेगी। ई-टिकट पर कन्फ़र्म या आरएसी वाले यात्रियों के साथ",
            ": सफ़र कर सकते हैं, साइड बर्थ साझा करके",
        ),
    ],
    ids=["alone", "with-rac", "hindi-alone", "hindi-with-rac"],
)
async def test_a_charted_card_says_a_waitlisted_passenger_gets_no_berth_and_rac_travels(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    words: str,
    change: Callable[[Body], None],
    waiting: str,
    rac: str | None,
) -> None:
    # "Chart prepared ✅" beside a passenger still waitlisted read as good news: the card says
    # what the chart means for that passenger, on their own line.
    graph, railradar = world
    railradar.overrides["/pnr/4512345678"] = (200, answer_of("pnr_waitlisted", change))
    (card,) = await asked(clean_redis, tmp_path, graph, words)
    p1 = next(line for line in card.splitlines() if line.startswith("P1 "))
    assert waiting in p1, card
    if rac is None:
        assert "P2" not in card, card
    else:
        p2 = next(line for line in card.splitlines() if line.startswith("P2 "))
        assert rac in p2, card
    assert "%" not in card, card  # no estimate of confirming once the list moves no more


async def test_a_board_railradar_sends_for_another_station_is_never_told_as_the_one_asked(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    # Asked for Chennai Egmore (MS), RailRadar answers with Chennai Central's trains: a broken
    # answer, said as not answering (no timetable is loaded here), never MAS's trains as MS's.
    graph, railradar = world

    def central(data: Body) -> None:
        data["station"].update(code="MAS", name="MGR Chennai Central")

    railradar.overrides["/stations/MS/live"] = (200, answer_of("station_live_MS", central))
    (answer,) = await asked(clean_redis, tmp_path, graph, "trains from MS next 4 hours")
    assert "RailRadar didn't answer just now, try again in a few minutes" in answer, answer
    assert "Chennai Central" not in answer and "(MAS)" not in answer, answer
    assert railradar.paths("/stations/MS/live") == ["/stations/MS/live"]


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (
            "trains from SBC next 24 hours",
            "The live board came for Chennai Central (MAS), not for KSR Bengaluru City Jn (SBC),"
            " which was asked: these are the timetable's trains at KSR Bengaluru City Jn (SBC).",
        ),
        (
            "SBC से अगले 24 घंटे की ट्रेनें",
            "लाइव बोर्ड KSR Bengaluru City Jn (SBC) की जगह Chennai Central (MAS) का आया",
        ),
    ],
    ids=["english", "hindi"],
)
async def test_a_board_railradar_sends_for_another_station_gives_way_to_the_timetable_s(
    clean_redis: str,
    tmp_path: Path,
    world: tuple[Graph, FakeRailRadar],
    words: str,
    said: str,
) -> None:
    # Asked for KSR Bengaluru (SBC), RailRadar answers with Chennai Central's trains: the
    # timetable's trains at SBC instead (the Karnataka Express leaves at 19:20), with a line
    # saying the live board was another station's, never MAS's trains as SBC's.
    graph, railradar = world
    timetable(tmp_path)

    def central(data: Body) -> None:
        data["station"].update(code="MAS", name="MGR Chennai Central")

    railradar.overrides["/stations/SBC/live"] = (200, answer_of("station_live_MS", central))
    (answer,) = await asked(clean_redis, tmp_path, graph, words)
    assert said in answer, answer
    assert "12627" in answer and "19:20" in answer, answer
    assert "isn't answering" not in answer, answer
    assert railradar.paths("/stations/SBC/live") == ["/stations/SBC/live"]


async def test_one_passenger_asked_after_the_chart_hears_what_it_means_for_them(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar]
) -> None:
    graph, railradar = world
    railradar.overrides["/pnr/4512345678"] = (200, answer_of("pnr_waitlisted", _charted_as_booked))
    _, first, second = await asked(
        clean_redis, tmp_path, graph, "pnr 4512345678", "p1 ka status", "p2 ka status"
    )
    assert first.startswith("PNR 4512345678: P1 GNWL 12"), first
    assert "no berth after the chart" in first.splitlines()[0], first
    assert "can board, sharing a side berth" in second.splitlines()[0], second


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (
            "trains from chennai next 8 hours",
            "The railway answered with the board of Chennai Egmore (MS), not of Chennai Central"
            " (MAS), which was asked:",
        ),
        (
            "चेन्नई से अगले 8 घंटे की ट्रेनें",
            "रेलवे ने Chennai Central (MAS) की जगह Chennai Egmore (MS) का बोर्ड भेजा है",
        ),
    ],
    ids=["english", "hindi"],
)
async def test_a_city_s_board_railradar_sends_for_another_of_its_stations_says_so(
    clean_redis: str, tmp_path: Path, world: tuple[Graph, FakeRailRadar], words: str, said: str
) -> None:
    # Asked for Chennai (its main station Chennai Central), RailRadar answers with Egmore's
    # board: told as Egmore's, and said to be not the one asked.
    graph, railradar = world

    def soon(data: Body) -> None:
        data["trains"] = [
            _board_entry(
                "12635", "Vaigai SF Express", 30, {"type": "not-started", "delayMinutes": 0}
            )
        ]

    railradar.overrides["/stations/MAS/live"] = (200, answer_of("station_live_MS", soon))
    (answer,) = await asked(clean_redis, tmp_path, graph, words)
    assert said in answer, answer
    assert "12635" in answer and "Chennai Egmore (MS)" in answer, answer
