#!/usr/bin/env node
// vision-studio serve | emulate | keys | purge | openapi
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type ConfigOverrides } from './config.js';
import { openBlobStore } from './assets/blob-store.js';
import { ApiKeys } from './server/auth.js';
import { describePurge, Retention } from './jobs/retention.js';
import { twins } from './twins/index.js';
import { openStorage } from './storage/database.js';
import { BUDGET_PERIODS, type BudgetPeriod } from './usage/budgets.js';
import { PriceTable } from './usage/prices.js';
import { keyIds, usageCsv, usageRange, usageTable } from './usage/routes.js';
import { GROUP_BY, UsageService, type GroupBy } from './usage/usage.js';

const USAGE = `Usage:
  vision-studio serve [--host H] [--port P] [--data-dir D] [--sandbox]
  vision-studio emulate <provider> [--host H] [--port P]
                                   run a provider twin (${Object.keys(twins).join(', ')}) for tests or local work
  vision-studio keys create --name NAME [--rate-limit N] [--max-concurrent-jobs N] [--admin]
                            [--budget-usd N] [--budget-period day|month] [--data-dir D]
  vision-studio keys update KEY_ID --budget-usd N|none [--budget-period day|month] [--data-dir D]
  vision-studio keys list [--data-dir D]
  vision-studio keys revoke KEY_ID [--data-dir D]
                                   manage API keys in the gateway database (revocation is immediate)
  vision-studio purge [--dry-run] [--data-dir D]
                                   apply the retention policy now (VISION_STUDIO_RETENTION_DAYS,
                                   VISION_STUDIO_INPUT_RETENTION_DAYS): what was (or would be) deleted
  vision-studio usage [--from T] [--to T] [--group-by provider|model|operation|key|day] [--csv] [--data-dir D]
                                   every key's usage and estimated cost (as GET /api/v1/usage for an operator key)
  vision-studio openapi            print the served OpenAPI document (JSON)

Configuration comes from the environment (see README); flags override it.`;

/**
 * How far V8 lets the heap grow past what survived its last full collection: 100 %, where V8's
 * own choice goes up to 4× under a high allocation rate. With 10,000 jobs pending and polled the
 * live heap is ~40–70 MB; V8's choice let the heap reach ~190 MB. With this (and the worker
 * threads' small young generations, core/threads.ts) RSS was ~243 MB instead of ~360 MB, with
 * no throughput lost in the same run (bench/; 50 % cost ~6 % of /v1 throughput).
 * `node --heap-growing-percent=N dist/bundle/cli.js serve` sets another value.
 */
const HEAP_GROWING_PERCENT = 100;

async function serve(args: string[]): Promise<void> {
  if (!process.execArgv.some((flag) => flag.startsWith('--heap-growing-percent'))) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const { values } = parseArgs({
    args,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      sandbox: { type: 'boolean' },
    },
    strict: true,
  });
  const overrides: ConfigOverrides = {
    host: values.host,
    port: values.port === undefined ? undefined : Number(values.port),
    dataDir: values['data-dir'],
    sandbox: values.sandbox,
  };
  if (overrides.port !== undefined && !Number.isInteger(overrides.port)) throw new ConfigError(`--port must be a number`);
  const config = loadConfig(process.env, overrides);
  // Before anything is opened or generated (a first start makes an API key).
  await ensurePortFree(config.host, config.port);
  const app = await buildApp(config);
  // SIGTERM/SIGINT: stop accepting, let in-flight requests finish (bounded), then exit.
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });
  const address = await app.listen({ host: config.host, port: config.port });
  app.log.info({ docs: `${address}/docs` }, `Vision Studio listening; docs at ${address}/docs`);
}

/** Refuses to start, in one line, when the address is taken (another gateway, most likely). */
async function ensurePortFree(host: string, port: number): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new ConfigError(`${host}:${port} is already in use; stop the process using it or choose another --port`) : error),
    );
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

async function emulate(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { host: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const name = positionals[0];
  const factory = name ? twins[name] : undefined;
  if (!factory) throw new ConfigError(`emulate needs a provider: one of ${Object.keys(twins).join(', ')}`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port)) throw new ConfigError('--port must be a number');
  const { allowPrivateNetwork } = loadConfig(process.env);
  const twin = await factory.start({ host: values.host, port, fetchPolicy: { allowPrivateNetwork } });
  process.stdout.write(
    `${name} twin (an emulator, not the real service) listening at ${twin.url}\n` +
      `Point the gateway at it with:\n${Object.entries(twin.env)
        .map(([k, v]) => `  export ${k}=${v}`)
        .join('\n')}\n`,
  );
  closeWithGrace({ delay: 5_000 }, () => twin.close());
}

async function keysCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      name: { type: 'string' },
      'rate-limit': { type: 'string' },
      'max-concurrent-jobs': { type: 'string' },
      admin: { type: 'boolean' },
      'budget-usd': { type: 'string' },
      'budget-period': { type: 'string' },
      'data-dir': { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [action, id] = positionals;
  const count = (flag: 'rate-limit' | 'max-concurrent-jobs') => {
    const raw = values[flag];
    if (raw === undefined) return undefined;
    if (!/^[1-9]\d*$/.test(raw)) throw new ConfigError(`--${flag} must be a positive whole number`);
    return Number(raw);
  };
  const budgetPeriod = (): BudgetPeriod | undefined => {
    const raw = values['budget-period'];
    if (raw === undefined) return undefined;
    if (!BUDGET_PERIODS.includes(raw as BudgetPeriod)) throw new ConfigError('--budget-period must be day or month');
    return raw as BudgetPeriod;
  };
  const budgetUsd = (): number | null | undefined => {
    const raw = values['budget-usd'];
    if (raw === undefined || raw === 'none') return raw === 'none' ? null : undefined;
    if (!/^\d+(\.\d+)?$/.test(raw)) throw new ConfigError('--budget-usd must be an amount in US dollars (e.g. 25 or 2.50), or none');
    return Number(raw);
  };
  const config = loadConfig(process.env, { dataDir: values['data-dir'] });
  const storage = await openStorage(config.databaseUrl, config.dataDir);
  // Which database: without --data-dir or VISION_STUDIO_DATABASE_URL it is ./data of the current directory.
  const where = config.databaseUrl ? `database ${redactedUrl(config.databaseUrl)}` : `database in ${config.dataDir}`;
  try {
    const keys = new ApiKeys(storage, []);
    switch (action) {
      case 'create': {
        if (!values.name) throw new ConfigError('keys create needs --name');
        const usd = budgetUsd();
        if (usd === undefined && values['budget-period'] !== undefined) throw new ConfigError('--budget-period needs --budget-usd');
        const { key, record } = await keys.create({
          name: values.name,
          rateLimitPerMinute: count('rate-limit'),
          maxConcurrentJobs: count('max-concurrent-jobs'),
          admin: values.admin,
          budgetUsd: usd ?? undefined,
          budgetPeriod: budgetPeriod(),
        });
        process.stdout.write(`Created ${record.id} (${record.name}) in the ${where}. The key is shown only now:\n\n    X-API-Key: ${key}\n\n`);
        return;
      }
      case 'list': {
        const iso = (ms: number | null) => (ms === null ? '-' : new Date(ms).toISOString());
        const rows = (await keys.list()).map((k) =>
          [
            k.id,
            k.name,
            iso(k.created_at),
            iso(k.last_used_at),
            k.revoked_at === null ? 'active' : `revoked ${iso(k.revoked_at)}`,
            k.rate_limit_per_minute ?? 'default',
            k.max_concurrent_jobs ?? 'default',
            k.admin ? 'operator' : '-',
            k.budget_usd === null ? '-' : `$${k.budget_usd}/${k.budget_period}`,
          ].join('\t'),
        );
        process.stdout.write(`${['id', 'name', 'created', 'last used', 'state', 'requests/min', 'concurrent jobs', 'role', 'budget'].join('\t')}\n${rows.join('\n')}\n`);
        return;
      }
      case 'update': {
        if (!id) throw new ConfigError('keys update needs the key id (see keys list)');
        const usd = budgetUsd();
        if (usd === undefined && values['budget-period'] === undefined) throw new ConfigError('keys update needs --budget-usd or --budget-period');
        if (!(await keys.update(id, { budgetUsd: usd, budgetPeriod: budgetPeriod() }))) throw new ConfigError(`no active key ${id}`);
        process.stdout.write(usd === null ? `Removed the budget of ${id}.\n` : `Updated the budget of ${id}; every process applies it to its next request.\n`);
        return;
      }
      case 'revoke': {
        if (!id) throw new ConfigError('keys revoke needs the key id (see keys list)');
        if (!(await keys.revoke(id))) throw new ConfigError(`no active key ${id}`);
        process.stdout.write(`Revoked ${id} in the ${where}. Every gateway process sharing this database refuses it from now on.\n`);
        return;
      }
      default:
        throw new ConfigError('keys needs create, update, list or revoke');
    }
  } finally {
    await storage.close();
  }
}

async function purge(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean' }, 'data-dir': { type: 'string' } }, strict: true });
  const config = loadConfig(process.env, { dataDir: values['data-dir'] });
  const storage = await openStorage(config.databaseUrl, config.dataDir);
  const blobs = openBlobStore(config.assetStore, config.dataDir, process.env, storage);
  try {
    const report = await new Retention(storage, blobs, config).purge({ dryRun: values['dry-run'] });
    process.stdout.write(`${describePurge(report)}\n`);
  } finally {
    await blobs.close?.();
    await storage.close();
  }
}

async function usageCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'group-by': { type: 'string' },
      csv: { type: 'boolean' },
      'data-dir': { type: 'string' },
    },
    strict: true,
  });
  for (const flag of ['from', 'to'] as const) {
    if (values[flag] !== undefined && Number.isNaN(Date.parse(values[flag]))) throw new ConfigError(`--${flag} must be a date or time, e.g. 2026-12-01 or 2026-12-01T12:00:00Z`);
  }
  const groupBy = (values['group-by'] ?? 'provider') as GroupBy;
  if (!GROUP_BY.includes(groupBy)) throw new ConfigError(`--group-by must be one of ${GROUP_BY.join(', ')}`);
  const config = loadConfig(process.env, { dataDir: values['data-dir'] });
  const storage = await openStorage(config.databaseUrl, config.dataDir);
  try {
    let range: { from: number; to: number };
    try {
      range = usageRange(values);
    } catch {
      throw new ConfigError('--to must be later than --from');
    }
    const usage = new UsageService(storage, PriceTable.load(config.pricesFile));
    const rows = await usage.summary({ ...range, groupBy });
    if (groupBy === 'key') await keyIds(storage, rows);
    if (values.csv) {
      process.stdout.write(usageCsv(groupBy, rows));
      return;
    }
    const table = usageTable(groupBy, rows).map((line) => line.map((cell) => (cell === null ? '-' : String(cell))));
    const widths = table[0].map((_, i) => Math.max(...table.map((line) => line[i].length)));
    process.stdout.write(`Usage from ${new Date(range.from).toISOString()} to ${new Date(range.to).toISOString()} (estimated USD)\n`);
    process.stdout.write(
      table
        .map((line) =>
          line
            .map((cell, i) => cell.padEnd(widths[i]))
            .join('  ')
            .trimEnd(),
        )
        .join('\n') + '\n',
    );
  } finally {
    await storage.close();
  }
}

/** A database URL without its password. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'from VISION_STUDIO_DATABASE_URL';
  }
}

async function printOpenApi(): Promise<void> {
  const config = loadConfig(process.env, {});
  // The document depends on neither keys nor data: a throwaway key and data dir of its own (a
  // gateway may be running on ./data, which it holds alone).
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-openapi-'));
  try {
    const app = await buildApp({ ...config, dataDir, databaseUrl: undefined, redisUrl: undefined, apiKeys: ['unused'], logLevel: 'silent' });
    await app.ready();
    process.stdout.write(`${JSON.stringify(app.openapi, null, 2)}\n`);
    await app.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve(rest);
    case 'emulate':
      return emulate(rest);
    case 'keys':
      return keysCommand(rest);
    case 'purge':
      return purge(rest);
    case 'usage':
      return usageCommand(rest);
    case 'openapi':
      return printOpenApi();
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      process.stderr.write(`unknown command "${command}"\n\n${USAGE}\n`);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`vision-studio: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`vision-studio: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
