// A booking awaiting its host: the customer's My bookings and the provider's Agenda are open side by side; the
// provider confirms and the customer's page turns Confirmed by itself (bookingChanged), no reload.
// Config: { base, slug, password, customerEmail, providerEmail, offeringName, date } — date: yyyy-mm-dd of the start in the provider's zone.
import { ask, axe, check, config, desktop, launch, phone, scenario, shots } from './lib.mjs';
import { signIn, visible } from './steps.mjs';

await scenario(async () => {
  // Two browser contexts: two people signed in at once.
  const { page: customerPage } = await launch({ viewport: phone, locale: 'en-US' });
  const { page: agendaPage } = await launch({ viewport: desktop, locale: 'en-US' });
  const bookingsPath = `/t/${config.slug}/bookings`;
  const agendaPath = `/t/${config.slug}/agenda`;
  const customerCard = customerPage.locator('article.booking-card', { hasText: config.offeringName });
  const agendaCard = agendaPage.locator('article.agenda-booking', { hasText: config.offeringName });

  await check('the customer sees the booking awaiting confirmation', async () => {
    await customerPage.goto(config.base + bookingsPath);
    await signIn(customerPage, config.customerEmail, config.password, bookingsPath);
    await visible(customerPage, customerCard.getByText('Awaiting confirmation', { exact: true }), 'the Awaiting confirmation badge');
    // The server holds the page's subscription before the host acts: the change must come live, not by luck.
    await ask('subscribed');
  }, customerPage);

  await check('the provider sees it on the agenda with the confirmation deadline', async () => {
    await agendaPage.goto(config.base + agendaPath);
    await signIn(agendaPage, config.providerEmail, config.password, agendaPath);
    await agendaPage.getByLabel('Go to date').fill(config.date);
    await visible(agendaPage, agendaCard, `the booking of ${config.offeringName} on the agenda`);
    await visible(agendaPage, agendaCard.getByText(/Confirm or decline by/), 'the confirmation deadline');
  }, agendaPage);

  await axe(agendaPage, 'agenda');
  await shots(agendaPage, 'agenda');

  await check('the provider confirms and the customer page shows Confirmed without a reload', async () => {
    const navigations = [];
    customerPage.on('framenavigated', (frame) => { if (frame === customerPage.mainFrame()) navigations.push(frame.url()); });
    await agendaCard.getByRole('button', { name: /^Confirm/ }).click();
    await visible(agendaPage, agendaCard.getByText('Confirmed', { exact: true }), 'Confirmed on the agenda');
    await visible(customerPage, customerCard.getByText('Confirmed', { exact: true }), 'Confirmed on the customer page');
    if (navigations.length > 0) throw new Error(`the customer page navigated: ${navigations.join(', ')}`);
  }, customerPage);

  await axe(agendaPage, 'agenda after confirming');

});
