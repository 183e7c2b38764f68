"""The language a message asks to be answered in, said in a request of its own beside a reason
("talk in english please, my phone shows hindi as boxes", "Hindi please, my grandfather is using
my phone", "hindi me samjhao, english kamzor hai meri", "switch to english, hindi letters are
too small"): the language's name after "in"/"to", or before "mein"/"please"/"only"; a language
named elsewhere in the message is the reason's.
"""

from __future__ import annotations

from typing import Final

from app.bot.understanding import lexicon as lx
from app.bot.understanding.reading import Parse

# Words before a language's name that ask for it ("in english", "switch to hindi", "use english").
_ASKING_BEFORE: Final = lx.word_set("in into to use")
# Words after a language's name that ask for it ("hindi mein", "english please", "hindi only").
_ASKING_AFTER: Final = lx.word_set(
    "me mein main mai men please pls plz only mode language bhasha"
)
HINDI: Final = "hi"
ENGLISH: Final = "en"


def asked_language(p: Parse) -> str | None:
    """ "hi" or "en": the one language of the message asked for in so many words, if there is
    exactly one."""
    words = [word for item in p.items for word in item.words]
    asked = {
        _code(word)
        for at, word in enumerate(words)
        if _code(word) is not None
        and (
            (at > 0 and words[at - 1] in _ASKING_BEFORE)
            or (at + 1 < len(words) and words[at + 1] in _ASKING_AFTER)
        )
    }
    return asked.pop() if len(asked) == 1 else None


def _code(word: str) -> str | None:
    if word in lx.HINDI_WORDS:
        return HINDI
    return ENGLISH if word in lx.ENGLISH_WORDS else None
