// Starts a twin's Fastify app on a real port: the one way the registry, the tests and the
// benchmark's twin process bring a twin up.
import type { FastifyInstance } from 'fastify';

/** Listens on `host`:`port` (port 0: any free one) and answers the twin's base URL. */
export async function listen(app: FastifyInstance, host = '127.0.0.1', port = 0): Promise<string> {
  await app.listen({ host, port });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the twin did not get a port');
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}
