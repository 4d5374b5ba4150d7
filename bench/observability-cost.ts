// `node --import tsx bench/observability-cost.ts`: what recording usage and metrics adds, per
// request and per job, measured in-process on SQLite (and PostgreSQL with BENCH_DATABASE_URL):
//   metrics     the onResponse hook's work per request (a counter and a histogram observed)
//   estimate    pricing a job-creating request for a budget (no database)
//   hold        a budget hold (one INSERT … ON CONFLICT and one conditional UPDATE), only for keys with a budget
//   measure     measuring and pricing a job as it ends (no database)
//   record      the ledger insert and budget settlement of one finished job (one transaction)
// BENCH_DATABASE_URL is a server to create a throwaway database on (dropped afterwards).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Metrics } from '../src/observability/metrics.js';
import { openStorage } from '../src/storage/database.js';
import type { JobRow } from '../src/storage/schema.js';
import { PriceTable } from '../src/usage/prices.js';
import { UsageService } from '../src/usage/usage.js';

async function perOp(what: string, count: number, op: (i: number) => unknown): Promise<void> {
  for (let i = 0; i < Math.min(count, 200); i++) await op(i); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await op(i);
  const micros = Number(process.hrtime.bigint() - start) / 1000 / count;
  process.stdout.write(`${what.padEnd(44)} ${micros.toFixed(2).padStart(8)} µs\n`);
}

const request = { prompt: 'a paper boat on a pond', n: 1, size: '1024x1024', quality: 'medium', background: 'auto' };

async function main(): Promise<void> {
  const metrics = new Metrics({ circuits: () => ({}), queue: async () => ({}), bodies: () => ({ bytes: 0, waiting: 0 }) });
  await perOp('metrics: one request counted and timed', 200_000, (i) => metrics.request('POST', '/api/v1/openai/image/generation/generate-image', i % 50 ? 200 : 422, 0.012));

  const dataDir = mkdtempSync(path.join(tmpdir(), 'vision-studio-bench-'));
  const server = process.env.BENCH_DATABASE_URL;
  const name = `vs_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(text);
    await client.end();
  };
  let url: string | undefined;
  if (server) {
    await admin(`CREATE DATABASE ${name}`);
    const u = new URL(server);
    u.pathname = `/${name}`;
    url = u.toString();
  }
  const storage = await openStorage(url, dataDir);
  const usage = new UsageService(storage, PriceTable.load());
  const job = (i: number): JobRow =>
    ({
      id: `job_bench_${i}`,
      owner: `owner-${i % 100}`,
      provider: 'openai',
      operation: 'openai.generate-image',
      state: 'succeeded',
      request: JSON.stringify(request),
      finished_at: Date.now(),
      budget_hold: JSON.stringify({ period_start: 0, micro_usd: 40_000 }),
    }) as JobRow;
  process.stdout.write(`(database: ${storage.dialect})\n`);
  await perOp('estimate: price a request for a budget', 100_000, () => usage.estimate('openai', 'openai.generate-image', request));
  await perOp('hold: budget hold (keys with a budget only)', 2_000, (i) => usage.budgets.hold(`owner-${i % 100}`, { usd: 1e9, period: 'month' }, 40_000));
  const providerUsage = { input_tokens: 6, output_tokens: 1056, total_tokens: 1062, input_tokens_details: { text_tokens: 6, image_tokens: 0 } };
  await perOp('measure: price a finished job', 100_000, (i) => usage.measure(job(i), { outputs: 1, providerUsage }));
  await perOp('record: ledger row + budget settle, per job', 2_000, (i) => {
    const row = job(1_000_000 + i);
    return usage.record({ ...row, usage: JSON.stringify(usage.measure(row, { outputs: 1, providerUsage })) });
  });
  await storage.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (server) await admin(`DROP DATABASE ${name} WITH (FORCE)`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
