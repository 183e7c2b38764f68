"""PNR alerts: a traveller asks to be told when a booking's status changes.

- `subscriptions`: what each user follows, and where it is kept (the `AlertBook`).
- `changes`: what counts as a change of status, and how an alert words it.
- `schedule`: when each subscription is polled next.
- `poller`: the loop, beside every worker, that polls what is due and notifies changes.
- `handlers`: the conversation: subscribe, list and stop.
"""
