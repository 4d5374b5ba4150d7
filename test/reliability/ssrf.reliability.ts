// SSRF over HTTP: URL forms that denote this machine, its private network or a cloud metadata
// endpoint — in media fields the gateway fetches itself (BRIA upscale/expand `image`, BRIA video
// `video`) and in the `X-Webhook-Url` header — are all refused with 422 and a message that says
// why, and none is fetched: every loopback form points at a canary server that records any hit.
// Redirects are checked hop by hop: a gateway that may reach the local network (the private
// network allowed, as in local setups) still refuses a redirect to a metadata address, to another
// scheme, or a redirect loop. Names: `localhost`, `*.localhost` (no DNS records can be added
// here, so other names resolving to private ranges are covered by test/safe-fetch.test.ts).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { request } from 'undici';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { listen, samplePng, startBriaTwin } from '../support/twins.js';
import { guardLoopback, saveResult, tally } from './support.js';

const guard = guardLoopback();
const KEY = 'ssrf-key-0123456789';

interface Server {
  port: number;
  origin: string;
  hits: string[];
  close(): Promise<void>;
}

async function server(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<Server> {
  const hits: string[] = [];
  const s = http.createServer((req, res) => {
    hits.push(req.url ?? '/');
    handler(req, res);
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  return { port, origin: `http://127.0.0.1:${port}`, hits, close: () => new Promise((r) => s.close(() => r())) };
}

const HOST = /host not allowed: \S+ is (a loopback|an unspecified|a private|a carrier-grade|a link-local|a multicast|a broadcast|an IPv4-compatible|a local-use|a reserved)/;
const LOCAL = /host not allowed: \S+ is a local name/;
const META = /host not allowed: \S+ is a cloud metadata (address|endpoint)/;
const SCHEME = /URL scheme not allowed|give a publicly accessible http\(s\) URL/;
const INVALID = /not a valid URL|Input should be a valid URL/;
const LOOP = /too many redirects/;

interface Form {
  url: string;
  why: RegExp;
}

/** Loopback, private, metadata and scheme forms; every loopback one aims at the canary's port. */
function directForms(p: number, redirector: number): Form[] {
  const forms: [string, RegExp][] = [
    [`http://127.0.0.1:${p}/x.png`, HOST],
    [`http://2130706433:${p}/x.png`, HOST], // decimal
    [`http://0x7f000001:${p}/x.png`, HOST], // hex
    [`http://0x7f.0x0.0x0.0x1:${p}/x.png`, HOST], // dotted hex
    [`http://0177.0.0.1:${p}/x.png`, HOST], // dotted octal
    [`http://017700000001:${p}/x.png`, HOST], // octal
    [`http://127.1:${p}/x.png`, HOST], // short form
    [`http://127.0.1:${p}/x.png`, HOST],
    [`http://127.255.255.254:${p}/x.png`, HOST], // the rest of 127/8
    [`http://0:${p}/x.png`, HOST], // 0.0.0.0 reaches this host on Linux
    [`http://0.0.0.0:${p}/x.png`, HOST],
    [`http://[::1]:${p}/x.png`, HOST],
    [`http://[::]:${p}/x.png`, HOST],
    [`http://[0:0:0:0:0:0:0:1]:${p}/x.png`, HOST],
    [`http://[::ffff:127.0.0.1]:${p}/x.png`, HOST], // IPv4-mapped
    [`http://[::ffff:7f00:1]:${p}/x.png`, HOST], // IPv4-mapped, hex
    [`http://[0:0:0:0:0:ffff:127.0.0.1]:${p}/x.png`, HOST],
    [`http://[::127.0.0.1]:${p}/x.png`, HOST], // IPv4-compatible
    [`http://[::ffff:0:127.0.0.1]:${p}/x.png`, HOST], // SIIT
    [`http://[64:ff9b::127.0.0.1]:${p}/x.png`, HOST], // NAT64
    [`http://[2002:7f00:1::]:${p}/x.png`, HOST], // 6to4
    [`http://localhost:${p}/x.png`, LOCAL],
    [`http://LOCALHOST:${p}/x.png`, LOCAL],
    [`http://localhost.:${p}/x.png`, LOCAL], // trailing dot
    [`http://canary.localhost:${p}/x.png`, LOCAL],
    [`http://a.b.localhost:${p}/x.png`, LOCAL],
    [`http://user:secret@127.0.0.1:${p}/x.png`, HOST], // credentials
    [`http://trusted.example@127.0.0.1:${p}/x.png`, HOST], // userinfo that looks like a host
    [`http://127.0.0.1:${p}#@trusted.example/x.png`, HOST],
    [`http://127.0.0.1:${redirector}/to-canary`, HOST], // the redirector itself is loopback: never reached
    ['http://10.0.0.1/x.png', HOST], // private ranges: refused before any connection
    ['http://172.16.0.1/x.png', HOST],
    ['http://192.168.0.1/x.png', HOST],
    ['http://100.64.0.1/x.png', HOST], // carrier-grade NAT
    ['http://169.254.0.1/x.png', HOST], // link-local
    ['http://[fe80::1]/x.png', HOST],
    ['http://[fc00::1]/x.png', HOST], // unique local
    ['http://224.0.0.1/x.png', HOST], // multicast
    ['http://255.255.255.255/x.png', HOST],
    ['http://169.254.169.254/latest/meta-data/', META], // cloud metadata
    ['http://2852039166/latest/meta-data/', META], // the same, decimal
    ['http://[::ffff:169.254.169.254]/latest/meta-data/', META],
    ['http://[fd00:ec2::254]/latest/meta-data/', META],
    ['http://169.254.170.2/v2/credentials', META],
    ['http://100.100.100.200/latest/meta-data/', META],
    ['http://metadata.google.internal/computeMetadata/v1/', META],
    ['http://metadata/computeMetadata/v1/', META],
    ['http://instance-data/latest/meta-data/', META],
    ['http://printer.local/x.png', LOCAL], // mDNS
    ['http://db.internal/x.png', LOCAL],
    ['http://router.home.arpa/x.png', LOCAL],
    ['file:///etc/passwd', SCHEME],
    [`gopher://127.0.0.1:${p}/_GET%20/`, SCHEME],
    [`ftp://127.0.0.1:${p}/x.png`, SCHEME],
    [`dict://127.0.0.1:${p}/`, SCHEME],
    [`ws://127.0.0.1:${p}/`, SCHEME],
    ['javascript:alert(1)', SCHEME],
    [`http://[::1%25lo]:${p}/x.png`, INVALID], // zone id
  ];
  return forms.map(([url, why]) => ({ url, why }));
}

/** Where the redirector sends the gateway (with the private network allowed). */
function redirectTargets(canary: number, redirector: number): Form[] {
  const forms: [string, RegExp][] = [
    ['http://169.254.169.254/latest/meta-data/iam/security-credentials/', META],
    ['http://2852039166/latest/meta-data/', META],
    ['http://[::ffff:169.254.169.254]/latest/meta-data/', META],
    ['http://[fd00:ec2::254]/latest/meta-data/', META],
    ['http://169.254.170.2/v2/credentials', META],
    ['http://100.100.100.200/latest/meta-data/', META],
    ['http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token', META],
    ['file:///etc/passwd', SCHEME],
    [`gopher://127.0.0.1:${canary}/_x`, SCHEME],
    [`ftp://127.0.0.1:${canary}/x.png`, SCHEME],
    ['data:image/png;base64,iVBORw0KGgo=', SCHEME],
    ['javascript:alert(1)', SCHEME],
    [`http://127.0.0.1:${redirector}/loop`, LOOP], // more than 5 redirects
  ];
  return forms.map(([url, why]) => ({ url, why }));
}

const MEDIA_OPERATIONS = [
  { path: '/api/v1/bria/image/editing-generation/upscale-image', body: (url: string) => ({ image: url }), field: 'image' },
  { path: '/api/v1/bria/image/editing-generation/expand-image', body: (url: string) => ({ image: url, aspect_ratio: '1:1' }), field: 'image' },
  { path: '/api/v1/bria/video/editing/remove-background', body: (url: string) => ({ video: url }), field: 'video' },
];

interface Outcome {
  where: string;
  url: string;
  status: number;
  msg: string;
  /** Refused with 422 for the expected reason. */
  ok: boolean;
}

describe('SSRF over HTTP', () => {
  let canary: Server;
  let redirector: Server;
  let twin: Awaited<ReturnType<typeof startBriaTwin>>;
  const gateways: { app: FastifyInstance; url: string; dir: string }[] = [];
  let strict: string;
  let local: string;
  let pngBase64: string;
  const outcomes: Outcome[] = [];

  async function gateway(env: Record<string, string>) {
    const dir = await mkdtemp(path.join(tmpdir(), 'vision-studio-ssrf-'));
    const config = {
      ...loadConfig({ VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_LOG_LEVEL: 'silent', BRIA_API_TOKEN: twin.token, BRIA_BASE_URL: twin.url, ...env }),
      dataDir: dir,
    };
    const app = await buildApp(config, { announceKey: () => {} });
    const url = await listen(app);
    gateways.push({ app, url, dir });
    return url;
  }

  before(async () => {
    canary = await server((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('canary')));
    redirector = await server((req, res) => {
      const at = new URL(req.url ?? '/', 'http://x');
      if (at.pathname === '/to-canary') return void res.writeHead(302, { location: `${canary.origin}/x.png` }).end();
      if (at.pathname === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
      const status = Number(at.searchParams.get('status') ?? 302);
      res.writeHead(status, { location: at.searchParams.get('to') ?? '/' }).end();
    });
    twin = await startBriaTwin();
    pngBase64 = (await samplePng()).toString('base64');
    strict = await gateway({}); // the production default: private network refused
    local = await gateway({ VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1' });
  });
  after(async () => {
    for (const g of gateways) {
      await g.app.close();
      await rm(g.dir, { recursive: true, force: true });
    }
    await canary?.close();
    await redirector?.close();
    await twin?.app.close();
  });

  async function post(base: string, route: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await request(`${base}${route}`, {
      method: 'POST',
      headers: { 'x-api-key': KEY, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.statusCode, body: (await response.body.json()) as any };
  }

  const msgOf = (body: any) => (Array.isArray(body?.detail) ? body.detail.map((d: any) => `${d.loc.join('.')}: ${d.msg}`).join('; ') : String(body?.detail));

  it('refuses every loopback, private, metadata and non-http form in fetched media fields and X-Webhook-Url', async () => {
    const forms = directForms(canary.port, redirector.port);
    assert.ok(forms.length >= 30);
    const creates = () => twin.calls.filter((c) => c.method === 'POST').length;
    const before = creates();
    for (const [i, { url, why }] of forms.entries()) {
      const op = MEDIA_OPERATIONS[i % MEDIA_OPERATIONS.length];
      const media = await post(strict, op.path, op.body(url));
      const mediaMsg = msgOf(media.body);
      outcomes.push({
        where: op.path.split('/').slice(-1)[0],
        url,
        status: media.status,
        msg: mediaMsg,
        ok: media.status === 422 && why.test(mediaMsg) && mediaMsg.startsWith(`body.${op.field}: `),
      });
      const hook = await post(strict, '/api/v1/bria/image/editing/remove-background', { image: pngBase64 }, { 'x-webhook-url': url });
      const hookMsg = msgOf(hook.body);
      outcomes.push({
        where: 'x-webhook-url',
        url,
        status: hook.status,
        msg: hookMsg,
        ok: hook.status === 422 && why.test(hookMsg) && hookMsg.startsWith('header.x-webhook-url: '),
      });
    }
    assert.deepEqual(
      outcomes.filter((o) => !o.ok),
      [],
      'every form is refused with 422, at its field, for the right reason',
    );
    assert.ok(
      outcomes.every((o) => !o.msg.includes('secret')),
      'URL credentials are never echoed',
    );
    assert.deepEqual(canary.hits, [], 'the canary was reached');
    assert.deepEqual(redirector.hits, [], 'the loopback redirector was reached');
    assert.equal(creates(), before, 'nothing reached the provider');
  });

  it('refuses redirects to metadata addresses, other schemes and loops, hop by hop (private network allowed)', async () => {
    const targets = redirectTargets(canary.port, redirector.port);
    const statuses = [301, 302, 303, 307, 308];
    const first = outcomes.length;
    for (const [i, { url: target, why }] of targets.entries()) {
      const op = MEDIA_OPERATIONS[i % MEDIA_OPERATIONS.length];
      const url = target.endsWith('/loop') ? target : `${redirector.origin}/r?status=${statuses[i % statuses.length]}&to=${encodeURIComponent(target)}`;
      const answer = await post(local, op.path, op.body(url));
      const msg = msgOf(answer.body);
      outcomes.push({ where: `redirect via ${op.path.split('/').slice(-1)[0]}`, url: target, status: answer.status, msg, ok: answer.status === 422 && why.test(msg) });
    }
    assert.deepEqual(
      outcomes.slice(first).filter((o) => !o.ok),
      [],
      'every redirect target is refused with 422 for the right reason',
    );
    assert.ok(redirector.hits.length >= targets.length, 'the redirector was asked (the first hop is allowed here)');
    assert.deepEqual(canary.hits, [], 'the canary was reached');
  });

  it('still fetches from the local network where that is allowed (the checks are not blind refusals)', async () => {
    const direct = await post(local, MEDIA_OPERATIONS[0].path, MEDIA_OPERATIONS[0].body(`${canary.origin}/x.png`));
    // The canary's bytes are no image: fetched, then refused for what they are.
    assert.equal(direct.status, 422);
    assert.match(msgOf(direct.body), /not an image/);
    assert.equal(canary.hits.length, 1);
    canary.hits.length = 0;
  });

  after(async () => {
    await saveResult('ssrf', {
      forms: outcomes.length,
      distinctUrls: new Set(outcomes.map((o) => o.url)).size,
      refused422: outcomes.filter((o) => o.status === 422).length,
      refusedForTheRightReason: outcomes.filter((o) => o.ok).length,
      byStatus: tally(outcomes, (o) => String(o.status)),
      canaryHits: canary.hits.length,
      reasons: tally(outcomes, (o) =>
        o.msg
          .replace(/^[\w.-]+: /, '')
          .replace(/Value error, /, '')
          .replace(/invalid webhook URL: /, '')
          .replace(/\d+/g, 'N')
          .replace(/: .*$/, '')
          .slice(0, 60),
      ),
      outcomes,
      loopbackViolations: guard.violations,
    });
    assert.deepEqual(guard.violations, [], 'a connection left loopback');
  });
});

describe('sandbox twins fetch caller URLs through the SSRF checks', () => {
  // In sandbox mode BRIA operations that take a URL pass it on (`passUrl`) to the in-process BRIA
  // twin, which fetches it from the gateway's own host: it must apply the same SSRF checks as the
  // gateway (a sandbox exposed to others would otherwise reach the host's private network).
  let canary: Server;
  let app: FastifyInstance;
  let url: string;
  let dir: string;
  before(async () => {
    canary = await server((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('internal'));
    dir = await mkdtemp(path.join(tmpdir(), 'vision-studio-ssrf-sandbox-'));
    app = await buildApp(
      { ...loadConfig({ VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_LOG_LEVEL: 'silent', VISION_STUDIO_SANDBOX: '1' }), dataDir: dir },
      { announceKey: () => {} },
    );
    url = await listen(app);
  });
  after(async () => {
    await app?.close();
    await canary?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('does not reach a loopback canary through remove-background `image` (sandbox, private network off)', async () => {
    const response = await request(`${url}/api/v1/bria/image/editing/remove-background`, {
      method: 'POST',
      headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ image: `${canary.origin}/secret.png`, sync: true }),
    });
    await response.body.text();
    await saveResult('ssrf-sandbox', { canaryHits: canary.hits.length, status: response.statusCode });
    assert.deepEqual(canary.hits, []);
  });
});
