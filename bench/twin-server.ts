// A provider twin in a process of its own, so its CPU and memory are not the gateway's or the
// load generator's. TWIN_KIND=bria (default) or openai; options come from the environment:
// TWIN_PORT (0 = any), TWIN_TOKEN (BRIA's api_token, OpenAI's key), TWIN_PROCESSING_MS,
// TWIN_RATE_PER_MINUTE (BRIA). Prints `listening at <url>` once it is up.
import { createBriaTwin } from '../src/twins/bria/index.js';
import { listen } from '../src/twins/kit/listen.js';
import { createOpenAITwin } from '../src/twins/openai/index.js';

const token = process.env.TWIN_TOKEN ?? 'bench-bria-token';
const ratePerMinute = Number(process.env.TWIN_RATE_PER_MINUTE ?? 1e9);

// No call log under sustained load (tests inspect it; here it would only grow, and the twin's
// GC with it: its CPU per answer tripled over a peer run, taken from the cores the gateways share).
const twin =
  process.env.TWIN_KIND === 'openai'
    ? createOpenAITwin({ apiKey: token, recordCalls: false, rateLimit: { requests: 1e9, windowMs: 60_000 } })
    : createBriaTwin({ token, processingMs: Number(process.env.TWIN_PROCESSING_MS ?? 0), ratePerMinute, recordCalls: false });

const url = await listen(twin.app, '127.0.0.1', Number(process.env.TWIN_PORT ?? 0));
process.stdout.write(`listening at ${url}\n`);
process.on('SIGTERM', () => process.exit(0));
