// The live connection drops while a visitor holds a time: the page says it is reconnecting, keeps the hold (and its
// countdown), reconnects by itself (graphql-ws retry) once the network is back, and hears what changed afterwards.
// The WebSocket is cut and refused through Playwright's routeWebSocket, as a lost network would.
// config: { slug, offering, email, password }
import { ask, check, config, consoleErrors, launch, noConsoleErrors, scenario } from './lib.mjs';
import { openOffering, pickFirstSlot, signIn } from './steps.mjs';

await scenario(async () => {
  const { page } = await launch();
  const open = new Set();
  let offline = false;
  await page.routeWebSocket(/\/graphql$/, (socket) => {
    if (offline) {
      socket.close({ code: 1012, reason: 'network down' });
      return;
    }
    socket.connectToServer();
    open.add(socket);
  });
  let held;
  await check('the visitor holds a paid time', async () => {
    await openOffering(page, config.base, config.slug, config.offering);
    await signIn(page, config.email, config.password);
    await page.locator('.slot').first().waitFor({ timeout: 20_000 });
    held = await pickFirstSlot(page);
    await page.getByRole('button', { name: 'Reserve and pay' }).click();
    await page.getByRole('heading', { name: 'Reserved for you' }).waitFor({ timeout: 20_000 });
  });
  await check('losing the connection shows the reconnecting state and keeps the hold', async () => {
    offline = true;
    for (const socket of open) await socket.close({ code: 1012, reason: 'network down' });
    open.clear();
    await page.getByTestId('reconnecting').waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: 'Reserved for you' }).waitFor();
    await page.locator('.countdown').waitFor();
  });
  let taken;
  await check('back online, the page reconnects and hears a change made after', async () => {
    offline = false;
    await page.getByTestId('reconnecting').waitFor({ state: 'detached', timeout: 30_000 });
    const starts = await page.locator('.slot').evaluateAll((slots) => slots.map((slot) => slot.getAttribute('data-start')));
    taken = starts.find((start) => start && start !== held);
    if (!taken) throw new Error(`no second time to take among ${starts.join(', ')}`);
    await ask('take-slot', { start: taken });
    await page.locator(`.slot[data-start="${taken}"]`).waitFor({ state: 'detached', timeout: 15_000 });
    return taken;
  });
  await check('the hold is still there', () => page.getByRole('heading', { name: 'Reserved for you' }).waitFor());
  // Chromium reports each refused WebSocket as a console error: those are this scenario's doing, nothing else may be.
  for (let index = consoleErrors.length - 1; index >= 0; index--) if (/WebSocket/i.test(consoleErrors[index])) consoleErrors.splice(index, 1);
  await noConsoleErrors('reconnect');
});
