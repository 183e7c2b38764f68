"""Every example in the README works on a bare machine: typed into the shell of a local run (no
provider key, no Page token, so the sample railway answers), each gets a real answer, and each
answer from the sample railway says it is sample data."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.bot.format import SAMPLE_NOTE
from app.commands import sample_move_command, shell_notices
from app.config import load_settings
from app.main import build_services
from app.railways.sample import MOVING_PNR
from app.sample_alerts import SampleAlerts
from app.shell import Shell, Turn

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()

# Answers that come from real data (the built-in station list) or only from the user's own
# alert book, and therefore carry no sample mark.
NOT_FROM_THE_RAILWAY = {"code of new delhi", "NDLS", "my alerts", "stop all", "a shared location"}
FAILURES = ("Sorry, I didn't get that", "needs a live railway data provider", "went wrong",
            "Traceback", "isn't in", "not found")  # fmt: skip


def section(title: str) -> str:
    start = README.index(f"## {title}")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def table_examples() -> list[list[str]]:
    """The first column of "What it answers": each row's examples, in order."""
    rows = []
    for line in section("What it answers").splitlines():
        if not line.startswith("| ") or line.startswith(("| you type", "|---")):
            continue
        first = line.split("|")[1]
        examples = re.findall(r"`([^`]+)`", first)
        rows.append(examples or [first.strip()])
    return rows


def first_minute_examples() -> list[str]:
    text = section("Try it: two commands")
    text = text[text.index("### The first minute") :]
    text = text[: text.index("A Page never answers")]
    return [e for e in re.findall(r"`([^`]+)`", text) if not e.startswith(("python", "/"))]


def test_the_readme_has_examples_to_check() -> None:
    assert len(table_examples()) == 15
    assert "pnr 4512345678" in first_minute_examples()


@pytest.fixture
async def shell(tmp_path: Path) -> AsyncIterator[Shell]:
    """`python -m app shell` as on a bare machine: no key, no token, in-memory state."""
    settings = load_settings(_env_file=None, data_dir=tmp_path, redis_url=None)
    assert settings.provider == "sample" and not settings.uses_redis
    services = build_services(settings)
    user = "shell-user"
    yield Shell(
        services.responder,
        user,
        notices=shell_notices(services, user),
        commands={"/move": sample_move_command(SampleAlerts(services.store, tz=settings.tz))},
    )
    await services.aclose()


async def ask(shell: Shell, example: str) -> Turn:
    """Type the example; when the bot asks which station, tap the first choice (as many times
    as it asks), and return the answer that has the facts."""
    if example == "a shared location":
        return await shell.say("/location 28.6428,77.2191")
    turn = await shell.say(example)
    for _ in range(3):
        if not turn.view() or not turn.view()[0].startswith("Which "):
            break
        turn = await shell.say("1")
    return turn


def check(example: str, turn: Turn) -> None:
    text = "\n".join(turn.view())
    assert text.strip(), f"{example!r} got no answer"
    assert not any(failure in text for failure in FAILURES), f"{example!r}:\n{text}"
    if example not in NOT_FROM_THE_RAILWAY:
        assert SAMPLE_NOTE in text, f"{example!r} is not marked as sample data:\n{text}"


@pytest.mark.parametrize(
    "examples", table_examples(), ids=lambda examples: examples[0].replace(" ", "-")
)
async def test_each_example_of_what_it_answers_works_on_the_sample_railway(
    shell: Shell, examples: list[str]
) -> None:
    for example in examples:
        check(example, await ask(shell, example))


@pytest.mark.parametrize("example", first_minute_examples())
async def test_each_first_minute_example_works(shell: Shell, example: str) -> None:
    check(example, await ask(shell, example))


async def test_the_first_minute_alert_arrives_when_the_sample_pnr_moves(shell: Shell) -> None:
    tracked = await shell.say(f"alert {MOVING_PNR}")
    assert "Alerts on" in "\n".join(tracked.view())
    moved = "\n".join((await shell.say("/move")).view())
    assert f"sample PNR {MOVING_PNR} moved: P1 WL 3" in moved
    assert "P1: WL 6 → WL 3" in moved
    assert f"WL 6 → WL 3\n{SAMPLE_NOTE}" in moved  # the alert says it is about a sample booking


def test_new_deployments_are_told_railradar_is_the_default_and_what_it_costs() -> None:
    railway = " ".join(section("Railway data").split())
    assert "Live provider: RailRadar by default." in railway
    assert "https://api.railradar.in/v1" in railway
    assert "the free tier is 1,000 calls a month and 10 a minute" in railway  # what it costs
    assert re.search(r"the free tier serves about \d+ travellers a day", railway)
    assert re.search(r"a 100,000-call month about [\d,]+", railway)
    lines = (ROOT / ".env.example").read_text().splitlines()
    example = " ".join(line.lstrip("#").strip() for line in lines)
    assert "railradar (RailRadar v1, the default for new deployments)" in example
    assert "Its free tier allows 10 calls a minute and 1,000 a month" in example
