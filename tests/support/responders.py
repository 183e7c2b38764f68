"""Responders for tests of the local channels: answers with every kind of reply Messenger shows."""

from __future__ import annotations

from app.bot.incoming import Incoming
from app.bot.replies import Button, Card, QuickReply, Reply


class MenuResponder:
    """Answers with a button template, a carousel and quick replies; records what it got."""

    def __init__(self) -> None:
        self.seen: list[Incoming] = []

    async def respond(self, incoming: Incoming) -> list[Reply]:
        self.seen.append(incoming)
        said = incoming.payload or incoming.text or ""
        return [
            Reply(
                text=f"You said {said}",
                buttons=(Button(title="Route", payload="ROUTE:12627:1"),),
            ),
            Reply(
                cards=(
                    Card(
                        title="12627 Karnataka Exp",
                        subtitle="SBC 19:20 → NDLS 09:15",
                        buttons=(
                            Button(title="Seats", payload="SEATS:12627"),
                            Button(title="Book", url="https://www.irctc.co.in/"),
                        ),
                    ),
                ),
                quick_replies=(
                    QuickReply(title="Live status", payload="LIVE:12627"),
                    QuickReply(title="Refresh", payload="PNR:4512345678"),
                ),
            ),
        ]
