"""Which railway answers: a local run with nothing configured gets the sample railway; a Page
(FB_PAGE_ACCESS_TOKEN set) never does unless RAILWAY_PROVIDER=sample says so, and then `serve`
warns at start."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from app.__main__ import main
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


def test_a_setting_that_cannot_work_stops_the_start_naming_each_variable_not_its_value(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An address without its scheme used to start and then answer every question "RailRadar
    # didn't answer"; an unknown time zone stopped the start with a 40-line traceback.
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("RAILWAY_API_URL", "api.railradar.in/v1")
    monkeypatch.setenv("RAILBOT_TZ", "Asia/Nowhere")
    monkeypatch.setenv("RAILBOT_WORKER_CONCURRENCY", "sixteen")

    assert main(["parse"]) == 2
    assert main(["worker", "--check"]) == 2

    errors = capsys.readouterr().err
    assert errors.splitlines()[:4] == [
        "railbot: configuration error:",
        "RAILWAY_API_URL: needs an http:// or https:// address with a host",
        "RAILBOT_TZ: needs a time zone name such as Asia/Kolkata",
        "RAILBOT_WORKER_CONCURRENCY: Input should be a valid integer, unable to parse string as"
        " an integer",
    ]
    assert "api.railradar.in" not in errors and "Traceback" not in errors


def test_an_address_with_its_scheme_is_kept_without_its_trailing_slash() -> None:
    assert settings(railway_api_url="http://127.0.0.1:8089/v2/").railway_api_url == (
        "http://127.0.0.1:8089/v2"
    )
