// The BRIA twin (src/providers/bria/twin.ts) in a process of its own, so its CPU and memory
// are not the gateway's or the load generator's. Options come from the environment:
// TWIN_PORT (0 = any), TWIN_TOKEN, TWIN_PROCESSING_MS, TWIN_RATE_PER_MINUTE.
// Prints `listening at <url>` once it is up.
import { createBriaTwin } from '../src/providers/bria/twin.js';

const token = process.env.TWIN_TOKEN ?? 'bench-bria-token';
const ratePerMinute = Number(process.env.TWIN_RATE_PER_MINUTE ?? 1e9);

// The twin's rate limiter keeps the time of every request of the last minute per token and
// filters that whole list on each request: O(requests in the last minute) per request. At bench
// rates that makes the twin its own bottleneck within seconds (measured on the status endpoint:
// 6,500 → 1,300 req/s over 10 s), which would slow the "direct" baseline and flatter the
// gateway. With no limit in force (the default here) the list only costs, so it is cut to its
// newest entry — the one place it is written is `window.set(token, recent)`. Nothing the twin
// answers changes while fewer than `ratePerMinute` requests arrive in a minute.
if (ratePerMinute >= 1e6) {
  const set = Map.prototype.set;
  Map.prototype.set = function (this: Map<unknown, unknown>, key: unknown, value: unknown) {
    if (key === token && Array.isArray(value) && value.length > 1) value = value.slice(-1);
    return set.call(this, key, value);
  };
}

const twin = createBriaTwin({ token, processingMs: Number(process.env.TWIN_PROCESSING_MS ?? 0), ratePerMinute });

// The twin records every call (headers and body) for tests; under load that is a leak, so only
// the last few are kept (never none: its preHandler writes into the last entry).
setInterval(() => {
  if (twin.calls.length > 200) twin.calls.splice(0, twin.calls.length - 100);
}, 500).unref();

await twin.app.listen({ host: '127.0.0.1', port: Number(process.env.TWIN_PORT ?? 0) });
const address = twin.app.server.address();
if (!address || typeof address === 'string') throw new Error('no port');
process.stdout.write(`listening at http://127.0.0.1:${address.port}\n`);
process.on('SIGTERM', () => process.exit(0));
