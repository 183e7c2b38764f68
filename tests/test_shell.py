"""`python -m app shell`: replies shown as Messenger would, numbered choices that tap, the Send
API payloads with --json, and transcripts replayed as tests against a local v2 server."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx

from app.bot.alerts.subscriptions import AlertBook
from app.commands import shell_notices
from app.main import build_services
from app.messenger.render import render
from app.railways.sample import MOVING_PNR
from app.sample_alerts import SampleAlerts
from app.shell import (
    Shell,
    TranscriptError,
    contains,
    load_transcript,
    parse_transcript,
    print_payloads,
    replay,
    show,
)
from tests.support.messenger import GRAPH_URL, make_settings
from tests.support.railwayapi_server import API_KEY, RailwayApiServer
from tests.support.responders import MenuResponder

ROOT = Path(__file__).resolve().parent.parent
TRANSCRIPTS = ROOT / "tests" / "fixtures" / "transcripts"


# --- in process ------------------------------------------------------------------------------


async def test_choices_are_numbered_buttons_first_then_quick_replies() -> None:
    turn = await Shell(MenuResponder()).say("hello")
    assert [(c.kind, c.title) for c in turn.choices] == [
        ("postback", "Route"),
        ("postback", "Seats"),
        ("quick_reply", "Live status"),
        ("quick_reply", "Refresh"),
    ]
    assert turn.view() == [
        "You said hello",
        "  [1] Route",
        "",
        "▸ 12627 Karnataka Exp",
        "  SBC 19:20 → NDLS 09:15",
        "  [2] Seats",
        "  ↗ Book: https://www.irctc.co.in/",
        "[3] Live status  [4] Refresh",
    ]


async def test_a_bare_number_taps_a_quick_reply_and_sends_its_payload() -> None:
    responder = MenuResponder()
    shell = Shell(responder, user="7001000000000099")
    await shell.say("hello")
    turn = await shell.say("3")
    tapped = responder.seen[-1]
    assert tapped.payload == "LIVE:12627" and tapped.text == "Live status"
    assert tapped.user_id == "7001000000000099"
    assert turn.event["message"]["quick_reply"] == {"payload": "LIVE:12627"}
    assert turn.tapped is not None and turn.tapped.title == "Live status"


async def test_a_bare_number_taps_a_button_as_a_postback() -> None:
    responder = MenuResponder()
    shell = Shell(responder)
    await shell.say("hello")
    turn = await shell.say(" 2 ")
    assert turn.event["postback"]["payload"] == "SEATS:12627"
    assert turn.event["postback"]["title"] == "Seats"
    assert responder.seen[-1].payload == "SEATS:12627"


async def test_a_number_beyond_the_choices_is_sent_as_text() -> None:
    responder = MenuResponder()
    shell = Shell(responder)
    await shell.say("hello")
    await shell.say("12627")
    await shell.say("5")
    assert [(i.text, i.payload) for i in responder.seen[1:]] == [("12627", None), ("5", None)]


async def test_slash_location_shares_a_location_attachment() -> None:
    responder = MenuResponder()
    shell = Shell(responder)
    turn = await shell.say("/location 22.5839, 88.3425")
    await shell.say("/location 95,10")
    [attachment] = turn.event["message"]["attachments"]
    assert attachment["payload"] == {"coordinates": {"lat": 22.5839, "long": 88.3425}}
    assert responder.seen[0].location is not None and responder.seen[0].location.lng == 88.3425
    assert responder.seen[1].text == "/location 95,10"  # not a place on Earth: sent as typed


async def test_json_shows_the_send_api_bodies_the_sender_would_post() -> None:
    responder = MenuResponder()
    shell = Shell(responder, user="7001000000000098")
    turn = await shell.say("hello")
    out, view = io.StringIO(), io.StringIO()
    print_payloads(turn, out)
    show(turn, view)
    printed = [json.loads(line) for line in out.getvalue().splitlines()]
    replies = await MenuResponder().respond(responder.seen[0])
    expected = [message for reply in replies for message in render(reply)]
    assert printed == [
        {"recipient": {"id": "7001000000000098"}, "messaging_type": "RESPONSE", "message": m}
        for m in expected
    ]
    assert "< You said hello" in view.getvalue()


def test_a_transcript_has_user_lines_expectations_comments_and_blanks() -> None:
    steps = parse_transcript(
        "# a comment\n\n> pnr 4512345678\n< P1 CNF\n<   RAC 12  \n<\n> 2\n  > help\n"
    )
    assert [(s.line, s.said, s.expected) for s in steps] == [
        (3, "pnr 4512345678", [(4, "P1 CNF"), (5, "RAC 12")]),
        (7, "2", []),
        (8, "help", []),
    ]


def test_a_transcript_saved_with_a_bom_and_crlf_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeff> pnr 4512345678\r\n< P1 CNF\r\n".encode())
    [step] = load_transcript(path)
    assert (step.said, step.expected) == ("pnr 4512345678", [(2, "P1 CNF")])


@pytest.mark.parametrize(
    "text",
    ["< too early\n> hi\n", "> hi\nplain words\n", ">\n"],
)
def test_a_malformed_transcript_is_an_error(text: str) -> None:
    with pytest.raises(TranscriptError):
        parse_transcript(text)


def test_expectations_ignore_case_and_runs_of_spaces() -> None:
    assert contains(["P1  CNF S6/71", "[1] Track this PNR  [2] Live status"], "p1 cnf s6/71")
    assert contains(["[1] Track this PNR  [2] Live status"], "PNR [2] LIVE")
    assert not contains(["P1 CNF"], "P2")


async def test_replay_reports_an_unmet_expectation_diff_like(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("> hello\n< You said hello\n< Goodbye\n> 3\n< You said LIVE:12627\n")
    out = io.StringIO()
    status = await replay(Shell(MenuResponder()), parse_transcript(path.read_text()), path, out)
    report = out.getvalue()
    assert status == 1
    assert f'{path}:3: the reply to "> hello" (line 1) lacks it:' in report
    assert "- Goodbye\n+ You said hello\n+   [1] Route\n" in report
    assert f"{path}: 1 of 3 expectations not met" in report


# --- python -m app shell, in a process ---------------------------------------------------------


@pytest.fixture(scope="module")
def railway() -> Iterator[RailwayApiServer]:
    with RailwayApiServer() as server:
        yield server


def shell_env(tmp_path: Path, api_url: str | None, redis_url: str | None = None) -> dict[str, str]:
    prefixes = ("FB_", "RAILBOT_", "RAILWAY_", "REDIS_URL")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    env.update({"PYTHONPATH": str(ROOT), "RAILBOT_DATA_DIR": str(tmp_path / "data")})
    if api_url is not None:
        env.update(
            {
                "RAILWAY_PROVIDER": "railwayapi",
                "RAILWAY_API_URL": api_url,
                "RAILWAY_API_KEY": API_KEY,
            }
        )
    else:
        env["RAILWAY_PROVIDER"] = "offline"  # not the sample railway of a bare local run
    if redis_url is not None:
        env["REDIS_URL"] = redis_url
    return env


def run_shell(
    args: list[str], env: dict[str, str], cwd: Path, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "shell", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
        check=False,
    )


LIVE_TRANSCRIPTS = sorted(TRANSCRIPTS.glob("*.txt"))
OFFLINE_TRANSCRIPTS = sorted((TRANSCRIPTS / "offline").glob("*.txt"))
SAMPLE_TRANSCRIPTS = sorted((TRANSCRIPTS / "sample").glob("*.txt"))  # tests/bot/test_sample_...


def test_the_transcripts_cover_every_kind_of_question() -> None:
    names = {path.stem for path in LIVE_TRANSCRIPTS}
    assert {"station", "route", "pnr", "help", "followups"} <= names
    assert OFFLINE_TRANSCRIPTS
    assert {"several_asks", "names_and_numbers"} <= {path.stem for path in SAMPLE_TRANSCRIPTS}


@pytest.mark.slow
@pytest.mark.parametrize("transcript", LIVE_TRANSCRIPTS, ids=lambda path: path.stem)
def test_transcript_replays_against_the_live_provider(
    transcript: Path, railway: RailwayApiServer, tmp_path: Path
) -> None:
    result = run_shell(["--replay", str(transcript)], shell_env(tmp_path, railway.url), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "expectations met" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("transcript", OFFLINE_TRANSCRIPTS, ids=lambda path: path.stem)
def test_transcript_replays_with_no_live_provider(transcript: Path, tmp_path: Path) -> None:
    result = run_shell(["--replay", str(transcript)], shell_env(tmp_path, None), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_follow_ups_keep_their_state_in_redis(
    railway: RailwayApiServer, clean_redis: str, tmp_path: Path
) -> None:
    transcript = TRANSCRIPTS / "followups.txt"
    env = shell_env(tmp_path, railway.url, clean_redis)
    result = run_shell(["--replay", str(transcript), "--user", "7001000000000097"], env, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_a_failing_transcript_exits_1_and_shows_expected_and_got(
    railway: RailwayApiServer, tmp_path: Path
) -> None:
    transcript = tmp_path / "wrong.txt"
    transcript.write_text("> pnr 4512345678\n< P1 CNF S6/71\n< P9 WL 99\n", encoding="utf-8")
    result = run_shell(["--replay", str(transcript)], shell_env(tmp_path, railway.url), tmp_path)
    assert result.returncode == 1
    assert f'{transcript}:3: the reply to "> pnr 4512345678" (line 1) lacks it:' in result.stdout
    assert "- P9 WL 99" in result.stdout
    assert "+ P1 CNF S6/71" in result.stdout
    assert "1 of 2 expectations not met" in result.stdout


@pytest.mark.slow
def test_lines_in_replies_out(railway: RailwayApiServer, tmp_path: Path) -> None:
    result = run_shell([], shell_env(tmp_path, railway.url), tmp_path, stdin="NDLS\n1\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "< 🚉 NDLS is New Delhi\n< Delhi\n< From RailBot's built-in station list.\n"
        "< [1] Trains at NDLS\n\n"
    )
    assert "  (tapped “Trains at NDLS”)" in result.stdout


@pytest.mark.slow
def test_move_off_the_sample_railway_says_what_it_does_and_where(tmp_path: Path) -> None:
    result = run_shell([], shell_env(tmp_path, None), tmp_path, stdin="/move\n")
    assert result.returncode == 0, result.stderr
    assert "/move moves the sample railway's PNR 4534567890 one step along" in result.stdout
    assert "runs on offline data" in result.stdout
    assert "RAILWAY_PROVIDER=sample" in result.stdout
    assert "didn't get that" not in result.stdout


@pytest.mark.slow
def test_json_puts_only_the_send_api_payloads_on_stdout(
    railway: RailwayApiServer, tmp_path: Path
) -> None:
    result = run_shell(
        ["--json", "--user", "7001000000000096"],
        shell_env(tmp_path, railway.url),
        tmp_path,
        stdin="pnr 4512345678\n2\n",
    )
    assert result.returncode == 0, result.stderr
    shown = result.stderr.splitlines()  # for people; stdout is only the payloads
    assert "< P1 CNF S6/71" in shown
    assert "< [1] Track this PNR  [2] Live status  [3] Refresh" in shown
    assert "  (tapped “Live status”)" in shown
    bodies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [body["recipient"] for body in bodies] == [{"id": "7001000000000096"}] * 2
    assert {body["messaging_type"] for body in bodies} == {"RESPONSE"}
    assert bodies[1]["message"]["quick_replies"][0]["payload"].startswith("LIVE:12627:")
    assert "Traceback" not in result.stderr


# A suite started in the background (`cmd &` without job control, nohup) runs with Ctrl-C
# ignored, and an ignored signal stays ignored across exec: the shell under test would never
# see it. This starts the shell with Ctrl-C back at its default, as a terminal would.
INTERRUPTIBLE = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
)


@pytest.mark.slow
def test_ctrl_c_exits_cleanly(railway: RailwayApiServer, tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTIBLE, "-m", "app", "shell"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=shell_env(tmp_path, railway.url),
        cwd=tmp_path,
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("NDLS\n")
    process.stdin.flush()
    deadline = time.monotonic() + 30
    while "NDLS is New Delhi" not in process.stdout.readline():
        assert time.monotonic() < deadline and process.poll() is None
    time.sleep(0.2)  # back to waiting for the next line
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Traceback" not in stderr


@pytest.mark.slow
def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    missing = run_shell(
        ["--replay", str(tmp_path / "nope.txt")], shell_env(tmp_path, None), tmp_path
    )
    bad_user = run_shell(["--user", "two words"], shell_env(tmp_path, None), tmp_path)
    assert missing.returncode == 2 and "cannot read the transcript" in missing.stdout
    assert bad_user.returncode == 2 and "--user" in bad_user.stderr


# --- PNR alerts in the shell ---------------------------------------------------------------------


def sample_env(tmp_path: Path, redis_url: str) -> dict[str, str]:
    """The shell on the sample railway, its state in Redis (as `REDIS_URL=... app shell`)."""
    env = shell_env(tmp_path, None, redis_url)
    env["RAILWAY_PROVIDER"] = "sample"
    return env


@pytest.mark.slow
def test_a_tracked_sample_pnr_that_moves_shows_its_alert_once_with_state_in_redis(
    clean_redis: str, tmp_path: Path
) -> None:
    # The shell polls alerts as a worker does, whether its state is in memory or in Redis.
    stdin = f"alert {MOVING_PNR}\n/move\n/move\nmy alerts\n"
    result = run_shell(
        ["--user", "7001000000000095"], sample_env(tmp_path, clean_redis), tmp_path, stdin
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("P1: WL 6 → WL 3") == 1
    assert result.stdout.count("P1: WL 3 → RAC 8") == 1
    assert result.stdout.index("P1: WL 6 → WL 3") < result.stdout.index("P1: WL 3 → RAC 8")


@pytest.mark.slow
def test_the_shells_alert_comes_in_the_language_the_person_wrote_in(
    clean_redis: str, tmp_path: Path
) -> None:
    stdin = f"पीएनआर {MOVING_PNR} का अलर्ट चालू करो\n/move\n"
    result = run_shell(
        ["--user", "7001000000000094"], sample_env(tmp_path, clean_redis), tmp_path, stdin
    )
    assert result.returncode == 0, result.stderr
    assert "P1: वेटिंग 6 → वेटिंग 3" in result.stdout
    assert "WL 6 → WL 3" not in result.stdout


async def test_another_persons_alert_polled_by_the_shell_goes_through_the_send_api(
    clean_redis: str, tmp_path: Path
) -> None:
    # A shell on a shared Redis polls as a worker beside it would: its own user's alert shown,
    # anyone else's sent to them (never dropped for being someone else's).
    settings = make_settings(clean_redis, railway_provider="sample", data_dir=tmp_path)
    services = build_services(settings)
    shell_user, other = "7001000000000093", "7001000000000092"
    shell = Shell(services.responder, shell_user, notices=shell_notices(services, shell_user))
    other_shell = Shell(services.responder, other)
    sample = SampleAlerts(services.store, tz=settings.tz)
    with respx.mock(assert_all_called=False) as router:
        route = router.post(f"{GRAPH_URL}/me/messages").mock(
            return_value=httpx.Response(200, json={"recipient_id": other, "message_id": "m1"})
        )
        try:
            await other_shell.say(f"alert {MOVING_PNR}")
            await shell.say(f"alert {MOVING_PNR}")
            await sample.move(other)  # the PNR moves once; both alerts on it are due now
            await AlertBook(services.store).schedule(shell_user, MOVING_PNR, time.time())
            turn = await shell.say("my alerts")
        finally:
            await services.aclose()
    shown = "\n".join(turn.view())
    assert shown.count("P1: WL 6 → WL 3") == 1
    sent = [json.loads(call.request.content) for call in route.calls]
    assert [body["recipient"] for body in sent] == [{"id": other}]
    assert "P1: WL 6 → WL 3" in sent[0]["message"]["text"]
    assert sent[0]["messaging_type"] != "RESPONSE"  # proactive, as a worker's poller sends it
