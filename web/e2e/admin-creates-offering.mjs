// An owner signs in, opens the console, gives themselves weekly hours (becoming a provider), creates an offering
// they provide with a member price below the public price, and a guest then sees it on the public booking page
// with the public price. Every console page visited passes axe.
// config (besides base/chromium/artifacts): { slug, ownerEmail, ownerName, password, offeringName }
import { ask, axe, check, config, launch, noConsoleErrors, scenario, shots } from './lib.mjs';
import { signIn } from './steps.mjs';

const consoleUrl = (section = '') => `${config.base}/t/${config.slug}/console${section ? `/${section}` : ''}`;

await scenario(async () => {
  const { browser, page } = await launch();

  await check('owner signs in through the login form', async () => {
    await page.goto(`${config.base}/t/${config.slug}`, { waitUntil: 'networkidle' });
    await signIn(page, config.ownerEmail, config.password);
    await page.getByRole('link', { name: 'Console' }).waitFor({ timeout: 20_000 });
  });

  await check('console opens on the dashboard with live figures and charts', async () => {
    await page.getByRole('link', { name: 'Console' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByRole('heading', { name: /^Today, / }).waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: 'Bookings by status' }).waitFor({ timeout: 15_000 });
    return await page.locator('.console-figures').first().innerText();
  });
  await axe(page, 'console dashboard');
  await shots(page, 'console');

  await check('owner gives themselves weekly hours and becomes a provider', async () => {
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Providers & hours' }).click();
    await page.getByRole('heading', { level: 1, name: 'Providers & hours' }).waitFor();
    const option = page.locator('option', { hasText: config.ownerEmail });
    await option.waitFor({ state: 'attached' });
    await page.getByLabel('Staff member').selectOption(await option.getAttribute('value'));
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      await page.getByRole('button', { name: `Add hours on ${day}` }).click();
      await page.getByLabel(new RegExp(String.raw`^${day}( \(\d\))? from$`)).last().fill('08:00');
      await page.getByLabel(new RegExp(String.raw`^${day}( \(\d\))? until$`)).last().fill('20:00');
    }
    await page.getByRole('button', { name: 'Save hours' }).click();
    await page.getByText('Saved.').waitFor();
    const row = page.getByRole('row').filter({ hasText: config.ownerName });
    await row.getByText(/Monday: .*08:00–20:00/).waitFor();
    return await row.innerText();
  });
  await axe(page, 'console providers');

  await check('owner creates an offering with a member price below the public price', async () => {
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Offerings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Offerings' }).waitFor();
    await page.getByRole('link', { name: 'New offering' }).click();
    await page.getByLabel('Name').fill(config.offeringName);
    await page.getByLabel('Durations (minutes)').fill('45');
    await page.getByLabel('Description').fill('Created in the console by a browser test.');
    await page.getByRole('checkbox', { name: config.ownerName }).check();
    await page.getByLabel('Price for Public (USD)').fill('30');
    await page.getByLabel('Price for Member (USD)').fill('20.50');
    await page.getByRole('button', { name: 'Create offering' }).click();
    const row = page.getByRole('row').filter({ hasText: config.offeringName });
    await row.waitFor({ timeout: 15_000 });
    const text = await row.innerText();
    if (!text.includes('$30.00')) throw new Error(`the list shows no public price of $30.00: ${text}`);
    return text;
  });
  await axe(page, 'console offerings');

  await check('the API has the offering with both prices in minor units and the owner as provider', async () => {
    const offering = await ask('publicOffering', { slug: config.slug, name: config.offeringName });
    const price = (role) => offering.priceRules.find((rule) => rule.role === role)?.unitAmount;
    if (price('public') !== 3000 || price('member') !== 2050) throw new Error(`prices: ${JSON.stringify(offering.priceRules)}`);
    if (!offering.providers.some((provider) => provider.displayName === config.ownerName)) throw new Error(`providers: ${JSON.stringify(offering.providers)}`);
    return offering;
  });

  for (const [section, heading] of [['members', 'Members'], ['payments', 'Payments'], ['notifications', 'Notifications'], ['webhooks', 'Webhooks']]) {
    await check(`console ${section} page loads`, async () => {
      await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: heading }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
    });
    await axe(page, `console ${section}`);
  }
  await noConsoleErrors('console');

  const guest = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const guestPage = await guest.newPage();
  await check('a guest sees the new offering on the booking page with its public price', async () => {
    await guestPage.goto(`${config.base}/t/${config.slug}`, { waitUntil: 'networkidle' });
    const item = guestPage.getByRole('listitem').filter({ hasText: config.offeringName });
    await item.waitFor({ timeout: 20_000 });
    const price = await item.getByTestId('offering-price').innerText();
    if (!price.startsWith('$30.00')) throw new Error(`the guest's price is "${price}", not $30.00`);
    return price;
  }, guestPage);
});
