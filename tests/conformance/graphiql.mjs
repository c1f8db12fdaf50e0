#!/usr/bin/env node
// GraphiQL in headless Chromium (Debian's chromium, driven by playwright-core: no browser download).
//
// Usage: node graphiql.mjs '<json config>'
//   config: { "url": "http://127.0.0.1:5000/t/<slug>/graphql", "chromium": "/usr/bin/chromium", "screenshot": "/abs/out.png" }
//
// Opens the page as a browser does (GET, Accept: text/html), waits for GraphiQL to load the schema by
// introspection, opens the documentation explorer, follows the Query root type and reads the field
// names it lists from the DOM, then types the start of a query and reads the completions offered. Saves a
// PNG of what a person would see. Prints one JSON line:
// {"fields":[...],"completions":[...],"consoleErrors":[...],"screenshot":"..."} (or {"error": "..."}). Always exits 0.
import { chromium } from 'playwright-core';

const config = JSON.parse(process.argv[2]);
const consoleErrors = [];
let browser;
try {
  browser = await chromium.launch({ executablePath: config.chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text().slice(0, 300));
  });
  await page.goto(config.url, { waitUntil: 'networkidle', timeout: 30_000 });
  await page.getByRole('button', { name: /documentation explorer/i }).click({ timeout: 20_000 });
  // The explorer lists the root types once the introspection answer has been read.
  await page.locator('.graphiql-doc-explorer a', { hasText: /^Query$/ }).first().click({ timeout: 20_000 });
  await page.locator('.graphiql-doc-explorer-field-name').first().waitFor({ timeout: 20_000 });
  const fields = await page.locator('.graphiql-doc-explorer-field-name').allTextContents();
  // Autocompletion comes from the same introspection: type the start of a field and read the hints offered.
  await page.locator('.graphiql-query-editor .CodeMirror').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('{ avail', { delay: 50 });
  await page.locator('.CodeMirror-hint').first().waitFor({ timeout: 20_000 });
  const completions = await page.locator('.CodeMirror-hint').allTextContents();
  await page.screenshot({ path: config.screenshot });
  console.log(JSON.stringify({ fields, completions, consoleErrors, screenshot: config.screenshot }));
} catch (error) {
  console.log(JSON.stringify({ error: String(error?.stack ?? error).slice(0, 2000), consoleErrors }));
} finally {
  await browser?.close();
}
