"""A card is what the handler that built a reply says it is (`Reply.shows_card`), from its
heading on; a card just shown is left out under a follow-up's answer, the answer said alone."""

from __future__ import annotations

from app.bot.replies import Reply
from app.bot.shown_cards import card_of, cards_shown, without_cards_shown

CARD = "🎫 PNR 4512345678\n🚆 12627 Karnataka Express\nP1 CNF S4 23"
BOOKING = Reply(text=CARD, shows_card=True)
ANSWERED = Reply(text=f"Chart not prepared yet.\n{CARD}", shows_card=True)


def test_a_reply_built_as_a_card_shows_its_lines_from_its_heading() -> None:
    assert card_of(ANSWERED) == card_of(BOOKING) is not None


def test_lines_that_only_look_like_a_card_are_not_one() -> None:
    # a sign-led reply of several lines that no handler built as a card
    assert card_of(Reply(text="👍 Anything else?\nSend a PNR or a train.")) is None
    assert card_of(Reply(text=CARD)) is None
    # a card needs its heading and a line more
    assert card_of(Reply(text="Chart?\n🎫 PNR 4512345678", shows_card=True)) is None


def test_the_card_just_shown_is_left_out_under_the_answer() -> None:
    (alone,) = without_cards_shown([ANSWERED], cards_shown([BOOKING]))
    assert alone.text == "Chart not prepared yet." and not alone.shows_card


def test_a_card_not_just_shown_comes_with_its_answer() -> None:
    other = Reply(text=CARD.replace("S4 23", "S4 24"), shows_card=True)
    assert without_cards_shown([ANSWERED], cards_shown([other])) == (ANSWERED,)
    assert without_cards_shown([ANSWERED], ()) == (ANSWERED,)
