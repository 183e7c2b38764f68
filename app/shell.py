"""`python -m app shell`: the bot in the terminal, and transcripts replayed as tests.

A line in, the replies out. Each reply is shown as Messenger would show it, every line marked
`< `; quick replies and postback buttons are numbered, and typing a bare number taps one (its
payload goes to the bot, as a tap does); `/location 28.64,77.22` shares a location. A session's
output, with the user's `> ` lines, is therefore a transcript that `--replay` can check.

PNR alerts work here too: after each line the shell runs the alert poller a worker runs (its
state in memory or in Redis alike) and shows the proactive messages due to the user (`notices`)
after the answer. On the sample railway `/move` moves the sample's moving PNR along
(`commands`), so that a tracked PNR's alert shows at once.

Transcript format: `> text` is a user line (a bare number taps a choice of the previous answer);
`< text` is a piece of text expected somewhere in the answer to the previous user line (case and
runs of spaces do not matter); `<! text` is text that answer must not hold; `#` starts a comment;
blank lines are ignored.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from app.bot.incoming import Responder
from app.bot.replies import Reply
from app.messenger import simulator
from app.messenger.simulator import Choice, JsonObject

EXIT_OK = 0
EXIT_MISMATCH = 1
EXIT_BAD_TRANSCRIPT = 2
EXIT_INTERRUPTED = 130

_LOCATION = re.compile(r"/loc(?:ation)?\s+(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)")


Notices = Callable[[str], Awaitable[list[Reply]]]
"""The proactive messages (PNR alerts) due to a user now."""
Command = Callable[[str], Awaitable[str]]
"""A shell command (`/move`): does its work for a user, and says what it did in one line."""


class TranscriptError(ValueError):
    """A transcript that cannot be read: a line of no known kind, or an expectation too early."""


@dataclass
class Turn:
    """One user line and what it came to: the event sent, the Send API bodies that answer it."""

    said: str
    event: JsonObject
    bodies: list[JsonObject]
    choices: list[Choice]
    tapped: Choice | None = None
    note: str = ""  # what a shell command did

    @property
    def messages(self) -> list[JsonObject]:
        return [body["message"] for body in self.bodies]

    def view(self) -> list[str]:
        """The answer as the shell shows it, one entry per line (bubbles separated by "")."""
        shown = describe(self.messages, self.choices)
        return [f"({self.note})", *shown] if self.note else shown


class Shell:
    """One user's conversation with a responder, as Messenger would carry it."""

    def __init__(
        self,
        responder: Responder,
        user: str = "shell-user",
        *,
        notices: Notices | None = None,
        commands: Mapping[str, Command] | None = None,
    ) -> None:
        self.responder = responder
        self.user = user
        self.choices: list[Choice] = []
        self.notices = notices
        self.commands = dict(commands or {})

    async def say(self, line: str) -> Turn:
        """Send a typed line, and show the notices due after it. A bare number taps that choice
        of the previous answer, `/location LAT,LNG` shares a location, and a known command
        (`/move`) runs."""
        turn = await self._answer(line)
        if self.notices is not None:
            bodies = simulator.send_bodies(self.user, await self.notices(self.user))
            if bodies:
                turn.bodies += bodies
                self.choices = turn.choices = simulator.choices(turn.messages)
        return turn

    async def _answer(self, line: str) -> Turn:
        text = line.strip()
        command = self.commands.get(text)
        if command is not None:
            return Turn(text, {}, [], list(self.choices), note=await command(self.user))
        if text.isdigit() and 1 <= int(text) <= len(self.choices):
            choice = self.choices[int(text) - 1]
            return await self._send(text, simulator.tap_event(self.user, choice), choice)
        place = _LOCATION.fullmatch(text)
        if place is not None:
            lat, lng = float(place[1]), float(place[2])
            if -90 <= lat <= 90 and -180 <= lng <= 180:
                return await self.share_location(lat, lng)
        return await self._send(text, simulator.text_event(self.user, text))

    async def tap(self, choice: Choice) -> Turn:
        return await self._send(choice.title, simulator.tap_event(self.user, choice), choice)

    async def share_location(self, lat: float, lng: float, title: str | None = None) -> Turn:
        event = simulator.location_event(self.user, lat, lng, title)
        return await self._send(f"/location {lat},{lng}", event)

    async def _send(self, said: str, event: JsonObject, tapped: Choice | None = None) -> Turn:
        replies = await self.responder.respond(simulator.incoming_of(event))
        bodies = simulator.send_bodies(self.user, replies)
        self.choices = simulator.choices([body["message"] for body in bodies])
        return Turn(said, event, bodies, list(self.choices), tapped)


def describe(messages: list[JsonObject], choices: list[Choice]) -> list[str]:
    """Send API messages as lines of text, choices numbered in the order `choices` gives."""
    numbers: dict[tuple[str, str, str], int] = {
        (c.kind, c.title, c.payload): n for n, c in enumerate(choices, start=1)
    }
    out: list[str] = []
    for index, message in enumerate(messages):
        if index:
            out.append("")
        template = simulator.template(message)
        if template is None:
            out += str(message.get("text", "")).splitlines() or [""]
        elif template.get("template_type") == "button":
            out += str(template.get("text", "")).splitlines()
            out += [_button(b, numbers) for b in template.get("buttons") or ()]
        else:
            for element in template.get("elements") or ():
                out.append(f"▸ {element.get('title', '')}")
                if element.get("subtitle"):
                    out.append(f"  {element['subtitle']}")
                out += [_button(b, numbers) for b in element.get("buttons") or ()]
        chips = [
            f"[{numbers.get(('quick_reply', str(q.get('title')), str(q.get('payload'))), '-')}] "
            f"{q.get('title', '')}"
            for q in message.get("quick_replies") or ()
        ]
        if chips:
            out.append("  ".join(chips))
    return out


def _button(button: JsonObject, numbers: dict[tuple[str, str, str], int]) -> str:
    title = str(button.get("title", ""))
    if button.get("type") == "web_url":
        return f"  ↗ {title}: {button.get('url', '')}"
    number = numbers.get(("postback", title, str(button.get("payload"))), "-")
    return f"  [{number}] {title}"


# --- transcripts ---------------------------------------------------------------------------------


@dataclass
class Step:
    """A user line of a transcript and the pieces of text expected in its answer."""

    line: int
    said: str
    expected: list[tuple[int, str]] = field(default_factory=list)
    absent: list[tuple[int, str]] = field(default_factory=list)  # text the answer must not hold


def parse_transcript(text: str) -> list[Step]:
    steps: list[Step] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(">"):
            said = line[1:].strip()
            if not said:
                raise TranscriptError(f"line {number}: a user line with nothing to say")
            steps.append(Step(number, said))
        elif line.startswith("<"):
            if not steps:
                raise TranscriptError(f"line {number}: an expected reply before any user line")
            if line.startswith("<!"):
                if unwanted := line[2:].strip():
                    steps[-1].absent.append((number, unwanted))
                continue
            expected = line[1:].strip()
            if expected:
                steps[-1].expected.append((number, expected))
        else:
            raise TranscriptError(
                f"line {number}: start it with '> ' (you), '< ' (expected reply) or '#' (comment)"
            )
    return steps


def contains(view: list[str], expected: str) -> bool:
    """Whether the shown answer contains `expected`, ignoring case and runs of spaces."""
    return _loose(expected) in _loose("\n".join(view))


def _loose(text: str) -> str:
    return " ".join(text.split()).casefold()


def load_transcript(path: Path) -> list[Step]:
    """The steps of a transcript file; TranscriptError when it cannot be read or parsed."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TranscriptError(f"cannot read the transcript: {exc}") from None
    return parse_transcript(text)


async def replay(
    shell: Shell, steps: list[Step], path: Path, out: TextIO, *, payloads: TextIO | None = None
) -> int:
    """Run a transcript's steps; report each expectation not met, diff-like, on `out`. The exit
    status. With `payloads`, the Send API bodies are printed there, one JSON object a line."""
    failed = total = 0
    for step in steps:
        turn = await shell.say(step.said)
        if payloads is not None:
            print_payloads(turn, payloads)
        view = turn.view()
        for number, expected in step.expected:
            total += 1
            if contains(view, expected):
                continue
            failed += 1
            print(
                f'{path}:{number}: the reply to "> {step.said}" (line {step.line}) lacks it:',
                file=out,
            )
            print(f"- {expected}", file=out)
            for line in view or ["(no reply)"]:
                print(f"+ {line}" if line else "+", file=out)
            print(file=out)
        for number, unwanted in step.absent:
            total += 1
            if not contains(view, unwanted):
                continue
            failed += 1
            print(
                f'{path}:{number}: the reply to "> {step.said}" (line {step.line}) holds what it '
                "must not:",
                file=out,
            )
            print(f"! {unwanted}", file=out)
            for line in view:
                print(f"+ {line}" if line else "+", file=out)
            print(file=out)
    if failed:
        print(f"{path}: {failed} of {total} expectations not met", file=out)
        return EXIT_MISMATCH
    print(f"{path}: {len(steps)} messages, {total} expectations met", file=out)
    return EXIT_OK


# --- the terminal --------------------------------------------------------------------------------


def show(turn: Turn, out: TextIO) -> None:
    """The answer as the user sees it, each line marked `< `, then a blank line."""
    if turn.tapped is not None:
        print(f"  (tapped “{turn.tapped.title}”)", file=out)
    for line in turn.view():
        print(f"< {line}" if line else "", file=out)
    print(file=out)
    out.flush()


def print_payloads(turn: Turn, out: TextIO) -> None:
    """The Send API request bodies of the answer, one JSON object a line."""
    for body in turn.bodies:
        print(json.dumps(body, ensure_ascii=False), file=out)
    out.flush()


def run_shell(
    responder: Responder,
    close: Callable[[], Coroutine[Any, Any, None]],
    *,
    user: str,
    replay_path: str | None = None,
    json_output: bool = False,
    banner: str = "",
    notices: Notices | None = None,
    commands: Mapping[str, Command] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the shell (or replay a transcript) on one event loop; `close` runs at the end, also
    after Ctrl-C. End of input (Ctrl-D) exits 0, Ctrl-C 130, a failed replay 1.

    With `json_output`, stdout carries only the Send API payloads (one JSON object a line) and
    everything meant for people goes to stderr, so that the payloads can be piped to a tool.
    """
    source = stdin or sys.stdin
    payloads = (stdout or sys.stdout) if json_output else None
    out = (stderr or sys.stderr) if json_output else (stdout or sys.stdout)
    interactive = replay_path is None and source.isatty()
    shell = Shell(responder, user, notices=notices, commands=commands)
    with asyncio.Runner() as runner:
        try:
            if replay_path is not None:
                path = Path(replay_path)
                try:
                    steps = load_transcript(path)
                except TranscriptError as exc:
                    print(f"{path}: {exc}", file=out)
                    return EXIT_BAD_TRANSCRIPT
                return runner.run(replay(shell, steps, path, out, payloads=payloads))
            if interactive:
                _enable_line_editing()
                print(banner, file=out)
            # Lines are read outside the event loop, so that Ctrl-C interrupts a waiting read.
            while (line := _read(source, out, interactive)) is not None:
                if line.strip():
                    turn = runner.run(shell.say(line))
                    show(turn, out)
                    if payloads is not None:
                        print_payloads(turn, payloads)
            return EXIT_OK
        except KeyboardInterrupt:
            print(file=out)
            return EXIT_INTERRUPTED
        finally:
            runner.run(close())


def _read(source: TextIO, out: TextIO, interactive: bool) -> str | None:
    if interactive:
        try:
            return input("> ")
        except EOFError:
            print(file=out)
            return None
    line = source.readline()
    return line if line else None


def _enable_line_editing() -> None:
    try:
        import readline  # noqa: F401  (input() edits lines and keeps history once it is loaded)
    except ImportError:
        return
