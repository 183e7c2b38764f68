"""While the railway makes a question wait: a person's question that waits for the provider's
call budget (up to `BUDGET_WAIT_S`, about 20 s) would show only the typing bubble. The channel
hears of each wait (`when_the_railway_waits`) and, when one passes a few seconds, says once that
the answer is still coming (`still_checking`), before the answer itself."""

from __future__ import annotations

from app.bot.replies import Reply
from app.i18n import t
from app.i18n.language import Language
from app.railways.budget import BudgetWaitHook, on_budget_wait

__all__ = ["BudgetWaitHook", "still_checking", "when_the_railway_waits"]

when_the_railway_waits = on_budget_wait


def still_checking(language: Language) -> Reply:
    """The one short line said while an answer waits for the railway: never an answer."""
    return Reply(text=t(language, "talk.still_checking"))
