// Shared helpers for the browser scenarios in this folder. Each scenario is run by an xUnit test
// (tests/Platform.IntegrationTests/WebTests/BrowserScenarios.cs) as `node e2e/<scenario>.mjs '<json config>'`.
//
// config: { base: "http://127.0.0.1:<port>", chromium: "/usr/bin/chromium", artifacts: "<repo>/tests/artifacts/web", ...the scenario's own }
//
// Protocol with the test: a stdout line `? <verb> <json>` is a question (checkout, authorize, mail, or one the test
// adds); the answer is one JSON line on stdin ({"error": "..."} when the test could not answer: ask() throws it).
// The last stdout line is the report: {"checks":[{"name","ok","detail"}],"consoleErrors":[...],"pageErrors":[...]}.
// The browser is Debian's chromium driven by playwright-core: no browser is ever downloaded.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const config = JSON.parse(process.argv[2] ?? '{}');
mkdirSync(config.artifacts ?? '.', { recursive: true });

const checks = [];
/** Console messages of type error and uncaught exceptions, of every page opened through launch() or watch(). */
export const consoleErrors = [];
export const pageErrors = [];
let browser;
let lastPage;

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

/** Starts chromium and opens one page (desktop-sized unless options say otherwise). */
export async function launch(contextOptions = {}) {
  browser ??= await chromium.launch({
    executablePath: config.chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: desktop, ...contextOptions });
  const page = watch(await context.newPage());
  return { browser, context, page };
}

/** Collects the page's console errors and uncaught exceptions; the page is the one failure screenshots show. */
export function watch(page) {
  lastPage = page;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text().slice(0, 500)}`);
  });
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${String(error?.stack ?? error).slice(0, 1000)}`));
  return page;
}

// stdin lines, answered in order: one answer per question.
let lines;
const waiting = [];
const buffered = [];
function nextLine() {
  if (!lines) {
    lines = createInterface({ input: process.stdin });
    lines.on('line', (line) => (waiting.length ? waiting.shift()(line) : buffered.push(line)));
  }
  return buffered.length ? Promise.resolve(buffered.shift()) : new Promise((resolve) => waiting.push(resolve));
}

/** Asks the test (e.g. ask('checkout', { sessionId })) and returns its parsed answer; an {"error"} answer throws. */
export async function ask(verb, payload = {}) {
  process.stdout.write(`? ${verb} ${JSON.stringify(payload)}\n`);
  const answer = JSON.parse(await nextLine());
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(`? ${verb}: ${answer.error}`);
  return answer;
}

/**
 * Runs fn as one named check: ok unless it throws. The value it returns becomes the detail. A failure keeps its
 * message and saves a screenshot of the page, <artifacts>/failure-<name>.png.
 */
export async function check(name, fn, page = lastPage) {
  try {
    const detail = await fn();
    checks.push({ name, ok: true, detail: detail === undefined ? '' : typeof detail === 'string' ? detail : JSON.stringify(detail) });
    return true;
  } catch (error) {
    let detail = String(error?.message ?? error).slice(0, 2000);
    if (page && !page.isClosed()) {
      const path = join(config.artifacts, `failure-${fileName(name)}.png`);
      try {
        await page.screenshot({ path, fullPage: true, timeout: 10_000 });
        detail += ` (screenshot: ${path})`;
      } catch {
        // The page may be gone with the failure; the message is what matters.
      }
    }
    checks.push({ name, ok: false, detail });
    return false;
  }
}

/** axe-core on the page as it is now: any serious or critical violation fails the check "axe <label>". */
export function axe(page, label) {
  return check(`axe ${label}`, async () => {
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (bad.length) {
      throw new Error(bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target?.join(' ')})`).join('; '));
    }
    return `${result.passes.length} rules pass`;
  }, page);
}

/** <artifacts>/<name>-phone.png (390×844) and <name>-desktop.png (1280×800): the viewport is resized, then put back. */
export async function shots(page, name) {
  const before = page.viewportSize();
  for (const [suffix, size] of [['phone', phone], ['desktop', desktop]]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(config.artifacts, `${fileName(name)}-${suffix}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

/** A check that no console error and no uncaught exception happened so far (the lists are then emptied). */
export function noConsoleErrors(label) {
  return check(`no console or page errors: ${label}`, async () => {
    const found = [...consoleErrors.splice(0), ...pageErrors.splice(0)];
    if (found.length) throw new Error(found.join('\n'));
  });
}

/** Prints the report line and exits 0 (the test decides from the checks). */
export async function report() {
  try {
    await browser?.close();
  } catch {
    // Closing is best effort; the checks are already known.
  }
  process.stdout.write(`${JSON.stringify({ checks, consoleErrors, pageErrors })}\n`);
  process.exit(0);
}

/** Runs a scenario's body; an error escaping it becomes a failed check "scenario", and the report is always printed. */
export async function scenario(body) {
  try {
    await body();
  } catch (error) {
    checks.push({ name: 'scenario', ok: false, detail: String(error?.stack ?? error).slice(0, 2000) });
  }
  await report();
}

function fileName(name) {
  return name.replace(/[^a-z0-9-]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
}
