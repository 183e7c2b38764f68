"""Where an answer's quick replies go: under its last message, the only place Messenger shows them.

Messenger keeps a message's quick replies only while it is the last one in the thread: those of an
earlier message of the same answer vanish when the next arrives ("pnr 4512345678 and 4523456789":
the first card's Track this PNR could never be tapped). So an answer of several messages carries
every message's quick replies on its last one: each message's first (its most useful) before any
message's second, those of one title side by side, the last message's own first when it asks a
question (its options are the answer to it), the same tap once, at most Messenger's 13. Where two
messages offer one title for different taps (two cards' Refresh), every chip says what it is for
("Track 4512345678", "Refresh 4523456789", "Live 12627", "12627: Route"). Buttons and cards stay
on their messages: they do not vanish.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import zip_longest
from typing import Final

from app.bot.format import chip
from app.bot.replies import QuickReply, Reply
from app.bot.requests import LiveStatus, PnrStatus, TrackPnr
from app.bot.requests.base import Packable, unpack
from app.i18n import N_, t
from app.i18n.language import Language

MAX_QUICK_REPLIES: Final = 13  # Messenger's limit per message (MESSENGER.md)

# A generic tap's title (the catalog key it is written with) → the key that names it with its
# PNR or train, by the request it sends ("Refresh" → "Refresh 4512345678", "Live 12627"); any
# other tap is led by what it is for ("12627: Route", "12627: Today's run").
_LABELS: Final[dict[tuple[str, type[Packable]], str]] = {
    (N_("pnr.chip_track"), TrackPnr): N_("alerts.chip_track"),
    (N_("chip.refresh"), PnrStatus): N_("chip.refresh_pnr"),
    (N_("chip.refresh"), LiveStatus): N_("chip.live_of"),
    (N_("chip.live"), LiveStatus): N_("chip.live_of"),
}


def on_last(replies: Sequence[Reply], language: Language, *, asking: bool = False) -> list[Reply]:
    """`replies` with the quick replies of every message on the last one (see the module). With
    `asking`, the last message asks a question, and its own quick replies lead."""
    if len(replies) < 2 or not any(reply.quick_replies for reply in replies[:-1]):
        return list(replies)
    offers = [reply.quick_replies for reply in replies]
    gathered = [*offers[-1], *_by_rank(offers[:-1])] if asking else _by_rank(offers)
    if _ambiguous(offers):
        gathered = [_labelled(quick, language) for quick in gathered]
    kept: list[QuickReply] = []
    for quick in gathered:  # one tap, one title: the first offered of each
        if all(quick.payload != other.payload and quick.title != other.title for other in kept):
            kept.append(quick)
    earlier = [reply.model_copy(update={"quick_replies": ()}) for reply in replies[:-1]]
    last = replies[-1].model_copy(update={"quick_replies": tuple(kept[:MAX_QUICK_REPLIES])})
    return [*earlier, last]


def _by_rank(offers: Sequence[Sequence[QuickReply]]) -> list[QuickReply]:
    """Every message's first quick reply, then every message's second, and so on; those of one
    title (two cards' Refresh) side by side, in the order of their messages."""
    ranked = [
        (number, quick)
        for rank in zip_longest(*offers)
        for number, quick in enumerate(rank)
        if quick is not None
    ]
    titles = list(dict.fromkeys(quick.title for _, quick in ranked))
    ranked.sort(key=lambda offered: (titles.index(offered[1].title), offered[0]))
    return [quick for _, quick in ranked]


def _ambiguous(offers: Sequence[Sequence[QuickReply]]) -> bool:
    """Whether one title is offered for different taps (two cards' Refresh)."""
    payloads: dict[str, set[str]] = {}
    for quick in (quick for offer in offers for quick in offer):
        payloads.setdefault(quick.title, set()).add(quick.payload)
    return any(len(sent) > 1 for sent in payloads.values())


def _labelled(quick: QuickReply, language: Language) -> QuickReply:
    """`quick` titled with the PNR or train it is for, unless its title names it already or it
    is for neither."""
    request = unpack(quick.payload)
    if request is None:
        return quick
    pnr, train = getattr(request, "pnr", None), getattr(request, "train", None)
    item = pnr if isinstance(pnr, str) else train if isinstance(train, str) else None
    if item is None or item in quick.title:
        return quick
    title = t(language, "chip.for_item", item=item, title=quick.title)
    for (generic, kind), key in _LABELS.items():
        if isinstance(request, kind) and quick.title == t(language, generic):
            title = t(language, key, pnr=item, train=item)
    return chip(title, quick.payload)
