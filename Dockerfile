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
COPY pyproject.toml README.md ./
COPY app ./app
# The build backend is the locked one already installed above.
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
