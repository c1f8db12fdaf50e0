// Everything by keyboard: a guest books a free session with Tab, Enter and typing only, and focus is always visible.
// config: { slug, offering, guest }
import { check, config, launch, noConsoleErrors, scenario } from './lib.mjs';

/** Presses Tab until the focused element matches `test` (at most `limit` times); fails when it never does. */
async function tabTo(page, description, test, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element) return null;
      const style = getComputedStyle(element);
      return {
        tag: element.tagName.toLowerCase(),
        text: (element.textContent ?? '').trim(),
        label: element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent?.trim() ?? '',
        className: String(element.className ?? ''),
        visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
    if (focused && test(focused)) {
      if (!focused.visible) throw new Error(`${description}: focused but with no visible focus indicator`);
      return focused;
    }
  }
  throw new Error(`${description}: not reached with Tab`);
}

await scenario(async () => {
  const { page } = await launch();
  await page.goto(`${config.base}/t/${config.slug}`, { waitUntil: 'networkidle' });
  await check('the offering is chosen with Tab and Enter', async () => {
    await tabTo(page, 'the offering', (f) => f.tag === 'button' && f.text.includes(config.offering));
    await page.keyboard.press('Enter');
    await page.locator('.slot').first().waitFor({ timeout: 20_000 });
  });
  await check('a time is chosen with Tab and Enter', async () => {
    await tabTo(page, 'a time', (f) => f.className.includes('slot'));
    await page.keyboard.press('Enter');
    await page.locator('.booking-form').waitFor();
  });
  await check('the details are typed and the booking made with the keyboard', async () => {
    await tabTo(page, 'the name field', (f) => f.tag === 'input' && f.label === 'Name');
    await page.keyboard.type('Kim Keyboard');
    await tabTo(page, 'the email field', (f) => f.tag === 'input' && f.label === 'Email');
    await page.keyboard.type(config.guest);
    await tabTo(page, 'the book button', (f) => f.tag === 'button' && f.text === 'Book now');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: "You're booked!" }).waitFor({ timeout: 20_000 });
  });
  await noConsoleErrors('keyboard booking');
});
