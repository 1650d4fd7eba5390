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
{{- toYaml .Values.sidecar.podSelector }}
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

{{- define "guardproxy.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/*
The ConfigMap holding the policies, or "" when the image's packaged policy applies.
*/}}
{{- define "guardproxy.policyConfigMap" -}}
{{- if .Values.policies.existingConfigMap }}
{{- .Values.policies.existingConfigMap }}
{{- else if .Values.policies.files }}
{{- printf "%s-policies" (include "guardproxy.fullname" .) }}
{{- end }}
{{- end }}

{{- define "guardproxy.configName" -}}
{{- printf "%s-config" (include "guardproxy.fullname" .) }}
{{- end }}

{{/*
The server settings (the -config ConfigMap's data), and their checksum for the pod template.
*/}}
{{- define "guardproxy.configData" -}}
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
GUARDPROXY_LOG_LEVEL: {{ .Values.server.logLevel | quote }}
GUARDPROXY_LOG_FORMAT: {{ .Values.server.logFormat | quote }}
{{- if not .Values.server.replay.storeSecret.name }}
GUARDPROXY_REPLAY_STORE: {{ .Values.server.replay.store | quote }}
{{- end }}
GUARDPROXY_REPLAY_TTL: {{ .Values.server.replay.ttlSeconds | quote }}
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
  {{- if $policyMap }}
  # --policy points into the mounted directory; GUARDPROXY_* settings come from the ConfigMap.
  args:
    - --policy
    {{- if .Values.policies.file }}
    - {{ printf "%s/%s" .Values.policies.mountPath .Values.policies.file }}
    {{- else }}
    - {{ .Values.policies.mountPath }}
    {{- end }}
  {{- end }}
  envFrom:
    - configMapRef:
        name: {{ include "guardproxy.configName" . }}
  {{- if or .Values.server.auditKeySecret.name .Values.server.replay.storeSecret.name .Values.server.extraEnv }}
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
{{- end }}
