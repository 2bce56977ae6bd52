import { ADMIN_PASSWORD, ok, post as postTo, read, startTestServer, uniqueEmail, type RawResponse, type TestServer } from './support';

let t: TestServer;
const logs: Record<string, any>[] = [];
beforeAll(async () => {
  t = await startTestServer({}, { log: (entry) => logs.push(entry) });
});
afterAll(() => t.stop());

/** Log lines written for one request, found by its x-request-id. */
async function linesFor({ response }: RawResponse): Promise<Record<string, any>[]> {
  const id = response.headers.get('x-request-id');
  // The request line is written when the response closes, just after the client has it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return logs.filter((entry) => entry.requestId === id);
}

/** POST with the admin token unless `headers` carry another authorization. */
function post(body: unknown, headers: Record<string, string> = {}) {
  return postTo(t.url, body, { token: t.token, headers });
}

test('one JSON line per request: method, path, status, duration, request id, operation name', async () => {
  const response = await post({ query: 'query ListSome { customers(limit: 1) { limit } }' });
  expect(response.status).toBe(200);
  const lines = await linesFor(response);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({
    level: 'info',
    msg: 'request',
    method: 'POST',
    path: '/graphql',
    status: 200,
    operationName: 'ListSome',
  });
  expect(typeof lines[0].durationMs).toBe('number');
  expect(new Date(lines[0].time).toISOString()).toBe(lines[0].time);
});

test('the query string of a GET is not logged (it can carry variables)', async () => {
  const query = encodeURIComponent('query Probe($e: String!) { customerByEmail(email: $e) { id } }');
  const variables = encodeURIComponent(JSON.stringify({ e: 'secret-lookup@example.com' }));
  const response = await read(
    await fetch(`${t.url}?query=${query}&variables=${variables}`, {
      headers: { authorization: `Bearer ${t.token}`, 'apollo-require-preflight': 'true' },
    }),
  );
  expect(response.status).toBe(200);
  const [line] = await linesFor(response);
  expect(line).toMatchObject({ method: 'GET', path: '/graphql', operationName: 'Probe' });
  expect(JSON.stringify(logs)).not.toContain('secret-lookup');
});

test('no password, token or authorization header reaches the logs', async () => {
  const password = 'Pa55word-never-logged';
  const login = await post({ query: 'mutation { login(email: "admin@test.local", password: "' + ADMIN_PASSWORD + '") { token } }' });
  const token = ok<{ login: { token: string } }>(login.body).login.token;
  const created = await post(
    {
      query: 'mutation Create($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } errors { code } } }',
      variables: { i: { email: uniqueEmail(), password } },
    },
    { authorization: `Bearer ${token}` },
  );
  expect(ok<{ createCustomer: { errors: unknown[] } }>(created.body).createCustomer.errors).toEqual([]);
  // A refused token and a malformed body too (error paths log more).
  await post({ query: '{ me { tokenId } }' }, { authorization: 'Bearer not-a-real-token-value' });
  await postTo(t.url, '{"query": ', { token });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const text = JSON.stringify(logs);
  for (const secret of [password, ADMIN_PASSWORD, token, t.token, 'not-a-real-token-value', 'Bearer']) {
    expect(text).not.toContain(secret);
  }
  expect(logs.filter((entry) => entry.operationName === 'Create')).toHaveLength(1);
});

test("the caller's x-request-id is the one on the log line (faults: see errors.test.ts)", async () => {
  const response = await post({ query: '{ customers(limit: 1) { items { id } } }' }, { 'x-request-id': 'trace-me-123' });
  expect(response.response.headers.get('x-request-id')).toBe('trace-me-123');
  const lines = await linesFor(response);
  expect(lines.map((line) => line.msg)).toEqual(['request']);
});
