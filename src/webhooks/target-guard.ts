import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * SSRF guard for webhook URLs. Only http(s); the host's addresses must all
 * be public unicast (ipaddr.js classifies them: loopback, RFC 1918 private,
 * link-local incl. cloud metadata 169.254.169.254, unique-local, CGNAT,
 * reserved, multicast... are refused). Checked when a webhook is saved and
 * again on every connection, through the `lookup` the HTTP client uses, so
 * the address connected to is the address checked (no DNS rebinding gap).
 * WEBHOOK_ALLOW_PRIVATE_TARGETS=true lifts the address rule (tests, or a
 * receiver on the same private network).
 */
export class TargetRefused extends Error {
  override name = 'TargetRefused';
}

export function isPublicAddress(address: string): boolean {
  try {
    // process(): an IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 it maps.
    return ipaddr.process(address).range() === 'unicast';
  } catch {
    return false;
  }
}

/** The URL's problem in words, or null: scheme and shape only (no DNS). */
export function urlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Only http and https URLs can receive webhooks';
  if (!url.hostname) return 'The URL has no host';
  return null;
}

/** The host of a URL without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Resolves the URL's host and refuses it unless every address is public (or private targets are allowed). */
export async function checkTarget(url: URL, allowPrivate: boolean): Promise<void> {
  const host = hostOf(url);
  const addresses = isIP(host) ? [host] : await resolveAll(host);
  if (!allowPrivate) {
    const refused = addresses.find((address) => !isPublicAddress(address));
    if (refused) throw new TargetRefused(`${host} resolves to a loopback or private-network address (${refused})`);
  }
}

function resolveAll(host: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    lookup(host, { all: true, verbatim: true }, (err, addresses) => {
      if (err) reject(new TargetRefused(`${host} does not resolve`));
      else resolve(addresses.map((a) => a.address));
    });
  });
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that refuses non-public addresses (the connect-time half of the guard). */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const refused = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (refused || addresses.length === 0) {
        return callback(new TargetRefused(`${hostname} resolves to a loopback or private-network address`), '');
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
