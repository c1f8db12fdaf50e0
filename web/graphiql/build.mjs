#!/usr/bin/env node
// Copies the GraphiQL page and its npm-installed assets into an output folder.
// Usage: node build.mjs <outputDir>
// No dependencies beyond Node itself; run `npm ci` in this folder first.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));

const outArg = process.argv[2];
if (!outArg) {
  console.error('usage: node build.mjs <outputDir>');
  process.exit(2);
}
const outDir = resolve(outArg);

// Resolve a file inside an installed package (via its package.json, so that
// "exports" maps do not hide the UMD files).
function fromPackage(pkg, file) {
  let pkgJson;
  try {
    pkgJson = require.resolve(`${pkg}/package.json`);
  } catch {
    pkgJson = join(here, 'node_modules', pkg, 'package.json');
  }
  const p = join(dirname(pkgJson), file);
  if (!existsSync(p)) {
    console.error(`build.mjs: missing ${p} — run "npm ci" in ${here}`);
    process.exit(1);
  }
  return p;
}

// [source, name in output folder]
const files = [
  [join(here, 'index.html'), 'index.html'],
  [fromPackage('react', 'umd/react.production.min.js'), 'react.production.min.js'],
  [fromPackage('react-dom', 'umd/react-dom.production.min.js'), 'react-dom.production.min.js'],
  [fromPackage('graphiql', 'graphiql.min.js'), 'graphiql.min.js'],
  [fromPackage('graphiql', 'graphiql.min.css'), 'graphiql.min.css'],
];

mkdirSync(outDir, { recursive: true });
for (const [src, name] of files) {
  if (!existsSync(src)) {
    console.error(`build.mjs: missing ${src}`);
    process.exit(1);
  }
  copyFileSync(src, join(outDir, name));
}
console.log(`build.mjs: copied ${files.length} files to ${outDir}`);
