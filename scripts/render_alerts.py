"""Write deploy/prometheus/alerts.yaml: the chart's PrometheusRule with its default values,
unscoped (any scrape job with "guardproxy" in its name instead of the release's job and
namespace). tests/test_deploy.py fails when the file differs from what this writes.

    python scripts/render_alerts.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yaml"
RELEASE_SCOPE = 'job="gp-guardproxy", namespace="llm"'
UNSCOPED = 'job=~".*guardproxy.*"'
HEADER = """\
# guardproxy's alerts, for prometheus-operator (kubectl apply -f, in the namespace your
# Prometheus selects rules from). Generated from the Helm chart's PrometheusRule with its
# default values (python scripts/render_alerts.py; tests/test_deploy.py keeps them equal);
# the chart renders the same alerts scoped to its release, each one tunable
# (metrics.prometheusRule.alerts). Each links to its section of docs/runbook.md.
# Here `job=~".*guardproxy.*"` selects guardproxy's scrape jobs: adjust it to yours.
"""


def rendered_alerts() -> str:
    import helm_python

    values = {"metrics": {"prometheusRule": {"enabled": True}}}
    with helm_python.Chart.load(ROOT / "helm" / "guardproxy") as chart:
        text = chart.render(values, name="gp", namespace="llm")[
            "guardproxy/templates/prometheusrule.yaml"]
    rule: dict[str, Any] = yaml.safe_load(text)
    rule["metadata"] = {"name": "guardproxy", "labels": {"app.kubernetes.io/name": "guardproxy"}}
    body = yaml.safe_dump(rule, sort_keys=False, width=1000, allow_unicode=True)
    assert RELEASE_SCOPE in body
    return HEADER + body.replace(RELEASE_SCOPE, UNSCOPED)


if __name__ == "__main__":
    ALERTS.write_text(rendered_alerts())
