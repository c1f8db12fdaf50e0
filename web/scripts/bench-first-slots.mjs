// How long a phone waits for the booking page's first free times, on a cold load (empty cache, new connection).
//
//   node web/scripts/bench-first-slots.mjs [--url http://localhost:5000/t/demo] [--runs 7]
//   (./platform bench web does this against a running ./platform up)
//
// Profiles, each measured in this run, with Chromium's DevTools throttling (CDP Network.emulateNetworkConditions and
// Emulation.setCPUThrottlingRate — what Playwright offers; it has no presets of its own):
//   unthrottled       the baseline
//   fast-3g + 4x CPU  DevTools' "Fast 3G" (since Chrome 121 called "Slow 4G"): 562.5 ms RTT, 1.44 Mbit/s down,
//                     675 kbit/s up, and the CPU slowed 4×
//   lighthouse + 4x   Lighthouse's mobile throttling: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4×
// "First slots visible" is from navigation start to the first time button (.slot) being visible. Prints the median and
// the slowest run per profile, and the median's ratio to the baseline.
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const url = option('url', 'http://localhost:5000/t/demo');
const runs = Number(option('runs', '7'));
const executablePath = option('chromium', '/usr/bin/chromium');

const profiles = [
  { name: 'unthrottled', network: null, cpu: 1 },
  { name: 'fast-3g + 4x CPU', network: { latency: 562.5, downloadThroughput: (1.44e6 / 8) * 0.9, uploadThroughput: (675e3 / 8) * 0.9 }, cpu: 4 },
  { name: 'lighthouse + 4x CPU', network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 }, cpu: 4 },
];

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

async function once(profile) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('.slot').first().waitFor({ state: 'visible', timeout: 60_000 });
  const elapsed = Date.now() - started;
  await context.close();
  return elapsed;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
await once(profiles[0]); // warm the server (JIT, connection pools), not the browser: every run has an empty cache
const results = [];
for (const profile of profiles) {
  const times = [];
  for (let run = 0; run < runs; run++) times.push(await once(profile));
  results.push({ profile: profile.name, median: median(times), slowest: Math.max(...times), times });
}
await browser.close();
const baseline = results[0].median;
console.log(`first slots visible, ${url}, ${runs} cold loads per profile (390×844, cache disabled)`);
for (const result of results) {
  console.log(`${result.profile.padEnd(22)} median ${String(result.median).padStart(5)} ms  slowest ${String(result.slowest).padStart(5)} ms  ` +
    `${(result.median / baseline).toFixed(1)}× baseline   [${result.times.join(', ')}]`);
}
