/**
 * A bounded load generator: `connections` keep-alive clients, each sending
 * the next request as soon as the previous answer is read, for a warm-up
 * then a fixed measuring window. Loopback only: it refuses any other host.
 */
import http from 'node:http';

export interface LoadOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections?: number;
  warmupSeconds?: number;
  durationSeconds?: number;
  /** The start of a good answer; anything else counts as an error. */
  expectPrefix?: string;
  /** Called when the measuring window opens and when it closes (e.g. to read CPU time). */
  onWindow?: (edge: 'start' | 'end') => void;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Response size of the last good answer, bytes. */
  bytes: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** One POST; resolves with the status and body. */
function post(agent: http.Agent, url: URL, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.url);
  if (!LOOPBACK.has(url.hostname)) throw new Error(`load generator targets loopback only, not ${url.hostname}`);
  const connections = options.connections ?? 10;
  const warmup = (options.warmupSeconds ?? 2) * 1000;
  const duration = Math.min(options.durationSeconds ?? 10, 20) * 1000;
  const headers = { 'content-type': 'application/json', ...options.headers };
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const expect = options.expectPrefix ?? '{"data":';

  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const start = performance.now();
  const measureFrom = start + warmup;
  const end = measureFrom + duration;

  async function client() {
    while (performance.now() < end) {
      const t0 = performance.now();
      let good: boolean;
      try {
        const res = await post(agent, url, options.body, headers);
        good = res.status === 200 && res.body.startsWith(expect) && !res.body.includes('"errors":');
        if (good) bytes = res.body.length;
      } catch {
        good = false;
      }
      if (t0 >= measureFrom) {
        if (good) latencies.push(performance.now() - t0);
        else errors += 1;
      }
    }
  }

  const opening = setTimeout(() => options.onWindow?.('start'), warmup);
  await Promise.all(Array.from({ length: connections }, client));
  clearTimeout(opening);
  options.onWindow?.('end');
  agent.destroy();
  const seconds = (performance.now() - measureFrom) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    bytes,
  };
}

/** Sequential latency of one request, `n` times (no concurrency): for per-page costs. */
export async function sequentialLatency(
  options: Pick<LoadOptions, 'url' | 'body' | 'headers'>,
  n: number,
): Promise<{ p50: number; p90: number }> {
  const url = new URL(options.url);
  if (!LOOPBACK.has(url.hostname)) throw new Error(`loopback only, not ${url.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await post(agent, url, options.body, { 'content-type': 'application/json', ...options.headers });
    if (res.status !== 200 || !res.body.startsWith('{"data":')) throw new Error(`bad answer: ${res.status} ${res.body.slice(0, 300)}`);
    times.push(performance.now() - t0);
  }
  agent.destroy();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p90: percentile(times, 90) };
}
