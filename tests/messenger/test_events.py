"""Which webhook events are kept, and the compact form they are queued in."""

from __future__ import annotations

import json

from app.messenger.events import incoming_from, parse_webhook
from tests.support.messenger import PAGE_ID, fixture_bytes


def parsed_fixture(name: str) -> tuple[list[dict[str, object]], list[str]]:
    parsed = parse_webhook(json.loads(fixture_bytes(name)))
    return [json.loads(e.data) for e in parsed.events], parsed.ignored


def test_batches_keep_every_message_in_order_and_drop_receipts() -> None:
    events, ignored = parsed_fixture("batch_entries.json")
    assert [e["mid"] for e in events] == ["m_batch_1", "m_batch_2", "m_batch_3", "m_batch_4"]
    assert sorted(ignored) == ["delivery", "read"]


def test_echoes_are_dropped_with_or_without_is_echo() -> None:
    events, ignored = parsed_fixture("echo.json")
    assert events == []
    assert ignored == ["echo", "echo"]


def test_standby_and_unknown_events_are_dropped() -> None:
    assert parsed_fixture("standby.json") == ([], ["standby"])
    events, ignored = parsed_fixture("unknown_events.json")
    assert events == []
    assert ignored.count("unsupported") == 7
    assert ignored.count("no_sender") == 1


def test_malformed_events_are_skipped_without_spoiling_their_neighbours() -> None:
    events, ignored = parsed_fixture("malformed_events.json")
    assert [e["mid"] for e in events] == ["m_ok_1"]
    assert events[0] == {
        "kind": "message",
        "user": "7001000000000016",
        "text": "seats 12627 3A",
        "mid": "m_ok_1",
    }
    assert ignored.count("malformed") == 3
    assert ignored.count("no_sender") == 3


def test_objects_other_than_page_are_ignored() -> None:
    assert parsed_fixture("instagram_object.json") == ([], ["not_page"])


def test_postback_without_mid_gets_a_stable_key_from_sender_time_and_payload() -> None:
    first = parse_webhook(json.loads(fixture_bytes("postback_without_mid.json"))).events[0]
    again = parse_webhook(json.loads(fixture_bytes("postback_without_mid.json"))).events[0]
    assert first.key == again.key
    assert first.key.startswith("h:")
    other = json.loads(fixture_bytes("postback_without_mid.json"))
    other["entry"][0]["messaging"][0]["timestamp"] += 1
    assert parse_webhook(other).events[0].key != first.key


def test_quick_reply_tap_becomes_text_and_payload() -> None:
    (event,) = parse_webhook(json.loads(fixture_bytes("quick_reply.json"))).events
    incoming = incoming_from(json.loads(event.data))
    assert incoming.text == "Tomorrow"
    assert incoming.payload == "TRAINS:MAS:SBC:2026-11-28"
    assert incoming.user_id == "7001000000000009"
    assert incoming.timestamp_ms == 1795000000000


def test_location_is_kept_and_bad_coordinates_are_not() -> None:
    payload = json.loads(fixture_bytes("location.json"))
    (event,) = parse_webhook(payload).events
    location = incoming_from(json.loads(event.data)).location
    assert location is not None and (location.lat, location.lng) == (13.0827, 80.2707)
    payload["entry"][0]["messaging"][0]["message"]["attachments"][0]["payload"]["coordinates"] = {
        "lat": 200,
        "long": "east",
    }
    (event,) = parse_webhook(payload).events
    assert incoming_from(json.loads(event.data)).location is None


def test_sender_that_is_the_page_is_an_echo_even_for_postbacks() -> None:
    payload = {
        "object": "page",
        "entry": [
            {
                "id": PAGE_ID,
                "messaging": [
                    {
                        "sender": {"id": PAGE_ID},
                        "recipient": {"id": "1"},
                        "postback": {"payload": "X"},
                    }
                ],
            }
        ],
    }
    parsed = parse_webhook(payload)
    assert parsed.events == []
    assert parsed.ignored == ["echo"]


def test_numeric_ids_are_accepted_as_strings() -> None:
    payload = {
        "object": "page",
        "entry": [
            {"id": 1, "messaging": [{"sender": {"id": 42}, "message": {"mid": "m", "text": "hi"}}]}
        ],
    }
    (event,) = parse_webhook(payload).events
    assert event.user == "42"
