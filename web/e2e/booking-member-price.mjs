// A visitor sees the public price and a hint to sign in; once signed in as a member, the member price, also in the quote.
// config: { slug, offering, email, password, publicPrice, memberPrice }
import { check, config, launch, noConsoleErrors, scenario, shots } from './lib.mjs';
import { openOffering, pickFirstSlot, signIn } from './steps.mjs';

await scenario(async () => {
  const { page } = await launch();
  const card = () => page.getByRole('button', { name: new RegExp(config.offering) });
  await check('a guest sees the public price and the sign-in hint', async () => {
    await openOffering(page, config.base, config.slug, config.offering);
    const text = await card().innerText();
    if (!text.includes(config.publicPrice) || !text.includes('sign in to see your price')) throw new Error(text);
    return text.replace(/\n/g, ' | ');
  });
  await shots(page, 'booking-page');
  await check('after signing in, the member price is shown as theirs', async () => {
    await signIn(page, config.email, config.password);
    await card().filter({ hasText: config.memberPrice }).waitFor({ timeout: 20_000 });
    const text = await card().innerText();
    if (!text.includes('your member price') || text.includes(config.publicPrice)) throw new Error(text);
    return text.replace(/\n/g, ' | ');
  });
  await check('the quote for a time charges the member price', async () => {
    await card().click();
    await page.locator('.slot').first().waitFor({ timeout: 20_000 });
    await pickFirstSlot(page);
    await page.getByTestId('quote-amount').filter({ hasText: config.memberPrice }).waitFor();
  });
  await noConsoleErrors('member price');
});
