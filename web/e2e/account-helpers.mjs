// Shared steps of the bookings and agenda scenarios (signing in through the API's own login form).

/** Clicks the page's "Sign in", fills /account/login (labels Email, Password) and waits to be back on `returnPath`. */
export async function signIn(page, email, password, returnPath) {
  await page.getByRole('button', { name: 'Sign in', exact: true }).first().click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => url.pathname === returnPath, { timeout: 30_000 });
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
