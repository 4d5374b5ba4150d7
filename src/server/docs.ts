// The OpenAPI document of every route served (at /openapi.json) and the docs page (/docs,
// /docs/json, its static files), whose plugins load on its first request.
import fp from 'fastify-plugin';
import Fastify, { type FastifyInstance } from 'fastify';
import { components } from '../contract/components.js';
import { mountLazily } from '../core/lazy-app.js';
import { buildOpenApiDocument, type OpenApiDocument } from '../core/openapi.js';
import { compatOperations } from '../compat/routes.js';
import { jobSchemas } from '../jobs/http.js';
import { VERSION } from '../version.js';
import { allOperations } from './routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    openapi: OpenApiDocument;
  }
}

async function docs(app: FastifyInstance): Promise<void> {
  const openapi = buildOpenApiDocument([...allOperations(), ...compatOperations(app.modelAliases).map((op) => ({ op }))], [...components, ...jobSchemas], {
    title: 'Vision Studio API',
    version: VERSION,
    description:
      'One authenticated, asynchronous-by-default API for image, video and audio AI providers. ' +
      "Send your key in the X-API-Key header (or as Authorization: Bearer). Under /v1, OpenAI's images, videos and speech APIs over every provider.",
    license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
  });
  app.decorate('openapi', openapi);
  app.get('/openapi.json', { schema: { hide: true } }, async () => openapi);
  mountLazily(app, ['/docs', '/docs/*'], () => buildDocsApp(openapi));
}

export default fp(docs, { name: 'vision-studio-docs', dependencies: ['vision-studio-routes'] });

async function buildDocsApp(document: OpenApiDocument): Promise<FastifyInstance> {
  const [{ default: swagger }, { default: swaggerUi }] = await Promise.all([import('@fastify/swagger'), import('@fastify/swagger-ui')]);
  const docsApp = Fastify();
  await docsApp.register(swagger, { mode: 'static', specification: { document: document as never } });
  await docsApp.register(swaggerUi, {
    routePrefix: '/docs',
    // Everything the page needs is served from this gateway: no CDN, no validator badge.
    uiConfig: { validatorUrl: null, deepLinking: true, displayRequestDuration: true },
    // The page's own CSP, which replaces the gateway's (see ../core/lazy-app.ts).
    staticCSP:
      "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'self'; " +
      "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; script-src 'self'; style-src 'self'",
  });
  await docsApp.ready();
  return docsApp;
}
