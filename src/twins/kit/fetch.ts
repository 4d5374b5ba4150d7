// How twins fetch the URLs they are given (a provider fetches image and video URLs itself).
// A twin runs on the gateway's host (in sandbox mode, inside the gateway), so it fetches with
// exactly the gateway's SSRF policy — public addresses only, every redirect re-checked, unless
// the gateway allows private networks (VISION_STUDIO_ALLOW_PRIVATE_NETWORK) — decided here, in
// one place (fetchOptions), for every twin. One exception: a URL on the gateway's own origin (a
// signed input link the gateway handed the provider: in sandbox mode that origin is on
// loopback, where the real provider would have reached the gateway's public address).
// Undefined when the URL is refused or cannot be fetched.
import { safeFetch, type SafeFetchOptions } from '../../core/safe-fetch.js';

/** What a twin's fetches are allowed to reach: the gateway's own setting, passed on at start. */
export interface TwinFetchPolicy {
  allowPrivateNetwork: boolean;
}

/** The gateway's default: public addresses only. */
export const PUBLIC_ONLY: TwinFetchPolicy = { allowPrivateNetwork: false };

export interface TwinFetched {
  bytes: Buffer;
  contentType?: string;
}

export type TwinFetch = (url: string) => Promise<TwinFetched | undefined>;

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

/** The safe-fetch options of a policy for one URL: the one place a twin's reach is decided. */
function fetchOptions(policy: TwinFetchPolicy, url: string): Pick<SafeFetchOptions, 'allowPrivateNetwork'> {
  return { allowPrivateNetwork: policy.allowPrivateNetwork || onGateway(url) };
}

/** `maxRedirects: 0` for a provider that does not follow redirects (Runway). */
export function twinFetch(policy: TwinFetchPolicy = PUBLIC_ONLY, { maxRedirects }: { maxRedirects?: number } = {}): TwinFetch {
  return async (url) => {
    try {
      const { bytes, contentType } = await safeFetch(url, { maxBytes: 200 * 1024 * 1024, timeoutMs: 30_000, maxRedirects, ...fetchOptions(policy, url) });
      return { bytes, contentType };
    } catch {
      return undefined;
    }
  };
}
