#!/usr/bin/env bash
# What `make test` needs beyond Python, provided where this machine allows it, else named:
#   - the shared open data beside the checkout (../shared/data/stations.json),
#   - redis-server (the tests start it when no Redis answers at REDIS_URL),
#   - Chromium at /usr/bin/chromium (the browser test), and an emoji font for its screenshot,
#   - a Docker engine with Compose and the base images (the container test), unless CONTAINERS=0.
# As root on Debian/Ubuntu the first two come from apt. The engine comes from
# ../shared/tools/container-engine.sh when it is there (NAT=0: no firewall rules stay behind;
# it builds the base images locally where no registry answers). Otherwise this script says
# exactly what to install and stops.
set -euo pipefail
cd "$(dirname "$0")/.."

CONTAINERS=${CONTAINERS:-1}
ENGINE_SCRIPT=${ENGINE_SCRIPT:-../shared/tools/container-engine.sh}
BASE_IMAGES=(python:3.11-slim redis:7-alpine)
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}  # where tests/test_browser.py looks for it
STATIONS=${STATIONS:-../shared/data/stations.json}

missing() {
    echo "make test: $1" >&2
    echo "  $2" >&2
    exit 1
}

can_apt() {
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1
}

apt_updated=0
apt_install() {
    if [ "$apt_updated" = 0 ]; then
        apt-get update -qq
        apt_updated=1
    fi
    echo "make test: installing $* (apt)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The stations the suite reads: shipped beside the project, never downloaded.
if [ ! -f "$STATIONS" ]; then
    missing "the suite reads $STATIONS (the shared open data), which is not beside this checkout." \
        "Check out the project next to shared/ (<dir>/shared and <dir>/<checkout>), as CI does."
fi

# Redis: the suite starts redis-server itself when nothing answers at REDIS_URL.
if ! command -v redis-server >/dev/null 2>&1; then
    if can_apt; then
        apt_install redis-server
    else
        missing "redis-server is not installed (the tests start it when no Redis answers)." \
            "Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis), or point REDIS_URL at a Redis you run."
    fi
fi

# Chromium for the browser test (Playwright drives the system's Chromium, never a download).
if [ ! -x "$CHROMIUM" ]; then
    if can_apt; then
        apt_install chromium || true
        [ -x "$CHROMIUM" ] || missing "apt did not install Chromium at $CHROMIUM." \
            "Install Chromium so that $CHROMIUM runs it (Debian: apt-get install chromium), and run make test again."
    else
        missing "the browser test needs Chromium at /usr/bin/chromium." \
            "Install it (Debian/Ubuntu: sudo apt-get install chromium) and run make test again."
    fi
fi

# The replies' emoji in the browser test's screenshot (the README's picture): nice to have, so
# installed where apt allows and never a reason to stop.
if can_apt && command -v fc-list >/dev/null 2>&1 && ! fc-list | grep -qi "Noto Color Emoji"; then
    apt_install fonts-noto-color-emoji || echo "make test: no emoji font; the screenshot shows boxes"
fi

[ "$CONTAINERS" = 0 ] && exit 0

engine_ready() {
    docker info >/dev/null 2>&1 || return 1
    docker compose version >/dev/null 2>&1 || docker-compose version >/dev/null 2>&1 || return 1
    local image
    for image in "${BASE_IMAGES[@]}"; do
        docker image inspect "$image" >/dev/null 2>&1 || return 1
    done
}

if ! engine_ready; then
    if [ "$(id -u)" = 0 ] && [ -f "$ENGINE_SCRIPT" ]; then
        echo "make test: starting the container engine ($ENGINE_SCRIPT, NAT=0; ~100 s the first time)"
        NAT=0 bash "$ENGINE_SCRIPT" || missing "$ENGINE_SCRIPT could not start the container engine." \
            "See its output above; start Docker with Compose yourself, or run: make test CONTAINERS=0"
        engine_ready || missing "the engine script ran, but docker info, Compose or the base images (${BASE_IMAGES[*]}) still do not answer." \
            "See its output above; start Docker with Compose yourself, or run: make test CONTAINERS=0"
    elif ! docker info >/dev/null 2>&1; then
        missing "the container test needs a running Docker engine (docker info must answer) with Compose." \
            "Install and start Docker with Compose (Debian: sudo apt-get install docker.io docker-compose), or run: make test CONTAINERS=0"
    elif ! { docker compose version >/dev/null 2>&1 || docker-compose version >/dev/null 2>&1; }; then
        missing "the container test needs Compose: docker compose (v2) or docker-compose (v1)." \
            "Install it (Debian: sudo apt-get install docker-compose), or run: make test CONTAINERS=0"
    fi
    # A running engine without the base images pulls them during the build.
fi
