// A booking awaiting its host: the customer's My bookings and the provider's Agenda are open side by side; the
// provider confirms and the customer's page turns Confirmed by itself (bookingChanged), no reload.
// Config: { base, slug, password, customerEmail, providerEmail, offeringName, date } — date: yyyy-mm-dd of the start in the provider's zone.
import { launch, check, axe, shots, report } from './lib.mjs';
import { browserOf, scenarioConfig, signIn, visible } from './account-helpers.mjs';

const config = scenarioConfig();
const browser = browserOf(await launch());
const customerContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
const providerContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
const customerPage = await customerContext.newPage();
const agendaPage = await providerContext.newPage();
const bookingsPath = `/t/${config.slug}/bookings`;
const agendaPath = `/t/${config.slug}/agenda`;
const customerCard = customerPage.locator('article.booking-card', { hasText: config.offeringName });
const agendaCard = agendaPage.locator('article.agenda-booking', { hasText: config.offeringName });

await check('the customer sees the booking awaiting confirmation', async () => {
  await customerPage.goto(config.base + bookingsPath);
  await signIn(customerPage, config.customerEmail, config.password, bookingsPath);
  await visible(customerPage, customerCard.getByText('Awaiting confirmation', { exact: true }), 'the Awaiting confirmation badge');
});

await check('the provider sees it on the agenda with the confirmation deadline', async () => {
  await agendaPage.goto(config.base + agendaPath);
  await signIn(agendaPage, config.providerEmail, config.password, agendaPath);
  await agendaPage.getByLabel('Go to date').fill(config.date);
  await visible(agendaPage, agendaCard, `the booking of ${config.offeringName} on the agenda`);
  await visible(agendaPage, agendaCard.getByText(/Confirm or decline by/), 'the confirmation deadline');
});

await axe(agendaPage, 'agenda');
await shots(agendaPage, 'agenda');

await check('the provider confirms and the customer page shows Confirmed without a reload', async () => {
  // The customer's subscription opens with the page; give its socket a moment before the change happens.
  await customerPage.waitForTimeout(1500);
  const navigations = [];
  customerPage.on('framenavigated', (frame) => { if (frame === customerPage.mainFrame()) navigations.push(frame.url()); });
  await agendaCard.getByRole('button', { name: /^Confirm/ }).click();
  await visible(agendaPage, agendaCard.getByText('Confirmed', { exact: true }), 'Confirmed on the agenda');
  await visible(customerPage, customerCard.getByText('Confirmed', { exact: true }), 'Confirmed on the customer page');
  if (navigations.length > 0) throw new Error(`the customer page navigated: ${navigations.join(', ')}`);
});

await axe(agendaPage, 'agenda after confirming');

await browser.close();
report();
