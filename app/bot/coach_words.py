"""A coach in a train's coach position as each language says it: English keeps the codes the
platform's coach-position board prints (`ENG`, `SLR`, `B1`); Hindi says what the coaches without a
number are, the code beside (`इंजन (ENG)`, `गार्ड कोच (SLR)`), since a Hindi reader matches the
board by its code but would not know what `LPR` or `VP` is. Numbered coaches (`B1`, `S4`) are
the same in both."""

from __future__ import annotations

from typing import Final

from app.i18n import N_, t
from app.i18n.language import Language

# The board's codes for coaches that are not for booked passengers, by what they are.
_KINDS: Final = {
    "ENG": N_("coach.engine"),
    "L": N_("coach.engine"),
    "LOCO": N_("coach.engine"),
    "SLR": N_("coach.guard"),
    "SLRD": N_("coach.guard"),
    "LPR": N_("coach.power_car"),
    "EOG": N_("coach.power_car"),
    "PC": N_("coach.pantry"),
    "VP": N_("coach.parcel_van"),
    "GEN": N_("coach.general"),
    "GS": N_("coach.general"),
    "UR": N_("coach.general"),
}


def coach_label(language: Language, code: str) -> str:
    """`B1` as it is; `LPR` as `LPR` / `पावर कार (LPR)`."""
    key = _KINDS.get(code.upper())
    return t(language, key, code=code) if key else code
