// After `vite build`: (1) the booking page's JavaScript budget, (2) the persisted-document manifest.
//
// (1) The booking page is what a customer's phone downloads: the entry chunk, everything it imports, and the
//     chunks the booking page loads itself (card payment, its words in one language: English, the larger). Gzipped, it must stay within 150 KB; the build
//     fails above it.
// (2) `persisted-documents.json` maps sha256(document) → document for every operation, in exactly the text the
//     client sends (graphcache adds __typename, urql prints), so a server in allow-list mode
//     (GraphQL__PersistedDocumentsMode=AllowList) runs this build's operations and nothing else.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import ts from 'typescript';
import { formatDocument, stringifyDocument } from '@urql/core';

const outDir = process.env.PLATFORM_WEB_OUT_DIR ?? 'dist';
const budgetBytes = 150 * 1024;

function bookingPageFiles() {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set();
  const visit = (key, followDynamic) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported, followDynamic);
    for (const dynamic of chunk.dynamicImports ?? []) {
      if (followDynamic(dynamic)) visit(dynamic, followDynamic);
    }
  };
  const bookingOwn = (key) => /^src\/(features\/booking\/|locales\/en\/(common|errors|booking)\.json)/.test(key)
    && !key.endsWith('ConfirmationPage.tsx');
  visit('index.html', bookingOwn);
  return [...files].filter((file) => file.endsWith('.js'));
}

const files = bookingPageFiles();
const sizes = files.map((file) => ({ file, gzip: gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length }));
const total = sizes.reduce((sum, entry) => sum + entry.gzip, 0);
for (const entry of sizes.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(entry.gzip / 1024).toFixed(1).padStart(6)} KB  ${entry.file}`);
console.log(`booking page JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${budgetBytes / 1024} KB)`);
if (total > budgetBytes) {
  console.error(`The booking page's JavaScript is ${(total / 1024).toFixed(1)} KB gzip, over the ${budgetBytes / 1024} KB budget.`);
  process.exit(1);
}

// The generated operations module only imports types, so transpiling it is enough to read its documents.
const source = readFileSync('src/gql/graphql.ts', 'utf8');
const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
const operations = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
const documents = {};
for (const [name, value] of Object.entries(operations)) {
  if (!name.endsWith('Document') || value?.kind !== 'Document') continue;
  const text = stringifyDocument(formatDocument(value));
  documents[createHash('sha256').update(text, 'utf8').digest('hex')] = text;
}
writeFileSync(join(outDir, 'persisted-documents.json'), JSON.stringify(documents, null, 1));
console.log(`persisted-documents.json: ${Object.keys(documents).length} operations`);
