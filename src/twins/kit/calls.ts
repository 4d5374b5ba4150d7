// The record of what a twin was sent, for tests that check what the gateway sent upstream:
// every twin keeps one, kept here in one way. A request is recorded when it arrives (before the
// twin's own auth and rate limit, so refused calls are in it too), its parsed body once Fastify
// has read it, and the status it was answered with.
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface TwinCall {
  method: string;
  path: string;
  headers: Record<string, unknown>;
  body: unknown;
  /** When it arrived (ms since the epoch). */
  at: number;
  /** The status it was answered with (unset until answered). */
  status?: number;
}

export interface CallRecorder {
  calls: TwinCall[];
  /** This request's own record (requests overlap: "the last call" may be another one). */
  callOf(request: FastifyRequest): TwinCall | undefined;
}

/** A twin's option: keep every call (headers, body) for tests to inspect (default), or not. */
export interface Recording {
  /** Off under sustained load and in the sandbox, where the record would only grow. */
  recordCalls?: boolean;
}

export interface RecordOptions {
  /** Which requests to record, by URL (default: all). */
  only?: (url: string) => boolean;
  /** What to keep of a parsed body (default: the body itself); e.g. secrets masked. */
  body?: (body: unknown) => unknown;
  /** Off under sustained load (the record would only grow). */
  enabled?: boolean;
}

/** Registers the recording hooks; call it before the twin's own hooks so refusals are recorded. */
export function recordCalls(app: FastifyInstance, options: RecordOptions = {}): CallRecorder {
  const calls: TwinCall[] = [];
  const recorded = new WeakMap<FastifyRequest, TwinCall>();
  const keep = options.body ?? ((body: unknown) => body);
  if (options.enabled === false) return { calls, callOf: () => undefined };
  app.addHook('onRequest', async (request) => {
    if (options.only && !options.only(request.url)) return;
    const call: TwinCall = { method: request.method, path: request.url, headers: { ...request.headers }, body: undefined, at: Date.now() };
    calls.push(call);
    recorded.set(request, call);
  });
  app.addHook('preHandler', async (request) => {
    const call = recorded.get(request);
    if (call) call.body = keep(request.body);
  });
  app.addHook('onResponse', async (request, reply) => {
    const call = recorded.get(request);
    if (call) call.status = reply.statusCode;
  });
  return { calls, callOf: (request) => recorded.get(request) };
}
