// Serves some routes from a Fastify instance of their own, built on the first request to them.
// Pages few processes ever serve (the docs, the Studio) load their plugins (@fastify/static,
// swagger-ui, glob, …) only then, not at every start-up. The gateway's hooks (security headers,
// request id, log line) still run; the inner answer's headers (its own CSP, caching) replace
// the gateway's.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// Connection headers belong to each hop; the length is set again from the payload (or HEAD).
const NOT_FORWARDED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date']);

export function mountLazily(app: FastifyInstance, urls: string[], build: () => Promise<FastifyInstance>): void {
  let inner: Promise<FastifyInstance> | undefined;
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    // A failed build (e.g. the Studio not built yet) is tried again on the next request.
    const innerApp = await (inner ??= build().catch((error) => ((inner = undefined), Promise.reject(error))));
    const answer = await innerApp.inject({ method: 'GET', url: request.url, headers: request.headers });
    if (answer.statusCode === 404) return reply.callNotFound();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !NOT_FORWARDED.has(name)) reply.header(name, value);
    }
    // An empty Buffer would be sent as application/octet-stream (a redirect, a 304 have no body).
    return reply.code(answer.statusCode).send(answer.rawPayload.length > 0 ? answer.rawPayload : undefined);
  };
  for (const url of urls) app.get(url, { schema: { hide: true } }, handler);
  app.addHook('onClose', async () => {
    if (inner) await (await inner).close();
  });
}
