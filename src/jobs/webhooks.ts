// Webhooks for finished jobs, signed per the Standard Webhooks specification
// (https://www.standardwebhooks.com/): every POST carries `webhook-id` (the delivery id, the
// same on every retry so receivers can dedupe), `webhook-timestamp` (unix seconds, fresh per
// attempt) and `webhook-signature: v1,<base64 HMAC-SHA256 of "${id}.${timestamp}.${body}">`.
// Signing uses the official `standardwebhooks` package.
//
// Each API key has its own secret `whsec_<base64>`, derived from the database's shared master
// secret (sharedSecret(storage, 'webhook-master')), so every gateway process signs alike and
// nothing per key is stored.
//
// Deliveries are rows of `webhook_deliveries`, driven like jobs: `next_attempt_at` says when the
// next attempt is due and `lease_until` guards it, so any process may deliver any row, a row
// is never delivered by two processes at once, and one whose process died is taken up again
// once its lease lapses. The POST goes through safeFetch: the receiver's address is resolved
// and vetted (public only, unless allowPrivateNetwork), the connection pinned to it, redirects
// are a failure, the whole attempt has a deadline, and at most a few KiB of the answer are read.
import { createHmac } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { ExpressionBuilder } from 'kysely';
import { Webhook } from 'standardwebhooks';
import { newId } from '../core/ids.js';
import { MediaFetchError, checkUrl, safeFetch } from '../core/safe-fetch.js';
import { retryAfterMs } from '../core/upstream-error.js';
import { RequestValidationError } from '../core/validation.js';
import type { Storage } from '../storage/database.js';
import type { Database, JobRow, WebhookDeliveryRow } from '../storage/schema.js';

/**
 * Delay before each retry, after the first attempt failed: Standard Webhooks' suggested schedule
 * (immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), i.e. 8 attempts over ~27.5 h.
 */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000, 10 * 3_600_000];
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
export const DEFAULT_SWEEP_INTERVAL_MS = 1_000;
export const DEFAULT_WEBHOOK_LEASE_MS = 60_000;
export const MAX_WEBHOOK_URL_LENGTH = 2048;
/** A Retry-After further out than this is capped (a receiver cannot park a delivery forever). */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;
/** The receiver's answer is read (and discarded) up to this many bytes. */
const MAX_RESPONSE_BYTES = 4096;
/** Deliveries in flight per dispatcher. */
const MAX_IN_FLIGHT = 16;
const MAX_ERROR_LENGTH = 300;

/** The signing secret of one API key (`owner` = hex SHA-256 of the key): `whsec_` + base64 of 32 bytes. */
export function webhookSecretFor(masterSecret: string, owner: string): string {
  const key = createHmac('sha256', masterSecret).update(`webhook:${owner}`).digest();
  return `whsec_${key.toString('base64')}`;
}

/**
 * Checks an `X-Webhook-Url` header value when a job is submitted: http(s), at most 2048
 * characters, and (unless allowPrivateNetwork) a host whose every address is public. Answers the
 * normalised URL (WHATWG serialisation, fragment dropped); throws a 422 RequestValidationError.
 * A host name is resolved here, so a name that does not resolve is refused too. Each delivery
 * attempt checks the URL again (DNS can change in between).
 */
export async function validateWebhookUrl(url: string, options: { allowPrivateNetwork: boolean }): Promise<string> {
  const refuse = (what: string) => new RequestValidationError([{ loc: ['header', 'x-webhook-url'], msg: `Value error, ${what}`, type: 'value_error' }]);
  const text = url.trim();
  if (text === '') throw refuse('the webhook URL is empty');
  if (text.length > MAX_WEBHOOK_URL_LENGTH) throw refuse(`the webhook URL is longer than ${MAX_WEBHOOK_URL_LENGTH} characters`);
  let checked: Awaited<ReturnType<typeof checkUrl>>;
  try {
    checked = await checkUrl(text, { allowPrivateNetwork: options.allowPrivateNetwork });
  } catch (err) {
    if (err instanceof MediaFetchError) {
      const hint =
        err.reason === 'host_not_allowed' ? ' (for a receiver on this machine or a private network, set VISION_STUDIO_ALLOW_PRIVATE_NETWORK=1; it turns SSRF protection off)' : '';
      throw refuse(`invalid webhook URL: ${err.message}${hint}`);
    }
    throw err;
  }
  const normalised = new URL(checked.url);
  normalised.hash = '';
  const result = normalised.toString();
  if (result.length > MAX_WEBHOOK_URL_LENGTH) throw refuse(`the webhook URL is longer than ${MAX_WEBHOOK_URL_LENGTH} characters`);
  return result;
}

export interface WebhookTiming {
  /** Delay before retry n (n = 1…); when exhausted, the delivery is `failed`. */
  retryDelaysMs?: number[];
  /** Deadline of one attempt (connect, send, answer), ms. Default 10 s. */
  timeoutMs?: number;
  /** How often due deliveries are looked for, ms. Default 1 s. */
  sweepIntervalMs?: number;
  /** How long a claimed delivery is reserved for its attempt; must exceed timeoutMs. Default 60 s. */
  leaseMs?: number;
}

export interface WebhookDispatcherOptions {
  storage: Storage;
  /** sharedSecret(storage, 'webhook-master'). */
  masterSecret: string;
  log: FastifyBaseLogger;
  /** Lets receivers on loopback/private addresses through (tests, local setups). */
  allowPrivateNetwork: boolean;
  timing?: WebhookTiming;
  now?: () => number;
}

interface AttemptOutcome {
  delivered: boolean;
  status: number | null;
  error: string | null;
  /** The receiver (or the URL) says: do not try again. */
  permanent: boolean;
  retryAfterMs?: number;
}

const shorten = (text: string) => (text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text);

/** Origin only: a webhook URL's path or query may hold the receiver's own token. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(invalid URL)';
  }
}

export class WebhookDispatcher {
  private readonly storage: Storage;
  private readonly masterSecret: string;
  private readonly log: FastifyBaseLogger;
  private readonly allowPrivateNetwork: boolean;
  private readonly now: () => number;
  private readonly retryDelaysMs: number[];
  private readonly timeoutMs: number;
  private readonly sweepIntervalMs: number;
  private readonly leaseMs: number;

  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;
  private wakeRequested = false;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(options: WebhookDispatcherOptions) {
    this.storage = options.storage;
    this.masterSecret = options.masterSecret;
    this.log = options.log;
    this.allowPrivateNetwork = options.allowPrivateNetwork;
    this.now = options.now ?? Date.now;
    const timing = options.timing ?? {};
    this.retryDelaysMs = [...(timing.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS)];
    this.timeoutMs = timing.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
    this.sweepIntervalMs = timing.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS;
    this.leaseMs = timing.leaseMs ?? Math.max(DEFAULT_WEBHOOK_LEASE_MS, 2 * this.timeoutMs);
    if (this.leaseMs <= this.timeoutMs) {
      // A lease that can lapse during an attempt would let another process send the same delivery.
      throw new Error(`webhook leaseMs (${this.leaseMs}) must be longer than timeoutMs (${this.timeoutMs})`);
    }
    if (this.retryDelaysMs.some((d) => !Number.isFinite(d) || d < 0)) throw new Error('webhook retry delays must be non-negative numbers');
  }

  private get db() {
    return this.storage.db;
  }

  /** The signing secret of one API key owner (to show to that key's holder). */
  secretFor(owner: string): string {
    return webhookSecretFor(this.masterSecret, owner);
  }

  /** Records one delivery of `payload` to the job's webhook URL, due now; nothing if the job has none. */
  async enqueue(job: JobRow, payload: unknown): Promise<void> {
    if (!job.webhook_url) return;
    const now = this.now();
    await this.db
      .insertInto('webhook_deliveries')
      .values({
        id: newId('whd'),
        job_id: job.id,
        url: job.webhook_url,
        state: 'pending',
        last_status: null,
        last_error: null,
        payload: JSON.stringify(payload),
        created_at: now,
        updated_at: now,
        next_attempt_at: now,
        lease_until: null,
      })
      .execute();
    this.wake();
  }

  /** A job's deliveries, oldest first. */
  async deliveries(jobId: string): Promise<WebhookDeliveryRow[]> {
    return this.db.selectFrom('webhook_deliveries').selectAll().where('job_id', '=', jobId).orderBy('created_at').orderBy('id').execute();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops sweeping and waits for the attempts under way (their outcome is recorded). */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.sweeping;
    await Promise.allSettled([...this.inFlight]);
  }

  /** Looks for due deliveries now instead of at the next interval. */
  private wake(): void {
    if (!this.running) return;
    if (this.sweeping) {
      this.wakeRequested = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.schedule(0);
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (!this.running) return;
    this.wakeRequested = false;
    this.sweeping = this.sweep().catch((err: unknown) => {
      this.log.error({ err }, 'webhook sweep failed');
    });
    await this.sweeping;
    this.sweeping = undefined;
    if (this.running && !this.timer) this.schedule(this.wakeRequested ? 0 : this.sweepIntervalMs);
  }

  /** Claims due deliveries (up to the free in-flight slots) and starts their attempts. */
  private async sweep(): Promise<void> {
    const room = MAX_IN_FLIGHT - this.inFlight.size;
    if (room <= 0) return;
    const claimed = await this.claimDue(this.now(), room);
    if (claimed.length === 0) return;
    const jobIds = [...new Set(claimed.map((d) => d.job_id))];
    const owners = new Map((await this.db.selectFrom('jobs').select(['id', 'owner']).where('id', 'in', jobIds).execute()).map((j) => [j.id, j.owner]));
    for (const delivery of claimed) {
      const work = this.deliver(delivery, owners.get(delivery.job_id)).catch((err: unknown) => {
        this.log.error({ err, delivery: delivery.id }, 'webhook delivery could not be recorded');
      });
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    }
  }

  /** Takes the lease on up to `limit` due deliveries (mirrors JobStore.claimDue). */
  private async claimDue(now: number, limit: number): Promise<WebhookDeliveryRow[]> {
    const leaseFree = (eb: ExpressionBuilder<Database, 'webhook_deliveries'>) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]);
    const due = this.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('state', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where(leaseFree)
      .orderBy('next_attempt_at')
      .limit(limit);
    const lease = { lease_until: now + this.leaseMs };
    if (this.storage.dialect === 'postgres') {
      // Concurrent sweepers skip rows another one is taking (FOR UPDATE SKIP LOCKED). The pick is a
      // MATERIALIZED CTE: as a plain `id IN (subquery)`, PostgreSQL may pick a nested-loop plan that
      // re-runs the subquery per outer row, and each re-run skips the rows this very UPDATE has
      // just changed and locks the next ones, so LIMIT stops limiting (seen: 24 claimed for 16).
      return this.db
        .with(
          (cte) => cte('due').materialized(),
          () => due.forUpdate().skipLocked(),
        )
        .updateTable('webhook_deliveries')
        .set(lease)
        .where('id', 'in', (eb) => eb.selectFrom('due').select('due.id'))
        .where('state', '=', 'pending')
        .where(leaseFree)
        .returningAll()
        .execute();
    }
    // SQLite has one writer: the statement is atomic.
    return this.db.updateTable('webhook_deliveries').set(lease).where('id', 'in', due).where('state', '=', 'pending').where(leaseFree).returningAll().execute();
  }

  /** One attempt of a claimed delivery, and its outcome written back under the same lease. */
  private async deliver(delivery: WebhookDeliveryRow, owner: string | undefined): Promise<void> {
    const outcome: AttemptOutcome =
      owner === undefined ? { delivered: false, status: null, error: 'the job no longer exists', permanent: true } : await this.attempt(delivery, owner);
    const now = this.now();
    const attempts = delivery.attempts + 1;
    let state: WebhookDeliveryRow['state'] = 'pending';
    let next: number | null = null;
    if (outcome.delivered) state = 'delivered';
    else if (outcome.permanent || attempts > this.retryDelaysMs.length) state = 'failed';
    else next = now + Math.max(this.retryDelaysMs[attempts - 1], outcome.retryAfterMs ?? 0);

    const saved = await this.db
      .updateTable('webhook_deliveries')
      .set({
        state,
        attempts,
        last_status: outcome.status,
        last_error: outcome.error,
        updated_at: now,
        next_attempt_at: next,
        lease_until: null,
      })
      .where('id', '=', delivery.id)
      // The lease value is this claim's token: a later claim always sets a later one.
      .where('lease_until', '=', delivery.lease_until)
      .executeTakeFirst();
    const fields = { delivery: delivery.id, job: delivery.job_id, receiver: originOf(delivery.url), attempt: attempts, status: outcome.status };
    if (Number(saved.numUpdatedRows) === 0) {
      this.log.warn(fields, 'webhook delivery lease was lost before its outcome was recorded');
    } else if (state === 'delivered') {
      this.log.info(fields, 'webhook delivered');
    } else if (state === 'failed') {
      this.log.warn({ ...fields, error: outcome.error }, 'webhook delivery failed for good');
    } else {
      this.log.info({ ...fields, error: outcome.error, retry_in_ms: next! - now }, 'webhook delivery failed, will retry');
    }
  }

  private async attempt(delivery: WebhookDeliveryRow, owner: string): Promise<AttemptOutcome> {
    const at = new Date(this.now());
    const signature = new Webhook(this.secretFor(owner)).sign(delivery.id, at, delivery.payload);
    try {
      const res = await safeFetch(delivery.url, {
        method: 'POST',
        body: delivery.payload,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'vision-studio-webhooks',
          'webhook-id': delivery.id,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': signature,
        },
        maxRedirects: 0,
        acceptAnyStatus: true,
        truncateBody: true,
        maxBytes: MAX_RESPONSE_BYTES,
        timeoutMs: this.timeoutMs,
        allowPrivateNetwork: this.allowPrivateNetwork,
      });
      const status = res.status;
      if (status >= 200 && status < 300) return { delivered: true, status, error: null, permanent: false };
      return {
        delivered: false,
        status,
        error: `receiver answered ${status}`,
        // 410 Gone: the receiver says this endpoint will not take deliveries any more.
        permanent: status === 410,
        retryAfterMs: status === 429 || status === 503 ? retryAfterMs(res.headers['retry-after'], at.getTime(), MAX_RETRY_AFTER_MS) : undefined,
      };
    } catch (err) {
      if (err instanceof MediaFetchError) {
        // A URL that can never be fetched is not retried; an address refusal is (DNS may change).
        const permanent = err.reason === 'invalid_url' || err.reason === 'scheme_not_allowed';
        return { delivered: false, status: err.status ?? null, error: shorten(err.message), permanent };
      }
      return { delivered: false, status: null, error: 'internal error while delivering', permanent: false };
    }
  }
}
