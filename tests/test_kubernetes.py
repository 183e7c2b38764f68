"""The Kubernetes manifests (deploy/k8s) render with `kubectl kustomize`, every overlay, and each
resource validates offline against the Kubernetes schemas (kubernetes-validate), strictly: an
unknown or misplaced field fails. KEDA's ScaledObject is a custom resource those schemas do not
cover: its fields are checked here against the ScaledObject definition (keda.sh/v1alpha1) and the
redis-sentinel-streams scaler's parameters. And the manifests agree with the code: commands the
CLI accepts, probes on routes that exist, settings the service reads, the stream and group the
workers consume, a termination grace longer than the worker's shutdown grace (as in
docker-compose.yml), and the Redis chart's values that the promises rest on.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml
from kubernetes_validate.utils import latest_version

from app.__main__ import build_parser
from app.config import Settings
from app.constants import CONSUMER_GROUP, EVENTS_STREAM
from tests.support.messenger import make_settings
from tests.support.messenger import running_app as started

ROOT = Path(__file__).resolve().parent.parent
K8S = ROOT / "deploy" / "k8s"
OVERLAYS = sorted(path.parent for path in (K8S / "overlays").glob("*/kustomization.yaml"))
SETTINGS = {field.alias for field in Settings.model_fields.values() if field.alias}
Resource = dict[str, Any]

# The ScaledObject fields used here, as keda.sh/v1alpha1 defines them (KEDA 2.12+).
SCALED_OBJECT = {
    "type": "object",
    "required": ["apiVersion", "kind", "metadata", "spec"],
    "additionalProperties": False,
    "properties": {
        "apiVersion": {"const": "keda.sh/v1alpha1"},
        "kind": {"const": "ScaledObject"},
        "metadata": {"type": "object", "required": ["name"]},
        "spec": {
            "type": "object",
            "required": ["scaleTargetRef", "triggers"],
            "additionalProperties": False,
            "properties": {
                "scaleTargetRef": {
                    "type": "object",
                    "required": ["name"],
                    "additionalProperties": False,
                    "properties": {
                        "name": {"type": "string"},
                        "kind": {"type": "string"},
                        "apiVersion": {"type": "string"},
                        "envSourceContainerName": {"type": "string"},
                    },
                },
                "minReplicaCount": {"type": "integer", "minimum": 0},
                "maxReplicaCount": {"type": "integer", "minimum": 1},
                "idleReplicaCount": {"type": "integer", "minimum": 0},
                "pollingInterval": {"type": "integer", "minimum": 1},
                "cooldownPeriod": {"type": "integer", "minimum": 0},
                "fallback": {"type": "object"},
                "advanced": {"type": "object"},
                "triggers": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "required": ["type", "metadata"],
                        "additionalProperties": False,
                        "properties": {
                            "type": {"type": "string"},
                            "name": {"type": "string"},
                            "metadata": {
                                "type": "object",
                                "additionalProperties": {"type": "string"},
                            },
                            "authenticationRef": {"type": "object"},
                            "metricType": {"enum": ["AverageValue", "Value", "Utilization"]},
                            "useCachedMetrics": {"type": "boolean"},
                        },
                    },
                },
            },
        },
    },
}
# The redis-sentinel-streams scaler's parameters (KEDA's documentation of the scaler).
SENTINEL_STREAMS_PARAMETERS = {
    "addresses", "addressesFromEnv", "hosts", "hostsFromEnv", "ports", "portsFromEnv",
    "usernameFromEnv", "passwordFromEnv", "sentinelUsernameFromEnv", "sentinelPasswordFromEnv",
    "sentinelMaster", "sentinelMasterFromEnv", "stream", "consumerGroup", "pendingEntriesCount",
    "streamLength", "lagCount", "activationLagCount", "enableTLS", "unsafeSsl", "databaseIndex",
}  # fmt: skip


def render(path: Path) -> list[Resource]:
    kubectl = shutil.which("kubectl")
    assert kubectl is not None, "kubectl is needed to render the manifests"
    out = subprocess.run(
        [kubectl, "kustomize", str(path)], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    return [doc for doc in yaml.safe_load_all(out) if doc]


def find(resources: list[Resource], kind: str, name: str) -> Resource:
    [found] = [r for r in resources if r["kind"] == kind and r["metadata"]["name"] == name]
    return found


@pytest.fixture(scope="module")
def rendered() -> dict[str, list[Resource]]:
    return {path.name: render(path) for path in [K8S / "base", *OVERLAYS]}


def test_there_is_a_production_overlay_and_a_keda_one() -> None:
    assert {path.name for path in OVERLAYS} >= {"production", "keda"}


@pytest.mark.parametrize("target", ["base", *(path.name for path in OVERLAYS)])
def test_every_resource_validates_against_the_kubernetes_schemas(
    rendered: dict[str, list[Resource]], target: str
) -> None:
    version = latest_version()
    for resource in rendered[target]:
        if resource["apiVersion"].startswith("keda.sh/"):
            jsonschema.validate(resource, SCALED_OBJECT)
            continue
        kubernetes_validate.validate(resource, version, strict=True)


def test_the_keda_scaler_reads_the_workers_queue_lag(rendered: dict[str, list[Resource]]) -> None:
    resources = rendered["keda"]
    scaler = find(resources, "ScaledObject", "railbot-worker")
    worker = find(resources, "Deployment", "railbot-worker")
    assert scaler["metadata"].get("namespace") == worker["metadata"]["namespace"]
    assert scaler["spec"]["scaleTargetRef"]["name"] == worker["metadata"]["name"]
    assert "replicas" not in worker["spec"]  # KEDA owns the count
    assert scaler["spec"]["minReplicaCount"] >= 1  # alerts are polled by workers
    [trigger] = scaler["spec"]["triggers"]
    metadata = trigger["metadata"]
    assert trigger["type"] == "redis-sentinel-streams"
    assert set(metadata) <= SENTINEL_STREAMS_PARAMETERS
    assert (metadata["stream"], metadata["consumerGroup"]) == (EVENTS_STREAM, CONSUMER_GROUP)
    assert int(metadata["lagCount"]) > 0 and "activationLagCount" in metadata
    # The ...FromEnv parameters name variables the worker's container really has.
    environment = container_environment(resources, worker)
    for name, value in metadata.items():
        if name.endswith("FromEnv"):
            assert value in environment, f"{name}: the worker has no {value}"


def container_environment(resources: list[Resource], deployment: Resource) -> dict[str, str]:
    [container] = deployment["spec"]["template"]["spec"]["containers"]
    environment = {item["name"]: item.get("value", "<a reference>") for item in container["env"]}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            config = find(resources, "ConfigMap", source["configMapRef"]["name"])
            environment.update(config["data"])
    return environment


def test_the_pods_run_the_commands_the_cli_knows(rendered: dict[str, list[Resource]]) -> None:
    resources = rendered["production"]
    commands = {}
    for name in ("railbot-web", "railbot-worker"):
        [container] = find(resources, "Deployment", name)["spec"]["template"]["spec"]["containers"]
        assert container["command"][:3] == ["python", "-m", "app"]
        commands[name] = build_parser().parse_args(container["command"][3:])
    assert commands["railbot-web"].command == "serve" and commands["railbot-web"].no_worker
    assert commands["railbot-worker"].command == "worker"


async def test_the_probes_ask_routes_that_answer(rendered: dict[str, list[Resource]]) -> None:
    web = find(rendered["production"], "Deployment", "railbot-web")
    [container] = web["spec"]["template"]["spec"]["containers"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    async with started(make_settings(None), run_worker=False) as (_, client):
        for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
            answer = await client.get(container[probe]["httpGet"]["path"])
            assert answer.status_code == 200, probe
    service = find(rendered["production"], "Service", "railbot-web")
    assert service["spec"]["selector"] == web["spec"]["selector"]["matchLabels"]


def test_the_web_service_scales_on_cpu(rendered: dict[str, list[Resource]]) -> None:
    autoscaler = find(rendered["production"], "HorizontalPodAutoscaler", "railbot-web")
    assert autoscaler["spec"]["scaleTargetRef"]["name"] == "railbot-web"
    assert autoscaler["spec"]["minReplicas"] >= 2


def test_the_config_holds_only_settings_the_service_reads(
    rendered: dict[str, list[Resource]],
) -> None:
    config = find(rendered["production"], "ConfigMap", "railbot-config")
    assert set(config["data"]) <= SETTINGS
    assert config["data"]["REDIS_SENTINEL_MASTER"] == values()["sentinel"]["masterSet"]
    settings = Settings(_env_file=None, **config["data"])  # type: ignore[call-arg]
    assert len(settings.sentinels) == values()["replica"]["replicaCount"]
    assert settings.replicas_required == 1


def test_a_stopping_worker_gets_its_grace_and_then_some_as_in_compose(
    rendered: dict[str, list[Resource]],
) -> None:
    config = find(rendered["production"], "ConfigMap", "railbot-config")
    worker = find(rendered["production"], "Deployment", "railbot-worker")
    grace = float(config["data"]["RAILBOT_SHUTDOWN_GRACE"])
    pod_grace = worker["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    assert grace + 3 <= pod_grace <= grace + 20
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert compose["services"]["worker"]["stop_grace_period"] == f"{pod_grace}s"


def values() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((K8S / "redis" / "values.yaml").read_text())
    return loaded


def test_the_redis_chart_values_keep_every_acknowledged_event() -> None:
    chart = values()
    assert chart["architecture"] == "replication"
    assert chart["sentinel"]["enabled"] is True
    assert chart["sentinel"]["quorum"] == 2
    # Three nodes: after a failover the new master still has a replica for WAIT.
    assert chart["replica"]["replicaCount"] >= 3
    assert chart["replica"]["persistence"]["enabled"] is True
    configuration = chart["commonConfiguration"].split("\n")
    assert "appendonly yes" in configuration and "appendfsync always" in configuration
    assert chart["auth"]["enabled"] is True and chart["auth"]["sentinel"] is True
