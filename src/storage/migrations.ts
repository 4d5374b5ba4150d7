// The one migration set, written with Kysely's schema builder so that it runs unchanged on
// SQLite and PostgreSQL. Append new migrations; never edit one that has shipped.
import type { Kysely, Migration } from 'kysely';

export const migrations: Record<string, Migration> = {
  '2026-11-25-001-jobs-assets-webhooks': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('request', 'text', (c) => c.notNull())
        .addColumn('upstream_id', 'text')
        .addColumn('upstream_status', 'text')
        .addColumn('progress', 'real')
        .addColumn('result', 'text')
        .addColumn('upstream_result', 'text')
        .addColumn('error', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('polls', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('cancel_requested', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('webhook_url', 'text')
        .addColumn('base_url', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('started_at', 'bigint')
        .addColumn('finished_at', 'bigint')
        .addColumn('next_run_at', 'bigint')
        .addColumn('deadline_at', 'bigint', (c) => c.notNull())
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', 'bigint')
        .execute();
      // Listing a key's jobs newest first, and finding the work that is due.
      await db.schema.createIndex('jobs_owner_created').on('jobs').columns(['owner', 'created_at', 'id']).execute();
      await db.schema.createIndex('jobs_due').on('jobs').columns(['next_run_at']).execute();

      await db.schema
        .createTable('idempotency_keys')
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('response', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['owner', 'key'])
        .execute();
      await db.schema.createIndex('idempotency_keys_expiry').on('idempotency_keys').column('expires_at').execute();

      await db.schema
        .createTable('assets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('job_id', 'text')
        .addColumn('storage_key', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('source_url', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('assets_job').on('assets').column('job_id').execute();

      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('job_id', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('next_attempt_at', 'bigint')
        .addColumn('lease_until', 'bigint')
        .execute();
      await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').column('next_attempt_at').execute();
      await db.schema.createIndex('webhook_deliveries_job').on('webhook_deliveries').column('job_id').execute();

      await db.schema
        .createTable('settings')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '2026-11-25-003-api-keys': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('rate_limit_per_minute', 'integer')
        .addColumn('max_concurrent_jobs', 'integer')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_used_at', 'bigint')
        .addColumn('revoked_at', 'bigint')
        .execute();
      // Counting a key's unfinished jobs (its concurrency limit) reads only those rows.
      await db.schema.createIndex('jobs_owner_state').on('jobs').columns(['owner', 'state']).execute();
    },
  },
  '2026-11-25-002-bria-lora-ownership': {
    async up(db: Kysely<any>) {
      // Which API key created which BRIA tailored-generation resource: BRIA's projects, datasets,
      // images and models belong to the whole BRIA account; the gateway answers each key only
      // about its own (src/providers/bria-lora/ownership.ts).
      await db.schema
        .createTable('bria_lora_resources')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('upstream_id', 'text', (c) => c.notNull())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text')
        .addColumn('dataset_id', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('bria_lora_resources_pk', ['kind', 'upstream_id'])
        .execute();
      await db.schema.createIndex('bria_lora_resources_owner').on('bria_lora_resources').columns(['owner', 'kind']).execute();
      await db.schema.createIndex('bria_lora_resources_project').on('bria_lora_resources').column('project_id').execute();
      await db.schema.createIndex('bria_lora_resources_dataset').on('bria_lora_resources').column('dataset_id').execute();
    },
  },
  '2026-12-02-14-asset-duration': {
    async up(db: Kysely<any>) {
      // Uploaded and checked videos record their length (issue #14); null for images and for
      // outputs the gateway did not probe.
      await db.schema.alterTable('assets').addColumn('duration_seconds', 'double precision').execute();
    },
  },
  '2026-12-02-13-job-slots': {
    async up(db: Kysely<any>) {
      // Job slots reserved by requests still preparing their job (src/jobs/slots.ts), counted
      // with the owner's unfinished jobs against its concurrency limit.
      await db.schema
        .createTable('job_slots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('job_slots_owner').on('job_slots').columns(['owner', 'expires_at']).execute();
    },
  },
  '2026-12-02-13-retention': {
    async up(db: Kysely<any>) {
      // Retention (src/jobs/retention.ts): a deleted asset keeps its row as a tombstone, so its
      // links answer 410 Gone; old finished jobs and old inputs are found by these indexes.
      await db.schema.alterTable('assets').addColumn('deleted_at', 'bigint').execute();
      await db.schema.createIndex('assets_created').on('assets').column('created_at').execute();
      await db.schema.createIndex('jobs_finished').on('jobs').column('finished_at').execute();
    },
  },
  '2026-12-02-13-resources': {
    async up(db: Kysely<any>) {
      // One table for every upstream resource the gateway hands out, with its owner (issue #13):
      // the resource registry (core/resources.ts) is its only reader and writer.
      await db.schema
        .createTable('upstream_resources')
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('upstream_id', 'text', (c) => c.notNull())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('parent_kind', 'text')
        .addColumn('parent_id', 'text')
        .addColumn('metadata', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint')
        .addPrimaryKeyConstraint('upstream_resources_pk', ['provider', 'kind', 'upstream_id'])
        .execute();
      await db.schema.createIndex('upstream_resources_owner').on('upstream_resources').columns(['provider', 'owner', 'kind']).execute();
      await db.schema.createIndex('upstream_resources_parent').on('upstream_resources').columns(['provider', 'parent_kind', 'parent_id']).execute();
      await db.schema.createIndex('upstream_resources_expiry').on('upstream_resources').column('expires_at').execute();

      // BRIA tailored-generation ownership moves in: a dataset belongs to its project, an image to
      // its dataset, a model to its project (the dataset it was trained on kept as metadata) —
      // the links along which a deletion at BRIA takes other resources with it.
      const PARENT: Record<string, [string, string] | undefined> = { dataset: ['project', 'project_id'], image: ['dataset', 'dataset_id'], model: ['project', 'project_id'] };
      const rows = await db.selectFrom('bria_lora_resources').selectAll().execute();
      const moved = rows.map((row) => {
        const [parentKind, parentColumn] = PARENT[row.kind] ?? [];
        const parentId = parentColumn ? row[parentColumn] : null;
        return {
          provider: 'bria-lora',
          kind: row.kind,
          upstream_id: row.upstream_id,
          owner: row.owner,
          parent_kind: parentId == null ? null : parentKind,
          parent_id: parentId ?? null,
          metadata: row.kind === 'model' && row.dataset_id != null ? JSON.stringify({ dataset_id: Number(row.dataset_id) }) : null,
          created_at: Number(row.created_at),
          expires_at: null,
        };
      });
      // 100 rows × 9 values stay under SQLite's oldest limit of 999 parameters per statement.
      for (let i = 0; i < moved.length; i += 100)
        await db
          .insertInto('upstream_resources')
          .values(moved.slice(i, i + 100))
          .execute();
      await db.schema.dropTable('bria_lora_resources').execute();
    },
  },
  '2026-12-02-15-job-upstream-calls': {
    async up(db: Kysely<any>) {
      // Every call made to the provider for a job (start, polls, failed tries), so a job record
      // shows the attempts really made; `attempts` counts only the failed ones retried.
      await db.schema
        .alterTable('jobs')
        .addColumn('upstream_calls', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  '2026-12-02-17-job-routing': {
    async up(db: Kysely<any>) {
      // OpenAI-compatible jobs (/v1): the model asked for, its parameters, an alias's targets.
      await db.schema.alterTable('jobs').addColumn('routing', 'text').execute();
    },
  },
  '2026-12-02-18-usage-budgets': {
    async up(db: Kysely<any>) {
      // What each finished job used and cost (JSON, shown on the job), and the budget it holds
      // while unfinished (JSON {period_start, micro_usd}; settled when it ends).
      await db.schema.alterTable('jobs').addColumn('usage', 'text').execute();
      await db.schema.alterTable('jobs').addColumn('budget_hold', 'text').execute();
      // The usage ledger: one row per finished job and billing unit, for GET /api/v1/usage.
      await db.schema
        .createTable('usage_items')
        .addColumn('job_id', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('model', 'text', (c) => c.notNull())
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('quantity', 'double precision')
        .addColumn('cost_usd', 'double precision')
        .addColumn('finished_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('usage_items_pk', ['job_id', 'unit'])
        .execute();
      await db.schema.createIndex('usage_items_owner_time').on('usage_items').columns(['owner', 'finished_at']).execute();
      await db.schema.createIndex('usage_items_time').on('usage_items').column('finished_at').execute();
      // Operator keys see every key's usage; budgets cap a key's estimated spend per period.
      await db.schema
        .alterTable('api_keys')
        .addColumn('admin', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('api_keys').addColumn('budget_usd', 'double precision').execute();
      await db.schema.alterTable('api_keys').addColumn('budget_period', 'text').execute();
      // A key's spend in one budget period, in micro-dollars: settled (finished jobs) and held
      // (unfinished jobs' estimates). Holds are taken by one conditional UPDATE, atomic on both databases.
      await db.schema
        .createTable('budget_spend')
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('period_start', 'bigint', (c) => c.notNull())
        .addColumn('spent_micro_usd', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('held_micro_usd', 'bigint', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('budget_spend_pk', ['owner', 'period_start'])
        .execute();
    },
  },
  '2026-12-02-18-job-events': {
    async up(db: Kysely<any>) {
      // Each state change and progress update of a job, numbered from 1 (the SSE event id), so
      // a watcher that reconnects with Last-Event-ID gets exactly what it missed.
      await db.schema
        .createTable('job_events')
        .addColumn('job_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('progress', 'double precision')
        .addColumn('upstream_status', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('job_events_pk', ['job_id', 'seq'])
        .execute();
    },
  },
  '2026-12-02-23-job-inputs': {
    async up(db: Kysely<any>) {
      // Which request field each input asset came from (and the prompt as sent), for the job's record.
      await db.schema.alterTable('jobs').addColumn('inputs', 'text').execute();
    },
  },
  '2026-12-04-small-blobs': {
    async up(db: Kysely<any>) {
      // Small assets' bytes beside their rows (src/assets/db-blobs.ts). `bytea` is PostgreSQL's
      // binary type; SQLite keeps a BLOB as it is under any declared type.
      await db.schema
        .createTable('blobs')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('data', 'bytea', (c) => c.notNull())
        .execute();
    },
  },
};
