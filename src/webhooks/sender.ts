import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { TargetRefused, guardedLookup, hostOf, isPublicAddress } from './target-guard';

export interface Delivery {
  url: string;
  /** The webhook-id header: the event's id. */
  eventId: string;
  payload: string;
  /** Current secret first, then a rotated-out one still in its grace period. */
  secrets: string[];
}

export interface SendResult {
  statusCode: number | null;
  /** Why there was no 2xx answer, in a few words (never a stack). */
  error: string | null;
  durationMs: number;
  /** Cut short by shutdown: not an attempt the receiver answered or refused. */
  aborted: boolean;
}

/**
 * The Standard Webhooks headers for one attempt. Signed with the
 * `standardwebhooks` package, the spec's reference implementation (HMAC-
 * SHA256 over "id.timestamp.body"), so what we send is byte for byte what
 * its verify() in any language accepts; tests verify with the same package.
 * Several secrets (rotation) give a space-separated list of signatures.
 */
export function signatureHeaders(delivery: Delivery, at: Date): Record<string, string> {
  const signatures = delivery.secrets.map((secret) => new StandardWebhook(secret).sign(delivery.eventId, at, delivery.payload));
  return {
    'webhook-id': delivery.eventId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}

/**
 * One POST of the payload. A 2xx answer is success; anything else (3xx
 * included: redirects are not followed, as the spec advises), a timeout or a
 * connection error is a failure. Always resolves.
 */
export function send(delivery: Delivery, options: { timeoutMs: number; allowPrivate: boolean; signal: AbortSignal }): Promise<SendResult> {
  const started = Date.now();
  const done = (statusCode: number | null, error: string | null, aborted = false): SendResult => ({
    statusCode,
    error,
    durationMs: Date.now() - started,
    aborted,
  });
  return new Promise((resolve) => {
    const url = new URL(delivery.url);
    // An IP literal never reaches `lookup`: check it here.
    const host = hostOf(url);
    if (isIP(host) && !options.allowPrivate && !isPublicAddress(host)) {
      return resolve(done(null, 'refused: loopback or private-network address'));
    }
    const body = Buffer.from(delivery.payload, 'utf8');
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'POST',
      // A fresh connection per attempt: nothing pooled outlives the worker, and every connect goes through the guard.
      agent: false,
      lookup: guardedLookup(options.allowPrivate),
      headers: {
        'content-type': 'application/json',
        'content-length': String(body.length),
        'user-agent': 'customer-gateway-webhooks/1',
        ...signatureHeaders(delivery, new Date()),
      },
    });
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      request.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish(done(null, `timeout after ${options.timeoutMs} ms`)), options.timeoutMs);
    const onAbort = () => finish(done(null, 'aborted: the gateway is stopping', true));
    options.signal.addEventListener('abort', onAbort);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      // The body is not read beyond draining it; the status decides.
      response.resume();
      response.on('end', () => finish(done(status, status >= 200 && status < 300 ? null : `HTTP ${status}`)));
      response.on('error', () => finish(done(status, `HTTP ${status}`)));
    });
    request.on('error', (err: NodeJS.ErrnoException) => finish(done(null, describe(err))));
    if (options.signal.aborted) return onAbort();
    request.end(body);
  });
}

function describe(err: NodeJS.ErrnoException): string {
  if (err instanceof TargetRefused) return `refused: ${err.message}`;
  return err.code ? `connection failed (${err.code})` : 'connection failed';
}
