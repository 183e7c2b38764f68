"""A Reply becomes Send API messages within every Messenger limit."""

from __future__ import annotations

from app.bot.replies import Button, Card, QuickReply, Reply
from app.messenger.render import PROMPT, render
from app.messenger.text import units


def quick_replies(count: int, title: str = "Option") -> tuple[QuickReply, ...]:
    return tuple(QuickReply(title=f"{title} {n}", payload=f"OPT:{n}") for n in range(count))


def test_plain_text_is_one_text_message() -> None:
    assert render(Reply(text="PNR 451****678: CNF B2 34")) == [
        {"text": "PNR 451****678: CNF B2 34"}
    ]


def test_an_empty_reply_renders_nothing() -> None:
    assert render(Reply()) == []
    assert render(Reply(text="   ")) == []


def test_long_text_is_split_with_quick_replies_on_the_last_chunk_only() -> None:
    text = "\n".join(f"{n:03d} 12627 KARNATAKA EXP 19:20 → 06:40 (11h 20m)" for n in range(150))
    messages = render(Reply(text=text, quick_replies=quick_replies(3)))
    assert len(messages) > 1
    assert all(units(m["text"]) < 2000 for m in messages)
    assert all("quick_replies" not in m for m in messages[:-1])
    assert [q["payload"] for q in messages[-1]["quick_replies"]] == ["OPT:0", "OPT:1", "OPT:2"]


def test_quick_replies_are_capped_at_13_with_titles_of_20() -> None:
    long_titles = quick_replies(20, title="Lokmanya Tilak Terminus")
    (message,) = render(Reply(text="Which station?", quick_replies=long_titles))
    chips = message["quick_replies"]
    assert len(chips) == 13
    for chip in chips:
        assert chip["content_type"] == "text"
        assert units(chip["title"]) <= 20
        assert chip["title"].endswith("…")
    assert chips[0]["payload"] == "OPT:0"


def test_quick_replies_without_text_get_a_prompt() -> None:
    (message,) = render(Reply(quick_replies=quick_replies(2)))
    assert message["text"] == PROMPT
    assert len(message["quick_replies"]) == 2
    assert not any(ch.isalpha() for ch in PROMPT)  # no English under a Hindi reader's buttons


def test_buttons_become_a_button_template() -> None:
    reply = Reply(
        text="PNR 451****678\nB2 34 CNF",
        buttons=(
            Button(title="Refresh", payload="PNR:4512345678"),
            Button(title="Live status", payload="LIVE:12627"),
            Button(title="IRCTC", url="https://www.irctc.co.in/"),
        ),
    )
    (message,) = render(reply)
    payload = message["attachment"]["payload"]
    assert message["attachment"]["type"] == "template"
    assert payload["template_type"] == "button"
    assert payload["text"] == "PNR 451****678\nB2 34 CNF"
    assert payload["buttons"] == [
        {"type": "postback", "title": "Refresh", "payload": "PNR:4512345678"},
        {"type": "postback", "title": "Live status", "payload": "LIVE:12627"},
        {"type": "web_url", "url": "https://www.irctc.co.in/", "title": "IRCTC"},
    ]


def test_button_template_text_stays_within_640_and_the_rest_goes_before_it() -> None:
    text = " ".join(["Chennai Egmore to Madurai Junction via Tiruchchirappalli."] * 40)
    messages = render(Reply(text=text, buttons=(Button(title="More", payload="MORE"),)))
    template = messages[-1]["attachment"]["payload"]
    assert units(template["text"]) <= 640
    assert all("text" in m for m in messages[:-1])
    sent = " ".join([*(m["text"] for m in messages[:-1]), template["text"]])
    assert sent.split() == text.split()


def test_more_than_three_buttons_make_more_templates() -> None:
    buttons = tuple(Button(title=f"Train {n}", payload=f"T:{n}") for n in range(7))
    messages = render(Reply(text="Pick a train", buttons=buttons))
    groups = [m["attachment"]["payload"]["buttons"] for m in messages]
    assert [len(g) for g in groups] == [3, 3, 1]
    assert [b["payload"] for g in groups for b in g] == [f"T:{n}" for n in range(7)]


def test_cards_become_generic_templates_of_at_most_ten_elements() -> None:
    cards = tuple(
        Card(
            title=f"1262{n} " + "Very Long Named Superfast Express " * 3,
            subtitle="Departs MAS 06:00, arrives SBC 11:00, runs daily except Tuesday and Friday",
            buttons=tuple(Button(title=f"b{k}", payload=f"B:{n}:{k}") for k in range(5)),
        )
        for n in range(12)
    )
    messages = render(Reply(text="12 trains", cards=cards, quick_replies=quick_replies(1)))
    assert messages[0] == {"text": "12 trains"}
    elements = [m["attachment"]["payload"]["elements"] for m in messages[1:]]
    assert [len(e) for e in elements] == [10, 2]
    for element in elements[0] + elements[1]:
        assert units(element["title"]) <= 80
        assert units(element["subtitle"]) <= 80
        assert len(element["buttons"]) == 3
    assert "quick_replies" in messages[-1]
    assert all("quick_replies" not in m for m in messages[:-1])


def test_button_titles_are_kept_within_20() -> None:
    (message,) = render(Reply(text="x", buttons=(Button(title="Check PNR status again now"),)))
    button = message["attachment"]["payload"]["buttons"][0]
    assert units(button["title"]) <= 20
    assert button["payload"] == "Check PNR status again now"


def test_render_is_pure() -> None:
    reply = Reply(text="hello " * 500, quick_replies=quick_replies(2))
    first = render(reply)
    first[-1]["quick_replies"].clear()
    assert render(reply) == render(reply)
    assert render(reply)[-1]["quick_replies"]
