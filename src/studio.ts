// The Studio (the web app in studio/, built by `npm run build:studio` into dist/studio) at
// /studio, and / sends visitors there. Its CSP allows only the gateway's own origin: the
// Studio has no inline script or style and loads nothing from elsewhere.
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { HttpError } from './core/errors.js';
import { mountLazily } from './core/lazy-app.js';
import { inPackage } from './core/package-root.js';

/** dist/studio of this package. */
export const STUDIO_DIR = `${inPackage('dist', 'studio')}/`;

export const STUDIO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function registerStudio(app: FastifyInstance, dir = STUDIO_DIR): void {
  // The Studio is the gateway's home page.
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/studio/'));
  mountLazily(app, ['/studio', '/studio/*'], async () => {
    if (!existsSync(`${dir}index.html`)) {
      throw new HttpError(503, 'The Studio is not built on this gateway: run `npm run build:studio` (npm ci does it)');
    }
    return buildStudioApp(dir);
  });
}

async function buildStudioApp(dir: string): Promise<FastifyInstance> {
  const { default: fastifyStatic } = await import('@fastify/static');
  const studio = Fastify();
  await studio.register(fastifyStatic, {
    root: dir,
    prefix: '/studio/',
    setHeaders: (reply, path) => {
      reply.header('content-security-policy', STUDIO_CSP);
      // Built files have content hashes in their names; the page itself must be revalidated.
      reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // The page's links are relative to /studio/.
  studio.get('/studio', async (_request, reply) => reply.redirect('/studio/'));
  await studio.ready();
  return studio;
}
