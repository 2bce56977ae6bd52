import { ok, type TestServer } from './test-server';

/** A new API token with exactly these scopes, made through the API by the test admin. */
export async function createToken(
  t: TestServer,
  scopes: string[],
  options: { name?: string; asToken?: string } = {},
): Promise<{ token: string; id: string }> {
  const data = ok(
    await t.gql(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } errors { code field message } } }`,
      { input: { name: options.name ?? 'test', scopes } },
      { token: options.asToken },
    ),
  );
  if (data.createApiToken.errors.length) throw new Error(`createApiToken: ${JSON.stringify(data.createApiToken.errors)}`);
  return { token: data.createApiToken.token, id: data.createApiToken.apiToken.id };
}

/** The extensions.code of each error of a response. */
export function codes(response: { errors?: { extensions?: Record<string, any> }[] }): string[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}
