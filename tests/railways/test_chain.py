"""A chain of providers: who answers what when one is down, when one lacks a feature, and what
the traveller hears when nobody can answer."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
import respx

from app.errors import (
    BudgetExhausted,
    InvalidArgument,
    NotFound,
    NotOffered,
    PnrNotFound,
    ServiceMaintenance,
    TimetableNotLoaded,
    UpstreamAuthError,
    UpstreamUnavailable,
)
from app.railways.cache import CachedProvider
from app.railways.chain import ProviderChain
from app.railways.irctc1 import Irctc1Provider
from app.railways.models import (
    CancelledTrain,
    ConfirmationChance,
    Fare,
    LiveStatus,
    PnrStatus,
    RescheduledTrain,
    RouteStop,
    SeatAvailability,
    Sourced,
    Station,
    StationBoard,
    Train,
    TrainBetween,
    TrainRoute,
)
from app.railways.provider import Provider
from app.railways.railradar import RailRadarProvider
from app.store import MemoryStore
from tests.conftest import FakeClock

T = TypeVar("T")
DAY = dt.date(2026, 12, 14)
AS_OF = dt.datetime(2026, 12, 14, 19, 0, tzinfo=dt.UTC)
SBC = Station(code="SBC", name="KSR BENGALURU")
NDLS = Station(code="NDLS", name="NEW DELHI")
TRAIN = Train(number="12627", name="KARNATAKA EXP")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


class Scripted:
    """A provider that answers everything, or raises `failures[feature]` (or `failure`);
    answers are `stale` when told."""

    def __init__(
        self,
        name: str,
        failure: Exception | None = None,
        failures: dict[str, Exception] | None = None,
        stale: bool = False,
    ) -> None:
        self.name = name
        self.failure = failure
        self.failures = failures or {}
        self.stale = stale
        self.asked: list[str] = []
        self.closed = False

    async def _answer(self, feature: str, data: T) -> Sourced[T]:
        self.asked.append(feature)
        failure = self.failures.get(feature, self.failure)
        if failure is not None:
            raise failure
        return Sourced(data=data, source=self.name, as_of=AS_OF, stale=self.stale)

    async def pnr_status(self, pnr: str) -> Sourced[PnrStatus]:
        status = PnrStatus(
            pnr=pnr, train=TRAIN, journey_date=DAY, from_station=SBC, to_station=NDLS
        )
        return await self._answer("pnr_status", status)

    async def pnr_prediction(self, pnr: str) -> Sourced[ConfirmationChance]:
        return await self._answer("pnr_prediction", ConfirmationChance(percent=50))

    async def station_by_name(self, name: str) -> Sourced[list[Station]]:
        return await self._answer("station_by_name", [NDLS])

    async def station_by_code(self, code: str) -> Sourced[Station]:
        return await self._answer("station_by_code", NDLS)

    async def station_directory(self) -> Sourced[list[Station]]:
        return await self._answer("station_directory", [NDLS])

    async def search_trains(self, query: str, limit: int = 10) -> Sourced[list[Train]]:
        return await self._answer("search_trains", [TRAIN])

    async def train_route(self, train: str) -> Sourced[TrainRoute]:
        route = TrainRoute(train=TRAIN, stops=(RouteStop(seq=1, station=SBC),))
        return await self._answer("train_route", route)

    async def departures(self, station: str, hours: int) -> Sourced[StationBoard]:
        board = StationBoard(station=SBC, hours=hours, departures=())
        return await self._answer("departures", board)

    async def live_status(self, train: str, start_date: dt.date) -> Sourced[LiveStatus]:
        return await self._answer("live_status", LiveStatus(train=TRAIN, start_date=start_date))

    async def rescheduled_trains(self, on: dt.date) -> Sourced[list[RescheduledTrain]]:
        return await self._answer("rescheduled_trains", [])

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        return await self._answer("cancelled_trains", [CancelledTrain(train=TRAIN)])

    async def trains_between(
        self, from_code: str, to_code: str, on: dt.date | None, by_city: bool = False
    ) -> Sourced[list[TrainBetween]]:
        return await self._answer("trains_between", [])

    async def fare(
        self,
        train: str,
        from_code: str,
        to_code: str,
        journey_class: str,
        quota: str,
        age: int,
        on: dt.date,
    ) -> Sourced[Fare]:
        fare = Fare(train=TRAIN, from_station=SBC, to_station=NDLS, journey_class="3A", total=1285)
        return await self._answer("fare", fare)

    async def seat_availability(
        self,
        train: str,
        from_code: str,
        to_code: str,
        on: dt.date,
        journey_class: str,
        quota: str,
    ) -> Sourced[SeatAvailability]:
        seats = SeatAvailability(
            train=TRAIN, from_station=SBC, to_station=NDLS, journey_class="SL", days=()
        )
        return await self._answer("seat_availability", seats)

    async def aclose(self) -> None:
        self.closed = True


LIVE_ONLY = (
    "pnr_status",
    "pnr_prediction",
    "station_directory",
    "live_status",
    "seat_availability",
    "fare",
    "cancelled_trains",
    "rescheduled_trains",
)


def offline(**failures: Exception) -> Scripted:
    """The offline timetable: no live-only feature, unless a test says otherwise."""
    refusals: dict[str, Exception] = {f: NotOffered(f, "offline") for f in LIVE_ONLY}
    refusals.update(failures)
    return Scripted("offline", failures=refusals)


Ask = Callable[[Provider], Awaitable[Sourced[Any]]]

FEATURES: dict[str, Ask] = {
    "pnr_status": lambda p: p.pnr_status("4512345678"),
    "pnr_prediction": lambda p: p.pnr_prediction("4512345678"),
    "station_by_name": lambda p: p.station_by_name("new delhi"),
    "station_by_code": lambda p: p.station_by_code("NDLS"),
    "station_directory": lambda p: p.station_directory(),
    "search_trains": lambda p: p.search_trains("karnataka"),
    "train_route": lambda p: p.train_route("12627"),
    "departures": lambda p: p.departures("SBC", 2),
    "live_status": lambda p: p.live_status("12627", DAY),
    "trains_between": lambda p: p.trains_between("SBC", "NDLS", DAY, True),
    "seat_availability": lambda p: p.seat_availability("12627", "SBC", "NDLS", DAY, "SL", "GN"),
    "fare": lambda p: p.fare("12627", "SBC", "NDLS", "3A", "GN", 30, DAY),
    "cancelled_trains": lambda p: p.cancelled_trains(DAY),
    "rescheduled_trains": lambda p: p.rescheduled_trains(DAY),
}


@pytest.mark.parametrize("feature", FEATURES)
async def test_the_first_provider_answers_when_it_can(feature: str) -> None:
    first, second, timetable = Scripted("railradar"), Scripted("irctc1"), offline()
    chain = ProviderChain([first, second], timetable)

    answer = await FEATURES[feature](chain)

    assert answer.source == "railradar"
    assert first.asked == [feature] and second.asked == [] and timetable.asked == []


@pytest.mark.parametrize("feature", FEATURES)
@pytest.mark.parametrize(
    "outage",
    [
        UpstreamUnavailable("down"),
        UpstreamAuthError("key refused"),
        ServiceMaintenance("nightly", back_at=AS_OF),
        BudgetExhausted("railradar", "minute", 40),
    ],
)
async def test_a_provider_that_is_down_hands_every_feature_to_the_next(
    feature: str, outage: Exception
) -> None:
    chain = ProviderChain([Scripted("railradar", failure=outage), Scripted("irctc1")], offline())

    answer = await FEATURES[feature](chain)

    assert answer.source == "irctc1"


@pytest.mark.parametrize("feature", FEATURES)
async def test_a_feature_a_provider_lacks_goes_to_the_next(feature: str) -> None:
    lacking = Scripted("railradar", failures={feature: NotOffered(feature, "railradar")})
    chain = ProviderChain([lacking, Scripted("irctc1")], offline())

    answer = await FEATURES[feature](chain)

    assert answer.source == "irctc1"


async def test_static_facts_come_from_the_timetable_when_every_live_provider_is_down() -> None:
    down = UpstreamUnavailable("down")
    timetable = offline()
    chain = ProviderChain([Scripted("railradar", down), Scripted("irctc1", down)], timetable)

    answers = [await FEATURES[f](chain) for f in ("train_route", "departures", "trains_between")]

    assert [a.source for a in answers] == ["offline"] * 3
    # every provider that did not answer is named, in order, never only the first
    assert [a.unanswered for a in answers] == ["railradar+irctc1"] * 3


TIMETABLE_QUESTIONS = ("train_route", "departures", "trains_between")


def refusing(name: str) -> Scripted:
    """A provider that refuses every question as asked (its HTTP 400)."""
    return Scripted(name, InvalidArgument(f"{name} refused the arguments", refused_by=name))


async def test_a_timetable_question_every_provider_refuses_is_the_timetable_s_saying_so() -> None:
    chain = ProviderChain([refusing("railradar"), refusing("irctc1")], offline())

    answers = [await FEATURES[f](chain) for f in TIMETABLE_QUESTIONS]

    assert [a.source for a in answers] == ["offline"] * 3
    assert [(a.unanswered, a.not_accepted) for a in answers] == [("railradar+irctc1", True)] * 3


async def test_a_refusal_then_an_outage_is_said_as_not_answered() -> None:
    chain = ProviderChain(
        [refusing("railradar"), Scripted("irctc1", UpstreamUnavailable("down"))], offline()
    )

    answer = await chain.train_route("12627")

    assert (answer.source, answer.unanswered) == ("offline", "railradar+irctc1")
    assert not answer.not_accepted and not answer.key_refused


async def test_a_refused_timetable_question_the_next_provider_accepts_is_its_answer() -> None:
    chain = ProviderChain([refusing("railradar"), Scripted("irctc1")], offline())

    assert (await chain.departures("SBC", 2)).source == "irctc1"


async def test_a_refusal_the_timetable_cannot_stand_in_for_is_the_provider_s() -> None:
    chain = ProviderChain([refusing("railradar")], offline(train_route=TimetableNotLoaded("no")))

    with pytest.raises(InvalidArgument) as raised:
        await chain.train_route("12627")

    assert raised.value.refused_by == "railradar"


@pytest.mark.parametrize("feature", ["fare", "seat_availability", "live_status"])
async def test_a_refused_journey_or_run_is_the_provider_s_refusal_never_the_timetable_s(
    feature: str,
) -> None:
    # a date or class refused is the traveller's to change: asked again, never a timetable
    timetable = offline()
    chain = ProviderChain([refusing("railradar"), Scripted("irctc1")], timetable)

    with pytest.raises(InvalidArgument):
        await FEATURES[feature](chain)

    assert timetable.asked == []


async def test_a_value_refused_by_railbot_s_own_checks_is_not_handed_on() -> None:
    own = Scripted("railradar", InvalidArgument("not a train number"))  # refused before a call
    timetable = offline()
    chain = ProviderChain([own, Scripted("irctc1")], timetable)

    with pytest.raises(InvalidArgument):
        await chain.train_route("12627")

    assert timetable.asked == []


async def test_when_nobody_can_answer_the_first_outage_is_what_the_traveller_hears() -> None:
    maintenance = ServiceMaintenance("nightly", back_at=AS_OF)
    chain = ProviderChain(
        [Scripted("railradar", maintenance), Scripted("irctc1", UpstreamUnavailable("down"))],
        offline(),
    )

    with pytest.raises(ServiceMaintenance) as raised:
        await chain.pnr_status("4512345678")

    assert raised.value.back_at == AS_OF


async def test_a_list_nobody_offers_is_not_offered_never_invented() -> None:
    lacking = {
        "cancelled_trains": NotOffered("cancelled_trains", "railradar"),
        "rescheduled_trains": NotOffered("rescheduled_trains", "railradar"),
    }
    chain = ProviderChain([Scripted("railradar", failures=lacking)], offline())

    with pytest.raises(NotOffered) as raised:
        await chain.cancelled_trains(DAY)
    with pytest.raises(NotOffered):
        await chain.rescheduled_trains(DAY)

    assert raised.value.feature == "cancelled_trains"


async def test_a_list_one_provider_offers_comes_from_it() -> None:
    lacking = {"cancelled_trains": NotOffered("cancelled_trains", "railradar")}
    chain = ProviderChain([Scripted("railradar", failures=lacking), Scripted("irctcdev")])

    answer = await chain.cancelled_trains(DAY)

    assert answer.source == "irctcdev" and answer.data[0].train.number == "12627"


async def test_a_fact_about_the_question_ends_the_search() -> None:
    second = Scripted("irctc1")
    chain = ProviderChain(
        [Scripted("railradar", failures={"pnr_status": PnrNotFound("flushed")}), second],
        offline(),
    )

    with pytest.raises(PnrNotFound):
        await chain.pnr_status("4512345678")

    assert second.asked == []


@pytest.mark.parametrize("feature", ["train_route", "departures", "trains_between"])
async def test_a_live_no_data_for_a_timetable_question_is_the_timetable_s_answer_if_it_has_one(
    feature: str,
) -> None:
    # IRCTC1's "No data found" for 12951's schedule is no proof the train does not exist: the
    # timetable, which has it, answers (as its own); the next live provider is not spent on it.
    second = Scripted("railradar")
    chain = ProviderChain([Scripted("irctc1", NotFound("No data found")), second], offline())

    answer = await FEATURES[feature](chain)

    assert answer.source == "offline" and answer.unanswered is None
    assert second.asked == []


async def test_a_live_no_data_stands_when_the_timetable_does_not_know_either() -> None:
    chain = ProviderChain(
        [Scripted("irctc1", NotFound("No data found"))], offline(train_route=NotFound("no"))
    )

    with pytest.raises(NotFound, match="No data found"):
        await chain.train_route("12627")


async def test_a_live_no_data_for_a_live_question_is_not_the_timetable_s_to_answer() -> None:
    timetable = offline()
    chain = ProviderChain([Scripted("irctc1", NotFound("No data found"))], timetable)

    with pytest.raises(NotFound):
        await chain.live_status("12627", DAY)

    assert timetable.asked == []


async def test_a_stale_answer_gives_way_to_a_fresh_one_further_down() -> None:
    chain = ProviderChain([Scripted("railradar", stale=True), Scripted("irctc1")], offline())

    answer = await chain.live_status("12627", DAY)

    assert (answer.source, answer.stale) == ("irctc1", False)


async def test_a_stale_live_answer_is_better_than_the_timetable() -> None:
    timetable = offline()
    chain = ProviderChain(
        [Scripted("railradar", stale=True), Scripted("irctc1", UpstreamUnavailable("down"))],
        timetable,
    )

    answer = await chain.train_route("12627")

    assert (answer.source, answer.stale) == ("railradar", True)
    assert timetable.asked == []


async def test_the_timetable_not_knowing_a_train_does_not_hide_an_outage() -> None:
    down = UpstreamUnavailable("down")
    chain = ProviderChain([Scripted("railradar", down)], offline(train_route=NotFound("no")))

    with pytest.raises(UpstreamUnavailable):
        await chain.train_route("12627")


async def test_an_outage_says_whether_the_timetable_can_stand_in_for_other_questions() -> None:
    def down() -> Scripted:
        return Scripted("railradar", UpstreamUnavailable("down"))

    with_timetable = ProviderChain([down()], offline(train_route=NotFound("no")))
    without = ProviderChain([down()])

    with pytest.raises(UpstreamUnavailable) as pnr:  # the timetable offers no PNR, but is there
        await with_timetable.pnr_status("4512345678")
    assert pnr.value.timetable_answers
    with pytest.raises(UpstreamUnavailable) as route:  # it was asked this, and could not answer
        await with_timetable.train_route("12627")
    assert not route.value.timetable_answers
    with pytest.raises(UpstreamUnavailable) as alone:  # there is none
        await without.pnr_status("4512345678")
    assert not alone.value.timetable_answers


async def test_without_live_providers_the_timetable_speaks_for_itself() -> None:
    chain = ProviderChain([], offline(train_route=TimetableNotLoaded("not loaded")))

    with pytest.raises(TimetableNotLoaded):
        await chain.train_route("12627")
    with pytest.raises(NotOffered):
        await chain.pnr_status("4512345678")
    assert chain.name == "offline"


async def test_closing_the_chain_closes_every_provider() -> None:
    providers = [Scripted("railradar"), Scripted("irctc1"), offline()]
    chain = ProviderChain(providers[:2], providers[2])

    await chain.aclose()

    assert all(p.closed for p in providers)
    assert chain.name == "railradar+irctc1+offline"


# --- real clients ------------------------------------------------------------------------------


@pytest.fixture
async def real_chain(clock: FakeClock) -> AsyncIterator[ProviderChain]:
    clock.now = dt.datetime(2026, 12, 14, 19, 0, tzinfo=dt.UTC).timestamp()
    store = MemoryStore(clock=clock)

    async def no_sleep(_: float) -> None:
        return None

    railradar = RailRadarProvider("https://rr.test/v1", "rr_key", clock=clock, sleep=no_sleep)
    irctc1 = Irctc1Provider("https://irctc1.test", "rapid_key", clock=clock, sleep=no_sleep)
    chain = ProviderChain(
        [CachedProvider(railradar, store, clock=clock), CachedProvider(irctc1, store, clock=clock)]
    )
    yield chain
    await chain.aclose()


def fixture(path: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / path).read_text())
    return body


async def test_railradar_degraded_irctc1_answers_the_same_question(
    real_chain: ProviderChain, respx_mock: respx.MockRouter
) -> None:
    degraded = respx_mock.get("https://rr.test/v1/lookup/search/stations").respond(
        503, json=fixture("railradar/error_degraded.json")
    )
    respx_mock.get("https://irctc1.test/api/v1/searchStation").respond(
        json=fixture("irctc1/search_station.json")
    )

    answer = await real_chain.station_by_name("mhow")

    assert degraded.call_count == 1  # RailRadar's 503 is not retried: calls cost money
    assert answer.source == "irctc1" and answer.data


async def test_railradar_answers_and_irctc1_is_never_asked(
    real_chain: ProviderChain, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get("https://rr.test/v1/lookup/search/stations").respond(
        json=fixture("railradar/search_stations_chennai.json")
    )
    irctc1 = respx_mock.get("https://irctc1.test/api/v1/searchStation").respond(json={})

    answer = await real_chain.station_by_name("chennai")

    assert answer.source == "railradar" and not irctc1.called
