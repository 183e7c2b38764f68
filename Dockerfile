# RailBot: one image for the web service and the workers (docker-compose.yml runs both).
# It installs exactly the versions pinned in requirements.lock (every file's hash checked), then
# the project itself; no test or lint tools.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /opt/venv
# Dependencies first: this layer is rebuilt only when the lock changes.
COPY requirements.lock ./
RUN /opt/venv/bin/pip install --require-hashes --no-deps -r requirements.lock
# Language understanding is compiled to C by mypyc (tools/compile.py), as `make install` does:
# a C compiler and the Python headers from apt, and mypy (which brings mypyc) at the version and
# hashes of requirements-dev.lock, into /opt/mypyc, which the image does not keep. Where this
# build reaches no package source, or the compile fails, one line says so and the image runs
# understanding as pure Python (app/compiled.py loads nothing compiled unless it is its source).
COPY requirements-dev.lock ./
RUN { apt-get update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
         gcc libc6-dev python3-dev >/dev/null \
      && awk '/^[a-z]/ { keep = $1 ~ /^(mypy|mypy-extensions|librt|pathspec|ast-serialize|typing-extensions)==/ } \
              keep && !/^ *#/' requirements-dev.lock >/tmp/mypyc.txt \
      && /opt/venv/bin/pip install --quiet --require-hashes --no-deps --target /opt/mypyc \
         -r /tmp/mypyc.txt; } \
    || echo "no C compiler or mypyc in this build: RailBot runs as pure Python (slower language understanding)"
# pyproject.toml holds the mypy settings (and plugin) the compile type-checks with.
COPY pyproject.toml ./
COPY app ./app
COPY tools/compile.py ./tools/
RUN PYTHONPATH=/opt/mypyc /opt/venv/bin/python tools/compile.py --soft
# The build backend is the locked one already installed above; the compiled modules and their
# manifest go in as package data. README.md (the package's long description) comes after the
# compile, so that editing the docs does not compile understanding again.
COPY README.md ./
RUN /opt/venv/bin/pip install --no-deps --no-build-isolation . && /opt/venv/bin/pip check

FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    RAILBOT_DATA_DIR=/data
RUN useradd --system --uid 10001 --home-dir /home/railbot --create-home --shell /usr/sbin/nologin railbot \
    && mkdir -p /data \
    && chown railbot:railbot /data
COPY --from=build /opt/venv /opt/venv
WORKDIR /home/railbot
USER railbot
VOLUME ["/data"]
EXPOSE 8000
# The slim image has no curl: ask /healthz with the standard library.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]
# SIGTERM (docker stop) makes either command finish what it holds and exit 0.
STOPSIGNAL SIGTERM
CMD ["python", "-m", "app", "serve", "--host", "0.0.0.0", "--port", "8000"]
