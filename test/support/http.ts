/** Requests below TestServer.gql: for tests of status codes, headers, raw bodies and batches. */

export interface RawResponse {
  response: Response;
  status: number;
  /** The body as sent. */
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  // `any`: what comes back here is what is under test, read field by field (malformed on purpose at times).
  body: any;
}

/**
 * POST `body` to `url`: an object is sent as JSON, a string as it is. `token` is sent as a bearer token
 * when given; `headers` add to or replace content-type: application/json.
 */
export async function post(url: string, body: unknown, options: { token?: string | null; headers?: Record<string, string> } = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return read(response);
}

/** Reads a response's body as text and, when it is JSON, parsed. */
export async function read(response: Response): Promise<RawResponse> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { response, status: response.status, text, body };
}
