import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { graphql, ok, startTestServer, uniqueEmail, type TestServer } from './support';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = path.resolve(__dirname, '../test-results/playground.png');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`playground.test.ts: skipping the browser test, ${CHROMIUM} is missing (apt-get install chromium)`);
}

const CreateGrace = graphql(`
  mutation CreateGrace($i: CreateCustomerInput!) {
    createCustomer(input: $i) {
      errors {
        code
      }
    }
  }
`);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

test('GET /graphql serves the GraphiQL page to a browser and JSON to everyone else', async () => {
  const page = await fetch(t.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  const html = await page.text();
  const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((url) => !url.startsWith('data:'));
  expect(assets.length).toBeGreaterThanOrEqual(5);
  for (const asset of assets) {
    expect(asset.startsWith('/playground/')).toBe(true); // no CDN
    expect((await fetch(new URL(asset, t.url))).status).toBe(200);
  }
  // A GraphQL GET (with a query) and a JSON client still reach GraphQL.
  const graphqlGet = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, {
    headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'apollo-require-preflight': 'true' },
  });
  expect(await graphqlGet.json()).toEqual({ data: { __typename: 'Query' } });
  const curl = await fetch(t.url, { headers: { accept: '*/*' } });
  expect(curl.headers.get('content-type')).not.toMatch(/text\/html/);
});

test('PLAYGROUND=false (the production default) serves no page', async () => {
  const off = await startTestServer({ PLAYGROUND: 'false' });
  try {
    const response = await fetch(off.url, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toMatch(/text\/html/);
    expect((await fetch(off.url.replace('/graphql', '/playground/graphiql.min.js'))).status).toBe(404);
  } finally {
    await off.stop();
  }
});

(hasChromium ? describe : describe.skip)('in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(() => browser?.close());

  test('runs a customers query with a bearer token set in the headers editor', async () => {
    const email = uniqueEmail('playground');
    ok(
      await t.gql(CreateGrace, {
        i: { email, firstName: 'Grace' },
      }),
    );

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const offsite: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(t.url).origin) && !request.url().startsWith('data:')) offsite.push(request.url());
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(t.url);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });

    // Type as a person would: replace the query, then the headers.
    await replaceEditorText(
      page,
      '.graphiql-query-editor',
      `query Customers {\n  customers(limit: 5, q: "${email}") {\n    count\n    items { id email firstName }\n  }\n}\n`,
    );
    await page
      .getByRole('tab', { name: 'Headers' })
      .click()
      .catch(() => undefined);
    await replaceEditorText(
      page,
      '.graphiql-editor-tool .graphiql-editor:not(.hidden)',
      JSON.stringify({ Authorization: `Bearer ${t.token}` }, null, 2),
    );
    await page.locator('.graphiql-execute-button').click();

    const result = page.locator('.result-window', { hasText: email });
    await result.waitFor({ timeout: 30_000 });
    const text = await result.innerText();
    expect(text).toContain('"count": 1');
    expect(text).toContain('"firstName": "Grace"');

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(offsite).toEqual([]);
    // Editor contents and history live in sessionStorage (this tab), never in localStorage.
    const stored = await page.evaluate(() => {
      const { localStorage, sessionStorage } = globalThis as unknown as Record<string, object>;
      return { local: JSON.stringify(localStorage), session: JSON.stringify(sessionStorage) };
    });
    expect(stored.session).toContain(email); // the query tab
    expect(stored.local).not.toContain(email);
    // GraphiQL's history records headers too: tolerable in this tab's sessionStorage only.
    expect(stored.local).not.toContain(t.token);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

/** Focuses a CodeMirror editor inside `selector`, selects everything and types `text` over it. */
async function replaceEditorText(page: import('playwright-core').Page, selector: string, text: string) {
  const editor = page.locator(`${selector} .CodeMirror`).first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}
