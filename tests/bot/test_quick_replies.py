"""Messenger shows quick replies under the last message only: an answer of several messages
carries every message's taps on its last one, named with what they are for when two messages
offer the same tap or are about different items, grouped by message (never one of each in
turn), the same tap once, at most 13, buttons left where they are."""

from __future__ import annotations

from app.bot.quick_replies import MAX_QUICK_REPLIES, on_last
from app.bot.replies import Button, QuickReply, Reply
from app.i18n import t
from app.i18n.language import Language


def pnr_card(pnr: str, *, live: str | None = None, lang: Language = "en") -> Reply:
    chips = [QuickReply(title=t(lang, "pnr.chip_track"), payload=f"TRACK:{pnr}")]
    if live is not None:
        chips.append(QuickReply(title=t(lang, "chip.live"), payload=f"LIVE:{live}"))
    chips.append(QuickReply(title=t(lang, "chip.refresh"), payload=f"PNR:{pnr}"))
    return Reply(text=f"🎫 PNR {pnr}", quick_replies=tuple(chips))


def titles(reply: Reply) -> list[str]:
    return [quick.title for quick in reply.quick_replies]


def test_two_pnr_cards_carry_both_bookings_taps_on_the_second_named_by_pnr() -> None:
    first, second = on_last(
        [pnr_card("4512345678", live="12627:2026-12-08:SBC"), pnr_card("4523456789")], "en"
    )
    assert first.quick_replies == ()
    assert first.text == "🎫 PNR 4512345678"
    assert titles(second) == [
        "Track 4512345678",
        "Track 4523456789",
        "Live 12627",
        "Refresh 4512345678",
        "Refresh 4523456789",
    ]
    assert [quick.payload for quick in second.quick_replies][:2] == [
        "TRACK:4512345678",
        "TRACK:4523456789",
    ]


def test_the_names_are_in_hindi_for_a_hindi_answer() -> None:
    cards = [pnr_card("4512345678", lang="hi"), pnr_card("4523456789", lang="hi")]
    _, second = on_last(cards, "hi")
    assert titles(second)[:2] == ["4512345678 पर अलर्ट", "4523456789 पर अलर्ट"]
    assert "4512345678 फिर देखें" in titles(second)


def test_taps_of_other_kinds_are_led_by_their_train_and_fit_20_characters() -> None:
    routes = [
        Reply(
            text=f"🚆 {train}", quick_replies=(QuickReply(title="Route", payload=f"ROUTE:{train}"),)
        )
        for train in ("12627", "12951")
    ]
    _, last = on_last(routes, "en")
    assert titles(last) == ["12627: Route", "12951: Route"]
    assert all(len(title) <= 20 for title in titles(last))


def test_taps_that_no_two_messages_share_keep_their_titles_and_one_tap_is_offered_once() -> None:
    live = QuickReply(title="Live status", payload="LIVE:12951")
    fare = Reply(
        text="💰 ₹1,200", quick_replies=(QuickReply(title="Seats", payload="SEATS:12951"), live)
    )
    seats = Reply(
        text="💺 AVL 40", quick_replies=(QuickReply(title="Fare", payload="FARE:12951"), live)
    )
    _, last = on_last([fare, seats], "en")
    assert titles(last) == ["Seats", "Fare", "Live status"]


def test_a_question_asked_last_keeps_its_options_first() -> None:
    card = pnr_card("4512345678")
    question = Reply(
        text="Which class?",
        quick_replies=(QuickReply(title="SL Sleeper", payload="CLASS:SL"),),
    )
    _, asked = on_last([card, question], "en", asking=True)
    assert titles(asked) == ["SL Sleeper", "Track this PNR", "Refresh"]


def test_no_more_than_messengers_13_under_the_last_message() -> None:
    cards = [pnr_card(f"45{n:08d}", live=f"1262{n}") for n in range(6)]
    replies = on_last(cards, "en")
    assert len(replies[-1].quick_replies) == MAX_QUICK_REPLIES
    assert titles(replies[-1])[:6] == [f"Track 45{n:08d}" for n in range(6)]
    assert all(reply.quick_replies == () for reply in replies[:-1])


def test_buttons_stay_on_their_message_and_one_message_is_left_as_it_is() -> None:
    button = Button(title="IRCTC", url="https://www.irctc.co.in/")
    carded = Reply(
        text="🎫",
        buttons=(button,),
        quick_replies=(QuickReply(title="Refresh", payload="PNR:4512345678"),),
    )
    first, last = on_last([carded, Reply(text="🧪 note")], "en")
    assert first.buttons == (button,) and first.quick_replies == ()
    assert titles(last) == ["Refresh"]
    alone = pnr_card("4512345678")
    assert on_last([alone], "en") == [alone]
    plain = [Reply(text="one"), alone]
    assert on_last(plain, "en") == plain


def test_taps_of_a_booking_and_a_train_stay_grouped_by_message_and_say_whose() -> None:
    live = Reply(
        text="🚆 12951",
        quick_replies=(
            QuickReply(title="Refresh", payload="LIVE:12951"),
            QuickReply(title="Route", payload="ROUTE:12951"),
        ),
    )
    _, last = on_last([pnr_card("4512345678"), live], "en")
    assert titles(last) == ["Track 4512345678", "Refresh 4512345678", "Live 12951", "12951: Route"]


def test_a_tap_two_messages_offer_comes_with_the_last_of_them() -> None:
    live = QuickReply(title="Live status", payload="LIVE:12627")
    card = pnr_card("4512345678", live="12627")
    status = Reply(text="🚆 12627", quick_replies=(live,))
    _, last = on_last([card, status], "en")
    assert titles(last) == ["Track 4512345678", "Refresh 4512345678", "Live 12627"]
