"""The conversation, free of any channel: a message in, replies out.

`conversation` runs one message: `turns` reads it into a request (`requests`, understood by
`understanding` when it is text), `router` hands the request to its handler (`handlers`, and
`alerts` for PNR alerts), and `state` keeps the question the bot asked last.
"""
