// A signed-in customer holds a paid time and pays on Stripe's hosted Checkout page (the Stripe fake stands behind
// https://checkout.stripe.test: the test completes the session there and the browser returns to the success URL);
// the confirmation page shows the booking confirmed.
// config: { slug, offering, email, password, amount }
import { ask, axe, check, config, launch, noConsoleErrors, scenario, shots } from './lib.mjs';
import { openOffering, pickFirstSlot, signIn } from './steps.mjs';

await scenario(async () => {
  const { page } = await launch();
  await page.route('https://checkout.stripe.test/**', async (route) => {
    const sessionId = new URL(route.request().url()).pathname.split('/').pop();
    const { successUrl } = await ask('checkout', { sessionId });
    await route.fulfill({ status: 303, headers: { location: successUrl } });
  });
  await check('the customer signs in and chooses a paid time', async () => {
    await openOffering(page, config.base, config.slug, config.offering);
    await signIn(page, config.email, config.password);
    await page.locator('.slot').first().waitFor({ timeout: 20_000 });
    await pickFirstSlot(page);
    await page.getByTestId('quote-amount').filter({ hasText: config.amount }).waitFor();
  });
  await check('the hold shows what is held and a countdown', async () => {
    await page.getByRole('button', { name: 'Reserve and pay' }).click();
    await page.getByRole('heading', { name: 'Reserved for you' }).waitFor({ timeout: 20_000 });
    const countdown = await page.locator('.countdown').innerText();
    if (!/Kept for you for \d+:\d\d/.test(countdown)) throw new Error(countdown);
    return countdown;
  });
  await axe(page, 'hold and payment');
  await shots(page, 'hold');
  await check('paying on Checkout comes back to a confirmed booking', async () => {
    await page.getByRole('button', { name: "Pay on Stripe's secure page" }).click();
    await page.waitForURL(/\/booking\/.+paid=checkout/, { timeout: 30_000 });
    await page.getByRole('heading', { name: "You're booked!" }).waitFor({ timeout: 30_000 });
    await page.getByText(config.amount).first().waitFor();
  });
  await noConsoleErrors('checkout');
});
