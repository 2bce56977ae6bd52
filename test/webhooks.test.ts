import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { silentLogger } from '../src/logger';
import { startServer, type RunningServer } from '../src/server';
import { isPublicAddress, urlProblem } from '../src/webhooks/target-guard';
import { send } from '../src/webhooks/sender';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  CreateCustomer,
  DeleteCustomer,
  ok,
  startTestServer,
  uniqueEmail,
  UpdateCustomer,
  type TestServer,
} from './support';
import { WebhookReceiver, type Received } from './support/webhook-receiver';

/**
 * Webhooks end to end: real mutations, the real worker, a real HTTP
 * receiver on loopback. Waits are for events (the receiver's requests),
 * bounded by a deadline; retry delays are cut to tens of milliseconds.
 */
const ENV = {
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  WEBHOOK_POLL_MS: '20',
  WEBHOOK_RETRY_DELAYS: '0.02,0.02,0.02',
  WEBHOOK_TIMEOUT_SECONDS: '5',
  WEBHOOK_LEASE_SECONDS: '6',
};

const CREATE_WEBHOOK = `mutation($input: CreateWebhookInput!) {
  createWebhook(input: $input) { webhook { id url events description isActive } secret errors { code field message } } }`;
const DELIVERIES = `query($id: ID!, $first: Int) { webhookDeliveries(webhookId: $id, first: $first) {
  edges { node { id eventId eventType status attemptCount lastStatusCode attempts { statusCode error } } } } }`;

let t: TestServer;
let receiver: WebhookReceiver;
let webhookId: string;
let secret: string;
const extraServers: RunningServer[] = [];

beforeAll(async () => {
  t = await startTestServer(ENV);
  receiver = await new WebhookReceiver().start();
  const created = ok(
    await t.gql(CREATE_WEBHOOK, { input: { url: receiver.url, events: ['CUSTOMER_CREATED', 'CUSTOMER_UPDATED', 'CUSTOMER_DELETED'] } }),
  ).createWebhook;
  expect(created.errors).toEqual([]);
  ({ id: webhookId } = created.webhook);
  secret = created.secret;
});
afterEach(() => {
  receiver.respond = () => 204;
});
afterAll(async () => {
  for (const server of extraServers) await server.stop();
  await t.stop();
  await receiver.stop();
});

async function createCustomer(input: Record<string, unknown> = {}) {
  const { customer, errors } = ok(await t.gql(CreateCustomer, { input: { email: uniqueEmail('wh'), ...input } })).createCustomer;
  expect(errors).toEqual([]);
  return customer as { id: string; email: string; version: number };
}
const rename = async (id: string, firstName: string) =>
  expect(ok(await t.gql(UpdateCustomer, { id, input: { firstName } })).updateCustomer.errors).toEqual([]);
const forCustomer = (id: string) => receiver.received.filter((r) => r.event.data.customer?.id === id);
const answered = (id: string) => [...new Set(forCustomer(id).map((r) => r.id))].length;

async function deliveries(id = webhookId) {
  return ok(await t.gql(DELIVERIES, { id, first: 500 })).webhookDeliveries.edges.map((e: { node: any }) => e.node);
}

/** The delivery of an event once its last attempt is recorded (SUCCEEDED or DEAD), polling up to a deadline. */
async function settled(eventId: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const delivery = (await deliveries()).find((d: { eventId: string }) => d.eventId === eventId);
    if (delivery && delivery.status !== 'PENDING') return delivery;
    if (Date.now() > deadline) throw new Error(`delivery of ${eventId} still PENDING`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Another gateway process on the same database (same config), as a second replica or a restart. */
async function anotherGateway(): Promise<RunningServer> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', BCRYPT_COST: '4', ADMIN_EMAIL, ADMIN_PASSWORD, ...ENV });
  // On Postgres a pool of its own, as another process would have; PGlite allows one process, so its one database.
  const db = t.databaseUrl ? await openDatabase({ databaseUrl: t.databaseUrl, pgliteDataDir: '' }) : undefined;
  const server = await startServer(config, { db: db ?? t.db, logger: silentLogger, print: () => undefined });
  const stop = server.stop.bind(server);
  server.stop = async () => {
    await stop();
    await db?.close();
  };
  extraServers.push(server);
  return server;
}

test('createWebhook shows a whsec_ secret once; the list never shows it', async () => {
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  const list = ok(await t.gql('{ webhooks { id url events isActive } }')).webhooks;
  expect(list).toEqual([
    { id: webhookId, url: receiver.url, events: ['CUSTOMER_CREATED', 'CUSTOMER_UPDATED', 'CUSTOMER_DELETED'], isActive: true },
  ]);
  const bad = ok(await t.gql(CREATE_WEBHOOK, { input: { url: 'ftp://example.com/x', events: [] } })).createWebhook;
  expect(bad.webhook).toBeNull();
  expect(bad.errors.map((e: { field: string[] }) => e.field.join('.')).sort()).toEqual(['input.events', 'input.url']);
});

test('a delivery is signed per Standard Webhooks and verifies with the standardwebhooks package; no secret in the payload', async () => {
  const customer = await createCustomer({ password: 'a-good-password', firstName: 'Ada' });
  await receiver.until(() => forCustomer(customer.id).length === 1, 'customer.created');
  const [request] = forCustomer(customer.id);
  const verified = WebhookReceiver.verify(secret, request) as Received['event'];
  expect(verified.id).toBe(request.id);
  expect(request.id).toMatch(/^evt_[0-9a-f]{32}$/);
  expect(verified).toMatchObject({ type: 'customer.created', actor: { kind: 'ADMIN_USER' } });
  expect(verified.data.customer).toMatchObject({ id: customer.id, email: customer.email, firstName: 'Ada', hasAccount: true });
  expect(request.body).not.toMatch(/passwordHash|\$2[aby]\$|a-good-password|confirmation/);
  // A tampered body or another secret does not verify.
  expect(() => WebhookReceiver.verify(secret, { ...request, body: request.body.replace('Ada', 'Eve') })).toThrow();
  expect(() => WebhookReceiver.verify('whsec_' + Buffer.alloc(32, 1).toString('base64'), request)).toThrow();
});

test('a 500 is retried with the same webhook-id, and every attempt shows in webhookDeliveries', async () => {
  let failed = false;
  receiver.respond = (request) => {
    if (request.event.type === 'customer.created' && !failed) {
      failed = true;
      return 500;
    }
    return 204;
  };
  const customer = await createCustomer();
  await receiver.until(() => forCustomer(customer.id).length === 2, 'the retry');
  const [first, second] = forCustomer(customer.id);
  expect(second.id).toBe(first.id);
  expect(second.body).toBe(first.body);
  WebhookReceiver.verify(secret, second);
  const delivery = await settled(first.id);
  expect(delivery).toMatchObject({ eventType: 'CUSTOMER_CREATED', attemptCount: 2, lastStatusCode: 204, status: 'SUCCEEDED' });
  expect(delivery.attempts).toEqual([
    { statusCode: 500, error: 'HTTP 500' },
    { statusCode: 204, error: null },
  ]);
});

test("a customer's events arrive in order, a failing head holding back the ones after it", async () => {
  const a = await createCustomer();
  const b = await createCustomer();
  let failures = 0;
  // The first update of A fails twice: A's later events must wait for it; B's need not.
  receiver.respond = (request) => (request.event.data.customer.firstName === 'A1' && failures++ < 2 ? 500 : 204);
  for (const name of ['A1', 'A2', 'A3']) await rename(a.id, name);
  await rename(b.id, 'B1');
  ok(await t.gql(DeleteCustomer, { id: a.id }));
  await receiver.until(() => answered(a.id) === 5 && answered(b.id) === 2, "both customers' events");
  // Versions of A's events in the order they were answered 2xx: strictly increasing.
  const last = new Map(forCustomer(a.id).map((r, i) => [r.id, i]));
  const succeeded = forCustomer(a.id).filter((r, i) => last.get(r.id) === i);
  expect(succeeded.map((r) => r.event.type)).toEqual([
    'customer.created',
    'customer.updated',
    'customer.updated',
    'customer.updated',
    'customer.deleted',
  ]);
  expect(succeeded.map((r) => r.event.data.customer.firstName)).toEqual([null, 'A1', 'A2', 'A3', 'A3']);
  expect(forCustomer(a.id).filter((r) => r.event.data.customer.firstName === 'A1')).toHaveLength(3);
  const versions = succeeded.map((r) => r.event.data.customer.version);
  expect([...versions].sort((x, y) => x - y)).toEqual(versions);
});

test('after its last attempt a delivery is DEAD; redeliverWebhookEvent sends it again with the same id', async () => {
  receiver.respond = () => 503;
  const customer = await createCustomer();
  await receiver.until(() => forCustomer(customer.id).length === 4, 'four attempts');
  const eventId = forCustomer(customer.id)[0].id;
  const delivery = await settled(eventId);
  expect(delivery).toMatchObject({ status: 'DEAD', attemptCount: 4, lastStatusCode: 503 });
  expect(delivery.attempts).toHaveLength(4);
  receiver.respond = () => 200;
  const redelivered = ok(
    await t.gql(`mutation($e: ID!) { redeliverWebhookEvent(eventId: $e) { deliveries { eventId status attemptCount } errors { code } } }`, {
      e: eventId,
    }),
  ).redeliverWebhookEvent;
  expect(redelivered).toEqual({ deliveries: [{ eventId, status: 'PENDING', attemptCount: 0 }], errors: [] });
  await receiver.until(() => forCustomer(customer.id).length === 5, 'the redelivery');
  expect(forCustomer(customer.id)[4].id).toBe(eventId);
  const missing = ok(await t.gql(`mutation { redeliverWebhookEvent(eventId: "evt_nope") { errors { code field } } }`));
  expect(missing.redeliverWebhookEvent.errors).toEqual([{ code: 'NOT_FOUND', field: ['eventId'] }]);
});

test('a refused write emits nothing', async () => {
  const customer = await createCustomer();
  await receiver.until(() => forCustomer(customer.id).length === 1, 'customer.created');
  const before = (await deliveries()).length;
  const conflict = ok(await t.gql(UpdateCustomer, { id: customer.id, input: { firstName: 'X', expectedVersion: 99 } })).updateCustomer;
  expect(conflict.errors[0].code).toBe('VERSION_CONFLICT');
  const invalid = ok(await t.gql(CreateCustomer, { input: { email: 'not an email' } })).createCustomer;
  expect(invalid.errors[0].code).toBe('INVALID');
  const taken = ok(await t.gql(CreateCustomer, { input: { email: customer.email } })).createCustomer;
  expect(taken.errors[0].code).toBe('EMAIL_TAKEN');
  expect(await deliveries()).toHaveLength(before);
  const events = await t.db.prisma.webhookEvent.count({ where: { orderingKey: customer.id } });
  expect(events).toBe(1);
});

test('a gateway stopped mid-delivery (no answer yet) leaves it to be sent again, same webhook-id', async () => {
  receiver.respond = (_request, index) =>
    receiver.received.slice(0, index).some((r) => r.id === receiver.received[index].id) ? 204 : 'hang';
  const customer = await createCustomer();
  await receiver.until(() => forCustomer(customer.id).length === 1, 'the first attempt');
  // A crash: the worker dies holding the lease, without recording anything.
  await t.server.webhookWorker.stop({ abandon: true });
  const restarted = await anotherGateway();
  await receiver.until(() => forCustomer(customer.id).length === 2, 'the redelivery after restart');
  const [first, second] = forCustomer(customer.id);
  expect(second.id).toBe(first.id);
  await restarted.stop();
  extraServers.splice(extraServers.indexOf(restarted), 1);
  await t.server.webhookWorker.start();
});

test('two gateways on one database deliver every event (at least once; receivers dedupe by id)', async () => {
  const second = await anotherGateway();
  const customers: { id: string }[] = [];
  for (let i = 0; i < 12; i++) customers.push(await createCustomer());
  await receiver.until(() => customers.every((c) => answered(c.id) === 1), 'every customer.created');
  const ids = customers.map((c) => forCustomer(c.id)[0].id);
  expect(new Set(ids).size).toBe(12);
  // The receiver has answered; the sending gateway records the result just
  // after, so wait for the records (bounded) rather than read them at once.
  const statuses = async () => (await t.db.prisma.webhookDelivery.findMany({ where: { eventId: { in: ids } } })).map((r) => r.status);
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((done) => setTimeout(done, 50))) {
    if ((await statuses()).every((status) => status === 'SUCCEEDED')) break;
  }
  expect(await statuses()).toEqual(Array(12).fill('SUCCEEDED'));
  await second.stop();
  extraServers.splice(extraServers.indexOf(second), 1);
});

describe('SSRF guard', () => {
  test('only public unicast addresses pass', () => {
    for (const address of ['127.0.0.1', '10.0.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0']) {
      expect({ address, public: isPublicAddress(address) }).toEqual({ address, public: false });
    }
    for (const address of ['8.8.8.8', '2606:4700::1111']) expect(isPublicAddress(address)).toBe(true);
    expect(urlProblem('file:///etc/passwd')).toMatch(/http/);
    expect(urlProblem('https://example.com/hook')).toBeNull();
  });

  test('the sender refuses a loopback receiver unless private targets are allowed', async () => {
    const delivery = { url: receiver.url, eventId: 'evt_x', payload: '{}', secrets: [secret] };
    const signal = new AbortController().signal;
    const refused = await send(delivery, { timeoutMs: 5000, allowPrivate: false, signal });
    expect(refused).toMatchObject({ statusCode: null, error: expect.stringMatching(/^refused/) });
    const viaName = await send(
      { ...delivery, url: receiver.url.replace('127.0.0.1', 'localhost') },
      { timeoutMs: 5000, allowPrivate: false, signal },
    );
    expect(viaName).toMatchObject({ statusCode: null, error: expect.stringMatching(/^refused/) });
  });
});
