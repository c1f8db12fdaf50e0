// Steps the scenarios share: open an organization's booking page at an offering, pick a time, sign in, wait with a reason.

/** Opens /t/{slug}, chooses the offering by its name and waits for the first day's times. */
export async function openOffering(page, base, slug, offering) {
  await page.goto(`${base}/t/${slug}`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: new RegExp(escape(offering)) }).first().click();
  await page.locator('.slot').first().waitFor({ timeout: 20_000 });
}

/** Clicks the first open time of the day shown; returns its start (UTC, ISO). */
export async function pickFirstSlot(page) {
  const slot = page.locator('.slot:not(.slot-full)').first();
  const start = await slot.getAttribute('data-start');
  await slot.click();
  await page.locator('.booking-form').waitFor();
  return start;
}

/** Signs in through the header's button and the API's own login form; comes back to the page it left. */
export async function signIn(page, email, password) {
  await page.getByRole('banner').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/account\/login/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/account') && !url.pathname.startsWith('/callback'), { timeout: 20_000 });
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Fails with what the page says instead when `locator` does not appear. */
export async function visible(page, locator, what, timeout = 20_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    const text = (await page.locator('main').innerText().catch(() => '')).slice(0, 600);
    throw new Error(`${what} did not appear; the page says: ${text}`);
  }
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
