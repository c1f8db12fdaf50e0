// Two visitors (two browser contexts) choose the same time; the first books it; the second sees it disappear live,
// is told, and cannot book it (the form goes away; nothing stays to click).
// config: { slug, offering }
import { check, config, launch, noConsoleErrors, scenario } from './lib.mjs';
import { openOffering, pickFirstSlot } from './steps.mjs';

await scenario(async () => {
  const first = (await launch()).page;
  const second = (await launch()).page;
  let start;
  await check('both visitors choose the same time', async () => {
    await openOffering(first, config.base, config.slug, config.offering);
    await openOffering(second, config.base, config.slug, config.offering);
    start = await pickFirstSlot(first);
    const other = await pickFirstSlot(second);
    if (start !== other) throw new Error(`${start} vs ${other}`);
    return start;
  });
  await check('the first visitor books it', async () => {
    await first.getByLabel('Name').fill('First Visitor');
    await first.getByLabel('Email').fill(`first-${Date.now()}@example.test`);
    await first.getByRole('button', { name: 'Book now' }).click();
    await first.getByRole('heading', { name: "You're booked!" }).waitFor({ timeout: 20_000 });
  }, first);
  await check('the second visitor sees the time disappear without reloading', async () => {
    await second.locator(`.slot[data-start="${start}"]`).waitFor({ state: 'detached', timeout: 15_000 });
    await second.getByText('just taken by someone else').waitFor();
  }, second);
  await check('and cannot book it: the form is gone', async () => {
    if (await second.locator('.booking-form').count()) throw new Error('the booking form is still there');
  }, second);
  await noConsoleErrors('race');
});
