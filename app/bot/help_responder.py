"""A responder that answers every message with what RailBot can do.

It stands in for the conversation layer wherever no real bot is wired, so that a deployment is
never silent.
"""

from __future__ import annotations

from app.bot.incoming import Incoming
from app.bot.replies import Reply

HELP_TEXT = """🚆 I'm RailBot. Ask me about Indian Railways:

• PNR status: "pnr 4512345678"
• Live running status: "12627 kaha hai"
• Trains between stations: "chennai se bangalore kal"
• Train route and timetable: "route 12951"
• Departures from a station: "trains from NDLS in next 4 hours"
• Seats and fares: "seats 12627 SBC MAS 3A tomorrow"
• Cancelled or rescheduled trains today

Type your question in English or Hinglish."""


class HelpResponder:
    """Answers anything with the help text."""

    async def respond(self, incoming: Incoming) -> list[Reply]:
        return [Reply(text=HELP_TEXT)]
