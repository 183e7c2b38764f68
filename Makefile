# RailBot — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# `make test CONTAINERS=0` leaves out the container test and the engine it needs.
CONTAINERS ?= 1
# More pytest arguments, e.g. `make test PYTEST_ARGS='-x tests/bot'`.
PYTEST_ARGS ?=

.PHONY: install run test lint provision lock bench clean

# The locked versions (requirements-dev.lock), checked against pyproject.toml first; then
# language understanding compiled to C by mypyc (tools/compile.py: a few minutes on 2 cores, done
# again only when its sources change). Without a C compiler, or if the compile fails, one line
# says RailBot runs as pure Python (slower understanding) and the install still succeeds.
install: $(STAMP)
	@$(PY) tools/compile.py --soft

$(STAMP): pyproject.toml requirements-dev.lock
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is required" >&2; exit 1; }
	@$(PYTHON) tools/lock.py check
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements-dev.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

run: install
	RAILBOT_DEV_CHAT=$${RAILBOT_DEV_CHAT:-1} $(PY) -m app serve --host $(HOST) --port $(PORT)

lint: install
	$(PY) -m ruff check app tests bench tools
	$(PY) -m mypy --strict app tools

# What the suite needs beyond Python: Redis, Chromium and (unless CONTAINERS=0) a container engine.
provision:
	@CONTAINERS=$(CONTAINERS) bash tools/provision.sh

test: lint provision
	$(PY) -m pytest -q $(if $(filter 0,$(CONTAINERS)),-m "not container") $(PYTEST_ARGS)

# After changing dependencies in pyproject.toml: re-resolve both lock files, keeping every
# other pinned version (`make lock UPGRADE=1` takes the newest allowed versions of everything).
lock:
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is required" >&2; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@test -x $(VENV)/bin/uv || $(PY) -m pip install --quiet uv
	$(PY) tools/lock.py refresh $(if $(UPGRADE),--upgrade)

bench: install
	$(PY) -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build
	find app \( -name '*.so' -o -name compiled.json \) -delete
