{{/*
Names and labels, as `helm create` makes them.
*/}}
{{- define "guardproxy.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "guardproxy.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "guardproxy.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "guardproxy.selectorLabels" -}}
app.kubernetes.io/name: {{ include "guardproxy.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "guardproxy.labels" -}}
helm.sh/chart: {{ include "guardproxy.chart" . }}
{{ include "guardproxy.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
The pods guardproxy runs in: its own Deployment's (standalone), or the model server's
(sidecar: the labels in sidecar.podSelector).
*/}}
{{- define "guardproxy.podSelector" -}}
{{- if eq .Values.mode "sidecar" }}
{{- if not .Values.sidecar.podSelector }}
{{- fail "sidecar.podSelector: the labels of the model server's pods are required in sidecar mode" }}
{{- end }}
{{- /* Templated, so a value can name the release: "{{ .Release.Name }}". */}}
{{- tpl (toYaml .Values.sidecar.podSelector) . }}
{{- else }}
{{- include "guardproxy.selectorLabels" . }}
{{- end }}
{{- end }}

{{- define "guardproxy.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "guardproxy.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
The image: by digest when image.digest is set (what was tested is what runs), else by tag.
*/}}
{{- define "guardproxy.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/*
The ConfigMap holding the policies, or "" when the image's packaged policy applies.
*/}}
{{- define "guardproxy.policyConfigMap" -}}
{{- if .Values.policies.existingConfigMap }}
{{- if eq .Values.policies.rollout "rolling" }}
{{- fail "policies.rollout=rolling needs policies.files: the chart names the ConfigMap after its content, which it cannot do for policies.existingConfigMap" }}
{{- end }}
{{- .Values.policies.existingConfigMap }}
{{- else if .Values.policies.files }}
{{- if eq .Values.policies.rollout "rolling" }}
{{- /* Content-addressed: a policy change is a new ConfigMap, so a new pod template. */}}
{{- printf "%s-policies-%s" (include "guardproxy.fullname" .) (toYaml .Values.policies.files | sha256sum | trunc 10) }}
{{- else }}
{{- printf "%s-policies" (include "guardproxy.fullname" .) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
What --policy names: one file of the mounted ConfigMap, or the whole directory.
*/}}
{{- define "guardproxy.policyPath" -}}
{{- if .Values.policies.file }}
{{- printf "%s/%s" .Values.policies.mountPath .Values.policies.file }}
{{- else }}
{{- .Values.policies.mountPath }}
{{- end }}
{{- end }}

{{- define "guardproxy.configName" -}}
{{- printf "%s-config" (include "guardproxy.fullname" .) }}
{{- end }}

{{/*
The server settings (the -config ConfigMap's data), and their checksum for the pod template.
*/}}
{{- define "guardproxy.configData" -}}
{{- include "guardproxy.refusals" . }}
{{- if .Values.upstream.url }}
GUARDPROXY_UPSTREAM: {{ .Values.upstream.url | quote }}
{{- else if eq .Values.mode "sidecar" }}
{{- fail "upstream.url is required in sidecar mode: the model server in the same pod, e.g. http://127.0.0.1:8000" }}
{{- end }}
# Listen on the pod's interfaces: the CLI's default, 127.0.0.1, is unreachable from outside.
GUARDPROXY_HOST: "0.0.0.0"
GUARDPROXY_PORT: {{ .Values.server.port | quote }}
GUARDPROXY_ADMIN_PORT: {{ .Values.server.adminPort | quote }}
# The admin port too, for Prometheus (and the sidecar's preStop over loopback): it maps the
# filters, so networkPolicy.metricsFrom should name the scrapers (the CLI default is loopback).
GUARDPROXY_ADMIN_HOST: "0.0.0.0"
GUARDPROXY_WORKERS: {{ .Values.server.workers | int64 | quote }}
GUARDPROXY_LOG_LEVEL: {{ .Values.server.logLevel | quote }}
GUARDPROXY_LOG_FORMAT: {{ .Values.server.logFormat | quote }}
{{- if not .Values.server.replay.storeSecret.name }}
GUARDPROXY_REPLAY_STORE: {{ .Values.server.replay.store | quote }}
{{- end }}
GUARDPROXY_REPLAY_TTL: {{ .Values.server.replay.ttlSeconds | quote }}
GUARDPROXY_REPLAY_TIMEOUT: {{ .Values.server.replay.timeoutSeconds | quote }}
{{- if .Values.server.replay.tls.caSecret.name }}
GUARDPROXY_REPLAY_CA_FILE: {{ printf "%s/%s" (include "guardproxy.replayCaDir" .) .Values.server.replay.tls.caSecret.key | quote }}
{{- end }}
GUARDPROXY_REPLAY_MAX_ENTRIES: {{ .Values.server.replay.maxEntries | int64 | quote }}
GUARDPROXY_REPLAY_MAX_BYTES: {{ include "guardproxy.size" .Values.server.replay.maxBytes }}
GUARDPROXY_REPLAY_MAX_ENTRY_BYTES: {{ include "guardproxy.size" .Values.server.replay.maxEntryBytes }}
GUARDPROXY_WATCH: {{ .Values.policies.watch | quote }}
GUARDPROXY_CONNECT_TIMEOUT: {{ .Values.server.timeouts.connectSeconds | quote }}
GUARDPROXY_READ_TIMEOUT: {{ .Values.server.timeouts.readSeconds | quote }}
GUARDPROXY_MAX_REQUEST_BYTES: {{ include "guardproxy.size" .Values.server.limits.requestBytes }}
GUARDPROXY_MAX_RESPONSE_BYTES: {{ include "guardproxy.size" .Values.server.limits.responseBytes }}
GUARDPROXY_MAX_EVENT_BYTES: {{ include "guardproxy.size" .Values.server.limits.eventBytes }}
GUARDPROXY_MAX_HEADER_BYTES: {{ include "guardproxy.size" .Values.server.limits.headerBytes }}
GUARDPROXY_MAX_HEADERS: {{ .Values.server.limits.headers | int64 | quote }}
GUARDPROXY_MAX_CHOICES: {{ .Values.server.limits.choices | int64 | quote }}
GUARDPROXY_KEEP_ALIVE_TIMEOUT: {{ .Values.server.connections.keepAliveSeconds | int64 | quote }}
GUARDPROXY_LISTEN_BACKLOG: {{ .Values.server.connections.backlog | int64 | quote }}
{{- with .Values.server.connections.maxConcurrency }}
GUARDPROXY_MAX_CONCURRENCY: {{ . | int64 | quote }}
{{- end }}
# How long streams in flight may take to finish after SIGTERM; the pod's
# terminationGracePeriodSeconds is sized from the same value.
GUARDPROXY_GRACEFUL_SHUTDOWN: {{ .Values.shutdown.gracefulSeconds | int64 | quote }}
{{- with .Values.server.tenantHeader }}
GUARDPROXY_TENANT_HEADER: {{ . | quote }}
{{- end }}
# The root filesystem is read-only: Python must not try to write .pyc files, and anything
# that wants a home directory gets the /tmp emptyDir.
PYTHONDONTWRITEBYTECODE: "1"
HOME: /tmp
{{- end }}

{{/*
A size as GUARDPROXY_* takes it: text with a unit ("64MiB") as it is, a number of bytes as an
integer (YAML numbers reach templates as floats, which would print as 6.7108864e+07).
*/}}
{{- define "guardproxy.size" -}}
{{- if kindIs "string" . }}{{ . | quote }}{{ else }}{{ . | int64 | quote }}{{ end }}
{{- end }}

{{/*
Values the chart refuses to render, each with what to do instead.
*/}}
{{- define "guardproxy.refusals" -}}
{{- $userinfo := "^[a-z][a-z0-9+.-]*://[^/@]*@" }}
{{- if regexMatch $userinfo .Values.upstream.url }}
{{- fail "upstream.url holds credentials, which would be rendered into a ConfigMap in clear: pass the model server's key with the client's request, or through server.extraEnv from a Secret" }}
{{- end }}
{{- if regexMatch $userinfo .Values.server.replay.store }}
{{- fail "server.replay.store holds credentials, which would be rendered into a ConfigMap in clear: put the password in a Secret (server.replay.passwordSecret) or the whole URL (server.replay.storeSecret)" }}
{{- end }}
{{- $memory := and (eq .Values.server.replay.store "memory") (not .Values.server.replay.storeSecret.name) }}
{{- $replicas := or .Values.autoscaling.enabled (gt (int .Values.replicaCount) 1) }}
{{- if and (eq .Values.mode "standalone") $memory $replicas (eq .Values.service.sessionAffinity "None") }}
{{- fail "several replicas with server.replay.store=memory: a client's next request lands on another pod about half the time, which holds none of its originals (Anthropic then rejects the thinking blocks). Use a Redis store (server.replay.store or server.replay.storeSecret), set server.replay.store=off, or choose service.sessionAffinity=ClientIP" }}
{{- end }}
{{- if and .Values.server.tenantHeader (not .Values.networkPolicy.enabled) }}
{{- fail "server.tenantHeader lets whoever sets the header choose a policy: enable networkPolicy, with networkPolicy.ingressFrom naming the gateway that sets it" }}
{{- end }}
{{- if and .Values.server.tenantHeader (not .Values.networkPolicy.ingressFrom) }}
{{- fail "server.tenantHeader needs networkPolicy.ingressFrom to name the gateway that sets the header: otherwise any pod can send it" }}
{{- end }}
{{- end }}

{{- define "guardproxy.replayCaDir" -}}
/etc/guardproxy/replay-ca
{{- end }}

{{- define "guardproxy.configChecksum" -}}
{{- include "guardproxy.configData" . | sha256sum }}
{{- end }}

{{- define "guardproxy.policiesChecksum" -}}
{{- toYaml .Values.policies | sha256sum }}
{{- end }}

{{- define "guardproxy.terminationGracePeriodSeconds" -}}
{{- add .Values.shutdown.preStopSleepSeconds .Values.shutdown.gracefulSeconds .Values.shutdown.marginSeconds }}
{{- end }}

{{/*
The guardproxy container. The standalone Deployment uses it, and so does a model-server chart
that runs guardproxy as a sidecar: it includes this template with the guardproxy subchart's
context (`include "guardproxy.container" .Subcharts.guardproxy`), or copies the output that
NOTES.txt prints into its `extraContainers` value.
*/}}
{{- define "guardproxy.container" -}}
- name: guardproxy
  image: {{ include "guardproxy.image" . | quote }}
  imagePullPolicy: {{ .Values.image.pullPolicy }}
  {{- $policyMap := include "guardproxy.policyConfigMap" . }}
  {{- if or $policyMap .Values.extraArgs }}
  # --policy points into the mounted directory; GUARDPROXY_* settings come from the ConfigMap.
  args:
    {{- if $policyMap }}
    - --policy
    - {{ include "guardproxy.policyPath" . }}
    {{- end }}
    {{- with .Values.extraArgs }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- end }}
  envFrom:
    - configMapRef:
        name: {{ include "guardproxy.configName" . }}
  {{- if or .Values.server.auditKeySecret.name .Values.server.replay.storeSecret.name .Values.server.replay.passwordSecret.name .Values.server.extraEnv }}
  env:
    {{- with .Values.server.auditKeySecret.name }}
    # A secret: from a Secret, never from the ConfigMap.
    - name: GUARDPROXY_AUDIT_KEY
      valueFrom:
        secretKeyRef:
          name: {{ . }}
          key: {{ $.Values.server.auditKeySecret.key }}
    {{- end }}
    {{- with .Values.server.replay.storeSecret.name }}
    # The store's URL may carry a password.
    - name: GUARDPROXY_REPLAY_STORE
      valueFrom:
        secretKeyRef:
          name: {{ . }}
          key: {{ $.Values.server.replay.storeSecret.key }}
    {{- end }}
    {{- with .Values.server.replay.passwordSecret.name }}
    - name: GUARDPROXY_REPLAY_PASSWORD
      valueFrom:
        secretKeyRef:
          name: {{ . }}
          key: {{ $.Values.server.replay.passwordSecret.key }}
    {{- end }}
    {{- with .Values.server.extraEnv }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- end }}
  ports:
    # Named so they cannot clash with the model server's ports in a shared pod.
    - name: proxy-http
      containerPort: {{ .Values.server.port }}
      protocol: TCP
    - name: proxy-metrics
      containerPort: {{ .Values.server.adminPort }}
      protocol: TCP
  startupProbe:
    httpGet:
      path: /healthz
      port: proxy-http
    periodSeconds: {{ .Values.probes.startup.periodSeconds }}
    timeoutSeconds: {{ .Values.probes.startup.timeoutSeconds }}
    failureThreshold: {{ .Values.probes.startup.failureThreshold }}
  readinessProbe:
    httpGet:
      path: /readyz
      port: proxy-http
    periodSeconds: {{ .Values.probes.readiness.periodSeconds }}
    timeoutSeconds: {{ .Values.probes.readiness.timeoutSeconds }}
    failureThreshold: {{ .Values.probes.readiness.failureThreshold }}
  livenessProbe:
    httpGet:
      path: /healthz
      port: proxy-http
    periodSeconds: {{ .Values.probes.liveness.periodSeconds }}
    timeoutSeconds: {{ .Values.probes.liveness.timeoutSeconds }}
    failureThreshold: {{ .Values.probes.liveness.failureThreshold }}
  lifecycle:
    preStop:
      # Keep accepting requests while endpoints stop routing here; SIGTERM comes after this,
      # then guardproxy lets streams in flight finish for shutdown.gracefulSeconds.
      exec:
        command: ["sleep", "{{ .Values.shutdown.preStopSleepSeconds }}"]
  resources:
    {{- toYaml .Values.resources | nindent 4 }}
  securityContext:
    {{- toYaml .Values.securityContext | nindent 4 }}
  volumeMounts:
    # The only writable path (the root filesystem is read-only).
    - name: guardproxy-tmp
      mountPath: /tmp
    {{- if $policyMap }}
    # A directory mount, never subPath: only a directory mount receives ConfigMap updates.
    - name: guardproxy-policies
      mountPath: {{ .Values.policies.mountPath }}
      readOnly: true
    {{- end }}
    {{- if .Values.server.replay.tls.caSecret.name }}
    - name: guardproxy-replay-ca
      mountPath: {{ include "guardproxy.replayCaDir" . }}
      readOnly: true
    {{- end }}
    {{- with .Values.extraVolumeMounts }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end }}

{{/*
The policy check: `guardproxy check` on the policies as `serve` would load them, exit status 0
only if every file is valid and its test cases pass. The pre-install/pre-upgrade hook Job runs
it (policy-check.yaml); in sidecar mode the model server's pod runs it as an init container
(guardproxy.initContainer), so a pod never starts its model server for a policy it cannot load.
*/}}
{{- define "guardproxy.checkCommand" -}}
["guardproxy", "check", {{ include "guardproxy.policyPath" . | quote }}]
{{- end }}

{{- define "guardproxy.initContainer" -}}
{{- if include "guardproxy.policyConfigMap" . }}
- name: guardproxy-policy-check
  image: {{ include "guardproxy.image" . | quote }}
  imagePullPolicy: {{ .Values.image.pullPolicy }}
  command: {{ include "guardproxy.checkCommand" . }}
  env:
    - name: HOME
      value: /tmp
    - name: PYTHONDONTWRITEBYTECODE
      value: "1"
  resources:
    {{- toYaml .Values.resources | nindent 4 }}
  securityContext:
    {{- toYaml .Values.securityContext | nindent 4 }}
  volumeMounts:
    - name: guardproxy-tmp
      mountPath: /tmp
    - name: guardproxy-policies
      mountPath: {{ .Values.policies.mountPath }}
      readOnly: true
{{- end }}
{{- end }}

{{/*
For the model server's container in a sidecar pod: a preStop hook that waits until guardproxy
has drained its streams and exited (its admin port stops listening), so the model server
outlives every stream guardproxy still relays. Plain sh and grep on /proc/net/tcp (the pod
shares one network namespace): llama.cpp and Ollama images have no python3.
*/}}
{{- define "guardproxy.waitForExit" -}}
exec:
  command:
    - /bin/sh
    - -c
    - {{ printf "while grep -Eq '^ *[0-9]+: [0-9A-F]+:%04X [0-9A-F]+:0000 0A' /proc/net/tcp /proc/net/tcp6 2>/dev/null; do sleep 1; done" (int .Values.server.adminPort) | quote }}
{{- end }}

{{/*
The volumes the guardproxy container mounts.
*/}}
{{- define "guardproxy.volumes" -}}
- name: guardproxy-tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpSizeLimit }}
{{- $policyMap := include "guardproxy.policyConfigMap" . }}
{{- if $policyMap }}
- name: guardproxy-policies
  configMap:
    name: {{ $policyMap }}
{{- end }}
{{- with .Values.server.replay.tls.caSecret.name }}
- name: guardproxy-replay-ca
  secret:
    secretName: {{ . }}
{{- end }}
{{- with .Values.extraVolumes }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
An alert's `for`, severity and runbook link, then the `annotations:` key its summary and
description follow: (list $ "AlertName").
*/}}
{{- define "guardproxy.alertMeta" -}}
{{- $root := index . 0 }}
{{- $name := index . 1 }}
{{- $rule := $root.Values.metrics.prometheusRule }}
{{- $alert := index $rule.alerts $name }}
for: {{ $alert.for | default $rule.for }}
labels:
  severity: {{ $alert.severity }}
annotations:
  runbook_url: {{ printf "%s#%s" $rule.runbookBaseUrl (lower $name) }}
{{- end }}
