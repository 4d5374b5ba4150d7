// GET /api/v1/jobs/{job_id}/events: a job's state changes and progress updates as server-sent
// events. Event ids are the job's event numbers: reconnecting with Last-Event-ID resumes after
// the last one received. The final event carries the whole job (as GET /api/v1/jobs/{id}) and
// ends the stream.
import { PassThrough } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OperationSpec } from '../core/operation.js';
import type { JobRow } from '../storage/schema.js';
import { isFinal } from './state.js';
import { baseUrl } from '../assets/intake.js';
import { jobView, ownedJob, percent } from './http.js';

/** A watcher also looks at the database this often, in case an announcement was lost. */
const RECHECK_MS = 5_000;
/** A comment line this often keeps proxies from closing a quiet stream. */
const KEEPALIVE_MS = 15_000;

const frame = (id: number, data: unknown) => `id: ${id}\nevent: job\ndata: ${JSON.stringify(data)}\n\n`;

/** Last-Event-ID as an event number; anything else means "from the start". */
function lastEventId(request: FastifyRequest): number {
  const raw = request.headers['last-event-id'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value !== undefined && /^\d{1,9}$/.test(value.trim()) ? Number(value) : -1;
}

async function streamEvents(request: FastifyRequest, reply: FastifyReply) {
  const { events, jobStore, assets } = request.server;
  const job = await ownedJob(request, (request.params as { job_id: string }).job_id);
  const base = baseUrl(request);
  const stream = new PassThrough();
  let sent = lastEventId(request);
  let closed = false;

  const send = (id: number, data: unknown) => {
    stream.write(frame(id, data));
    sent = id;
  };
  const moment = (state: string, progress: number | null, upstreamStatus: string | null, at: number) => ({
    id: job.id,
    state,
    progress: percent(progress),
    upstream_status: upstreamStatus,
    at: new Date(at).toISOString(),
  });

  /** Sends what the watcher has not seen yet; ends the stream after the final event. */
  const catchUp = async () => {
    // Event 0 is the job as accepted (queued), before the engine touched it.
    if (sent < 0) send(0, moment('queued', null, null, job.created_at));
    // The job first: an event recorded after this read is newer than what it shows.
    const current = (await jobStore.get(job.id)) as JobRow;
    for (const event of await events.since(job.id, sent)) {
      if (isFinal(event.state)) break;
      send(event.seq, moment(event.state, event.progress, event.upstream_status, event.created_at));
    }
    if (!isFinal(current.state)) return;
    // The final event is recorded just after the job's final write; a process that stopped in
    // between never records it, and then the job itself stands in for it.
    const finalEvent = await events.final(job.id);
    if (!finalEvent && Date.now() - (current.finished_at ?? 0) < RECHECK_MS) return;
    const id = finalEvent?.seq ?? sent + 1;
    if (id > sent) send(id, await jobView(current, assets, base));
    finish();
  };

  // One look at a time; a wake-up during a look asks for another after it.
  let looking: Promise<void> | undefined;
  let again = false;
  const look = () => {
    if (closed) return;
    if (looking) {
      again = true;
      return;
    }
    looking = catchUp()
      .catch((err) => request.log.warn({ err, jobId: job.id }, 'job events: could not read the job'))
      .finally(() => {
        looking = undefined;
        if (again && !closed) {
          again = false;
          look();
        }
      });
  };

  const stopWatching = events.watch(job.id, look);
  const untrack = events.track(finish);
  const recheck = setInterval(look, RECHECK_MS);
  const keepalive = setInterval(() => stream.write(': keep-alive\n\n'), KEEPALIVE_MS);
  function finish() {
    if (closed) return;
    closed = true;
    stopWatching();
    untrack();
    clearInterval(recheck);
    clearInterval(keepalive);
    stream.end();
  }
  request.raw.on('close', finish);

  look();
  return (
    reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-cache, no-transform')
      // nginx and the like would otherwise hold events back in a buffer.
      .header('x-accel-buffering', 'no')
      .send(stream)
  );
}

export const jobEventOperations: OperationSpec[] = [
  {
    method: 'GET',
    path: '/api/v1/jobs/{job_id}/events',
    tags: ['Jobs'],
    summary: 'Watch Job',
    description:
      "Server-sent events (`text/event-stream`) for one of the caller's jobs: event `job` with `{id, state, progress, " +
      'upstream_status, at}` at every state change and progress update, then a final event carrying the whole job ' +
      "(as Get Job answers it), after which the stream ends. Event ids number the job's events: reconnect with " +
      '`Last-Event-ID` to get only what you missed.',
    params: Type.Object({ job_id: Type.String({ title: 'Job Id', description: 'The task id the gateway answered with' }) }),
    response: Type.String({ description: 'A text/event-stream' }),
    responseContentType: 'text/event-stream',
    withoutCredentials: true,
    handle: streamEvents,
  },
];
