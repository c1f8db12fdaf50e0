#!/usr/bin/env node
// GraphQL-over-HTTP conformance audit (graphql-http's auditServer).
//
// Usage: node audit.mjs <url>
//   e.g. node audit.mjs http://127.0.0.1:5000/graphql
//
// Prints exactly one JSON line to stdout:
//   {"ok":n,"warn":[{"id","name","reason"}],"error":[{"id","name","reason"}],
//    "notice":[{"id","name","reason"}],"total":n,"url":"..."}
// - error  = failed MUST audits
// - warn   = failed SHOULD audits
// - notice = failed MAY audits (informational)
// - fatal  = present only if the audit could not run at all (e.g. connection
//            refused); in that case it is also reported as an "error" entry.
// Always exits 0; the caller (C# test) asserts on the JSON.

const MAX_REASON = 600; // characters of the final reason string
const MAX_BODY = 300; // characters of response body quoted in a reason

function truncate(s, max) {
  if (typeof s !== 'string') s = String(s);
  return s.length > max ? `${s.slice(0, max)}…(+${s.length - max} chars)` : s;
}

async function describeResponse(res) {
  if (!res || typeof res !== 'object') return '';
  const parts = [];
  try {
    parts.push(`HTTP ${res.status}`);
    const ct = res.headers && typeof res.headers.get === 'function' ? res.headers.get('content-type') : null;
    parts.push(`content-type=${ct === null ? '(none)' : ct}`);
  } catch {
    /* ignore */
  }
  try {
    // The body may already have been consumed by the audit; read a clone when possible.
    let body = null;
    if (!res.bodyUsed && typeof res.text === 'function') {
      body = await res.text();
    } else if (typeof res.clone === 'function') {
      try {
        body = await res.clone().text();
      } catch {
        body = null;
      }
    }
    if (body !== null) {
      body = body.replace(/\s+/g, ' ').trim();
      parts.push(`body=${body === '' ? '(empty)' : truncate(body, MAX_BODY)}`);
    }
  } catch {
    /* ignore */
  }
  return parts.join(' ');
}

async function entry(result) {
  let reason = result.reason ?? '';
  const details = await describeResponse(result.response);
  if (details) reason = `${reason} [${details}]`;
  return { id: result.id, name: result.name, reason: truncate(reason, MAX_REASON) };
}

function errorText(err) {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? `: ${err.cause.message}` : err.cause ? `: ${String(err.cause)}` : '';
    return `${err.name}: ${err.message}${cause}`;
  }
  return String(err);
}

async function main() {
  const url = process.argv[2];
  const out = { ok: 0, warn: [], error: [], notice: [], total: 0, url: url ?? null };

  if (!url) {
    out.fatal = 'usage: node audit.mjs <url>';
    out.error.push({ id: 'FATAL', name: 'MUST be given a URL to audit', reason: out.fatal });
    return out;
  }

  let auditServer;
  try {
    ({ auditServer } = await import('graphql-http'));
  } catch (err) {
    out.fatal = truncate(`graphql-http is not installed (run "npm ci" in tests/conformance): ${errorText(err)}`, MAX_REASON);
    out.error.push({ id: 'FATAL', name: 'MUST have the audit installed', reason: out.fatal });
    return out;
  }

  let results;
  try {
    results = await auditServer({ url, fetchFn: fetch });
  } catch (err) {
    out.fatal = truncate(errorText(err), MAX_REASON);
    out.error.push({ id: 'FATAL', name: 'MUST be reachable (audit could not run)', reason: out.fatal });
    return out;
  }

  out.total = results.length;
  for (const r of results) {
    if (r.status === 'ok') out.ok++;
    else if (r.status === 'error') out.error.push(await entry(r));
    else if (r.status === 'warn') out.warn.push(await entry(r));
    else out.notice.push(await entry(r));
  }
  return out;
}

let output;
try {
  output = await main();
} catch (err) {
  output = {
    ok: 0,
    warn: [],
    error: [{ id: 'FATAL', name: 'MUST be auditable', reason: truncate(errorText(err), MAX_REASON) }],
    notice: [],
    total: 0,
    url: process.argv[2] ?? null,
    fatal: truncate(errorText(err), MAX_REASON),
  };
}
process.stdout.write(`${JSON.stringify(output)}\n`);
process.exitCode = 0;
