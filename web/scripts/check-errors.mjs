// Checks that every error code the API can return has a sentence in web/src/locales/{en,de}/errors.json.
//
// Codes are found the way a person would grep for them: every upper-case string literal ("[A-Z][A-Z0-9_]{2,}")
// in the C# sources of src/Platform.Api and src/Platform.Modules, less the literals below that are not error codes
// (currencies, HTTP methods, iCalendar names, ...). A new literal therefore fails this check until it gets a
// sentence in both languages, or, when it is not an error code, is added to NOT_ERROR_CODES.
//
// Also fails when the two files differ in keys, are not sorted, or have an empty sentence. Keys without a code in
// the API (other than the client's own, CLIENT_CODES) are only reported, since old clients may still meet them.
//
// Usage: node web/scripts/check-errors.mjs   (exit 0: all good; exit 1: problems listed on stderr)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(web, '..');
const SOURCES = ['src/Platform.Api', 'src/Platform.Modules'];
const LANGUAGES = ['en', 'de'];
const LITERAL = /"([A-Z][A-Z0-9_]{2,})"/g;

/** Codes the web client raises itself (no API behind them). */
const CLIENT_CODES = new Set(['NETWORK', 'UNEXPECTED']);

/** Upper-case literals in the API sources that are not error codes. */
const NOT_ERROR_CODES = new Set([
  // ISO 4217 currencies (PaymentOptions, Currencies, defaults)
  ...'AED AUD BHD BRL CAD CHF DKK EUR GBP HKD IDR INR ISK JOD JPY KRW KWD MXN NOK NZD OMR PLN QAR SAR SEK SGD TND UGX USD'.split(' '),
  // HTTP methods
  ...'GET POST PUT PATCH DELETE'.split(' '),
  // iCalendar (RFC 5545) components, properties and values; iTIP methods
  ...'BEGIN END DTSTART DTEND DUE EXDATE RDATE RRULE EXRULE UID PRODID VTIMEZONE TZID TZOFFSETTO STANDARD DAYLIGHT'.split(' '),
  ...'TRANSPARENT TENTATIVE REQUEST CANCEL ICS'.split(' '),
  // Booking statuses (GraphQL enum spellings in messages and feeds) and the demo seeder's role label
  ...'AWAITING_HOST CANCELLED CONFIRMED NO_SHOW CUSTOMER'.split(' '),
  // Algorithms, time zone, configuration
  ...'HS256 JWT S256 UTC OTEL_EXPORTER_OTLP_ENDPOINT ASPNETCORE_URLS ASPNETCORE_HTTP_PORTS'.split(' '),
]);

function* csFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'bin' && entry.name !== 'obj') yield* csFiles(join(dir, entry.name));
    } else if (entry.name.endsWith('.cs')) {
      yield join(dir, entry.name);
    }
  }
}

/** code -> first place it occurs (file:line) */
const codes = new Map();
for (const source of SOURCES) {
  for (const file of csFiles(join(root, source))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const [, literal] of line.matchAll(LITERAL)) {
        if (!NOT_ERROR_CODES.has(literal) && !codes.has(literal)) codes.set(literal, `${relative(root, file)}:${i + 1}`);
      }
    });
  }
}

const problems = [];
const sentences = {};
for (const language of LANGUAGES) {
  const path = join(web, 'src/locales', language, 'errors.json');
  try {
    sentences[language] = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${relative(root, path)}: ${e.message}`);
    sentences[language] = {};
  }
  const keys = Object.keys(sentences[language]);
  const sorted = [...keys].sort();
  if (keys.some((key, i) => key !== sorted[i])) problems.push(`${language}/errors.json: keys are not sorted`);
  for (const [key, value] of Object.entries(sentences[language]))
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${language}/errors.json: ${key} has no sentence`);
}

const [first, ...others] = LANGUAGES;
for (const other of others) {
  for (const key of Object.keys(sentences[first]))
    if (!(key in sentences[other])) problems.push(`${key}: in ${first}/errors.json, not in ${other}/errors.json`);
  for (const key of Object.keys(sentences[other]))
    if (!(key in sentences[first])) problems.push(`${key}: in ${other}/errors.json, not in ${first}/errors.json`);
}

const missing = [...codes].filter(([code]) => LANGUAGES.some((language) => !(code in sentences[language])));
for (const [code, where] of missing.sort(([a], [b]) => (a < b ? -1 : 1))) {
  const languages = LANGUAGES.filter((language) => !(code in sentences[language])).join(', ');
  problems.push(`${code} (${where}): no sentence in ${languages}`);
}

const stale = Object.keys(sentences[first]).filter((key) => !codes.has(key) && !CLIENT_CODES.has(key));
if (stale.length > 0) console.warn(`check-errors: no longer found in the API (kept for old clients?): ${stale.join(', ')}`);

if (problems.length > 0) {
  console.error(`check-errors: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  console.error('Add a sentence to web/src/locales/{en,de}/errors.json, or list a literal that is no error code in NOT_ERROR_CODES.');
  process.exit(1);
}
console.log(`check-errors: ${codes.size} API codes + ${CLIENT_CODES.size} client codes, all in ${LANGUAGES.join(' and ')}.`);
