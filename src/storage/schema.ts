// Table types of the gateway database (the same on SQLite and PostgreSQL). Times are epoch
// milliseconds; JSON is stored as text; flags are 0/1 integers (SQLite has no boolean).
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

import type { JobState } from '../jobs/state.js';

export { FINAL_STATES, type JobState } from '../jobs/state.js';

export interface JobsTable {
  id: string;
  /** Hex SHA-256 of the API key that created it. */
  owner: string;
  provider: string;
  /** The operation key, e.g. `bria.remove-background`. */
  operation: string;
  state: JobState;
  /** The validated request, media replaced by asset references (JSON). */
  request: string;
  upstream_id: string | null;
  /** Last status word the upstream reported (its own vocabulary). */
  upstream_status: string | null;
  progress: number | null;
  /** Final result as answered to the caller (JSON). */
  result: string | null;
  /** The upstream's own result, with its (expiring) URLs (JSON). */
  upstream_result: string | null;
  /** `{code, message, upstream_status?}` (JSON). */
  error: string | null;
  /** Transient upstream failures retried so far. */
  attempts: Generated<number>;
  polls: Generated<number>;
  /** Calls made to the provider for this job: start, polls and failed tries. */
  upstream_calls: Generated<number>;
  cancel_requested: Generated<number>;
  webhook_url: string | null;
  /** The gateway origin the job was submitted through: its links (status, assets) use it. */
  base_url: string | null;
  created_at: number;
  updated_at: number;
  started_at: number | null;
  finished_at: number | null;
  /** When the next step (start or poll) is due; null once final. */
  next_run_at: number | null;
  /** Past this the job is `expired`. */
  deadline_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  /**
   * Jobs made through the OpenAI-compatible API (/v1): the model asked for, its OpenAI-side
   * parameters and, for an alias, its targets, the one serving and why others were skipped (JSON).
   */
  routing: ColumnType<string | null, string | null | undefined, string | null>;
  /**
   * What the caller sent the job to work on, by the field each came from (JSON JobInputRecord,
   * src/jobs/inputs.ts); null for jobs recorded before it was kept.
   */
  inputs: ColumnType<string | null, string | null | undefined, string | null>;
  /** What the job used and cost, once it ended (JSON JobUsage, src/usage/usage.ts). */
  usage: string | null;
  /** The budget the job holds while unfinished (JSON BudgetHold, src/usage/budgets.ts). */
  budget_hold: string | null;
}

export interface IdempotencyKeysTable {
  owner: string;
  key: string;
  method: string;
  path: string;
  /** SHA-256 of the request body: same key with another body → 409. */
  request_hash: string;
  /** null while the first request is still being answered. */
  status_code: number | null;
  response: string | null;
  created_at: number;
  expires_at: number;
}

export interface AssetsTable {
  id: string;
  owner: string;
  job_id: string | null;
  storage_key: string;
  content_type: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  /** Videos (and audio): length in seconds, when the gateway read it. */
  duration_seconds: number | null;
  /** Where the bytes came from (an upstream URL), kept for audit; never served. */
  source_url: string | null;
  created_at: number;
  /** Set when retention deleted the bytes: the row stays as a tombstone (its links answer 410). */
  deleted_at: number | null;
}

export interface WebhookDeliveriesTable {
  id: string;
  job_id: string;
  url: string;
  /** `pending` until delivered (2xx) or given up (`failed`). */
  state: 'pending' | 'delivered' | 'failed';
  attempts: Generated<number>;
  last_status: number | null;
  last_error: string | null;
  payload: string;
  created_at: number;
  updated_at: number;
  next_attempt_at: number | null;
  lease_until: number | null;
}

export interface ApiKeysTable {
  id: string;
  /** Hex SHA-256 of the key; the key itself is shown once, at creation, and never stored. */
  hash: string;
  name: string;
  rate_limit_per_minute: number | null;
  max_concurrent_jobs: number | null;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
  /** 1 = operator key: sees every key's usage, may read /metrics. */
  admin: Generated<number>;
  /** Estimated spend allowed per `budget_period`; null = no budget. */
  budget_usd: number | null;
  budget_period: 'day' | 'month' | null;
}

/** One billing unit of one finished job (the usage ledger). */
export interface UsageItemsTable {
  job_id: string;
  unit: string;
  owner: string;
  provider: string;
  model: string;
  operation: string;
  state: JobState;
  /** null = the gateway could not tell (e.g. the length of a video it never saw). */
  quantity: number | null;
  /** null = no price known for this unit or quantity. */
  cost_usd: number | null;
  finished_at: number;
}

/** One state change or progress update of a job (`seq` from 1: the SSE event id). */
export interface JobEventsTable {
  job_id: string;
  seq: number;
  state: JobState;
  progress: number | null;
  upstream_status: string | null;
  created_at: number;
}

/** A key's spend in one budget period, in micro-dollars (integers: no rounding drift). */
export interface BudgetSpendTable {
  owner: string;
  period_start: number;
  spent_micro_usd: Generated<number>;
  held_micro_usd: Generated<number>;
}

export interface SettingsTable {
  name: string;
  value: string;
}

/**
 * A resource an upstream provider created for a caller through the gateway (a Firefly upload,
 * a BRIA LoRA project, …) and the API key (owner) it belongs to. Read and written only through
 * the resource registry (core/resources.ts), scoped to one provider and one owner.
 */
export interface UpstreamResourcesTable {
  /** The provider module's name (e.g. `firefly`, `bria-lora`). */
  provider: string;
  /** The provider's own word for what it is (e.g. `upload`, `project`). */
  kind: string;
  /** The provider's id for it, as text. */
  upstream_id: string;
  owner: string;
  /** The resource it belongs to (same provider): forgetting that one forgets this one too. */
  parent_kind: string | null;
  parent_id: string | null;
  /** A few provider-specific facts about it (JSON object), or null. */
  metadata: string | null;
  created_at: number;
  /** When the provider stops honouring it; null = until forgotten. */
  expires_at: number | null;
}

/** A request's claim on one of its owner's concurrent jobs while it prepares the job (src/jobs/slots.ts). */
export interface JobSlotsTable {
  id: string;
  owner: string;
  /** Past this the slot no longer counts (its request's process died). */
  expires_at: number;
}

/** The bytes of a small asset (src/assets/db-blobs.ts); larger ones are files. */
export interface BlobsTable {
  /** The blob store's key (an asset's storage_key). */
  key: string;
  data: Uint8Array;
}

export interface Database {
  blobs: BlobsTable;
  job_slots: JobSlotsTable;
  jobs: JobsTable;
  idempotency_keys: IdempotencyKeysTable;
  assets: AssetsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  settings: SettingsTable;
  api_keys: ApiKeysTable;
  upstream_resources: UpstreamResourcesTable;
  usage_items: UsageItemsTable;
  budget_spend: BudgetSpendTable;
  job_events: JobEventsTable;
}

export type JobRow = Selectable<JobsTable>;
export type NewJobRow = Insertable<JobsTable>;
export type JobPatch = Updateable<JobsTable>;
export type AssetRow = Selectable<AssetsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type UpstreamResourceRow = Selectable<UpstreamResourcesTable>;
