"""Two short messages that ask nothing new of their own but press on what is in hand: the total
("total?", "total kitna", "कुल कितना", "how much in total") of a fare, and impatience ("jaldi
batao", "जल्दी बताओ", "hurry up please"). Whole messages only, compared romanised
(`text.normal`): a word of them inside a longer question is that question's."""

from __future__ import annotations

from typing import Final

from app.bot.understanding.text import normal

# The word that asks for the sum ("total", "kul", "कुल", "overall", "all together").
_TOTAL: Final = frozenset(
    {"total", "totl", "kul", "overall", "altogether", "together", "milake", "milakar", "sum"}
)
# Words that may stand beside it and ask nothing else ("total kitna hoga?", "what is the total
# fare", "कुल किराया कितना होगा").
_AROUND_TOTAL: Final = frozenset(
    {"what", "whats", "is", "the", "will", "be", "how", "much", "in", "all", "amount", "fare",
     "price", "cost", "kitna", "kitne", "kitni", "hoga", "hogi", "hai", "he", "h", "ka", "ki",
     "ke", "kiraya", "kiraaya", "paisa", "paise", "rupees", "rs", "batao", "btao", "bata", "do",
     "please", "pls", "plz", "sab", "sabka", "mila", "for", "us", "then", "to", "aur",
     "and", "so", "lagega", "lagegi", "padega", "bhai", "ji",
     # "what's the total?" (read "what s"), "total kitna hua?", "कुल कितना हुआ?", "kya bana"
     "s", "hua", "huwa", "hue", "hui", "bana", "banta", "banega", "kya", "does", "it", "come",
     "comes", "that", "our"}
)  # fmt: skip
# Words of impatience ("jaldi", "hurry", "जल्दी") and what may stand beside them alone.
_HURRY: Final = frozenset({"jaldi", "jldi", "jaldee", "hurry", "quick", "quickly", "asap", "fast"})
_AROUND_HURRY: Final = frozenset(
    {"batao", "btao", "bata", "bolo", "karo", "kar", "do", "please", "pls", "plz", "yaar", "yar",
     "bhai", "na", "naa", "up", "be", "se", "ji", "sir", "bro", "mujhe", "answer", "reply", "tell",
     "me", "come", "on", "jawab", "dijiye", "kijiye", "hai", "i", "am", "in", "a"}
)  # fmt: skip


def asks_the_total(text: str) -> bool:
    """Whether the message only asks the total of what is in hand ("total?", "total kitna
    hoga", "कुल कितना", "what's the total fare"): no count, no class, nothing else."""
    words = normal(text).split()
    if not words or any(word.isdigit() for word in words):
        return False
    return bool(_TOTAL & set(words)) and set(words) <= _TOTAL | _AROUND_TOTAL


def presses_to_hurry(text: str) -> bool:
    """Whether the message only presses for an answer ("jaldi batao", "जल्दी बताओ yaar",
    "hurry up please")."""
    words = normal(text).split()
    return bool(_HURRY & set(words)) and set(words) <= _HURRY | _AROUND_HURRY
