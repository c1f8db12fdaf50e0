// A signed-in customer pays a held time with the Payment Element on the page. Stripe.js cannot load offline, so
// stripe-stand-in.js is served in its place; its confirmPayment has the test authorise the PaymentIntent on the
// Stripe fake (what a card does), and the page must then show the booking confirmed. A declined card is shown first.
// config: { slug, offering, email, password, amount }
import { readFileSync } from 'node:fs';
import { ask, check, config, launch, noConsoleErrors, scenario } from './lib.mjs';
import { openOffering, pickFirstSlot, signIn } from './steps.mjs';

const standIn = readFileSync(new URL('./stripe-stand-in.js', import.meta.url), 'utf8');

await scenario(async () => {
  const { page } = await launch();
  await page.route('https://js.stripe.com/**', (route) => route.fulfill({ status: 200, contentType: 'application/javascript', body: standIn }));
  await page.exposeFunction('standInConfirm', async (clientSecret) => {
    const intentId = clientSecret.split('_secret_')[0];
    await ask('authorize', { intentId });
    return { id: intentId, status: 'requires_capture' };
  });
  await check('the customer signs in and holds a paid time', async () => {
    await openOffering(page, config.base, config.slug, config.offering);
    await signIn(page, config.email, config.password);
    await page.locator('.slot').first().waitFor({ timeout: 20_000 });
    await pickFirstSlot(page);
    await page.getByRole('button', { name: 'Reserve and pay' }).click();
    await page.getByRole('heading', { name: 'Reserved for you' }).waitFor({ timeout: 20_000 });
  });
  await check('the Payment Element loads through Stripe.js', async () => {
    await page.getByRole('button', { name: 'Pay by card' }).click();
    await page.getByLabel('Card number').waitFor({ timeout: 20_000 });
  });
  await check('a declined card is told and nothing is booked', async () => {
    await page.getByLabel('Card number').fill('4000 0000 0000 0002');
    await page.getByRole('button', { name: 'Pay now' }).click();
    await page.getByText('Your card was declined.').waitFor();
  });
  await check('a good card confirms the booking', async () => {
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByRole('button', { name: 'Pay now' }).click();
    await page.getByRole('heading', { name: "You're booked!" }).waitFor({ timeout: 30_000 });
    await page.getByText(config.amount).first().waitFor();
  });
  await noConsoleErrors('card payment');
});
