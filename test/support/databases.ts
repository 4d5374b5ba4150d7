// The databases a storage test runs against: SQLite always; PostgreSQL when
// VISION_STUDIO_TEST_DATABASE_URL is set (each test gets its own database, dropped after).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  /** Value for VISION_STUDIO_DATABASE_URL (undefined = the SQLite default in dataDir). */
  url: string | undefined;
  dataDir: string;
  cleanup(): Promise<void>;
}

export interface DatabaseKind {
  name: 'sqlite' | 'postgres';
  /** Why this kind is skipped, or undefined when it runs. */
  skip: string | undefined;
  create(): Promise<TestDatabase>;
}

const postgresUrl = process.env.VISION_STUDIO_TEST_DATABASE_URL;

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'vision-studio-db-'));
}

export const databaseKinds: DatabaseKind[] = [
  {
    name: 'sqlite',
    skip: undefined,
    async create() {
      const dataDir = await tempDir();
      return { url: undefined, dataDir, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    skip: postgresUrl ? undefined : 'VISION_STUDIO_TEST_DATABASE_URL is not set',
    async create() {
      const name = `vs_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(postgresUrl!);
      url.pathname = `/${name}`;
      const dataDir = await tempDir();
      return {
        url: url.toString(),
        dataDir,
        async cleanup() {
          const client = new pg.Client({ connectionString: postgresUrl });
          await client.connect();
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await client.end();
          await rm(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
];

if (!postgresUrl) {
  process.stderr.write('note: PostgreSQL passes are skipped: VISION_STUDIO_TEST_DATABASE_URL is not set\n');
}
