"""Verifying that a webhook body was signed by Facebook with our app secret."""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache


def signature_matches(
    secret: bytes, body: bytes, sha256_header: bytes | None, sha1_header: bytes | None
) -> bool:
    """Whether `body` carries a valid signature.

    `X-Hub-Signature-256` (`sha256=<hex>`) is checked when present; the older `X-Hub-Signature`
    (`sha1=<hex>`) only when the 256 one is absent. Headers are the raw bytes received, so a
    malformed or non-ASCII value simply fails. Hex digits may be of either case.
    """
    if sha256_header is not None:
        return _matches(sha256_header, b"sha256=", "sha256", secret, body)
    if sha1_header is not None:
        return _matches(sha1_header, b"sha1=", "sha1", secret, body)
    return False


def sign(secret: bytes, body: bytes) -> str:
    """The `X-Hub-Signature-256` value Facebook would send for `body` (for tests and tools)."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def _matches(header: bytes, prefix: bytes, digest: str, secret: bytes, body: bytes) -> bool:
    value = header.strip()
    if not value.startswith(prefix):
        return False
    try:
        received = bytes.fromhex(value[len(prefix) :].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return False
    mac = _keyed(secret, digest).copy()
    mac.update(body)
    return hmac.compare_digest(received, mac.digest())


@lru_cache(maxsize=8)
def _keyed(secret: bytes, digest: str) -> hmac.HMAC:
    """An HMAC already keyed with the secret; copying it is cheaper than keying anew."""
    return hmac.new(secret, digestmod=digest)
