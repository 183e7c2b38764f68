"""Command line: `python -m app <command>` (also installed as `railbot`). The commands, their
flags and their exit codes are a contract: deployment tooling relies on them."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="railbot", description="RailBot: Indian Railways on Messenger"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="<command>")

    serve = commands.add_parser("serve", help="run the web service (with an embedded worker)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--no-worker", action="store_true", help="only accept events; workers answer"
    )

    worker = commands.add_parser("worker", help="run standalone queue consumers")
    worker.add_argument("--concurrency", type=int, default=None, help="events handled at once")
    worker.add_argument(
        "--check",
        action="store_true",
        help="exit 0 if a worker on this host runs and reaches Redis, else 1 (a health check)",
    )

    shell = commands.add_parser("shell", help="chat with the bot in the terminal")
    shell.add_argument("--json", action="store_true", help="print the Send API payloads too")
    shell.add_argument("--replay", metavar="FILE", help="run a transcript; exit 1 on a mismatch")
    shell.add_argument("--user", default="shell-user", help="the user id the bot sees")

    parse = commands.add_parser("parse", help="understand each stdin line, print JSON lines")
    parse.add_argument("--today", type=_date, default=None, help="the date 'today' means")

    data = commands.add_parser("data", help="the offline timetable and station directory")
    data_commands = data.add_subparsers(dest="data_command", required=True, metavar="<action>")
    data_import = data_commands.add_parser("import", help="import datameet-format files or URLs")
    data_import.add_argument("--stations", metavar="F")
    data_import.add_argument("--trains", metavar="F")
    data_import.add_argument("--schedules", metavar="F")
    data_commands.add_parser("fetch", help="download the CC0 datameet files, then import them")
    data_commands.add_parser(
        "stations", help="load RailRadar's station directory into the local station index"
    )

    profile = commands.add_parser("profile", help="the Page's Messenger profile")
    profile_commands = profile.add_subparsers(
        dest="profile_command", required=True, metavar="<action>"
    )
    profile_commands.add_parser("setup", help="set get-started, greeting, menu and ice breakers")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)

    from pydantic import ValidationError

    from app.config import load_settings, settings_problems
    from app.errors import ConfigurationError

    if args.command == "worker" and args.check:  # a health check: the commands stay unimported
        from app.liveness import check

        try:
            return check(load_settings())
        except ConfigurationError as exc:
            print(f"railbot: configuration error: {exc}", file=sys.stderr)
            return 2
        except ValidationError as exc:
            print(f"railbot: configuration error:\n{settings_problems(exc)}", file=sys.stderr)
            return 2

    from app import commands

    try:
        settings = load_settings()
        if args.command == "serve":
            return commands.serve(settings, args.host, args.port, with_worker=not args.no_worker)
        if args.command == "worker":
            return commands.worker(settings, args.concurrency)
        if args.command == "shell":
            return commands.shell(
                settings, json_output=args.json, replay=args.replay, user=args.user
            )
        if args.command == "parse":
            return commands.parse(settings, args.today)
        if args.command == "data" and args.data_command == "import":
            return commands.data_import(settings, args.stations, args.trains, args.schedules)
        if args.command == "data" and args.data_command == "fetch":
            return commands.data_fetch(settings)
        if args.command == "data" and args.data_command == "stations":
            return commands.data_stations(settings)
        if args.command == "profile":
            return commands.profile_setup(settings)
    except ConfigurationError as exc:
        print(f"railbot: configuration error: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        print(f"railbot: configuration error:\n{settings_problems(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
