// How twins fetch the URLs they are given (a provider fetches image and video URLs itself).
// A twin runs on the gateway's host (in sandbox mode, inside the gateway), so it fetches through
// the same SSRF checks as the gateway: public addresses only, unless the twin was started for
// tests with `allowPrivateNetwork`. Undefined when the URL is refused or cannot be fetched.
import { safeFetch } from '../core/safe-fetch.js';

export type TwinFetch = (url: string) => Promise<Buffer | undefined>;

export function twinFetch(allowPrivateNetwork: boolean): TwinFetch {
  return async (url) => {
    try {
      return (await safeFetch(url, { maxBytes: 200 * 1024 * 1024, timeoutMs: 30_000, allowPrivateNetwork })).bytes;
    } catch {
      return undefined;
    }
  };
}
