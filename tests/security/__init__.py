"""Security tests: signatures, body limits, path injection, secrets in logs, rate limit,
exposure."""
