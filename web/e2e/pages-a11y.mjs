// The pages no other scenario visits — the front door, the account pages, the embeddable booking page — load without
// errors and pass axe; a sign-up goes through; and another website embeds the booking page with the script tag.
// config: { slug, offering, email (a fresh address for the sign-up) }
import { createServer } from 'node:http';
import { axe, check, config, launch, noConsoleErrors, scenario, shots } from './lib.mjs';

const pages = [
  ['home', '/', 'Book sessions, lessons and workshops'],
  ['sign-up', '/signup', 'Create an account'],
  ['forgot-password', '/forgot-password', 'Forgot your password'],
  ['reset-password', '/reset-password?email=someone%40example.test&token=not-a-token', 'Choose a new password'],
  ['confirm-email', '/confirm-email?email=someone%40example.test&token=not-a-token', 'Confirm your email'],
];

await scenario(async () => {
  const { page } = await launch();
  for (const [name, path, heading] of pages) {
    await check(`${name} loads`, async () => {
      await page.goto(`${config.base}${path}`, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 20_000 });
    });
    await axe(page, name);
  }
  await check('a sign-up with a weak password is told why, then goes through', async () => {
    await page.goto(`${config.base}/signup`, { waitUntil: 'networkidle' });
    await page.getByLabel('Your name').fill('Nora New');
    await page.getByLabel('Email').fill(config.email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.locator('.field-error').first().waitFor();
    await page.getByLabel('Password', { exact: true }).fill('a-much-longer-passphrase-42');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Check your inbox').waitFor({ timeout: 20_000 });
  });
  await check('the German words are there', async () => {
    await page.goto(`${config.base}/t/${config.slug}`, { waitUntil: 'networkidle' });
    await page.locator('.language-switch select').selectOption('de');
    await page.getByRole('heading', { level: 1, name: /buchen/ }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
    await page.locator('.language-switch select').selectOption('en');
  });
  await check('the embeddable page loads in an iframe of another website through embed.js', async () => {
    // Another website: a server of its own on another port (another origin), on loopback like the platform, so the
    // browser's rules for public pages reaching local addresses do not get in the way.
    const shop = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!doctype html><html lang="en"><head><title>Shop</title></head><body><main><h1>Our shop</h1>` +
        `<script src="${config.base}/app/embed.js" data-organization="${config.slug}" async></script></main></body></html>`);
    });
    await new Promise((resolve) => shop.listen(0, '127.0.0.1', resolve));
    const site = `http://127.0.0.1:${shop.address().port}/`;
    await page.goto(site, { waitUntil: 'load' });
    const frame = page.frameLocator('iframe[title="Booking"]');
    await frame.getByRole('button', { name: new RegExp(config.offering) }).waitFor({ timeout: 20_000 });
    await frame.locator('.slot').first().waitFor({ timeout: 20_000 });
    const height = await page.locator('iframe[title="Booking"]').evaluate((element) => element.getBoundingClientRect().height);
    if (height < 480) throw new Error(`the frame is ${height}px high`);
    shop.close();
    return `${Math.round(height)}px high`;
  });
  await page.goto(`${config.base}/t/${config.slug}/embed`, { waitUntil: 'networkidle' });
  await axe(page, 'embeddable booking page');
  await shots(page, 'embed');
  await noConsoleErrors('account and embed pages');
});
