// How twins fetch the URLs they are given (a provider fetches image and video URLs itself).
// A twin runs on the gateway's host (in sandbox mode, inside the gateway), so it fetches through
// the same SSRF checks as the gateway: public addresses only, unless the twin was started for
// tests with `allowPrivateNetwork`, or the URL is on the gateway's own origin (a signed input
// link the gateway handed the provider: in sandbox mode that origin is on loopback, where the
// real provider would have reached the gateway's public address). Undefined when the URL is
// refused or cannot be fetched.
import { safeFetch } from '../core/safe-fetch.js';

export type TwinFetch = (url: string) => Promise<Buffer | undefined>;

/** Origins the gateway serves on (added when it listens, and its public URL). */
const gatewayOrigins = new Set<string>();

/** Lets twins fetch links on this origin: the gateway itself. */
export function trustGatewayOrigin(origin: string): void {
  gatewayOrigins.add(new URL(origin).origin);
}

const onGateway = (url: string) => {
  try {
    return gatewayOrigins.has(new URL(url).origin);
  } catch {
    return false;
  }
};

export function twinFetch(allowPrivateNetwork: boolean): TwinFetch {
  return async (url) => {
    try {
      return (await safeFetch(url, { maxBytes: 200 * 1024 * 1024, timeoutMs: 30_000, allowPrivateNetwork: allowPrivateNetwork || onGateway(url) })).bytes;
    } catch {
      return undefined;
    }
  };
}
