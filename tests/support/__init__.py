"""Helpers shared by the webhook, queue and worker tests."""
