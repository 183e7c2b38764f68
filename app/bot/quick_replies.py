"""Where an answer's quick replies go: under its last message, the only place Messenger shows them.

Messenger keeps a message's quick replies only while it is the last one in the thread: those of an
earlier message of the same answer vanish when the next arrives ("pnr 4512345678 and 4523456789":
the first card's Track this PNR could never be tapped). So an answer of several messages carries
every message's quick replies on its last one, grouped by message in the order of the messages
(a booking's taps together, then a train's: never one of each in turn), those of one title side
by side (two cards' Track, then their Refresh), a tap two messages offer with the last of them,
the last message's own first when it asks a question (its options are the answer to it), the
same tap once, at most Messenger's 13: each message keeps its most useful ones when they do not
all fit. Where the messages are about different bookings or trains, or two offer one title for
different taps (two cards' Refresh), every chip says what it is for ("Track 4512345678",
"Refresh 4523456789", "Live 12627", "12627: Route"). Buttons and cards stay on their messages:
they do not vanish.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from app.bot.format import chip
from app.bot.replies import QuickReply, Reply
from app.bot.requests import AlertStop, LiveStatus, PnrStatus, TrackPnr
from app.bot.requests.base import Packable, unpack
from app.i18n import N_, t
from app.i18n.language import Language

MAX_QUICK_REPLIES: Final = 13  # Messenger's limit per message (MESSENGER.md)

# A generic tap's title (the catalog key it is written with) → the key that names it with its
# PNR or train, by the request it sends ("Refresh" → "Refresh 4512345678", "Live 12627"); any
# other tap is led by what it is for ("12627: Route", "12627: Today's run").
_LABELS: Final[dict[tuple[str, type[Packable]], str]] = {
    (N_("pnr.chip_track"), TrackPnr): N_("alerts.chip_track"),
    (N_("alerts.chip_stop"), AlertStop): N_("alerts.chip_stop_one"),
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
    gathered = [*offers[-1], *_grouped(offers[:-1])] if asking else _grouped(offers)
    if _ambiguous(offers):
        gathered = [_labelled(quick, language) for quick in gathered]
    elif _of_different_items(offers):
        # "Refresh", "Live status", "Track this PNR" would not say whose: named, as briefly
        gathered = [_labelled(quick, language, generic_only=True) for quick in gathered]
    kept: list[QuickReply] = []
    for quick in gathered:  # one tap, one title: the first offered of each
        if all(quick.payload != other.payload and quick.title != other.title for other in kept):
            kept.append(quick)
    earlier = [reply.model_copy(update={"quick_replies": ()}) for reply in replies[:-1]]
    last = replies[-1].model_copy(update={"quick_replies": tuple(kept[:MAX_QUICK_REPLIES])})
    return [*earlier, last]


def _grouped(offers: Sequence[Sequence[QuickReply]]) -> list[QuickReply]:
    """The quick replies of every message, message after message (those of one title side by
    side, a tap offered again with its last offer), each message's most useful first and as
    many of each as fit in Messenger's 13, the room shared out rank by rank."""
    fitting = _room(offers)
    later = [
        {quick.payload for offer in offers[number + 1 :] for quick in offer}
        for number in range(len(offers))
    ]
    placed: list[QuickReply] = []
    for number, offer in enumerate(offers):
        for quick in offer[: fitting[number]]:
            if quick.payload in later[number]:
                continue  # offered again further on: with the last message offering it
            same = [at for at, other in enumerate(placed) if _alike(other, quick)]
            placed.insert(same[-1] + 1 if same else len(placed), quick)
    return placed


def _alike(one: QuickReply, other: QuickReply) -> bool:
    """Whether two taps are the same tap for two items (two cards' Track): one title, one kind
    of question (a booking's Refresh and a train's are not alike)."""
    return one.title == other.title and one.payload.split(":")[0] == other.payload.split(":")[0]


def _room(offers: Sequence[Sequence[QuickReply]]) -> list[int]:
    """How many of each message's quick replies fit: every message's first, then every
    message's second, and so on, until Messenger's 13 are taken."""
    fitting = [0] * len(offers)
    left = MAX_QUICK_REPLIES
    for rank in range(max(len(offer) for offer in offers)):
        for number, offer in enumerate(offers):
            if rank < len(offer) and left:
                fitting[number] += 1
                left -= 1
    return fitting


def _of_different_items(offers: Sequence[Sequence[QuickReply]]) -> bool:
    """Whether the messages' taps are about different bookings or trains ("pnr 4512345678 and
    live 12627"): a chip's plain "Refresh" or "Live status" would not say whose."""
    items = {frozenset(filter(None, map(_item_of, offer))) for offer in offers}
    return len(items - {frozenset()}) > 1


def _item_of(quick: QuickReply) -> str | None:
    """The PNR or train a tap is for, if any."""
    request = unpack(quick.payload)
    if request is None:
        return None
    pnr, train = getattr(request, "pnr", None), getattr(request, "train", None)
    return pnr if isinstance(pnr, str) else train if isinstance(train, str) else None


def _ambiguous(offers: Sequence[Sequence[QuickReply]]) -> bool:
    """Whether one title is offered for different taps (two cards' Refresh)."""
    payloads: dict[str, set[str]] = {}
    for quick in (quick for offer in offers for quick in offer):
        payloads.setdefault(quick.title, set()).add(quick.payload)
    return any(len(sent) > 1 for sent in payloads.values())


def _labelled(quick: QuickReply, language: Language, *, generic_only: bool = False) -> QuickReply:
    """`quick` titled with the PNR or train it is for, unless its title names it already or it
    is for neither; with `generic_only`, only a generic tap ("Refresh", "Live status")."""
    request = unpack(quick.payload)
    item = _item_of(quick)
    if request is None or item is None or item in quick.title:
        return quick
    title = None if generic_only else t(language, "chip.for_item", item=item, title=quick.title)
    for (generic, kind), key in _LABELS.items():
        if isinstance(request, kind) and quick.title == t(language, generic):
            title = t(language, key, pnr=item, train=item)
    return quick if title is None else chip(title, quick.payload)
