"""A tiny local railwayapi.com v2 server for tests that run real processes (the shell, the
service under a browser): bodies in the v2 contract's shapes, from tests/fixtures/railwayapi/.

Dates in the fixtures are moved so that the answers are current: a PNR's journey is today (in
India), a live run starts on the date asked, seat availability starts on the date asked, and so
on. Every path must end with `/apikey/<key>/`; a wrong key gets `response_code` 500, as v2 did.
`answer(path)` is the routing alone, for tests that mock the HTTP layer with respx instead.

Run it by hand with `python -m tests.support.railwayapi_server [--port N] [--key K]`.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "railwayapi"
API_KEY = "k3yfortests"
IST = ZoneInfo("Asia/Kolkata")
# The day the fixtures' journeys start on; every date in them is moved by the same offset.
FIXTURE_DAY = dt.date(2026, 12, 14)
PNRS = {"4512345678": "pnr_status.json", "2345678901": "pnr_status_old_flags.json"}
FLUSHED_PNR = "1111111111"

_NUMERIC_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
_WORD_DATE = re.compile(r"^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$")

JsonObject = dict[str, Any]


def today() -> dt.date:
    return dt.datetime.now(IST).date()


def answer(path: str, key: str = API_KEY) -> tuple[int, JsonObject]:
    """The HTTP status and body for a GET of `path` (everything after the version)."""
    parts = [unquote(part) for part in path.strip("/").split("/") if part]
    if len(parts) < 3 or parts[-2] != "apikey":
        return 404, {"error": "not found"}
    if parts[-1] != key:
        return 200, refusal(500)
    route = parts[:-2]
    name, fields = route[0], dict(zip(route[1::2], route[2::2], strict=False))
    if name == "pnr-status":
        pnr = fields.get("pnr", "")
        if pnr == FLUSHED_PNR:
            return 200, refusal(220)
        if pnr not in PNRS:
            return 200, refusal(221)
        return 200, moved(load(PNRS[pnr]), today())
    if name == "live":
        day = _day(fields.get("date"))
        if fields.get("train") != "12627" or day is None:
            return 200, refusal(404 if day else 502)
        return 200, moved(load("live.json"), day)
    if name == "route":
        return 200, load("route.json") if fields.get("train") == "12627" else refusal(404)
    if name == "name-to-code":
        if "delhi" not in fields.get("station", "").lower():
            return 200, {"response_code": 404, "debit": 1, "total": 0, "stations": []}
        return 200, load("name_to_code.json")
    if name == "code-to-name":
        return 200, load("code_to_name.json")
    if name == "arrivals":
        if fields.get("station", "").upper() != "SBC":
            return 200, {"response_code": 200, "debit": 1, "total": 0, "trains": []}
        return 200, soon(load("arrivals.json"))
    if name == "between":
        day = _day(fields.get("date"))
        pair = (fields.get("source", "").upper(), fields.get("dest", "").upper())
        if pair != ("MAS", "SBC") or day is None:
            return 200, refusal(404 if day else 502)
        return 200, load("between.json")
    if name in ("cancelled", "rescheduled"):
        day = _day(fields.get("date"))
        return 200, moved(load(f"{name}.json"), day) if day else refusal(502)
    if name == "fare":
        return 200, load("fare.json") if fields.get("train") == "12627" else refusal(404)
    if name == "check-seat":
        day = _day(fields.get("date"))
        if fields.get("train") != "12627" or day is None:
            return 200, refusal(404 if day else 502)
        return 200, moved(load("check_seat.json"), day)
    return 404, {"error": "not found"}


def load(name: str) -> JsonObject:
    body: JsonObject = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return body


# The station board's first train leaves at this time in the fixture; answers move every time
# on the board so that it leaves a few minutes from now (the bot checks a board against the clock).
BOARD_FIRST = dt.time(19, 20)
_CLOCK = re.compile(r"^(\d{2}):(\d{2})$")


def soon(body: JsonObject, lead_min: int = 20) -> JsonObject:
    """A station board with its times moved so that its first train leaves `lead_min` minutes
    from now (in India); delays ("00:15", "RIGHT TIME") are left as they are."""
    now = dt.datetime.now(IST)
    first = dt.datetime.combine(now.date(), BOARD_FIRST, tzinfo=IST)
    shift = now + dt.timedelta(minutes=lead_min) - first

    def move(value: Any) -> Any:
        match = _CLOCK.match(value) if isinstance(value, str) else None
        if match is None or value == "00:00":
            return value
        moment = first.replace(hour=int(match[1]), minute=int(match[2])) + shift
        return f"{moment:%H:%M}"

    for train in body.get("trains", []):
        for field in ("scharr", "schdep", "actarr", "actdep"):
            train[field] = move(train.get(field))
    return body


def refusal(code: int) -> JsonObject:
    return {"response_code": code, "debit": 1}


def moved(body: Any, day: dt.date) -> Any:
    """`body` with every date in it moved so that the fixtures' first day becomes `day`."""
    offset = day - FIXTURE_DAY
    if isinstance(body, dict):
        return {key: moved(value, day) for key, value in body.items()}
    if isinstance(body, list):
        return [moved(value, day) for value in body]
    if isinstance(body, str):
        if match := _NUMERIC_DATE.match(body):
            d, m, y = (int(group) for group in match.groups())
            return (dt.date(y, m, d) + offset).strftime("%d-%m-%Y")
        if _WORD_DATE.match(body):
            return (dt.datetime.strptime(body, "%d %b %Y").date() + offset).strftime("%d %b %Y")
    return body


def _day(text: str | None) -> dt.date | None:
    match = _NUMERIC_DATE.match(text or "")
    if match is None:
        return None
    d, m, y = (int(group) for group in match.groups())
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


class RailwayApiServer:
    """The server on a free local port, in a thread: `url` is what RAILWAY_API_URL takes."""

    def __init__(self, key: str = API_KEY, port: int = 0) -> None:
        self.key = key
        self.paths: list[str] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v2"

    def __enter__(self) -> RailwayApiServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def requested(self, prefix: str) -> list[str]:
        """The paths asked for that start with `prefix` (after the version), key removed."""
        with self._lock:
            return [path for path in self.paths if path.startswith(prefix)]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return None

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                path = path[len("/v2") :] if path.startswith("/v2/") else path
                with server._lock:
                    server.paths.append(path.replace(server.key, "<key>"))
                status, body = answer(path, server.key)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description="a local railwayapi.com v2 for trying RailBot")
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--key", default=API_KEY)
    args = parser.parse_args()
    with RailwayApiServer(args.key, args.port) as server:
        print(
            f"RAILWAY_PROVIDER=railwayapi RAILWAY_API_URL={server.url} RAILWAY_API_KEY={args.key}",
            flush=True,
        )
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
