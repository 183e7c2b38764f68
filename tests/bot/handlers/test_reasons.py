"""Why the railway changed a run: its reason quoted, in the person's words where its note is in
another language, else that it published none and where its notices are."""

from __future__ import annotations

from app.bot.handlers.reasons import no_reason_for_delay, reason


def test_the_railway_s_note_is_its_reason_quoted() -> None:
    said = reason("en", "Cancelled due to dense fog")
    assert said == "The railway's reason: “Cancelled due to dense fog”"


def test_a_note_in_english_is_said_in_hindi_by_the_reason_it_names() -> None:
    said = reason("hi", "Cancelled due to dense fog")
    assert "कोहरा" in said or "कोहरे" in said
    assert "Cancelled" not in said


def test_no_note_says_none_is_published_and_where_the_railway_s_notices_are() -> None:
    for language in ("en", "hi"):
        said = reason(language, None)
        assert "NTES" in said and "139" in said
    assert reason("en", "  ").startswith("The railway hasn't published a reason")


def test_a_delay_has_no_published_reason() -> None:
    said = no_reason_for_delay("en", "25 min late")
    assert said.startswith("It is running 25 min late, and the railway doesn't publish reasons")
