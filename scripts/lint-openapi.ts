// Lints the served OpenAPI document with Redocly CLI (its built-in `recommended` rules) and
// prints the totals: `npm run lint:openapi`. test/openapi.test.ts runs the same check.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

export interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

/** Runs `redocly lint` on a document (offline: no telemetry, no update check). */
export async function lintDocument(document: unknown): Promise<LintReport> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vision-studio-lint-'));
  try {
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
    const run = promisify(execFile);
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    // Exit status 1 means problems were found: the report says which.
    const { stdout } = await run(process.execPath, [cli, 'lint', file, '--format=json', '--max-problems=10000'], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { stdout?: string }) => {
        if (!error.stdout) throw error;
        return { stdout: error.stdout };
      },
    );
    return JSON.parse(stdout) as LintReport;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { loadConfig } = await import('../src/config.js');
  const { buildApp } = await import('../src/app.js');
  const { mkdtemp: temp } = await import('node:fs/promises');
  const dataDir = await temp(path.join(tmpdir(), 'vision-studio-lint-data-'));
  const app = await buildApp({ ...loadConfig({ VISION_STUDIO_LOG_LEVEL: 'silent', VISION_STUDIO_API_KEYS: 'lint-only-key-0123456789' }), dataDir }, { announceKey: () => {} });
  const report = await lintDocument(app.openapi);
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
  for (const problem of report.problems) console.log(`${problem.severity}\t${problem.ruleId}\t${problem.location[0]?.pointer}\t${problem.message}`);
  console.log(`errors: ${report.totals.errors}, warnings: ${report.totals.warnings}`);
  process.exitCode = report.totals.errors > 0 ? 1 : 0;
}
