// Renders charts/platform for several value sets with gotemplate.mjs (Helm is not installable here), parses every
// object, validates it against the Kubernetes OpenAPI schemas (kubernetes-models), checks what the chart promises
// (roles, probes, drain timing, security, hooks, pooler, ingress timeouts, policies), and that every setting in
// README.md's configuration table is set by the chart, under `config:`, or listed with its default in values.yaml.
// Prints one JSON line {scenarios, objects, checks, failures}; exit code 1 when anything failed.
// Usage: node validate.mjs
import { readFileSync, readdirSync } from 'node:fs';
import YAML from 'yaml';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { Renderer, TemplateError } from './gotemplate.mjs';
import { readmeKeys, normalize } from './config-keys.mjs';

const chart = new URL('../platform/', import.meta.url);
const repository = new URL('../../', import.meta.url);
const models = { ConfigMap, Secret, Service, Deployment, Job, HorizontalPodAutoscaler, PodDisruptionBudget, Ingress, NetworkPolicy };
const failures = [];
let checks = 0;
const check = (ok, message) => { checks++; if (!ok) failures.push(message); };

const valuesText = readFileSync(new URL('values.yaml', chart), 'utf8');
const defaults = YAML.parse(valuesText);
const chartYaml = YAML.parse(readFileSync(new URL('Chart.yaml', chart), 'utf8'));

const merge = (base, over) => {
  if (over === null || typeof over !== 'object' || Array.isArray(over)) return over;
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base?.[k], v);
  return out;
};

function render(overrides) {
  const renderer = new Renderer();
  const files = readdirSync(new URL('templates/', chart)).sort();
  for (const f of files) renderer.add(f, readFileSync(new URL(`templates/${f}`, chart), 'utf8'));
  const context = {
    Values: merge(defaults, overrides),
    Release: { Name: 'prod', Namespace: 'platform', Service: 'Helm', Revision: 3 },
    Chart: { Name: chartYaml.name, Version: chartYaml.version, AppVersion: chartYaml.appVersion },
  };
  const objects = [];
  for (const f of files.filter((x) => x.endsWith('.yaml'))) {
    const text = renderer.render(f, context);
    for (const doc of YAML.parseAllDocuments(text)) {
      if (doc.errors.length) throw new Error(`${f}: ${doc.errors[0].message}\n${text}`);
      const obj = doc.toJS();
      if (obj) objects.push({ file: f, obj });
    }
  }
  return { objects, values: context.Values };
}

const scenarios = {
  defaults: {},
  'secret from values, external pooler, fixed replicas': {
    secrets: {
      existingSecret: '', databaseAppPassword: 'app-pw', databaseOwnerPassword: 'owner-pw',
      identity: { signingCertificateBase64: 'UEZY', signingCertificatePassword: 's', encryptionCertificateBase64: 'UEZY', encryptionCertificatePassword: 'e' },
      optional: { 'stripe-secret-key': 'sk_live_x', 'stripe-webhook-secret': 'whsec_x' },
    },
    pgbouncer: { enabled: false },
    database: { externalPooler: { host: 'pooler.db.internal', port: 6432, mode: 'Transaction' } },
    api: { autoscaling: { enabled: false }, replicas: 4 },
    ingress: { tlsSecretName: '' },
    otlpEndpoint: 'http://otel-collector.monitoring:4317',
    networkPolicy: { extraEgress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [{ port: 4317, protocol: 'TCP' }] }] },
  },
  'no pooler, no worker, no ingress, no policies, SendGrid': {
    pgbouncer: { enabled: false },
    worker: { enabled: false },
    ingress: { enabled: false },
    networkPolicy: { enabled: false },
    api: { podDisruptionBudget: { enabled: false } },
    email: { provider: 'SendGrid' },
    migrations: { enabled: false },
  },
};

const named = (objects, kind, suffix) => objects.find((o) => o.obj.kind === kind && o.obj.metadata.name.endsWith(suffix))?.obj;
const envOf = (pod) => Object.fromEntries(pod.spec.containers[0].env.map((e) => [e.name, e]));
const report = { scenarios: 0, objects: 0 };
const chartEnv = new Set();

for (const [name, overrides] of Object.entries(scenarios)) {
  let rendered;
  try {
    rendered = render(overrides);
  } catch (e) {
    failures.push(`${name}: ${e instanceof TemplateError ? 'template' : 'render'}: ${e.message}`);
    continue;
  }
  const { objects, values } = rendered;
  report.scenarios++;
  report.objects += objects.length;
  const where = (o) => `${name}: ${o.obj.kind}/${o.obj.metadata?.name} (${o.file})`;

  for (const o of objects) {
    const Model = models[o.obj.kind];
    check(Model, `${where(o)}: no model for kind ${o.obj.kind}`);
    if (!Model) continue;
    try {
      new Model(o.obj).validate();
      checks++;
    } catch (e) {
      failures.push(`${where(o)}: invalid: ${e.message}`);
    }
    check(o.obj.metadata.labels?.['app.kubernetes.io/instance'] === 'prod', `${where(o)}: instance label`);
  }

  const api = named(objects, 'Deployment', '-api');
  const worker = named(objects, 'Deployment', '-worker');
  const job = named(objects, 'Job', '-migrate-3');
  for (const [role, deployment] of [['api', api], ['worker', worker], ['migrate', job]]) {
    if (!deployment) continue;
    const pod = deployment.spec.template;
    const container = pod.spec.containers[0];
    const env = envOf(pod);
    const names = container.env.map((e) => e.name);
    names.forEach((n) => chartEnv.add(normalize(n)));
    check(new Set(names).size === names.length, `${name}: ${role}: duplicate env names ${names.filter((n, i) => names.indexOf(n) !== i)}`);
    for (const [i, e] of container.env.entries()) {
      for (const [, ref] of (e.value ?? '').matchAll(/\$\(([A-Z_]+)\)/g))
        check(names.indexOf(ref) >= 0 && names.indexOf(ref) < i, `${name}: ${role}: ${e.name} uses $(${ref}) before it is defined`);
    }
    check(JSON.stringify(container.args) === JSON.stringify([role]), `${name}: ${role}: args ${container.args}`);
    check(container.securityContext?.readOnlyRootFilesystem === true, `${name}: ${role}: readOnlyRootFilesystem`);
    check(pod.spec.securityContext?.runAsNonRoot === true && pod.spec.securityContext.runAsUser === 10001, `${name}: ${role}: non-root 10001`);
    const tmp = pod.spec.volumes.find((v) => v.name === 'tmp');
    check(tmp?.emptyDir && container.volumeMounts.some((m) => m.name === 'tmp' && m.mountPath === '/tmp'), `${name}: ${role}: emptyDir at /tmp`);
    check(container.resources?.requests && container.resources?.limits, `${name}: ${role}: resources`);
    check(role === 'migrate' ? 'ConnectionStrings__Owner' in env : !('ConnectionStrings__Owner' in env), `${name}: ${role}: owner connection only in migrate`);
    check(env.ConnectionStrings__Platform && env.ConnectionStrings__PlatformDirect, `${name}: ${role}: connection strings`);
    check(env.Platform__PublicUrl?.value === values.publicUrl, `${name}: ${role}: public URL`);
    if (role !== 'migrate') {
      check(container.readinessProbe?.httpGet?.path === '/health/ready', `${name}: ${role}: readiness /health/ready`);
      check(container.livenessProbe?.httpGet?.path === '/health/live', `${name}: ${role}: liveness /health/live`);
      check(env.Jobs__RunServer?.value === (role === 'api' ? 'false' : 'true'), `${name}: ${role}: Jobs__RunServer`);
      const pooled = values.pgbouncer.enabled || values.database.externalPooler.host;
      check(pooled ? env.Database__Pooler?.value === 'Transaction' : !env.Database__Pooler, `${name}: ${role}: Database__Pooler`);
      const host = /Host=([^;]+)/.exec(env.ConnectionStrings__Platform.value)[1];
      const expected = values.pgbouncer.enabled ? 'prod-platform-pgbouncer' : values.database.externalPooler.host || values.database.host;
      check(host === expected, `${name}: ${role}: Platform connection goes to ${host}, expected ${expected}`);
      check(env.ConnectionStrings__PlatformDirect.value.includes(`Host=${values.database.host};`), `${name}: ${role}: direct connection`);
    } else {
      check(env.ConnectionStrings__Platform.value.includes(`Host=${values.database.host};`), `${name}: migrate connects directly`);
      check(deployment.metadata.annotations['helm.sh/hook'] === 'pre-install,pre-upgrade', `${name}: migrate hook`);
    }
  }

  check(api, `${name}: API Deployment`);
  if (api) {
    const spec = api.spec.template.spec;
    const sleep = Number(spec.containers[0].lifecycle.preStop.exec.command[1]);
    check(spec.terminationGracePeriodSeconds > sleep + values.shutdownTimeoutSeconds,
      `${name}: terminationGracePeriodSeconds ${spec.terminationGracePeriodSeconds} must exceed preStop ${sleep} + shutdown ${values.shutdownTimeoutSeconds}`);
    check(envOf(api.spec.template).shutdownTimeoutSeconds?.value === String(values.shutdownTimeoutSeconds), `${name}: shutdown timeout passed to the app`);
    check(values.api.autoscaling.enabled ? api.spec.replicas === undefined : api.spec.replicas === values.api.replicas, `${name}: replicas vs HPA`);
  }
  check(!!named(objects, 'HorizontalPodAutoscaler', '-api') === values.api.autoscaling.enabled, `${name}: HPA`);
  check(!!named(objects, 'PodDisruptionBudget', '-api') === values.api.podDisruptionBudget.enabled, `${name}: PDB`);
  check(named(objects, 'Service', '-api')?.spec.ports[0].targetPort === 'http', `${name}: API Service`);
  check(!!worker === values.worker.enabled, `${name}: worker`);
  check(!!job === values.migrations.enabled, `${name}: migration Job`);

  const secret = objects.find((o) => o.obj.kind === 'Secret')?.obj;
  check(!!secret === !values.secrets.existingSecret, `${name}: Secret created only without existingSecret`);
  if (secret) {
    check(secret.metadata.annotations['helm.sh/hook-weight'] === '-10', `${name}: Secret exists before the migration hook`);
    for (const [k, v] of Object.entries(values.secrets.optional)) check(v ? secret.stringData[k] === v : !(k in secret.stringData), `${name}: secret ${k}`);
  }

  const pgbouncer = named(objects, 'ConfigMap', '-pgbouncer');
  check(!!pgbouncer === values.pgbouncer.enabled, `${name}: PgBouncer`);
  if (pgbouncer) {
    check(/^pool_mode = transaction$/m.test(pgbouncer.data['pgbouncer.ini']), `${name}: PgBouncer in transaction mode`);
    check(named(objects, 'Service', '-pgbouncer') && named(objects, 'Deployment', '-pgbouncer'), `${name}: PgBouncer Deployment and Service`);
  }

  const ingress = named(objects, 'Ingress', 'prod-platform');
  check(!!ingress === values.ingress.enabled, `${name}: Ingress`);
  if (ingress) {
    for (const a of ['proxy-read-timeout', 'proxy-send-timeout'])
      check(Number(ingress.metadata.annotations[`nginx.ingress.kubernetes.io/${a}`]) >= 3600, `${name}: ingress ${a}`);
    check(ingress.spec.rules[0].http.paths[0].backend.service.name === 'prod-platform-api', `${name}: ingress backend`);
  }

  const policies = objects.filter((o) => o.obj.kind === 'NetworkPolicy').map((o) => o.obj);
  check((policies.length > 0) === values.networkPolicy.enabled, `${name}: NetworkPolicies`);
  if (values.networkPolicy.enabled) {
    const egress = policies.find((p) => p.metadata.name.endsWith('-egress'));
    const ports = egress.spec.egress.flatMap((r) => (r.ports ?? []).map((p) => p.port));
    for (const port of [53, 443, values.database.port]) check(ports.includes(port), `${name}: egress to port ${port}`);
    const pgbPolicy = policies.find((p) => p.metadata.name.endsWith('-pgbouncer'));
    check(!values.pgbouncer.enabled || pgbPolicy?.spec.ingress[0].from[0].podSelector.matchLabels['platform/database-client'] === 'true',
      `${name}: PgBouncer only from app pods`);
    const apiPolicy = policies.find((p) => p.metadata.name.endsWith('-api'));
    check(apiPolicy?.spec.ingress[0].from[0].namespaceSelector, `${name}: API only from the ingress namespace`);
  }
}

// A Secret from values without its passwords is refused with a message naming the value.
try {
  render({ secrets: { existingSecret: '' } });
  failures.push('a Secret from values without passwords rendered');
} catch (e) {
  check(e instanceof TemplateError && e.message.includes('secrets.databaseAppPassword'), `missing password: ${e.message}`);
}

// Every setting the app reads has a value or a documented default here.
const readme = readmeKeys(readFileSync(new URL('README.md', repository), 'utf8'));
const configKeys = new Set(Object.keys(defaults.config ?? {}).map(normalize));
const documented = new Set([...valuesText.matchAll(/^#   ([A-Za-z_][A-Za-z0-9_]*): /gm)].map((m) => normalize(m[1])));
for (const { key } of readme)
  check(chartEnv.has(key) || configKeys.has(key) || documented.has(key), `values.yaml: ${key} is neither set by the chart nor documented (# defaults)`);
const known = new Set(readme.map((r) => r.key));
for (const key of documented) check(known.has(key), `values.yaml documents ${key}, which README's configuration table does not have`);
for (const key of chartEnv) if (!/^[A-Z_]+$/.test(key)) check(known.has(key), `the chart sets ${key}, which README's configuration table does not have`);

console.log(JSON.stringify({ ...report, checks, failures }));
process.exit(failures.length ? 1 : 0);
