// Real-time conformance: the graphql-ws and graphql-sse npm clients (and raw `ws` for misuse)
// against a running Platform. Usage: node realtime.mjs <config-json>
//   config: { http, ws, slug, ownerToken, customerToken, offeringId, starts: [iso, iso, iso] }
// Prints one JSON line: { checks: [{ name, ok, detail }] }. Exits 0 even when checks fail: the
// caller (ConformanceTests) asserts on each check so a failure names itself.
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import { createInterface } from 'node:readline';

const config = JSON.parse(process.argv[2]);
const checks = [];
const check = async (name, run) => {
  try {
    const detail = await withTimeout(run(), 10000, name);
    checks.push({ name, ok: true, detail: detail ?? null });
  } catch (e) {
    checks.push({ name, ok: false, detail: String(e?.stack ?? e) });
  }
};

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms); }),
  ]);
}

const tenantUrl = `${config.ws}/t/${config.slug}/graphql`;
const wsClient = (token, extra = {}) => createWsClient({
  url: tenantUrl,
  webSocketImpl: WebSocket,
  connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  retryAttempts: 0,
  lazy: true,
  ...extra,
});
const sseClient = (token) => createSseClient({
  url: `${config.http}/t/${config.slug}/graphql`,
  headers: token ? { authorization: `Bearer ${token}` } : {},
  retryAttempts: 0,
});

/** Runs a single-result operation to its end; resolves with the one result. */
const once = (client, payload) => new Promise((resolve, reject) => {
  let result;
  client.subscribe(payload, { next: (r) => { result = r; }, error: reject, complete: () => resolve(result) });
});

/** Subscribes; resolves with the first result, then unsubscribes. `ready` resolves once the server has the subscription. */
const firstEvent = (client, payload) => {
  let dispose;
  const event = new Promise((resolve, reject) => {
    dispose = client.subscribe(payload, { next: (r) => { resolve(r); dispose(); }, error: reject, complete: () => reject(new Error('completed before an event')) });
  });
  return { event, dispose: () => dispose() };
};

const hold = (start) => ({
  query: 'mutation($input: HoldBookingInput!) { holdBooking(input: $input) { booking { id status } userErrors { code message } } }',
  variables: { input: { offeringId: config.offeringId, start, idempotencyKey: `${start}-${Math.random()}` } },
});
const bookingChanged = { query: 'subscription { bookingChanged { id status } }' };
// Neither protocol acknowledges a subscription, so before publishing the script asks the test (its parent) to
// answer once the server's hub holds `count` subscribers of the organization: "? subscribers N", then a line back.
let answers;
const subscribers = async (count) => {
  answers ??= createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  process.stdout.write(`? subscribers ${count}\n`);
  await answers.next();
};

// --- graphql-ws client -----------------------------------------------------------------------------
const customerWs = wsClient(config.customerToken);
const ownerWs = wsClient(config.ownerToken);

await check('graphql-ws: query', async () => {
  const result = await once(customerWs, { query: '{ viewer { user { email } } organization { slug } }' });
  if (result.data?.organization?.slug !== config.slug) throw new Error(JSON.stringify(result));
  return result.data.viewer.user.email;
});

await check('graphql-ws: mutation', async () => {
  const result = await once(customerWs, hold(config.starts[0]));
  const booking = result.data?.holdBooking?.booking;
  if (!booking || result.data.holdBooking.userErrors.length) throw new Error(JSON.stringify(result));
  return booking.status;
});

await check('graphql-ws: subscription hears a change made through another connection (graphql-sse)', async () => {
  const subscription = firstEvent(ownerWs, bookingChanged);
  await subscribers(1);
  const made = await once(sseClient(config.customerToken), hold(config.starts[1]));
  const heard = await subscription.event;
  if (heard.data?.bookingChanged?.id !== made.data?.holdBooking?.booking?.id) throw new Error(JSON.stringify({ heard, made }));
  return heard.data.bookingChanged.status;
});

await check('graphql-ws: error message for an invalid operation', async () => {
  try {
    await once(customerWs, { query: '{ noSuchField }' });
  } catch (errors) {
    if (Array.isArray(errors) && /noSuchField/.test(errors[0]?.message)) return errors[0].message;
    throw errors;
  }
  throw new Error('no error');
});

await check('graphql-ws: a rejected init closes with 4403', () => new Promise((resolve, reject) => {
  const client = wsClient('not-a-token', { on: { closed: (event) => (event.code === 4403 ? resolve(event.reason) : reject(new Error(`closed ${event.code}`))) } });
  client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: () => {}, complete: () => {} });
}));

// --- graphql-sse client ----------------------------------------------------------------------------
await check('graphql-sse: query', async () => {
  const result = await once(sseClient(config.customerToken), { query: '{ viewer { user { email } } }' });
  if (!result.data?.viewer?.user?.email) throw new Error(JSON.stringify(result));
  return result.data.viewer.user.email;
});

await check('graphql-sse: mutation', async () => {
  const result = await once(sseClient(config.customerToken), hold(config.starts[2]));
  if (!result.data?.holdBooking?.booking) throw new Error(JSON.stringify(result));
  return result.data.holdBooking.booking.status;
});

await check('graphql-sse: subscription hears a change made through another connection (graphql-ws)', async () => {
  await subscribers(0); // the graphql-ws check's subscription has ended
  const subscription = firstEvent(sseClient(config.ownerToken), bookingChanged);
  await subscribers(1);
  const made = await once(customerWs, hold(config.starts[3]));
  const heard = await subscription.event;
  if (heard.data?.bookingChanged?.id !== made.data?.holdBooking?.booking?.id) throw new Error(JSON.stringify({ heard, made }));
  return heard.data.bookingChanged.status;
});

await check('graphql-sse: validation errors arrive as a result with errors', async () => {
  const result = await once(sseClient(config.customerToken), { query: '{ noSuchField }' });
  if (!/noSuchField/.test(result.errors?.[0]?.message)) throw new Error(JSON.stringify(result));
  return result.errors[0].message;
});

// --- close codes, with a raw socket sending what a conforming client never would -------------------
const closeCode = (send, { init = false } = {}) => new Promise((resolve, reject) => {
  const socket = new WebSocket(tenantUrl, 'graphql-transport-ws');
  socket.on('error', reject);
  socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  socket.on('open', async () => {
    if (init) {
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${config.customerToken}` } }));
      await new Promise((r) => socket.once('message', r));
    }
    for (const frame of send) socket.send(frame);
  });
});
const expectClose = (name, expected, send, options) => check(`close ${expected}: ${name}`, async () => {
  const { code, reason } = await closeCode(send, options);
  if (code !== expected) throw new Error(`closed ${code} ${reason}`);
  return reason;
});
const subscribe = (id) => JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { bookingChanged { id } }' } });

await expectClose('invalid message', 4400, ['{not json']);
await expectClose('subscribe before the ack', 4401, [subscribe('1')]);
await expectClose('rejected init', 4403, [JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer forged' } })]);
await expectClose('no init in time', 4408, []);
await expectClose('duplicate operation id', 4409, [subscribe('same'), subscribe('same')], { init: true });
await expectClose('too many inits', 4429, [JSON.stringify({ type: 'connection_init' })], { init: true });
await expectClose('message too big', 1009, [JSON.stringify({ id: 'x', type: 'subscribe', payload: { query: `{ __typename } # ${'x'.repeat(70000)}` } })], { init: true });

await customerWs.dispose();
await ownerWs.dispose();
console.log(JSON.stringify({ checks }));
process.exit(0);
