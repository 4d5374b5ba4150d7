// The floor for what a Node proxy costs: Fastify + undici passing every request through to
// UPSTREAM as it is (method, path, headers, streamed body), with no auth, validation, records
// or rehosting. Listens on PROXY_PORT; prints `listening at <url>`.
import Fastify from 'fastify';
import { Agent, request } from 'undici';

const upstream = process.env.UPSTREAM!;
const dispatcher = new Agent({ keepAliveTimeout: 60_000 });
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host', 'upgrade', 'proxy-connection', 'te', 'trailer']);
const forwarded = (headers: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(headers).filter(([name, value]) => value !== undefined && !HOP_BY_HOP.has(name))) as Record<string, string | string[]>;

const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
app.removeAllContentTypeParsers();
// Leave the body unread: it is streamed upstream as it arrives.
app.addContentTypeParser('*', (_request, _payload, done) => done(null));
app.all('/*', async (req, reply) => {
  const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
  const answer = await request(`${upstream}${req.url}`, {
    method: req.method as 'GET',
    headers: forwarded(req.headers),
    body: hasBody ? req.raw : undefined,
    dispatcher,
  });
  return reply.code(answer.statusCode).headers(forwarded(answer.headers)).send(answer.body);
});

await app.listen({ host: '127.0.0.1', port: Number(process.env.PROXY_PORT ?? 0) });
process.stdout.write(`listening at http://127.0.0.1:${(app.server.address() as { port: number }).port}\n`);
process.on('SIGTERM', () => process.exit(0));
