// Usage and cost per job, GET /api/v1/usage, and per-key budgets, on SQLite and PostgreSQL:
// jobs run through the gateway against the OpenAI twin on a real loopback port, which reports
// the tokens it "billed" the way OpenAI does (`usage` on the images answer).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { providers } from '../src/providers/index.js';
import { openStorage } from '../src/storage/database.js';
import { budgetPeriod, Budgets } from '../src/usage/budgets.js';
import { METERS } from '../src/usage/meters.js';
import { PriceTable } from '../src/usage/prices.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';
import { startOpenAITwin } from './support/twins.js';
import { until } from './support/until.js';
import { call as request } from './support/http.js';

const OPERATOR = 'usage-operator-key-0123456789';
const GENERATE = '/api/v1/openai/image/generation/generate-image';
const prices = PriceTable.load();

describe('the price table', () => {
  it('has a meter for every job operation, and a price entry for every model and unit it can bill', () => {
    const keys = providers.flatMap((p) => p.operations.flatMap((op) => (op.job ? [{ provider: p.name, key: op.job.key }] : [])));
    assert.ok(keys.length >= 50, `only ${keys.length} job operations found`);
    for (const { provider, key } of keys) {
      const meter = METERS[key];
      assert.ok(meter, `${key} has no meter in src/usage/meters.ts`);
      for (const model of meter.models) {
        for (const unit of meter.units) assert.ok(prices.get(provider, model, unit), `pricing/prices.json has no entry for ${provider}/${model}/${unit} (${key})`);
      }
    }
    for (const entry of prices.entries) assert.match(entry.source, /^https:\/\//, `${entry.provider}/${entry.model} needs its public source`);
  });

  it('refuses a malformed table at start, naming what is wrong', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vision-studio-prices-'));
    try {
      const file = path.join(dir, 'prices.json');
      await writeFile(file, JSON.stringify({ prices: [{ provider: 'openai', model: 'm', unit: 'image', usd_per_unit: -1, source: 'https://example.com', checked: null }] }));
      assert.throws(
        () => PriceTable.load(file),
        (e: Error) => e instanceof ConfigError && /prices\/0\/usd_per_unit/.test(e.message),
      );
      await writeFile(file, '{ not json');
      assert.throws(() => PriceTable.load(file), ConfigError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

type Twin = Awaited<ReturnType<typeof startOpenAITwin>>;

for (const kind of databaseKinds) {
  describe(`usage and budgets on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let openai: Twin;
    let app: FastifyInstance;
    let pricesDir: string;
    let member: string;
    let budgeted: string;
    let budgetedId: string;
    const OUTPUT_PRICE = 0.00004;

    const call = (key: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
      request(app, method, url, { key, payload, headers });

    const lastJob = async (key: string) => JSON.parse((await call(key, 'GET', '/api/v1/jobs?limit=1')).body).result.jobs[0];

    const usage = async (key: string, query: string, headers: Record<string, string> = {}) => {
      const response = await call(key, 'GET', `/api/v1/usage?${query}`, undefined, headers);
      assert.equal(response.statusCode, 200, response.body);
      return response;
    };

    /** Waits until the ledger holds `jobs` jobs of the caller's (the ledger is written just after the job ends). */
    const ledgerHas = (key: string, jobs: number) =>
      until(
        async () => {
          const body = JSON.parse((await usage(key, 'group_by=provider')).body);
          const total = body.result.rows.reduce((n: number, r: { jobs: number }) => n + r.jobs, 0);
          return total >= jobs ? body : undefined;
        },
        `${jobs} jobs in the usage ledger`,
        30_000,
      );

    before(async () => {
      database = await kind.create();
      openai = await startOpenAITwin();
      // A copy of the repository's table with the output-token price changed: the gateway
      // costs jobs from whatever table it is pointed at, without a code change.
      pricesDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-prices-'));
      const table = prices.entries.map((e) => (e.provider === 'openai' && e.unit === 'output_image_token' ? { ...e, usd_per_unit: OUTPUT_PRICE } : e));
      await writeFile(path.join(pricesDir, 'prices.json'), JSON.stringify({ prices: table }));
      const config = loadConfig({
        VISION_STUDIO_API_KEYS: OPERATOR,
        VISION_STUDIO_LOG_LEVEL: 'silent',
        VISION_STUDIO_RATE_LIMIT: '100000',
        VISION_STUDIO_SYNC_WAIT_MS: '20000',
        VISION_STUDIO_PRICES_FILE: path.join(pricesDir, 'prices.json'),
        ...(database.url ? { VISION_STUDIO_DATABASE_URL: database.url } : {}),
        ...openai.env,
      });
      app = await buildApp({ ...config, dataDir: database.dataDir }, { announceKey: () => {}, timing: { retryBaseMs: 20, sweepIntervalMs: 50 } });
      await app.ready();
      member = (await app.keys.create({ name: 'member' })).key;
      const created = await app.keys.create({ name: 'budgeted', budgetUsd: 0.1, budgetPeriod: 'day' });
      budgeted = created.key;
      budgetedId = created.record.id;
    });

    after(async () => {
      await app?.close();
      await openai?.app.close();
      await database?.cleanup();
      if (pricesDir) await rm(pricesDir, { recursive: true, force: true });
    });

    it("records a finished job's units, the provider's own token counts and its cost on the job", async () => {
      const response = await call(member, 'POST', GENERATE, { prompt: 'a paper boat on a pond', number_of_images: 2, quality: 'medium', aspect_ratio: '1:1' });
      assert.equal(response.statusCode, 200, response.body);
      const answer = openai.calls.at(-1)!;
      assert.equal(answer.path, '/v1/images/generations');
      const job = await lastJob(member);
      assert.equal(job.state, 'succeeded');
      const { usage } = job;
      assert.equal(usage.provider, 'openai');
      assert.equal(usage.model, 'gpt-image-2');
      assert.equal(usage.operation, 'openai.generate-image');
      // The twin reports 1056 output tokens per medium 1024² image, as OpenAI's table says.
      assert.equal(usage.provider_usage.output_tokens, 2 * 1056);
      const output = usage.items.find((i: { unit: string }) => i.unit === 'output_image_token');
      assert.deepEqual(output, { unit: 'output_image_token', quantity: 2112, usd_per_unit: OUTPUT_PRICE, cost_usd: Math.round(2112 * OUTPUT_PRICE * 1e6) / 1e6 });
      const text = usage.items.find((i: { unit: string }) => i.unit === 'input_text_token');
      assert.equal(text.quantity, usage.provider_usage.input_tokens_details.text_tokens);
      const sum = usage.items.reduce((s: number, i: { cost_usd: number }) => s + i.cost_usd, 0);
      assert.equal(usage.cost_usd, Math.round(sum * 1e6) / 1e6);
      assert.ok(usage.cost_usd > 0);
    });

    it('a failed job is recorded with its units at zero and costs nothing', async () => {
      const response = await call(member, 'POST', GENERATE, { prompt: 'moderation-blocked boat' });
      assert.equal(response.statusCode, 422, response.body);
      const job = await lastJob(member);
      assert.equal(job.state, 'failed');
      assert.equal(job.usage.cost_usd, 0);
      assert.ok(job.usage.items.every((i: { quantity: number }) => i.quantity === 0));
    });

    it("GET /api/v1/usage sums the caller's own jobs per group, as JSON and CSV", async () => {
      const body = await ledgerHas(member, 2);
      assert.equal(body.result.scope, 'own');
      assert.equal(body.result.group_by, 'provider');
      assert.equal(body.result.budget, null, 'a key without a budget');
      const [row] = body.result.rows;
      assert.equal(row.provider, 'openai');
      assert.equal(row.jobs, 2);
      assert.equal(row.units.output_image_token, 2112);
      const job = JSON.parse((await call(member, 'GET', '/api/v1/jobs?state=succeeded')).body).result.jobs[0];
      assert.equal(row.cost_usd, job.usage.cost_usd);
      assert.equal(body.result.total_cost_usd, job.usage.cost_usd);

      const byDay = JSON.parse((await usage(member, 'group_by=day')).body).result.rows;
      assert.deepEqual(
        byDay.map((r: { day: string }) => r.day),
        [new Date().toISOString().slice(0, 10)],
      );
      const byModel = JSON.parse((await usage(member, 'group_by=model')).body).result.rows;
      assert.deepEqual(
        byModel.map((r: { model: string }) => r.model),
        ['gpt-image-2'],
      );

      const csv = await usage(member, 'group_by=operation', { accept: 'text/csv' });
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      const lines = csv.body.trim().split('\r\n');
      assert.equal(lines[0], 'operation,jobs,cost_usd,unpriced_items,input_image_token,input_text_token,output_image_token');
      assert.equal(lines.length, 2);
      assert.match(lines[1], /^openai\.generate-image,2,/);

      // Nothing before `from`.
      const later = JSON.parse(
        (await usage(member, `from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}&to=${encodeURIComponent(new Date(Date.now() + 120_000).toISOString())}`))
          .body,
      );
      assert.deepEqual(later.result.rows, []);
      const backwards = await call(member, 'GET', `/api/v1/usage?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`);
      assert.equal(backwards.statusCode, 422);
      assert.deepEqual(JSON.parse(backwards.body).detail[0].loc, ['query', 'to']);
      assert.equal((await call(member, 'GET', '/api/v1/usage?group_by=color')).statusCode, 422);
    });

    it("an operator key sees every key's usage; another key sees only its own", async () => {
      const response = await call(OPERATOR, 'POST', GENERATE, { prompt: 'a kite', quality: 'low' });
      assert.equal(response.statusCode, 200, response.body);
      await until(
        async () => {
          const rows = JSON.parse((await usage(OPERATOR, 'group_by=key')).body).result.rows;
          return rows.length === 2 ? rows : undefined;
        },
        'two keys in the ledger',
        30_000,
      );
      const body = JSON.parse((await usage(OPERATOR, 'group_by=key')).body).result;
      assert.equal(body.scope, 'all');
      const keys = body.rows.map((r: { key: string }) => r.key).sort();
      assert.equal(keys.length, 2);
      assert.ok(
        keys.some((k: string) => k.startsWith('env:')),
        'the operator key, named as everywhere',
      );
      assert.ok(
        keys.some((k: string) => k.startsWith('key_')),
        'the member key, by its id',
      );
      const own = JSON.parse((await usage(member, 'group_by=key')).body).result.rows;
      assert.equal(own.length, 1);
      assert.match(own[0].key, /^key_/);
    });

    it('a budget refuses a request whose estimate would pass it, before any upstream call, then settles', async () => {
      // medium 1024²: 1056 output tokens × $0.00004 ≈ $0.042 held; the budget is $0.10 a day.
      const first = await call(budgeted, 'POST', GENERATE, { prompt: 'one', quality: 'medium' });
      assert.equal(first.statusCode, 200, first.body);
      const second = await call(budgeted, 'POST', GENERATE, { prompt: 'two', quality: 'medium' });
      assert.equal(second.statusCode, 200, second.body);
      const calls = openai.calls.length;
      const refused = await call(budgeted, 'POST', GENERATE, { prompt: 'three', quality: 'medium' });
      assert.equal(refused.statusCode, 402, refused.body);
      assert.equal(openai.calls.length, calls, 'nothing went upstream');
      const body = JSON.parse(refused.body);
      const reset = new Date(budgetPeriod('day', Date.now()).end).toISOString();
      assert.match(
        body.detail,
        /^Budget exceeded for this key: \$0\.0\d spent of \$0\.10 this day( \(\$0\.0\d of it held by unfinished jobs\))?; this request is estimated at \$0\.04\. The budget resets at /,
      );
      assert.ok(body.detail.endsWith(`${reset}.`), body.detail);
      assert.equal(body.budget.limit_usd, 0.1);
      assert.equal(body.budget.resets_at, reset);
      // Settled to the measured cost: spent is the two jobs' cost, nothing held.
      await ledgerHas(budgeted, 2);
      const spend = await app.usage.budgets.spend(hashOf(budgeted), budgetPeriod('day', Date.now()).start);
      const ledger = JSON.parse((await usage(budgeted, 'group_by=provider')).body).result;
      assert.equal(spend.held, 0);
      assert.equal(spend.spent, Math.round(ledger.total_cost_usd * 1e6));
      // The usage answer tells the key where it stands against its budget.
      assert.deepEqual(ledger.budget, {
        limit_usd: 0.1,
        period: 'day',
        spent_usd: spend.spent / 1e6,
        held_usd: 0,
        period_start: new Date(budgetPeriod('day', Date.now()).start).toISOString(),
        resets_at: reset,
      });
      assert.ok(ledger.budget.spent_usd > 0.08 && ledger.budget.spent_usd <= 0.1, String(ledger.budget.spent_usd));
      // A raised budget lets the request through.
      assert.ok(await app.keys.update(budgetedId, { budgetUsd: 1 }));
      assert.equal((await call(budgeted, 'POST', GENERATE, { prompt: 'three', quality: 'medium' })).statusCode, 200);
    });

    it('holds are atomic across processes: concurrent requests never overspend together', async () => {
      // Two connections to the same database, as two gateway processes would have.
      const a = new Budgets(app.storage);
      const other = await openStorage(database.url, database.dataDir);
      try {
        const b = new Budgets(other);
        const budget = { usd: 1, period: 'month' as const };
        const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).hold('race-owner', budget, 300_000)));
        const held = results.filter((r) => r.status === 'fulfilled');
        assert.equal(held.length, 3, 'three holds of $0.30 fit in $1');
        for (const r of results) if (r.status === 'rejected') assert.equal((r.reason as { statusCode: number }).statusCode, 402);
        const spend = await b.spend('race-owner', budgetPeriod('month', Date.now()).start);
        assert.equal(spend.held, 900_000);
        // Where the owner stands, as GET /api/v1/usage shows it: the month so far, reset on the 1st.
        const now = new Date();
        assert.deepEqual(await a.status('race-owner', budget), {
          limit_usd: 1,
          period: 'month',
          spent_usd: 0,
          held_usd: 0.9,
          period_start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(),
          resets_at: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString(),
        });
      } finally {
        await other.close();
      }
    });
  });
}

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');
