"""Fuzzing: hypothesis on webhook bodies and the queued events, schemathesis on the HTTP API."""
