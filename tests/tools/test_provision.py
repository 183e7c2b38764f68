"""`make test` provisions what the suite needs where it can, and otherwise says exactly what to
install and stops (tools/provision.sh, run here against stand-in commands)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPT = ROOT / "tools" / "provision.sh"


def command(bin_dir: Path, name: str, body: str) -> None:
    path = bin_dir / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


@pytest.fixture
def machine(tmp_path: Path) -> Path:
    """A PATH with only what the script needs to run, as a user who is not root; tests add the
    commands the machine has."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("dirname", "cat", "bash"):
        found = shutil.which(tool)
        assert found is not None
        (bin_dir / tool).symlink_to(found)
    command(bin_dir, "id", "echo 1000")
    return bin_dir


def provision(bin_dir: Path, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    chromium = tmp_path / "no-chromium"
    stations = tmp_path / "stations.json"
    stations.write_text("[]")
    variables = {
        "PATH": str(bin_dir),
        "HOME": str(tmp_path),
        "CHROMIUM": str(chromium),
        "STATIONS": str(stations),
        "ENGINE_SCRIPT": str(tmp_path / "no-engine-script.sh"),
        **env,
    }
    bash = shutil.which("bash")
    assert bash is not None
    return subprocess.run(
        [bash, str(SCRIPT)], env=variables, capture_output=True, text=True, timeout=60, check=False
    )


def installed_chromium(tmp_path: Path) -> str:
    chromium = tmp_path / "chromium"
    chromium.write_text("#!/bin/sh\n")
    chromium.chmod(0o755)
    return str(chromium)


def test_without_the_shared_stations_beside_the_checkout_it_says_so_and_stops(
    machine: Path, tmp_path: Path
) -> None:
    command(machine, "redis-server", "exit 0")
    result = provision(machine, tmp_path, STATIONS=str(tmp_path / "shared" / "stations.json"))
    assert result.returncode == 1
    assert "shared open data" in result.stderr
    assert "next to shared/" in result.stderr


def test_without_redis_it_names_the_package_and_stops(machine: Path, tmp_path: Path) -> None:
    result = provision(machine, tmp_path)
    assert result.returncode == 1
    assert "redis-server is not installed" in result.stderr
    assert "apt-get install redis-server" in result.stderr


def test_without_chromium_it_names_the_package_and_stops(machine: Path, tmp_path: Path) -> None:
    command(machine, "redis-server", "exit 0")
    result = provision(machine, tmp_path)
    assert result.returncode == 1
    assert "Chromium" in result.stderr
    assert "sudo apt-get install chromium" in result.stderr


def test_without_a_container_engine_it_says_how_to_get_one_or_leave_the_test_out(
    machine: Path, tmp_path: Path
) -> None:
    command(machine, "redis-server", "exit 0")
    result = provision(machine, tmp_path, CHROMIUM=installed_chromium(tmp_path))
    assert result.returncode == 1
    assert "docker info must answer" in result.stderr
    assert "make test CONTAINERS=0" in result.stderr


def test_with_containers_left_out_redis_and_chromium_are_enough(
    machine: Path, tmp_path: Path
) -> None:
    command(machine, "redis-server", "exit 0")
    result = provision(machine, tmp_path, CHROMIUM=installed_chromium(tmp_path), CONTAINERS="0")
    assert result.returncode == 0, result.stderr


def test_as_root_it_installs_with_apt_and_starts_the_engine_without_nat(
    machine: Path, tmp_path: Path
) -> None:
    log, running = tmp_path / "log", tmp_path / "engine-running"
    command(machine, "id", "echo 0")
    # apt puts Chromium where the browser test looks; the engine script starts a Docker engine
    # with Compose and the base images, which `docker` then answers for.
    command(
        machine,
        "apt-get",
        f'echo "apt-get $*" >> {log}\n'
        'case "$*" in *" chromium"*) echo "#!/bin/sh" > "$CHROMIUM"; chmod +x "$CHROMIUM";; esac',
    )
    command(machine, "docker", f"test -f {running}")
    engine = tmp_path / "engine.sh"
    engine.write_text(f'echo "engine NAT=$NAT" >> {log}\necho > {running}\n')
    chmod = shutil.which("chmod")
    assert chmod is not None
    (machine / "chmod").symlink_to(chmod)
    result = provision(machine, tmp_path, ENGINE_SCRIPT=str(engine), DEBIAN_FRONTEND="")
    assert result.returncode == 0, result.stderr
    steps = log.read_text().splitlines()
    assert steps[0] == "apt-get update -qq"
    assert "apt-get install -y -qq --no-install-recommends redis-server" in steps
    assert "apt-get install -y -qq --no-install-recommends chromium" in steps
    assert steps[-1] == "engine NAT=0"


def test_an_engine_script_that_brings_up_no_engine_is_named_and_stops(
    machine: Path, tmp_path: Path
) -> None:
    command(machine, "id", "echo 0")
    command(machine, "redis-server", "exit 0")
    command(machine, "docker", "exit 1")
    engine = tmp_path / "engine.sh"
    engine.write_text("exit 0\n")
    result = provision(
        machine, tmp_path, CHROMIUM=installed_chromium(tmp_path), ENGINE_SCRIPT=str(engine)
    )
    assert result.returncode == 1
    assert "still do not answer" in result.stderr
    assert "make test CONTAINERS=0" in result.stderr


def test_make_test_provisions_before_it_runs_the_suite() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert "\ntest: lint provision\n" in makefile
    assert "tools/provision.sh" in makefile
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
