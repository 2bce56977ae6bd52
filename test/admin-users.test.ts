import 'reflect-metadata';
import { runAdminCommand } from '../src/cli/admin';
import { loadConfig } from '../src/config';
import {
  ADMIN_EMAIL,
  codes,
  createAdminUser,
  createToken,
  graphql,
  login,
  Me,
  ok,
  sessionOf,
  startTestServer,
  tryCreateCustomer,
  uniqueEmail,
  UpdateAdminUser,
  CreateAdminUser,
  CreateCustomer,
  type TestServer,
} from './support';

let t: TestServer;
beforeAll(async () => {
  // The server hashes at cost 10 and the command line at 4: the command-line test sees the hash brought up to 10.
  t = await startTestServer({ BCRYPT_COST: '10' });
});
afterAll(() => t.stop());

const MyAdminUserId = graphql(`
  query MyAdminUserId {
    me {
      adminUser {
        id
      }
    }
  }
`);

const DeleteAdminUser = graphql(`
  mutation DeleteAdminUser($id: ID!) {
    deleteAdminUser(id: $id) {
      adminUser {
        id
      }
      errors {
        code
      }
    }
  }
`);

const CustomerConfirmation = graphql(`
  query CustomerConfirmation($id: ID!) {
    customer(id: $id) {
      id
      confirmation
    }
  }
`);

describe('admin users', () => {
  test('are created with validated input; emails are unique ignoring case', async () => {
    const email = uniqueEmail('Admin');
    await createAdminUser(t, { email, scopes: ['customers:read'] });
    const again = ok(await t.gql(CreateAdminUser, { input: { email: email.toUpperCase(), password: 'another-password', scopes: [] } }));
    expect(again.createAdminUser.errors).toEqual([{ code: 'EMAIL_TAKEN', field: ['input', 'email'], message: expect.any(String) }]);
    const bad = ok(await t.gql(CreateAdminUser, { input: { email: 'not-an-email', password: 'short', scopes: ['admin', 'root'] } }));
    expect(bad.createAdminUser.errors.map((e) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID', 'input.email'],
      ['TOO_SHORT', 'input.password'],
      ['INVALID', 'input.scopes.1'],
    ]);
  });

  test("a session follows its user's scopes and active flag", async () => {
    const user = await createAdminUser(t, { scopes: ['customers:read', 'customers:write'] });
    const session = await sessionOf(t, user.email, user.password);
    expect((await tryCreateCustomer(t, {}, session)).errors).toEqual([]);

    ok(await t.gql(UpdateAdminUser, { id: user.id, input: { scopes: ['customers:read'] } }));
    expect(codes(await t.gql(CreateCustomer, { input: { email: uniqueEmail() } }, { token: session }))).toEqual(['FORBIDDEN']);
    expect(ok(await t.gql(Me, {}, { token: session })).me.scopes).toEqual(['customers:read']);

    ok(await t.gql(UpdateAdminUser, { id: user.id, input: { isActive: false } }));
    expect(codes(await t.gql(Me, {}, { token: session }))).toEqual(['UNAUTHENTICATED']);
    expect(ok(await login(t, user.email, user.password)).login.errors[0].code).toBe('INVALID_CREDENTIALS');
  });

  test("an owned API token is capped by its owner's current scopes", async () => {
    const owner = await createAdminUser(t, { scopes: ['admin'] });
    const ownerSession = await sessionOf(t, owner.email, owner.password);
    const { token } = await createToken(t, ['customers:write'], { asToken: ownerSession });
    expect(ok(await t.gql(Me, {}, { token })).me.scopes).toEqual(['customers:write']);
    ok(await t.gql(UpdateAdminUser, { id: owner.id, input: { scopes: ['customers:read'] } }));
    expect(ok(await t.gql(Me, {}, { token })).me.scopes).toEqual([]);
    expect(codes(await t.gql(CreateCustomer, { input: { email: uniqueEmail() } }, { token }))).toEqual(['FORBIDDEN']);
  });

  test('a new password ends the login sessions of the user', async () => {
    const user = await createAdminUser(t, { scopes: ['customers:read'] });
    const session = await sessionOf(t, user.email, user.password);
    ok(await t.gql(UpdateAdminUser, { id: user.id, input: { password: 'a-brand-new-password' } }));
    expect(codes(await t.gql(Me, {}, { token: session }))).toEqual(['UNAUTHENTICATED']);
    expect(await sessionOf(t, user.email, 'a-brand-new-password')).toBeTruthy();
  });

  test('the last active admin cannot be demoted, deactivated or deleted', async () => {
    // Leave exactly one active admin: the test admin.
    await t.db.sql.query(`UPDATE "AdminUser" SET "isActive" = false WHERE lower("email") <> lower($1)`, [ADMIN_EMAIL]);
    t.server.services.tokens.evictAll();
    const me = ok(await t.gql(MyAdminUserId)).me.adminUser!.id;
    for (const input of [{ isActive: false }, { scopes: ['customers:read'] }]) {
      expect(ok(await t.gql(UpdateAdminUser, { id: me, input })).updateAdminUser.errors[0].code).toBe('LAST_ADMIN');
    }
    const deleted = ok(await t.gql(DeleteAdminUser, { id: me }));
    expect(deleted.deleteAdminUser.errors).toEqual([{ code: 'LAST_ADMIN' }]);

    // With a second admin, the first may go.
    const other = await createAdminUser(t, { scopes: ['admin'] });
    const otherSession = await sessionOf(t, other.email, other.password);
    expect(ok(await t.gql(UpdateAdminUser, { id: me, input: { scopes: ['admin', 'customers:read'] } })).updateAdminUser.errors).toEqual([]);
    const gone = ok(await t.gql(DeleteAdminUser, { id: other.id }, { token: t.token }));
    expect(gone.deleteAdminUser.errors).toEqual([]);
    expect(codes(await t.gql(Me, {}, { token: otherSession }))).toEqual(['UNAUTHENTICATED']);
  });

  test("a customer's confirmation key needs customers:write; the rest of the row does not", async () => {
    const created = await tryCreateCustomer(t, { confirmation: 'secret-key' });
    const id = created.customer!.id;
    const { token } = await createToken(t, ['customers:read']);
    const read = await t.gql(CustomerConfirmation, { id }, { token });
    expect(read.data!.customer).toEqual({ id, confirmation: null });
    expect(codes(read)).toEqual(['FORBIDDEN']);
    expect(ok(await t.gql(CustomerConfirmation, { id })).customer!.confirmation).toBe('secret-key');
    // On a list page too (its rows carry only the selected columns; plain fields have no resolver of their own).
    const page = `query($ids: [ID!]) { customers(filter: { ids: $ids }) { items { id email confirmation } } }`;
    const listed = await t.gql(page, { ids: [id] }, { token });
    expect(listed.data).toEqual({ customers: { items: [{ id, email: expect.any(String), confirmation: null }] } });
    expect(codes(listed)).toEqual(['FORBIDDEN']);
    expect(ok(await t.gql(page, { ids: [id] })).customers.items).toEqual([{ id, email: expect.any(String), confirmation: 'secret-key' }]);
  });
});

describe('command line', () => {
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runAdminCommand(argv, loadConfig({ BCRYPT_COST: '4' }), t.db, {
      print: (l) => lines.push(l),
      readStdin: async () => 'from-stdin-password\n',
    });
    return { code, output: lines.join('\n') };
  };

  test('create-user prints a one-time password that logs in', async () => {
    const email = uniqueEmail('cli');
    const { code, output } = await run('create-user', '--email', email, '--scopes', 'customers:read,groups:read');
    expect(code).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(output)![1];
    const hashOf = async () =>
      (await t.db.sql.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "AdminUser" WHERE "email" = $1`, [email]))[0]
        .passwordHash;
    expect(await hashOf()).toMatch(/^\$2b\$04\$/); // the command line ran with BCRYPT_COST 4
    const session = await sessionOf(t, email, password);
    expect(ok(await t.gql(Me, {}, { token: session })).me.scopes).toEqual(['customers:read', 'groups:read']);
    // The first login brings the hash to the server's cost (10 here), so its logins time like the decoy's.
    expect(await hashOf()).toMatch(/^\$2b\$10\$/);
    expect(await sessionOf(t, email, password)).toBeTruthy();

    const fromStdin = uniqueEmail('cli');
    expect((await run('create-user', '--email', fromStdin, '--scopes', 'admin', '--password-stdin')).output).not.toContain('Password');
    expect(await sessionOf(t, fromStdin, 'from-stdin-password')).toBeTruthy();
  });

  test('create-token prints a token once; revoke-token ends it', async () => {
    const { code, output } = await run('create-token', '--name', 'ci', '--scopes', 'customers:read', '--expires-in-days', '30');
    expect(code).toBe(0);
    const token = /Token \(shown once.*\): (cgw_\S+)/.exec(output)![1];
    const me = ok(await t.gql(Me, {}, { token })).me;
    expect(me).toMatchObject({ kind: 'API', scopes: ['customers:read'], adminUser: null });
    const id = /\(id ([^)]+)\)/.exec(output)![1];
    expect((await run('revoke-token', '--id', id)).code).toBe(0);
    // Another process revoked it: this server's cache may trust the token for TOKEN_CACHE_SECONDS more.
    t.server.services.tokens.evictAll();
    expect(codes(await t.gql(Me, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  });

  test('refuses bad input with the reason', async () => {
    const bad = await run('create-token', '--name', 'x', '--scopes', 'root');
    expect(bad).toEqual({ code: 1, output: expect.stringContaining('Unknown scope "root"') });
    expect((await run('frobnicate')).output).toContain('Usage:');
  });
});
