import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  /** The parsed payload. */
  event: { id: string; type: string; occurredAt: string; actor: { kind: string; id: string | null }; data: any };
}

/**
 * A real HTTP receiver on loopback. `respond` decides each answer (default
 * 204); returning 'hang' never answers (a receiver dying mid-delivery).
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  respond: (request: Received, index: number) => number | 'hang' = () => 204;
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const request: Received = {
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        body,
        event: JSON.parse(body),
      };
      this.received.push(request);
      const answer = this.respond(request, this.received.length - 1);
      if (answer === 'hang') return;
      res.writeHead(answer).end();
    });
  });

  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Verifies a request as a receiver would, with the standardwebhooks package; throws if it does not verify. */
  static verify(secret: string, request: Received): unknown {
    return new Webhook(secret).verify(request.body, {
      'webhook-id': request.id,
      'webhook-timestamp': request.timestamp,
      'webhook-signature': request.signature,
    });
  }

  /** Distinct event ids received, in first-arrival order. */
  ids(): string[] {
    return [...new Set(this.received.map((r) => r.id))];
  }

  /**
   * Waits until `done()` holds, polling; fails after a generous deadline
   * (a bound on a hang, not a timing assertion).
   */
  async until(done: () => boolean, what: string, deadlineMs = 30_000): Promise<void> {
    const end = Date.now() + deadlineMs;
    while (!done()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; received ${this.received.length} requests`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
