// Live job events: every state change and progress update of a job is numbered and kept
// (job_events), and announced to the processes watching it — PostgreSQL LISTEN/NOTIFY when the
// database is PostgreSQL, Redis pub/sub when Redis is configured, in-process otherwise. The
// announcement only says "job X moved"; watchers read what they missed from the table, so a
// lost announcement delays an event (until the watcher's next look) but never loses it.
import { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import { sql, type Selectable } from 'kysely';
import type { Statement, Storage } from '../storage/database.js';
import { prepared } from '../storage/prepared.js';
import { FINAL_STATES, type JobEventsTable, type JobRow } from '../storage/schema.js';

export type JobEvent = Selectable<JobEventsTable>;

/** Carries "this job moved" between processes. */
interface Announcer {
  publish(jobId: string): Promise<void>;
  close(): Promise<void>;
}

const CHANNEL = 'vision_studio_job_events';

/** LISTEN on a connection of its own; NOTIFY through the pool. */
async function postgresAnnouncer(url: string, storage: Storage, deliver: (jobId: string) => void, log: FastifyBaseLogger): Promise<Announcer> {
  const { default: pg } = await import('pg');
  let client: InstanceType<typeof pg.Client> | undefined;
  let closed = false;
  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => message.payload && deliver(message.payload));
    // A lost connection is made again; watchers meanwhile catch up by reading the table.
    next.on('error', (err) => {
      log.warn({ err }, 'job events: LISTEN connection lost; reconnecting');
      next.end().catch(() => {});
      if (!closed) setTimeout(() => void connect().catch(() => {}), 1_000).unref();
    });
    await next.connect();
    await next.query(`LISTEN ${CHANNEL}`);
    client = next;
  };
  await connect();
  return {
    publish: async (jobId) => void (await storage.execute('SELECT pg_notify($1, $2)', [CHANNEL, jobId])),
    close: async () => {
      closed = true;
      await client?.end().catch(() => {});
    },
  };
}

async function redisAnnouncer(url: string, prefix: string, deliver: (jobId: string) => void): Promise<Announcer> {
  const { Redis } = await import('ioredis');
  const channel = `${prefix}:job-events`;
  const publisher = new Redis(url, { maxRetriesPerRequest: 1 });
  const subscriber = new Redis(url);
  publisher.on('error', () => {});
  subscriber.on('error', () => {});
  subscriber.on('message', (_channel: string, jobId: string) => deliver(jobId));
  await subscriber.subscribe(channel);
  return {
    publish: async (jobId) => void (await publisher.publish(channel, jobId)),
    close: async () => {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

export interface JobEventsOptions {
  storage: Storage;
  databaseUrl?: string;
  redisUrl?: string;
  redisPrefix: string;
  log: FastifyBaseLogger;
}

export class JobEvents {
  /** `job:<id>` fires when that job moved (in this process or, announced, in another). */
  private readonly local = new EventEmitter().setMaxListeners(0);
  private announcer?: Announcer;
  /** Ends each open stream (the server is closing). */
  private readonly streams = new Set<() => void>();

  /** The job's next event (seq one past its last); built once, run on the driver: every job move records one. */
  private readonly insertEvent;

  private constructor(private readonly options: JobEventsOptions) {
    this.insertEvent = prepared(options.storage, (db, id: string, state: string, progress: number | null, upstreamStatus: string | null, at: number) =>
      db
        .insertInto('job_events')
        .columns(['job_id', 'seq', 'state', 'progress', 'upstream_status', 'created_at'])
        .expression((eb) =>
          eb
            .selectFrom('job_events')
            .select([
              sql`cast(${id} as text)`.as('job_id'),
              sql<number>`coalesce(max(seq), 0) + 1`.as('seq'),
              sql`cast(${state} as text)`.as('state'),
              sql`cast(${progress} as double precision)`.as('progress'),
              sql`cast(${upstreamStatus} as text)`.as('upstream_status'),
              sql`cast(${at} as bigint)`.as('created_at'),
            ])
            .where('job_id', '=', id),
        )
        .onConflict((oc) => oc.doNothing()),
    );
  }

  static async open(options: JobEventsOptions): Promise<JobEvents> {
    const events = new JobEvents(options);
    const deliver = (jobId: string) => events.local.emit(`job:${jobId}`);
    if (options.storage.dialect === 'postgres' && options.databaseUrl) {
      events.announcer = await postgresAnnouncer(options.databaseUrl, options.storage, deliver, options.log);
    } else if (options.redisUrl) {
      events.announcer = await redisAnnouncer(options.redisUrl, options.redisPrefix, deliver);
    }
    return events;
  }

  /** The write that keeps a job's new state or progress as its next event (the engine writes it with the step's end). */
  statement(job: JobRow): Statement {
    return this.insertEvent.statement(job.id, job.state, job.progress, job.upstream_status, job.updated_at);
  }

  /** Tells the job's watchers it moved (its event is written). */
  async announce(jobId: string): Promise<void> {
    if (this.announcer) await this.announcer.publish(jobId);
    else this.local.emit(`job:${jobId}`);
  }

  /** The job's events after `seq`, oldest first. */
  async since(jobId: string, seq: number): Promise<JobEvent[]> {
    return this.options.storage.db.selectFrom('job_events').selectAll().where('job_id', '=', jobId).where('seq', '>', seq).orderBy('seq').execute();
  }

  /** The job's final event, once recorded. */
  async final(jobId: string): Promise<JobEvent | undefined> {
    return this.options.storage.db.selectFrom('job_events').selectAll().where('job_id', '=', jobId).where('state', 'in', FINAL_STATES).executeTakeFirst();
  }

  /** Calls `listener` whenever the job moves; returns how to stop. */
  watch(jobId: string, listener: () => void): () => void {
    this.local.on(`job:${jobId}`, listener);
    return () => this.local.off(`job:${jobId}`, listener);
  }

  /** Keeps `end` to call when the server closes; returns how to forget it. */
  track(end: () => void): () => void {
    this.streams.add(end);
    return () => this.streams.delete(end);
  }

  /** Ends every open stream: a server waits for its open responses before it closes. */
  endStreams(): void {
    for (const end of [...this.streams]) end();
  }

  async close(): Promise<void> {
    this.endStreams();
    await this.announcer?.close();
  }
}
