"""Only bodies signed with the app secret, over their exact bytes, are queued; every malformed,
ambiguous or foreign signature is refused (403) before the body is even parsed, and a blank
secret stops the service from starting at all."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
from pathlib import Path

import pytest

from app.__main__ import main as cli
from app.errors import ConfigurationError
from app.main import create_app
from tests.support.messenger import (
    APP_SECRET,
    EchoResponder,
    GraphRecorder,
    make_settings,
    message_body,
    running_app,
)

BODY = message_body("7016000000000001", "m_sig_sec", "pnr 4512345678")
SHA256 = hmac.new(APP_SECRET.encode(), BODY, hashlib.sha256).hexdigest()
SHA1 = hmac.new(APP_SECRET.encode(), BODY, hashlib.sha1).hexdigest()
WRONG = "0" * 64
BASE64 = base64.b64encode(hmac.new(APP_SECRET.encode(), BODY, hashlib.sha256).digest()).decode()

Headers = list[tuple[str, str | bytes]]

CASES: dict[str, tuple[Headers, int]] = {
    "valid": ([("X-Hub-Signature-256", f"sha256={SHA256}")], 200),
    "uppercase-hex": ([("X-Hub-Signature-256", f"sha256={SHA256.upper()}")], 200),
    "padded-with-spaces": ([("X-Hub-Signature-256", f"  sha256={SHA256}  ")], 200),
    "sha1-only": ([("X-Hub-Signature", f"sha1={SHA1}")], 200),
    "missing": ([], 403),
    "empty": ([("X-Hub-Signature-256", "")], 403),
    "prefix-only": ([("X-Hub-Signature-256", "sha256=")], 403),
    "missing-prefix": ([("X-Hub-Signature-256", SHA256)], 403),
    "uppercase-prefix": ([("X-Hub-Signature-256", f"SHA256={SHA256}")], 403),
    "sha1-prefix-on-sha256": ([("X-Hub-Signature-256", f"sha1={SHA256}")], 403),
    "sha1-digest-in-256-header": ([("X-Hub-Signature-256", f"sha256={SHA1}")], 403),
    "sha256-digest-in-sha1-header": ([("X-Hub-Signature", f"sha1={SHA256}")], 403),
    "one-hex-digit-short": ([("X-Hub-Signature-256", f"sha256={SHA256[:-1]}")], 403),
    "two-hex-digits-short": ([("X-Hub-Signature-256", f"sha256={SHA256[:-2]}")], 403),
    "one-hex-digit-long": ([("X-Hub-Signature-256", f"sha256={SHA256}0")], 403),
    "doubled": ([("X-Hub-Signature-256", f"sha256={SHA256}{SHA256}")], 403),
    "not-hex": ([("X-Hub-Signature-256", "sha256=" + "g" * 64)], 403),
    "base64-instead-of-hex": ([("X-Hub-Signature-256", f"sha256={BASE64}")], 403),
    "non-ascii": ([("X-Hub-Signature-256", f"sha256={SHA256[:-1]}é".encode("latin-1"))], 403),
    "nul-byte": ([("X-Hub-Signature-256", f"sha256={SHA256}\x00".encode())], 403),
    "zeros": ([("X-Hub-Signature-256", f"sha256={WRONG}")], 403),
    "wrong-256-with-valid-sha1": (
        [("X-Hub-Signature-256", f"sha256={WRONG}"), ("X-Hub-Signature", f"sha1={SHA1}")],
        403,
    ),
    "two-valid-256": (
        [("X-Hub-Signature-256", f"sha256={SHA256}"), ("X-Hub-Signature-256", f"sha256={SHA256}")],
        403,
    ),
    "valid-then-wrong-256": (
        [("X-Hub-Signature-256", f"sha256={SHA256}"), ("X-Hub-Signature-256", f"sha256={WRONG}")],
        403,
    ),
    "wrong-then-valid-256": (
        [("X-Hub-Signature-256", f"sha256={WRONG}"), ("X-Hub-Signature-256", f"sha256={SHA256}")],
        403,
    ),
    "two-sha1": (
        [("X-Hub-Signature", f"sha1={SHA1}"), ("X-Hub-Signature", f"sha1={SHA1}")],
        403,
    ),
    "comma-joined": ([("X-Hub-Signature-256", f"sha256={SHA256}, sha256={SHA256}")], 403),
}


@pytest.mark.parametrize("case", sorted(CASES))
async def test_signature_edge_cases(case: str, graph: GraphRecorder) -> None:
    headers, status = CASES[case]
    async with running_app(make_settings(None), responder=EchoResponder()) as (_, client):
        response = await client.post(
            "/webhook", content=BODY, headers=[("Content-Type", "application/json"), *headers]
        )
        assert response.status_code == status
        if status == 200:
            await graph.wait_for_messages(1)
        await asyncio.sleep(0.1)
    assert len(graph.messages) == (1 if status == 200 else 0)


@pytest.mark.parametrize(
    "tampered",
    [BODY + b" ", BODY[:-1], BODY.replace(b"4512345678", b"4512345679"), b" " + BODY],
    ids=["trailing-space", "truncated", "one-digit-changed", "leading-space"],
)
async def test_a_valid_signature_over_other_bytes_is_refused(
    tampered: bytes, graph: GraphRecorder
) -> None:
    async with running_app(make_settings(None), responder=EchoResponder()) as (_, client):
        response = await client.post(
            "/webhook", content=tampered, headers={"X-Hub-Signature-256": f"sha256={SHA256}"}
        )
        await asyncio.sleep(0.1)
    assert response.status_code == 403
    assert graph.messages == []


async def test_a_refused_body_is_never_parsed() -> None:
    """A 403 comes before JSON parsing: an unsigned garbage body is 403, not 400."""
    async with running_app(make_settings(None), run_worker=False) as (_, client):
        response = await client.post("/webhook", content=b"{not json", headers={})
    assert response.status_code == 403


@pytest.mark.parametrize("blank", ["", " ", "\t", "\n  "])
def test_a_blank_app_secret_refuses_to_start(blank: str) -> None:
    with pytest.raises(ConfigurationError, match="FB_APP_SECRET"):
        create_app(make_settings(None, fb_app_secret=blank))


def test_the_cli_will_not_serve_with_a_blank_app_secret(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.setenv("FB_APP_SECRET", "")
    assert cli(["serve", "--port", "0"]) == 2
    assert "FB_APP_SECRET" in capsys.readouterr().err


async def test_without_an_app_secret_nothing_is_accepted(graph: GraphRecorder) -> None:
    settings = make_settings(None, fb_app_secret=None)
    async with running_app(settings, responder=EchoResponder()) as (_, client):
        for headers in ({}, {"X-Hub-Signature-256": f"sha256={SHA256}"}):
            response = await client.post("/webhook", content=BODY, headers=headers)
            assert response.status_code == 403
        unsigned = hmac.new(b"", BODY, hashlib.sha256).hexdigest()  # "signed" with no secret
        response = await client.post(
            "/webhook", content=BODY, headers={"X-Hub-Signature-256": f"sha256={unsigned}"}
        )
        assert response.status_code == 403
        await asyncio.sleep(0.1)
    assert graph.messages == []
