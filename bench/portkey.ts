// The peer section: the same OpenAI client call, `POST /v1/images/generations` (b64_json), sent
// straight to the OpenAI twin, through Portkey's open-source gateway (@portkey-ai/gateway, a
// pass-through that records nothing) and through this gateway (which records the job and keeps
// the image as an asset), sequentially and at 64 connections. With BENCH_BASELINE=<dir> (a built
// checkout of another commit; BENCH_PEER_BASELINE is its older name), that gateway is measured
// in the same run too ("baseline"), so before/after come from back-to-back passes.
import path from 'node:path';
import { freePort, ROOT, round, runLoad, startChild, type Child, type LoadResult } from './support.js';

export interface PeerDeps {
  startTwin(kind: 'openai', token: string): Promise<Child>;
  startGateway(label: string, env: Record<string, string>): Promise<Child>;
  /** The gateway built in another checkout (BENCH_PEER_BASELINE), for before/after in one run. */
  startBaseline?(label: string, env: Record<string, string>): Promise<Child>;
  /** Runs one pass once the machine is quiet (see whenQuiet in run.ts). */
  measure(what: string, pass: () => Promise<LoadResult>): Promise<LoadResult & { disturbed?: boolean }>;
  connections: number[];
  /** Passes per target and connection count, taken in turn (A, B, A, B…); the median pass by p50 is kept. */
  rounds: number;
  passSeconds: number;
  warmupSeconds: number;
  progress(what: string, result: LoadResult): void;
}

const TOKEN = 'sk-bench-openai-twin-0123456789';

async function startPortkey(): Promise<Child> {
  const port = await freePort();
  return startChild({
    name: 'portkey',
    args: [path.join(ROOT, 'node_modules/@portkey-ai/gateway/build/start-server.js'), `--port=${port}`, '--headless'],
    env: { NODE_ENV: 'production' },
    port,
    readyPath: '/',
    readyStatus: 200,
  });
}

/** CPU time (ms) `process` spent per 2xx answer during a pass. */
export const cpuMsPerAnswer = (r: LoadResult, process: string) => round(((r.cpu[process] ?? 0) * r.durationS * 1000) / Math.max(r.ok, 1), 2);

export async function peerSection(deps: PeerDeps, key: string) {
  const twin = await deps.startTwin('openai', TOKEN);
  const portkey = await startPortkey();
  const gatewayEnv = { OPENAI_API_KEY: TOKEN, OPENAI_BASE_URL: `${twin.url}/v1` };
  const gateway = await deps.startGateway('peer', gatewayEnv);
  const baseline = deps.startBaseline ? await deps.startBaseline('peer-baseline', gatewayEnv) : undefined;
  const names: Record<number, string> = { [twin.pid]: 'twin', [portkey.pid]: 'portkey', [gateway.pid]: 'gateway', ...(baseline ? { [baseline.pid]: 'baseline' } : {}) };
  const pids = [twin.pid, portkey.pid, gateway.pid, ...(baseline ? [baseline.pid] : [])];
  const body = (model: string) => JSON.stringify({ model, prompt: 'a paper boat on a pond', size: '1024x1024', response_format: 'b64_json' });
  const json = { 'content-type': 'application/json' };
  const ours = (child: Child) => ({ url: `${child.url}/v1/images/generations`, headers: { ...json, authorization: `Bearer ${key}` }, body: body('openai/gpt-image-2') });
  const plans: Record<string, { url: string; headers: Record<string, string>; body: string }> = {
    direct: { url: `${twin.url}/v1/images/generations`, headers: { ...json, authorization: `Bearer ${TOKEN}` }, body: body('gpt-image-2') },
    portkey: {
      url: `${portkey.url}/v1/images/generations`,
      headers: { ...json, authorization: `Bearer ${TOKEN}`, 'x-portkey-provider': 'openai', 'x-portkey-custom-host': `${twin.url}/v1` },
      body: body('gpt-image-2'),
    },
    gateway: ours(gateway),
    ...(baseline ? { baseline: ours(baseline) } : {}),
  };
  const targets = Object.keys(plans);
  const pass = (target: string, connections: number, duration: number) =>
    runLoad({ ...plans[target], method: 'POST', connections, duration, expectText: '"b64_json"', pids }, names);
  const rows = [];
  try {
    for (const target of targets) await pass(target, 8, deps.warmupSeconds);
    for (const connections of deps.connections) {
      const passes: Record<string, (LoadResult & { disturbed?: boolean })[]> = Object.fromEntries(targets.map((t) => [t, []]));
      for (let round = 0; round < deps.rounds; round++) {
        for (const target of targets) {
          const result = await deps.measure(`peer ${target} @${connections}`, () => pass(target, connections, deps.passSeconds));
          passes[target].push(result);
          deps.progress(`peer ${target} @${connections}`, result);
        }
      }
      // Interleaved rounds: a slow spell of the machine hits every target alike, and the median drops it.
      const median = (list: (LoadResult & { disturbed?: boolean })[]) => [...list].sort((a, b) => a.p50 - b.p50)[Math.floor(list.length / 2)];
      const results = Object.fromEntries(targets.map((t) => [t, { ...median(passes[t]), roundsP50: passes[t].map((r) => round(r.p50, 3)) }]));
      const over = (target: string, p: 'p50' | 'p99') => (results[target] ? round(results[target][p] - results.direct[p], 3) : undefined);
      rows.push({
        connections,
        ...results,
        portkeyOverP50: over('portkey', 'p50'),
        gatewayOverP50: over('gateway', 'p50'),
        baselineOverP50: over('baseline', 'p50'),
        portkeyOverP99: over('portkey', 'p99'),
        gatewayOverP99: over('gateway', 'p99'),
        baselineOverP99: over('baseline', 'p99'),
        /** CPU ms per answer of the process serving it (for direct: the twin; the twin's share behind a gateway is not counted). */
        cpuMsPerAnswer: Object.fromEntries(targets.map((t) => [t, cpuMsPerAnswer(results[t], t === 'direct' ? 'twin' : t)])),
      });
    }
    return {
      label:
        'POST /v1/images/generations (b64_json, 1024x1024 PNG from the OpenAI twin): direct, through Portkey, through this gateway' +
        (baseline ? ', through the baseline build' : ''),
      baseline: baseline ? (process.env.BENCH_BASELINE ?? process.env.BENCH_PEER_BASELINE) : undefined,
      rows,
    };
  } finally {
    await Promise.all([gateway.stop(), baseline?.stop(), portkey.stop(), twin.stop()]);
  }
}
