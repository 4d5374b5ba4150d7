// Where a request's time goes inside the gateway, from Node's and undici's diagnostics channels:
// the request's start, its body read, each upstream call (created, headers sent, response headers,
// body end), and the answer's end. Load it into the gateways the bench starts:
//
//   BENCH_GATEWAY_NODE_ARGS='--import ./bench/stage-times.mjs' BENCH_ONLY=overhead \
//     BENCH_KINDS=sync BENCH_CONNECTIONS=1 npm run bench
//
// Every 3 s it writes, for the last 2,000 POST requests, the p50/p90/p99 of each step from one event
// to the next to <tmpdir>/vision-studio-stage-times-<pid>.txt. Meant for one connection at a time:
// a request that overlaps another is left out (its upstream calls could be either's). The last
// rows split each request's total into the time its upstream calls took (headers sent to body
// read, as the gateway saw them) and the rest: the gateway's own time.
import dc from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const KEPT = 2_000;
const out = path.join(tmpdir(), `vision-studio-stage-times-${process.pid}.txt`);
const samples = [];
let current;

const mark = (name) => current?.events.push([name, performance.now() - current.start]);

dc.subscribe('http.server.request.start', ({ request }) => {
  if (request.method !== 'POST') return;
  if (current) current.overlapped = true;
  const sample = { start: performance.now(), events: [], calls: 0, overlapped: false };
  current = sample;
  request.once('end', () => sample === current && mark('request body read'));
});
dc.subscribe('http.server.response.finish', () => {
  if (!current) return;
  mark('answer sent');
  if (!current.overlapped) samples.push(current);
  if (samples.length > KEPT) samples.shift();
  current = undefined;
});
/** The request's upstream calls by undici request: events of calls it did not create (another job's polls) are left out. */
const callNumbers = new WeakMap();
const upstream =
  (step) =>
  ({ request }) => {
    if (!current) return;
    if (step === 'created') callNumbers.set(request, { sample: current, number: ++current.calls });
    const call = callNumbers.get(request);
    if (call?.sample === current) mark(`upstream call ${call.number} ${step}`);
  };
dc.subscribe('undici:request:create', upstream('created'));
dc.subscribe('undici:client:sendHeaders', upstream('headers sent'));
dc.subscribe('undici:request:headers', upstream('answered'));
dc.subscribe('undici:request:trailers', upstream('body read'));

const sorted = (values) => [...values].sort((x, y) => x - y);
const quantile = (ascending, q) => ascending[Math.min(ascending.length - 1, Math.floor(ascending.length * q))];
/** A table row: the step, then its p50, p90 and p99. */
const row = (step, times) => {
  const ascending = sorted(times);
  return `${step.padEnd(64)} ${[0.5, 0.9, 0.99].map((q) => quantile(ascending, q).toFixed(2).padStart(8)).join('')}`;
};

/** A request's time spent waiting on upstream calls: from each call's headers sent to its body read. */
function upstreamTime({ events }) {
  let sum = 0;
  const sent = new Map();
  for (const [name, at] of events) {
    const call = /^upstream call (\d+) (headers sent|body read)$/.exec(name);
    if (call?.[2] === 'headers sent') sent.set(call[1], at);
    else if (call && sent.has(call[1])) sum += at - sent.get(call[1]);
  }
  return sum;
}

setInterval(() => {
  if (samples.length < 50) return;
  const steps = new Map();
  for (const { events } of samples) {
    events.forEach(([name, at], i) => {
      const step = `${i === 0 ? 'request start' : events[i - 1][0]} → ${name}`;
      if (!steps.has(step)) steps.set(step, { ends: [], times: [] });
      steps.get(step).ends.push(at);
      steps.get(step).times.push(at - (i === 0 ? 0 : events[i - 1][1]));
    });
  }
  const rows = [...steps.entries()]
    .filter(([, { times }]) => times.length >= samples.length / 2)
    // In the order they usually happen: by when the step usually ends.
    .sort((a, b) => quantile(sorted(a[1].ends), 0.5) - quantile(sorted(b[1].ends), 0.5))
    .map(([step, { times }]) => row(step, times));
  // Which gateway this is (the build under test or BENCH_BASELINE's): the script it runs.
  const header = `${process.argv[1]}\n${samples.length} requests, ms ${' '.repeat(44)}     p50     p90     p99`;
  const total = row(
    'request start → answer sent',
    samples.map(({ events }) => events.at(-1)[1]),
  );
  const upstreamTimes = samples.map(upstreamTime);
  const upstream = row('of which upstream calls (headers sent → body read, summed)', upstreamTimes);
  const own = row(
    "the gateway's own (the rest, per request)",
    samples.map(({ events }, i) => events.at(-1)[1] - upstreamTimes[i]),
  );
  writeFileSync(out, [header, ...rows, total, upstream, own, ''].join('\n'));
}, 3_000).unref();
