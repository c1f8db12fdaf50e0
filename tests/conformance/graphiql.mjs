#!/usr/bin/env node
// GraphiQL in headless Chromium (Debian's chromium, driven by playwright-core: no browser download).
//
// Usage: node graphiql.mjs '<json config>'
//   config: { "url": "http://127.0.0.1:5000/t/<slug>/graphql", "chromium": "/usr/bin/chromium", "screenshot": "/abs/out.png" }
//
// Opens the page as a browser does (GET, Accept: text/html), waits for GraphiQL to load the schema by
// introspection, opens the documentation explorer, follows the Query root type and reads the field
// names it lists from the DOM. Saves a PNG of what a person would see. Prints one JSON line:
// {"fields":[...],"consoleErrors":[...],"screenshot":"..."} (or {"error": "..."}). Always exits 0.
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
  await page.screenshot({ path: config.screenshot });
  console.log(JSON.stringify({ fields, consoleErrors, screenshot: config.screenshot }));
} catch (error) {
  console.log(JSON.stringify({ error: String(error?.stack ?? error).slice(0, 2000), consoleErrors }));
} finally {
  await browser?.close();
}
