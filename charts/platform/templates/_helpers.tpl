{{/* The objects' base name: <release>-platform, or fullnameOverride. */}}
{{- define "platform.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{ .Values.fullnameOverride }}
{{- else -}}
{{ .Release.Name }}-platform
{{- end -}}
{{- end -}}

{{/* Labels every object carries. */}}
{{- define "platform.labels" -}}
app.kubernetes.io/name: platform
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: platform-{{ .Chart.Version }}
{{- end -}}

{{/* The Secret with the keys below: existingSecret, or the one templates/secret.yaml creates from values. */}}
{{- define "platform.secretName" -}}
{{- if .Values.secrets.existingSecret -}}
{{ .Values.secrets.existingSecret }}
{{- else -}}
{{ include "platform.fullname" . }}
{{- end -}}
{{- end -}}

{{/* The image of the app (all three roles). */}}
{{- define "platform.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{/* Where the application connection goes: the chart's PgBouncer, an external pooler, or PostgreSQL itself. */}}
{{- define "platform.poolerHost" -}}
{{- if .Values.pgbouncer.enabled -}}
{{ include "platform.fullname" . }}-pgbouncer
{{- else if .Values.database.externalPooler.host -}}
{{ .Values.database.externalPooler.host }}
{{- else -}}
{{ .Values.database.host }}
{{- end -}}
{{- end -}}

{{- define "platform.poolerPort" -}}
{{- if .Values.pgbouncer.enabled -}}
{{ .Values.pgbouncer.port }}
{{- else if .Values.database.externalPooler.host -}}
{{ .Values.database.externalPooler.port }}
{{- else -}}
{{ .Values.database.port }}
{{- end -}}
{{- end -}}

{{/* Pod security: non-root (the image's UID 10001), no privilege escalation, read-only root, no capabilities. */}}
{{- define "platform.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "platform.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop:
    - ALL
{{- end -}}

{{/* /tmp (the only writable place) and the OpenIddict certificates. */}}
{{- define "platform.volumes" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpSizeLimit }}
- name: identity-certificates
  secret:
    secretName: {{ include "platform.secretName" . }}
    items:
      - key: signing-certificate.pfx
        path: signing.pfx
      - key: encryption-certificate.pfx
        path: encryption.pfx
{{- end -}}

{{- define "platform.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
- name: identity-certificates
  mountPath: /secrets/identity
  readOnly: true
{{- end -}}

{{/* One secret key as an environment variable; missing keys leave the setting unset (optional). */}}
{{- define "platform.secretEnv" -}}
valueFrom:
  secretKeyRef:
    name: {{ include "platform.secretName" . }}
    optional: true
{{- end -}}

{{/*
  The environment every role shares. Passwords come from the Secret and are spliced into the connection strings
  with Kubernetes' $(VAR) expansion (they must not contain ';').
*/}}
{{- define "platform.env" -}}
- name: DATABASE_APP_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "platform.secretName" . }}
      key: database-app-password
- name: ConnectionStrings__PlatformDirect
  value: "Host={{ .Values.database.host }};Port={{ .Values.database.port }};Database={{ .Values.database.name }};Username={{ .Values.database.appUser }};Password=$(DATABASE_APP_PASSWORD);SSL Mode={{ .Values.database.sslMode }}"
{{- if or .Values.pgbouncer.enabled .Values.database.externalPooler.host }}
- name: Database__Pooler
  value: {{ .Values.database.externalPooler.mode | default "Transaction" | quote }}
{{- end }}
- name: Database__MaxPoolSize
  value: {{ .Values.database.maxPoolSize | quote }}
- name: Platform__PublicUrl
  value: {{ required "publicUrl is required" .Values.publicUrl | quote }}
- name: shutdownTimeoutSeconds
  value: {{ .Values.shutdownTimeoutSeconds | quote }}
- name: Identity__SigningCertificatePath
  value: /secrets/identity/signing.pfx
- name: Identity__SigningCertificatePassword
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: signing-certificate-password
- name: Identity__EncryptionCertificatePath
  value: /secrets/identity/encryption.pfx
- name: Identity__EncryptionCertificatePassword
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: encryption-certificate-password
- name: DataProtection__Certificate
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: data-protection-certificate
- name: DataProtection__CertificatePassword
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: data-protection-certificate-password
- name: Stripe__SecretKey
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: stripe-secret-key
- name: Stripe__PublishableKey
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: stripe-publishable-key
- name: Stripe__WebhookSecret
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: stripe-webhook-secret
- name: Stripe__ConnectWebhookSecret
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: stripe-connect-webhook-secret
- name: Calendars__Google__ClientId
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: google-client-id
- name: Calendars__Google__ClientSecret
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: google-client-secret
- name: Calendars__Microsoft__ClientId
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: microsoft-client-id
- name: Calendars__Microsoft__ClientSecret
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: microsoft-client-secret
- name: Email__SmtpPassword
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: smtp-password
- name: Email__SendGridApiKey
  {{- include "platform.secretEnv" . | nindent 2 }}
      key: sendgrid-api-key
- name: Email__Provider
  value: {{ .Values.email.provider | quote }}
- name: Email__From
  value: {{ .Values.email.from | quote }}
- name: Email__SmtpHost
  value: {{ .Values.email.smtpHost | quote }}
- name: Email__SmtpPort
  value: {{ .Values.email.smtpPort | quote }}
- name: Email__SmtpSecurity
  value: {{ .Values.email.smtpSecurity | quote }}
- name: Email__SmtpUser
  value: {{ .Values.email.smtpUser | quote }}
{{- if .Values.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ .Values.otlpEndpoint | quote }}
{{- end }}
{{- range $key, $value := .Values.config }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- end -}}

{{/* API and worker: the application connection goes through the pooler (the migration Job connects directly). */}}
{{- define "platform.pooledConnection" -}}
- name: ConnectionStrings__Platform
  value: "Host={{ include "platform.poolerHost" . }};Port={{ include "platform.poolerPort" . }};Database={{ .Values.database.name }};Username={{ .Values.database.appUser }};Password=$(DATABASE_APP_PASSWORD);SSL Mode={{ .Values.database.sslMode }}"
{{- end -}}

{{/* Liveness, readiness and startup probes of an app container (api or worker). */}}
{{- define "platform.probes" -}}
startupProbe:
  httpGet:
    path: /health/live
    port: http
  periodSeconds: 2
  failureThreshold: 60
livenessProbe:
  httpGet:
    path: /health/live
    port: http
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
readinessProbe:
  httpGet:
    path: /health/ready
    port: http
  periodSeconds: 5
  timeoutSeconds: 3
  failureThreshold: 2
{{- end -}}
