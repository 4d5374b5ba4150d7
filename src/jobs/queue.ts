// How a job's next step reaches a process that runs it. In-process timers by default; BullMQ
// on Redis when several gateway processes share the work (VISION_STUDIO_REDIS_URL). Either
// way the job record decides what a step does, so a lost timer or message only delays a job
// until the engine's sweeper finds it due.
import type { Queue, Worker } from 'bullmq';

export type StepHandler = (jobId: string) => Promise<void>;

export interface WorkQueue {
  readonly kind: 'local' | 'redis';
  /** Runs `jobId`'s next step after `delayMs` (somewhere). */
  schedule(jobId: string, delayMs: number): Promise<void>;
  start(handler: StepHandler): Promise<void>;
  close(): Promise<void>;
}

export class LocalQueue implements WorkQueue {
  readonly kind = 'local' as const;
  private handler?: StepHandler;
  private readonly timers = new Map<string, { cancel(): void }>();
  private closed = false;

  async schedule(jobId: string, delayMs: number): Promise<void> {
    // A step that ended after close() (the engine waits for those) schedules nothing: its timer
    // would keep the process alive for up to the next poll's delay. The sweeper of the next start finds the job.
    if (this.closed) return;
    this.timers.get(jobId)?.cancel();
    const run = () => {
      this.timers.delete(jobId);
      this.handler?.(jobId).catch(() => {});
    };
    // A step due now (a job just accepted) runs on the next turn of the event loop: a zero
    // setTimeout waits at least 1 ms, on the path of every sync answer.
    if (delayMs <= 0) {
      const immediate = setImmediate(run);
      this.timers.set(jobId, { cancel: () => clearImmediate(immediate) });
    } else {
      const timer = setTimeout(run, delayMs);
      this.timers.set(jobId, { cancel: () => clearTimeout(timer) });
    }
  }

  async start(handler: StepHandler): Promise<void> {
    this.closed = false;
    this.handler = handler;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handler = undefined;
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }
}

const QUEUE_NAME = 'vision-studio-steps';

/**
 * BullMQ: every process both schedules steps and works them; Redis hands each to one worker.
 * BullMQ (with ioredis) is loaded only when Redis is configured: it is a fifth of start-up time.
 */
export class RedisQueue implements WorkQueue {
  readonly kind = 'redis' as const;
  private readonly queue: Promise<Queue>;
  private worker?: Worker;

  constructor(
    private readonly url: string,
    private readonly concurrency: number,
    private readonly prefix: string,
  ) {
    this.queue = import('bullmq').then(({ Queue }) => new Queue(QUEUE_NAME, { connection: connectionOptions(url), prefix }));
  }

  async schedule(jobId: string, delayMs: number): Promise<void> {
    await (await this.queue).add(
      'step',
      { jobId },
      {
        delay: delayMs,
        removeOnComplete: true,
        removeOnFail: true,
        // A failing handler is retried by the engine's own backoff, not by BullMQ.
        attempts: 1,
      },
    );
  }

  async start(handler: StepHandler): Promise<void> {
    const { Worker } = await import('bullmq');
    this.worker = new Worker(QUEUE_NAME, async (message) => handler(message.data.jobId as string), {
      connection: connectionOptions(this.url),
      concurrency: this.concurrency,
      prefix: this.prefix,
    });
    this.worker.on('error', () => {});
    await this.worker.waitUntilReady();
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await (await this.queue).close();
  }
}

function connectionOptions(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    // BullMQ workers block on Redis; they must not give up on a slow reply.
    maxRetriesPerRequest: null,
  };
}

export function openQueue(redisUrl: string | undefined, concurrency: number, prefix: string): WorkQueue {
  return redisUrl ? new RedisQueue(redisUrl, concurrency, prefix) : new LocalQueue();
}
