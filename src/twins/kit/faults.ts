// Fault injection for provider twins: makes a twin misbehave the ways real upstreams do, so
// tests can check that the gateway copes — 5xx, 429 with Retry-After, hanging requests,
// connection resets, truncated or malformed JSON, output links that 404 (expired), slow
// downloads. Faults are set in-process (`twin.faults.add(...)`) or, for a twin in another
// process, with `POST /__twin/faults` (and cleared with `DELETE /__twin/faults`). Twins only.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type FaultMode = 'status' | 'rate-limit' | 'hang' | 'reset' | 'truncated-json' | 'malformed-json' | 'slow-body';

export interface Fault {
  mode: FaultMode;
  /** Requests it applies to: a method (default any) and a path pattern (regular expression source). */
  method?: string;
  path: string;
  /** `status`: the status to answer (default 500). `rate-limit`: always 429. */
  status?: number;
  /** `rate-limit`: the Retry-After to send, seconds (default 1). */
  retryAfterSeconds?: number;
  /** `hang`: how long before the connection is dropped (default 30 s). `slow-body`: pause between chunks (default 200 ms). */
  delayMs?: number;
  /** How many matching requests it affects (default: all). */
  times?: number;
}

export interface TwinFaults {
  add(fault: Fault): void;
  clear(): void;
  /** Faults still active, with what is left of `times`. */
  list(): Fault[];
}

/** Marks the twin's own request for the real answer of a `slow-body` fault. */
const BYPASS = 'x-twin-fault-bypass';

interface ActiveFault extends Fault {
  pattern: RegExp;
  remaining: number;
}

const send = (reply: FastifyReply, status: number, body: unknown, headers: Record<string, string> = {}) => reply.code(status).headers(headers).send(body);

/** Registers the fault hook first, so a fault applies before the twin's own auth and routes. */
export function installFaults(app: FastifyInstance): TwinFaults {
  const active: ActiveFault[] = [];
  const open = new Set<NodeJS.Timeout>();

  const faults: TwinFaults = {
    add(fault) {
      active.push({ ...fault, pattern: new RegExp(fault.path), remaining: fault.times ?? Number.POSITIVE_INFINITY });
    },
    clear() {
      active.length = 0;
    },
    list() {
      return active.map(({ pattern: _p, remaining, ...fault }) => ({ ...fault, times: remaining }));
    },
  };

  app.post('/__twin/faults', async (request, reply) => {
    const body = request.body as { faults?: Fault[] } | undefined;
    for (const fault of body?.faults ?? []) faults.add(fault);
    return reply.code(204).send();
  });
  app.delete('/__twin/faults', async (_request, reply) => {
    faults.clear();
    return reply.code(204).send();
  });
  app.addHook('onClose', async () => {
    for (const timer of open) clearTimeout(timer);
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.startsWith('/__twin/') || request.headers[BYPASS]) return;
    const path = request.url.split('?')[0];
    const fault = active.find((f) => f.remaining > 0 && f.pattern.test(path) && (!f.method || f.method.toUpperCase() === request.method));
    if (!fault) return;
    fault.remaining--;
    switch (fault.mode) {
      case 'status':
        return send(reply, fault.status ?? 500, { error: { code: fault.status ?? 500, message: 'injected fault' } });
      case 'rate-limit':
        return send(reply, 429, { error: { code: 429, message: 'Too Many Requests' } }, { 'retry-after': String(fault.retryAfterSeconds ?? 1) });
      case 'malformed-json':
        return reply.code(200).type('application/json').send('{"status": "COMPLETED", "result": {"image_url": ');
      case 'reset':
        reply.hijack();
        request.raw.socket.destroy();
        return;
      case 'hang': {
        reply.hijack();
        const timer = setTimeout(() => {
          open.delete(timer);
          request.raw.socket.destroy();
        }, fault.delayMs ?? 30_000);
        open.add(timer);
        return;
      }
      case 'truncated-json': {
        reply.hijack();
        const body = '{"request_id": "truncated", "status": "IN_PROGRESS", "result": {"image_url": "https://example.invalid/x.png"}}';
        reply.raw.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
        reply.raw.write(body.slice(0, body.length / 2));
        request.raw.socket.destroy();
        return;
      }
      case 'slow-body': {
        // The real answer, fetched from the twin itself, dribbled out 256 bytes at a time.
        reply.hijack();
        const real = await app.inject({ method: request.method as 'GET', url: request.url, headers: { ...request.headers, [BYPASS]: '1' } });
        const { 'content-length': _length, 'transfer-encoding': _te, connection: _c, ...headers } = real.headers;
        reply.raw.writeHead(real.statusCode, headers as Record<string, string>);
        const bytes = real.rawPayload;
        let offset = 0;
        const step = () => {
          if (reply.raw.destroyed) return;
          if (offset >= bytes.length) return void reply.raw.end();
          reply.raw.write(bytes.subarray(offset, offset + 256));
          offset += 256;
          const timer = setTimeout(() => {
            open.delete(timer);
            step();
          }, fault.delayMs ?? 200);
          open.add(timer);
        };
        step();
        return;
      }
    }
  });
  return faults;
}
