// A guest books a free session end to end and sees it confirmed. Also used by the allow-list run, where the server
// runs only the documents of this build's persisted-document manifest, as a mobile build would ship: there the visitor
// signs in first (email, password), since the demo's free session is for customers with an account.
// config: { slug, offering (its name), guest (email) or email + password, shots (save screenshots) }
import { axe, check, config, launch, noConsoleErrors, scenario, shots } from './lib.mjs';
import { openOffering, pickFirstSlot, signIn } from './steps.mjs';

await scenario(async () => {
  const { page } = await launch();
  await check('the booking page shows the offering and its times', () => openOffering(page, config.base, config.slug, config.offering));
  await axe(page, 'booking page');
  if (config.email) await check('the visitor signs in', () => signIn(page, config.email, config.password));
  await check('a time is chosen and its terms shown', async () => {
    await pickFirstSlot(page);
    await page.getByTestId('quote-amount').filter({ hasText: 'Free' }).waitFor();
  });
  await check('the visitor books (a guest with a name and email)', async () => {
    if (!config.email) {
      await page.getByLabel('Name').fill('Gina Guest');
      await page.getByLabel('Email').fill(config.guest);
    }
    await page.getByRole('button', { name: 'Book now' }).click();
    await page.getByRole('heading', { name: "You're booked!" }).waitFor({ timeout: 20_000 });
    await page.getByText('Confirmed', { exact: true }).waitFor();
  });
  await check('the confirmation offers the booking for a calendar', async () => {
    const ics = await page.getByRole('link', { name: /Add to calendar/ }).getAttribute('href');
    if (!ics?.startsWith('data:text/calendar') || !decodeURIComponent(ics).includes('BEGIN:VEVENT')) throw new Error(`ics link: ${ics?.slice(0, 80)}`);
    const google = await page.getByRole('link', { name: /Google Calendar/ }).getAttribute('href');
    if (!google?.startsWith('https://calendar.google.com/calendar/render?action=TEMPLATE')) throw new Error(`google link: ${google}`);
  });
  await axe(page, 'confirmation page');
  if (config.shots) await shots(page, 'confirmation');
  await noConsoleErrors('guest booking');
});
