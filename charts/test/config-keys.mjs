// The configuration keys the app reads, from README.md's configuration table (kept complete: every option class's
// section and property, and every GetConnectionString/GetValue key, has a row). A row's first cell names one or more
// keys in backticks; `__Key` continues the first key's section, and list or dictionary indexes (`__0`, `__<CUR>`) are
// dropped: `Payments__FeeFixedAmounts__<CUR>` is the key `Payments__FeeFixedAmounts`.
import { readFileSync } from 'node:fs';

export function readmeKeys(readmeText) {
  const lines = readmeText.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| setting | default | meaning |'));
  if (start < 0) throw new Error('README.md: the configuration table (| setting | default | meaning |) was not found');
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(' | ');
    const first = cells[0].replace(/^\|\s*/, '');
    const names = [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    if (names.length === 0) continue;
    const section = names[0].includes('__') ? names[0].slice(0, names[0].lastIndexOf('__')) : '';
    for (const name of names) {
      const full = name.startsWith('__') ? section + name : name;
      rows.push({ key: normalize(full), default: (cells[1] ?? '').trim(), meaning: (cells[2] ?? '').replace(/\|\s*$/, '').trim() });
    }
  }
  return rows;
}

/** Drops list indexes and placeholders: `A__B__0` and `A__B__<CUR>` are `A__B`. */
export function normalize(key) {
  return key.split('__').filter((part) => !/^(\d+|<[^>]+>|…)$/.test(part)).join('__');
}

export function readReadme(root) {
  return readFileSync(new URL('README.md', root), 'utf8');
}
