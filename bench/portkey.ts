// The peer section: the same OpenAI client call, `POST /v1/images/generations` (b64_json), sent
// straight to the OpenAI twin, through Portkey's open-source gateway (@portkey-ai/gateway, a
// pass-through that records nothing) and through this gateway (which records the job and keeps
// the image as an asset), sequentially and at 64 connections.
import path from 'node:path';
import { freePort, ROOT, round, runLoad, startChild, type Child, type LoadResult } from './support.js';

export interface PeerDeps {
  startTwin(kind: 'openai', token: string): Promise<Child>;
  startGateway(label: string, env: Record<string, string>): Promise<Child>;
  connections: number[];
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

export async function peerSection(deps: PeerDeps, key: string) {
  const twin = await deps.startTwin('openai', TOKEN);
  const portkey = await startPortkey();
  const gateway = await deps.startGateway('peer', { OPENAI_API_KEY: TOKEN, OPENAI_BASE_URL: `${twin.url}/v1` });
  const names = { [twin.pid]: 'twin', [portkey.pid]: 'portkey', [gateway.pid]: 'gateway' };
  const pids = [twin.pid, portkey.pid, gateway.pid];
  const body = (model: string) => JSON.stringify({ model, prompt: 'a paper boat on a pond', size: '1024x1024', response_format: 'b64_json' });
  const json = { 'content-type': 'application/json' };
  const plans = {
    direct: { url: `${twin.url}/v1/images/generations`, headers: { ...json, authorization: `Bearer ${TOKEN}` }, body: body('gpt-image-1.5') },
    portkey: {
      url: `${portkey.url}/v1/images/generations`,
      headers: { ...json, authorization: `Bearer ${TOKEN}`, 'x-portkey-provider': 'openai', 'x-portkey-custom-host': `${twin.url}/v1` },
      body: body('gpt-image-1.5'),
    },
    gateway: { url: `${gateway.url}/v1/images/generations`, headers: { ...json, authorization: `Bearer ${key}` }, body: body('openai/gpt-image-1.5') },
  };
  type Target = keyof typeof plans;
  const pass = (target: Target, connections: number, duration: number) =>
    runLoad({ ...plans[target], method: 'POST', connections, duration, expectText: '"b64_json"', pids }, names);
  const rows = [];
  try {
    for (const target of Object.keys(plans) as Target[]) await pass(target, 8, deps.warmupSeconds);
    for (const connections of deps.connections) {
      const results = {} as Record<Target, LoadResult>;
      for (const target of Object.keys(plans) as Target[]) {
        results[target] = await pass(target, connections, deps.passSeconds);
        deps.progress(`peer ${target} @${connections}`, results[target]);
      }
      rows.push({
        connections,
        ...results,
        portkeyOverP50: round(results.portkey.p50 - results.direct.p50, 3),
        gatewayOverP50: round(results.gateway.p50 - results.direct.p50, 3),
        gatewayOverP99: round(results.gateway.p99 - results.direct.p99, 3),
        portkeyOverP99: round(results.portkey.p99 - results.direct.p99, 3),
      });
    }
    return { label: 'POST /v1/images/generations (b64_json, 1024x1024 PNG from the OpenAI twin): direct, through Portkey, through this gateway', rows };
  } finally {
    await Promise.all([gateway.stop(), portkey.stop(), twin.stop()]);
  }
}
