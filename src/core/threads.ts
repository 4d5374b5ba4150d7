// Work moved off the event loop's thread onto a worker thread of its own (SQLite's connection,
// the asset files' writes), as requests and replies. On a machine with few cores each hand-off
// between threads costs the event loop a wake-up and often its time slice, so a piece of work is
// sent whole rather than as many small steps, and the requests (and replies) of one turn of the
// event loop travel together as one message.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

/** `name` next to the calling module: `.js` in dist/, `.ts` under tsx (tests, a run from src/). */
export function scriptBeside(moduleUrl: string, name: string): URL {
  return new URL(`./${name}${path.extname(fileURLToPath(moduleUrl))}`, moduleUrl);
}

/**
 * A thread's young generation, in MB (V8's default is 16–32): these threads' garbage is
 * short-lived messages, and a smaller nursery kept RSS ~30 MB lower with 10,000 jobs pending (bench/).
 */
const THREAD_YOUNG_GENERATION_MB = 4;

/** A worker does not inherit tsx's loader: from src/, it registers it before loading the script. */
export function startThread(script: URL, workerData: unknown): Worker {
  const options = { workerData, resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB } };
  return script.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); });`, { ...options, eval: true })
    : new Worker(script, options);
}

/** What a thread answers when a request failed: the error's words and its system or SQLite code. */
export interface ThreadFailure {
  error: { message: string; code?: string; name: string };
}

export const asThreadFailure = (error: unknown): ThreadFailure => {
  const { message, code, name } = error as Error & { code?: string };
  return { error: { message: String(message), code, name } };
};

/**
 * Messages to one port, sent together: what is posted during one turn of the event loop (the
 * I/O callbacks of its poll phase and their microtasks) goes as one message at its check phase.
 * Under load, many requests' statements share a message; alone, one waits only for the end of
 * the callback that sent it.
 */
class Outbox<Item> {
  private items: Item[] = [];
  private scheduled = false;

  /** `hold`: while true, items wait (they go with the next flush once it is false). */
  constructor(
    private readonly post: (items: Item[]) => void,
    private readonly hold: () => boolean = () => false,
  ) {}

  push(item: Item): void {
    this.items.push(item);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  flush(): void {
    this.scheduled = false;
    if (this.items.length === 0 || this.hold()) return;
    const items = this.items;
    this.items = [];
    this.post(items);
  }
}

/** What travels between the threads: requests or replies, each tagged with its request's id. */
type Tagged<T> = T & { id: number };
interface Batch<T> {
  batch: Tagged<T>[];
}

/**
 * The caller's side: each request gets an id, and its promise settles with the reply that
 * carries that id. While requests are pending the thread keeps the process alive; idle, it does
 * not (a CLI command ends when its work does). If the thread dies, every pending and later
 * request fails with that reason.
 */
export class ThreadChannel<Request extends object, Reply extends object> {
  private readonly pending = new Map<number, { resolve(reply: Reply): void; reject(error: Error): void }>();
  private readonly outbox: Outbox<Tagged<Request>>;
  private nextId = 0;
  /** Requests posted and not yet answered. */
  private posted = 0;
  private broken?: Error;

  /**
   * `name` says which thread in errors: "the database thread". `serial`: the thread runs one
   * request at a time, in order (SQLite), so one batch at a time is sent: what comes meanwhile
   * waits for its answers and goes as the next batch. The thread could not have started on it
   * sooner, and each batch costs the event loop one wake-up of the thread (tens of µs), however many requests it holds.
   */
  constructor(
    private readonly worker: Worker,
    name: string,
    { serial = false } = {},
  ) {
    this.outbox = new Outbox(
      (batch) => {
        this.posted += batch.length;
        worker.postMessage({ batch } satisfies Batch<Request>);
      },
      () => serial && this.posted > 0,
    );
    worker.unref();
    worker.on('message', (message: Partial<Batch<Reply>>) => {
      if (!message.batch) return;
      for (const reply of message.batch) {
        const waiter = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        this.posted--;
        waiter?.resolve(reply);
      }
      if (this.posted === 0) this.outbox.flush();
      if (this.pending.size === 0) worker.unref();
    });
    const fail = (error: Error) => {
      this.broken = error;
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error(`${name} has stopped`)));
  }

  get stopped(): boolean {
    return this.broken !== undefined;
  }

  send(request: Request): Promise<Reply> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.outbox.push({ ...request, id });
    });
  }

  /** Sends `last` (the thread answers it once everything sent before is done, then ends) and waits for the thread's end. */
  async close(last: Request): Promise<void> {
    if (this.broken) return;
    const exited = new Promise((resolve) => this.worker.once('exit', resolve));
    await this.send(last);
    this.worker.ref();
    await exited;
  }
}

/**
 * The thread's side: answers each request with `handle`'s reply (or its failure), tagged with
 * the request's id. `handle` may be asynchronous (file writes: several at once); `alone` tells
 * it that the request came by itself and no other is being handled. A request with
 * `close: true` is the last: once it is answered, the thread stops listening and ends.
 */
export function serveRequests<Request extends object, Reply extends object>(handle: (request: Request, alone: boolean) => Reply | Promise<Reply>): void {
  const port = parentPort!;
  const outbox = new Outbox<Tagged<Reply | ThreadFailure>>((batch) => port.postMessage({ batch } satisfies Batch<Reply | ThreadFailure>));
  let handling = 0;
  const serve = (request: Tagged<Request>, alone: boolean) => {
    handling++;
    const answer = (reply: Reply | ThreadFailure) => {
      handling--;
      outbox.push({ ...reply, id: request.id });
      if (!(request as { close?: true }).close) return;
      outbox.flush();
      port.close();
    };
    try {
      const reply = handle(request, alone);
      if (reply instanceof Promise) reply.then(answer, (error) => answer(asThreadFailure(error)));
      else answer(reply);
    } catch (error) {
      answer(asThreadFailure(error));
    }
  };
  port.on('message', ({ batch }: Batch<Request>) => {
    const alone = batch.length === 1 && handling === 0;
    for (const request of batch) serve(request, alone);
  });
}

/**
 * The thread's side for a synchronous server (SQLite): `handle` answers all the requests of one
 * message at once, in order (it may run them together), and its replies go back as one message.
 * If it throws, every request of the message fails with that error. A request with `close: true`
 * is the last.
 */
export function serveBatches<Request extends object, Reply extends object>(handle: (requests: Request[]) => (Reply | ThreadFailure)[]): void {
  const port = parentPort!;
  port.on('message', ({ batch }: Batch<Request>) => {
    let replies: (Reply | ThreadFailure)[];
    try {
      replies = handle(batch);
    } catch (error) {
      replies = batch.map(() => asThreadFailure(error));
    }
    port.postMessage({ batch: replies.map((reply, i) => ({ ...reply, id: batch[i].id })) } satisfies Batch<Reply | ThreadFailure>);
    if (batch.some((request) => (request as { close?: true }).close)) port.close();
  });
}
