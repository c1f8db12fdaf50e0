// A signed-in customer cancels a paid booking inside its refund window from My bookings: the dialog names the
// refund before anything happens, and afterwards the card reads Cancelled with the refund on it.
// Config: { base, slug, email, password, offeringName, refundText } — refundText is the amount as the page writes it.
import { join } from 'node:path';
import { axe, check, config, launch, phone, scenario, shots } from './lib.mjs';
import { signIn, visible } from './steps.mjs';

await scenario(async () => {
  const { page } = await launch({ viewport: phone, locale: 'en-US' });
  const path = `/t/${config.slug}/bookings`;
  const card = page.locator('article.booking-card', { hasText: config.offeringName });

  await check('the customer signs in and sees the paid booking confirmed', async () => {
    await page.goto(config.base + path);
    await signIn(page, config.email, config.password, path);
    await visible(page, card, `the booking of ${config.offeringName}`);
    await visible(page, card.getByText('Confirmed', { exact: true }), 'its Confirmed badge');
    await visible(page, card.getByText('Paid', { exact: true }), 'its payment status Paid');
  });

  await axe(page, 'my-bookings');
  await shots(page, 'my-bookings');

  await check('the cancel dialog names the refund before cancelling', async () => {
    await card.getByRole('button', { name: 'Cancel booking' }).click();
    const dialog = page.getByRole('dialog');
    await visible(page, dialog.getByTestId('refund-quote'), 'the refund in the dialog');
    const text = await dialog.getByTestId('refund-quote').innerText();
    if (!text.includes(config.refundText)) throw new Error(`the dialog says "${text}", not ${config.refundText}`);
  });

  await axe(page, 'my-bookings cancel dialog');

  await check('after cancelling the booking reads Cancelled and shows the refund, without a reload', async () => {
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel booking' }).click();
    await visible(page, card.getByText('Cancelled', { exact: true }), 'the Cancelled badge');
    const refund = card.getByText(/is being refunded to you/);
    await visible(page, refund, 'the refund line');
    const text = await refund.first().innerText();
    if (!text.includes(config.refundText)) throw new Error(`the card says "${text}", not ${config.refundText}`);
  });

  await check('the receipt lists what was paid and refunded', async () => {
    await card.getByRole('button', { name: 'Receipt' }).click();
    const dialog = page.getByRole('dialog');
    await visible(page, dialog.getByRole('table'), 'the receipt table');
    await visible(page, dialog.getByRole('row', { name: /Refunded/ }), 'a refund row', 30_000);
    await page.screenshot({ path: join(config.artifacts, 'receipt.png') });
    // On paper the receipt stands alone (bookings.css @media print).
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(config.artifacts, 'receipt-print.png') });
    await page.emulateMedia({ media: 'screen' });
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});
