"""Why the railway changed a run ("why?", "kyun?" after a cancellation, a reschedule or a
delay): the reason the railway gave, quoted, else that it published none and where its own
notices are (NTES, 139). Never a reason made up."""

from __future__ import annotations

from app.bot.format import railway_note, readable
from app.i18n import t
from app.i18n.language import Language


def reason(language: Language, note: str | None) -> str:
    """`The railway's reason: “Cancelled due to dense fog”` (a note the language cannot read: the
    usual reason it names, in the person's words), else that none is published."""
    said = railway_note(language, note)
    if not said:
        return t(language, "why.no_reason")
    quoted = note is not None and readable(language, " ".join(note.split()))
    return t(language, "why.reason", note=said) if quoted else said


def no_reason_for_delay(language: Language, late: str) -> str:
    """A run late with no reason given: the railway publishes none for delays."""
    return t(language, "why.late", delay=late)
