"""The benchmarks import, and docs/benchmarks.md renders from figures: no servers, no timing."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from bench.__main__ import PLANS, select
from bench.figures import Goal, Result, method_of, number
from bench.machine import Machine, without_password
from bench.report import render

HELPERS = [
    "bench",
    "bench.bare",
    "bench.figures",
    "bench.processes",
    "bench.machine",
    "bench.mocks",
    "bench.rig",
]


@pytest.mark.parametrize("name", [plan.name for plan in PLANS])
def test_every_benchmark_imports_and_runs_from_main(name: str) -> None:
    module = importlib.import_module(f"bench.{name}")
    assert callable(module.main)
    assert callable(module.run)
    assert method_of(module.__doc__), "the docstring says how it measures"


@pytest.mark.parametrize("name", HELPERS)
def test_benchmark_helpers_import(name: str) -> None:
    assert importlib.import_module(name).__doc__


def fake_machine() -> Machine:
    return Machine(
        cpu="AMD EPYC",
        cores=2,
        usable_cores=2,
        memory_gib=23.5,
        system="Linux 6.1 x86_64",
        python="3.11.7",
        packages={"uvicorn": "0.54.0", "redis": "8.1.0"},
        redis_server="7.0.15",
        redis_url="redis://127.0.0.1:6379/8",
        load_start=(1.14, 1.0, 1.01),
        commit="4925569",
        load_end=(1.5, 1.2, 1.1),
        tools={"wrk": "wrk 4.1.0"},
    )


def fake_results() -> list[Result]:
    ack = Result("ack", "Webhook ack path", "How ack is measured.", command="python -m bench.ack")
    ack.add("ours / bare, requests/s", 0.433, "×", Goal(">=", 0.25, "×"))
    ack.add("ours p99", 66.6, "ms", Goal("<", 20, "ms"))
    ack.add("bare", 4260, "req/s")
    ack.notes.append("Body 660 bytes.")
    ack.output = "bare :  4260 req/s\n"
    e2e = Result("e2e", "End-to-end latency", command="python -m bench.e2e")
    e2e.add_latencies("hit", [10.0, 12.0, 16.7, 20.0], goals={50: 50.0})
    broken = Result("workers", "Worker throughput", command="python -m bench.workers")
    broken.error = "RuntimeError: the queue was not empty after 300 s"
    return [ack, e2e, broken]


def test_page_has_a_summary_row_per_goal_with_its_verdict() -> None:
    page = render(
        fake_machine(),
        fake_results(),
        started=dt.datetime(2026, 11, 27, 4, 40, tzinfo=dt.UTC),
        seconds=600,
    )

    assert (
        "| Webhook ack path | `python -m bench.ack` | ours / bare, requests/s | 0.433× | ≥ 0.25× "
        "| PASS |" in page
    )
    assert "| | | ours p99 | 66.6 ms | < 20 ms | **MISS** |" in page
    e2e_row = "| End-to-end latency | `python -m bench.e2e` | hit p50 | 12 ms | < 50 ms | PASS |"
    assert e2e_row in page
    assert "**ERROR** |" in page and "the queue was not empty" in page
    assert "1 of 3 benchmarks met every goal" in page


def test_page_describes_the_machine_and_its_load() -> None:
    page = render(
        fake_machine(),
        fake_results(),
        started=dt.datetime(2026, 11, 27, 4, 40, tzinfo=dt.UTC),
        seconds=600,
    )

    assert "| CPU | AMD EPYC, 2 cores |" in page
    assert "| Load average at start | 1.14, 1.00, 1.01 (1, 5 and 15 min) |" in page
    assert "| Load average at end | 1.50, 1.20, 1.10 (1, 5 and 15 min) |" in page
    assert "uvicorn 0.54.0, redis 8.1.0" in page


def test_details_list_every_figure_the_method_and_the_output() -> None:
    page = render(
        fake_machine(),
        fake_results(),
        started=dt.datetime(2026, 11, 27, 4, 40, tzinfo=dt.UTC),
        seconds=600,
    )

    assert "### Webhook ack path: MISS" in page
    assert "How ack is measured." in page
    assert "| bare | 4,260 req/s | — |  |" in page
    assert "| hit max | 20 ms | — |  |" in page
    assert "bare :  4260 req/s" in page


def test_result_survives_its_json_form() -> None:
    for result in fake_results():
        assert Result.from_json(result.to_json()) == result


def test_goals_hold_figures_to_their_bounds() -> None:
    assert Goal("<", 20, "ms").met(19.9)
    assert not Goal("<", 20, "ms").met(20)
    assert Goal(">=", 5000, "msg/s").met(5000)
    assert Goal("==", 0).met(0) and not Goal("==", 0).met(1)
    assert str(Goal(">=", 0.25, "×")) == "≥ 0.25×"
    assert str(Goal(">=", 5000, "msg/s")) == "≥ 5,000 msg/s"


def test_numbers_keep_the_digits_that_matter() -> None:
    assert [number(v) for v in (12345.6, 123.4, 12.34, 1.234, 0.1234, 0)] == [
        "12,346",
        "123",
        "12.3",
        "1.23",
        "0.123",
        "0",
    ]


def test_selection_keeps_the_run_order_and_refuses_unknown_names() -> None:
    assert [plan.name for plan in select("nlu,ack", None)] == ["ack", "nlu"]
    assert "timetable" not in [plan.name for plan in select(None, "timetable")]
    with pytest.raises(SystemExit):
        select("ack,warp", None)


def test_the_page_never_shows_a_redis_password() -> None:
    assert without_password("redis://:s3cret@redis.internal:6380/2") == (
        "redis://:***@redis.internal:6380/2"
    )
