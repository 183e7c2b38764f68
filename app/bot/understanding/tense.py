"""The tense of a message's verbs: a run to come ("kal chalegi?", "क्या 12951 कल दिल्ली
पहुँचेगी?", "will it reach"), which makes "kal" (tomorrow, or yesterday) tomorrow.

Hindi says the future with the verb's ending (-egi, -ega, -enge, -engi: "pahunchegi", "aayegi",
"rukegi"; "-ogi", "-oge" for "you"), whichever verb it is; the understanding reads Devanagari
romanised ("पहुँचेगी" is "pahunchegi"), so one rule serves both scripts. English says it with
"will" (a word of `lexicon.FUTURE_RUN`).
"""

from __future__ import annotations

import re
from collections.abc import Set
from typing import Final

from app.bot.understanding import lexicon as lx

# A Hindi verb in the future ("pahunchegi", "aayega", "rukenge", "milengi", "jaoge").
_FUTURE_ENDING: Final = re.compile(r"[a-z]{2,}(?:egi|ega|enge|engi|egee|ogi|oge)")
_ENDINGS: Final = ("egi", "ega", "enge", "engi", "egee", "ogi", "oge")
# English words with those endings, never a Hindi verb.
_NOT_VERBS: Final = frozenset({"challenge", "revenge", "omega", "vega", "scavenge", "avenge"})


def future(words: Set[str]) -> bool:
    """Whether the words (as the understanding reads them) say a thing to come: "will", or a
    Hindi verb in the future."""
    if not words.isdisjoint(lx.FUTURE_RUN):
        return True
    return any(
        _FUTURE_ENDING.fullmatch(word) and word not in _NOT_VERBS
        for word in words
        if word.endswith(_ENDINGS)
    )
