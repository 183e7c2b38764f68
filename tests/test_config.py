"""Which railway answers: a local run with nothing configured gets the sample railway; a Page
(FB_PAGE_ACCESS_TOKEN set) never does unless RAILWAY_PROVIDER=sample says so, and then `serve`
warns at start."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from app.commands import warn_sample_railway
from app.config import load_settings
from app.railways.assembly import assemble
from app.railways.stations import StationIndex
from app.store import MemoryStore


def settings(**values: Any) -> Any:
    return load_settings(_env_file=None, **values)


@pytest.mark.parametrize(
    ("values", "provider"),
    [
        ({}, "sample"),
        ({"fb_page_access_token": "EAAtoken"}, "offline"),
        ({"fb_page_access_token": "   "}, "sample"),  # blank is as good as unset
        ({"railway_api_key": "k3y"}, "railradar"),
        ({"railway_api_key": "k3y", "fb_page_access_token": "EAAtoken"}, "railradar"),
        ({"fb_page_access_token": "EAAtoken", "railway_provider": "sample"}, "sample"),
        ({"railway_provider": "offline"}, "offline"),
    ],
)
def test_the_provider_in_use(values: dict[str, Any], provider: str) -> None:
    assert settings(**values).provider == provider


def test_the_environment_chooses_as_documented(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FB_PAGE_ACCESS_TOKEN", "RAILWAY_API_KEY", "RAILWAY_PROVIDER"):
        monkeypatch.delenv(name, raising=False)
    assert settings().provider == "sample"
    monkeypatch.setenv("FB_PAGE_ACCESS_TOKEN", "EAAtoken")
    assert settings().provider == "offline"
    monkeypatch.setenv("RAILWAY_PROVIDER", "sample")
    assert settings().provider == "sample"


async def test_the_sample_provider_is_built_for_the_sample_setting(tmp_path: Path) -> None:
    sample = assemble(settings(data_dir=tmp_path), MemoryStore(), StationIndex.build())
    offline = assemble(
        settings(data_dir=tmp_path, railway_provider="offline"), MemoryStore(), StationIndex.build()
    )
    try:
        assert sample.provider.name == "sample+offline" and sample.budgets == {}
        assert (await sample.provider.train_route("12627")).source == "sample"
        assert offline.provider.name == "offline"
    finally:
        await sample.provider.aclose()
        await offline.provider.aclose()


@pytest.mark.parametrize(
    ("values", "warns"),
    [
        ({"fb_page_access_token": "EAAtoken", "railway_provider": "sample"}, True),
        # Behind a live provider, samples would still answer whenever it fails.
        (
            {
                "fb_page_access_token": "EAAtoken",
                "railway_provider": "railradar,sample",
                "railway_api_key": "k3y",
            },
            True,
        ),
        ({}, False),  # a local run: the sample railway is the point
        ({"fb_page_access_token": "EAAtoken"}, False),
    ],
)
def test_serve_warns_when_a_page_answers_from_samples(
    values: dict[str, Any], warns: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    assert warn_sample_railway(settings(**values)) is warns
    warned = [r for r in caplog.records if "sample railway" in r.getMessage()]
    assert len(warned) == (1 if warns else 0)
