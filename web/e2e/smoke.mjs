// Smoke: an organization's public booking page (/t/{slug}) loads, shows its <main>, logs no errors and passes axe.
// config (besides base/chromium/artifacts): { slug }
import { axe, check, config, launch, noConsoleErrors, scenario, shots } from './lib.mjs';

await scenario(async () => {
  const { page } = await launch();
  const url = `${config.base}/t/${config.slug}`;
  await check('booking page loads with its <main>', async () => {
    const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 });
    if (response?.status() !== 200) throw new Error(`GET ${url}: ${response?.status()}`);
    await page.locator('main').first().waitFor({ timeout: 20_000 });
    return `${await page.title()}: ${(await page.locator('main').first().innerText()).slice(0, 200)}`;
  });
  await axe(page, 'booking page');
  await shots(page, 'smoke-booking');
  await noConsoleErrors('booking page');
});
