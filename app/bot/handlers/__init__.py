"""One module per feature, each answering its request type; and what they share: `context`
(what a handler gets and returns), `asking` (asking for a missing field, with choice chips),
`railway_errors` (railway errors in a traveller's words), `paging` and `lookups` (what the
railway says about a train, asked to offer better choices)."""
