"""Which webhook events are kept, and the compact form they are queued in."""

from __future__ import annotations

import json

from app.messenger.events import guest_id, incoming_from, parse_webhook, recipient_of
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
    assert sorted(ignored) == ["no_sender", "reaction", *["unsupported"] * 4]


def test_malformed_events_are_skipped_without_spoiling_their_neighbours() -> None:
    events, ignored = parsed_fixture("malformed_events.json")
    assert [e["mid"] for e in events] == ["m_userref", "m_ok_1"]
    assert events[1] == {
        "kind": "message",
        "user": "7001000000000016",
        "text": "seats 12627 3A",
        "mid": "m_ok_1",
    }
    assert ignored.count("malformed") == 3
    assert ignored.count("no_sender") == 2  # a Chat Plugin guest (user_ref) is someone


def test_a_chat_plugin_guest_is_kept_by_user_ref_under_an_id_no_psid_can_have() -> None:
    events, _ = parsed_fixture("malformed_events.json")
    guest = events[0]
    assert guest["user"] == "guest:plugin-ref-1" and guest["user_ref"] == "plugin-ref-1"
    assert recipient_of(guest["user"], guest["user_ref"]) == {"user_ref": "plugin-ref-1"}
    assert recipient_of(guest["user"]) == {"user_ref": "plugin-ref-1"}  # an alert, later
    odd = guest_id("{q}:a ref/with*glob")
    assert odd.startswith("guest:h:") and odd[len("guest:h:") :].isalnum()
    assert recipient_of("7001000000000016") == {"id": "7001000000000016"}


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


def _one(kind: dict[str, object], timestamp: int = 1_795_000_000_000) -> dict[str, object]:
    return {
        "sender": {"id": "7002000000000001"},
        "recipient": {"id": PAGE_ID},
        "timestamp": timestamp,
        **kind,
    }


def _body(*events: dict[str, object]) -> dict[str, object]:
    return {"object": "page", "entry": [{"id": PAGE_ID, "time": 1, "messaging": list(events)}]}


LIKE_URL = "https://scontent.xx.fbcdn.net/v/t39.1997-6/851557_369239266556155_759568595_n.png"


def _sticker(sticker_id: int, *kinds: str) -> dict[str, object]:
    attachments = [
        {"type": k, "payload": {"url": LIKE_URL, "sticker_id": sticker_id}} for k in kinds
    ]
    return {
        "message": {"mid": f"m_{sticker_id}", "sticker_id": sticker_id, "attachments": attachments}
    }


def test_the_thumbs_up_sticker_is_read_as_a_thumbs_up_other_stickers_as_attachments() -> None:
    likes = [
        _sticker(369239263222822, "image", "sticker"),  # 2026: both attachments
        _sticker(369239263222822, "image"),  # before: only the image
        _sticker(369239343222814, "sticker"),  # the medium and large likes
        _sticker(369239383222810, "image"),
    ]
    parsed = parse_webhook(_body(*(_one(like) for like in likes)))
    assert [json.loads(e.data)["text"] for e in parsed.events] == ["👍"] * 4
    other = parse_webhook(_body(_one(_sticker(126362180873745, "sticker"))))
    assert [json.loads(e.data).get("text") for e in other.events] == [None]
    assert json.loads(other.events[0].data)["attachments"] == ["sticker"]


def test_an_edited_message_is_queued_as_a_new_text_once_per_edit() -> None:
    first = _one({"message_edit": {"mid": "m_1", "text": "pnr 4512345678", "num_edit": 1}})
    again = _one({"message_edit": {"mid": "m_1", "text": "pnr 4512345679", "num_edit": 2}})
    parsed = parse_webhook(_body(first, first, again))
    assert [json.loads(e.data)["text"] for e in parsed.events] == ["pnr 4512345678"] * 2 + [
        "pnr 4512345679"
    ]
    keys = [e.key for e in parsed.events]
    assert keys[0] == keys[1] != keys[2]  # a redelivered edit is a duplicate, a new edit is not
    assert "m_1" not in keys  # nor is an edit the original message again
    blank = _one({"message_edit": {"mid": "m_1", "text": "", "num_edit": 3}})
    assert parse_webhook(_body(blank)).ignored == ["unsupported"]


def test_a_referral_is_greeted_like_get_started_and_deduplicated() -> None:
    referral = _one({"referral": {"ref": "pnr", "source": "SHORTLINK", "type": "OPEN_THREAD"}})
    parsed = parse_webhook(_body(referral, referral))
    assert [json.loads(e.data)["payload"] for e in parsed.events] == ["GET_STARTED"] * 2
    assert parsed.events[0].key == parsed.events[1].key


def _ref_of(event: dict[str, object]) -> str | None:
    (queued,) = parse_webhook(_body(event)).events
    return incoming_from(json.loads(queued.data)).ref


def _link(ref: object) -> dict[str, object]:
    return {"ref": ref, "source": "SHORTLINK", "type": "OPEN_THREAD"}


def test_the_ref_of_the_link_a_person_came_by_goes_with_what_they_did() -> None:
    reopened = _one({"referral": _link("pnr_4512345678")})
    get_started = _one(
        {"postback": {"mid": "m_gs", "title": "Get Started", "payload": "GET_STARTED",
                      "referral": _link("live_12627")}}
    )  # fmt: skip
    beside = _one({"message": {"mid": "m_hi", "text": "Hi"}, "referral": _link("hindi")})
    inside = _one({"message": {"mid": "m_hi2", "text": "Hi", "referral": _link("LANG:hi")}})
    assert [_ref_of(e) for e in (reopened, get_started, beside, inside)] == [
        "pnr_4512345678",
        "live_12627",
        "hindi",
        "LANG:hi",
    ]


def test_a_ref_no_m_me_link_can_carry_is_dropped_and_the_event_kept() -> None:
    for ref in ("", "   ", "x" * 251, "pnr 4512345678", "<b>", "a?b=c", "a\nb", "हिंदी", 12627,
                None, {"ref": "x"}, "\u0000"):  # fmt: skip
        assert _ref_of(_one({"referral": _link(ref)})) is None, ref
    assert _ref_of(_one({"referral": _link("x" * 250)})) == "x" * 250
    assert _ref_of(_one({"message": {"mid": "m", "text": "hi"}})) is None


def test_reactions_reads_and_deliveries_are_not_answered() -> None:
    reaction = _one(
        {"reaction": {"reaction": "like", "emoji": "👍", "action": "react", "mid": "m"}}
    )
    read = _one({"read": {"watermark": 1}})
    delivery = _one({"delivery": {"watermark": 1}})
    parsed = parse_webhook(_body(reaction, read, delivery))
    assert (parsed.events, parsed.ignored) == ([], ["reaction", "read", "delivery"])


def test_a_batch_is_queued_in_the_order_its_messages_were_written() -> None:
    def text(mid: str, timestamp: int) -> dict[str, object]:
        return _one({"message": {"mid": mid, "text": mid}}, timestamp)

    late, early = text("second", 2_000), text("first", 1_000)
    undated = {**text("after first", 0), "timestamp": None}
    body = {
        "object": "page",
        "entry": [
            {"id": PAGE_ID, "time": 3, "messaging": [late]},
            {"id": PAGE_ID, "time": 1, "messaging": [early, undated]},
        ],
    }
    assert [e.key for e in parse_webhook(body).events] == ["first", "after first", "second"]


def test_timestamps_in_seconds_or_as_strings_are_read_as_milliseconds() -> None:
    def written(timestamp: object) -> object:
        event = _one({"message": {"mid": "m", "text": "hi"}}, 0)
        parsed = parse_webhook(_body({**event, "timestamp": timestamp}))
        return json.loads(parsed.events[0].data).get("ts")

    assert written(1_795_000_000_123) == 1_795_000_000_123
    assert written("1795000000123") == 1_795_000_000_123
    assert written(1_795_000_000) == 1_795_000_000_000
    assert written("1795000000") == 1_795_000_000_000
    assert [written(bad) for bad in ("soon", "-5", 1e300, float("nan"), True)] == [None] * 5


def test_a_message_in_the_changes_form_is_read_and_a_feed_change_is_not() -> None:
    message = _one({"message": {"mid": "m_c", "text": "hi"}})
    feed = {"item": "comment", "verb": "add", "from": {"id": "7"}, "message": "hi"}
    changes = [{"field": "messages", "value": message}, {"field": "feed", "value": feed}]
    body = {"object": "page", "entry": [{"id": PAGE_ID, "time": 1, "changes": changes}]}
    assert [e.key for e in parse_webhook(body).events] == ["m_c"]


def test_changes_of_any_shape_are_skipped_without_failing_the_body() -> None:
    message = _one({"message": {"mid": "m_ok", "text": "hi"}})
    changes = [{"field": {"not": "a name"}}, {"field": ["messages"]}, "messages", None, 7]
    entry = {"id": PAGE_ID, "time": 1, "changes": changes, "messaging": [message]}
    parsed = parse_webhook({"object": "page", "entry": [entry]})
    assert [e.key for e in parsed.events] == ["m_ok"]
