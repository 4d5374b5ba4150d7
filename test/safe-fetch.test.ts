// SSRF-safe fetching: the address classifier, every refused URL form, and real fetches against
// local servers (127.0.0.1, port 0) for redirects, re-checks on every hop, size caps, timeouts,
// upstream errors and DNS pinning. No test sends traffic to any non-loopback address: refused
// targets are refused before connecting, test host names go through an injected resolver (no
// DNS traffic), and public addresses are only ever classified, never contacted.
import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import tls from 'node:tls';
import { loadConfig } from '../src/config.js';
import {
  MediaFetchError,
  checkUrl,
  classifyAddress,
  isPublicAddress,
  redactUrl,
  safeFetch,
  type HostResolver,
  type MediaFetchReason,
  type ResolvedAddress,
} from '../src/core/safe-fetch.js';

// ---------------------------------------------------------------------------------------------
// helpers

/** A resolver for test names only; any other name fails loudly instead of reaching real DNS. */
function fakeResolver(table: Record<string, string[]>, calls: string[] = []): HostResolver {
  return async (hostname) => {
    calls.push(hostname);
    const found = table[hostname];
    if (!found) throw new Error(`test resolver: unexpected lookup of ${hostname}`);
    return found.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

/** For URLs whose host is an IP literal or refused by name: resolving anything is a test failure. */
const noDns: HostResolver = async (hostname) => {
  throw new Error(`DNS must not be consulted (asked for ${hostname})`);
};

async function rejectsWith(p: Promise<unknown>, reason: MediaFetchReason, message?: RegExp): Promise<MediaFetchError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof MediaFetchError, `expected MediaFetchError, got ${String(err)}`);
    assert.equal(err.reason, reason, `reason for: ${err.message}`);
    if (message) assert.match(err.message, message);
    return err;
  }
  assert.fail(`expected a MediaFetchError (${reason}), but it resolved`);
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

interface TestServer {
  port: number;
  origin: string;
  hits: Map<string, number>;
  requests: http.IncomingMessage[];
  close(): Promise<void>;
}

async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const requests: http.IncomingMessage[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    requests.push(req);
    const route = routes[path];
    if (!route) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    hits,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const redirect =
  (location: string, status = 302): Handler =>
  (_req, res) => {
    res.statusCode = status;
    res.setHeader('location', location);
    res.end();
  };

const local = { allowPrivateNetwork: true, maxBytes: 1_000_000, timeoutMs: 5_000, lookup: noDns };

// ---------------------------------------------------------------------------------------------

describe('address classifier', () => {
  const publicOnes = [
    '93.184.216.34',
    '8.8.8.8',
    '1.1.1.1',
    '151.101.1.69',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '[2606:2800:220:1:248:1893:25c8:1946]',
    '::ffff:93.184.216.34', // a public v4, mapped: still public
    '64:ff9b::5db8:d822', // NAT64 of 93.184.216.34
    '2002:5db8:d822::1', // 6to4 of 93.184.216.34
  ];
  for (const ip of publicOnes) it(`${ip} is public`, () => assert.equal(isPublicAddress(ip), true));

  const refused: [string, RegExp][] = [
    ['127.0.0.1', /loopback/],
    ['127.255.255.254', /loopback/],
    ['0.0.0.0', /unspecified/],
    ['0.1.2.3', /unspecified/],
    ['10.0.0.1', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.0.1', /private/],
    ['100.64.0.1', /carrier-grade/],
    ['100.127.255.255', /carrier-grade/],
    ['169.254.1.1', /link-local/],
    ['169.254.169.254', /metadata/],
    ['100.100.100.200', /metadata/],
    ['224.0.0.1', /multicast/],
    ['239.255.255.250', /multicast/],
    ['255.255.255.255', /broadcast/],
    ['240.0.0.1', /reserved/],
    ['192.0.2.1', /reserved/],
    ['198.18.0.1', /reserved/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fe80::1', /link-local/],
    ['fc00::1', /unique local/],
    ['fd12:3456::1', /unique local/],
    ['fd00:ec2::254', /metadata/],
    ['ff02::1', /multicast/],
    ['::ffff:127.0.0.1', /loopback.*127\.0\.0\.1 mapped/],
    ['::ffff:7f00:1', /loopback/],
    ['::ffff:10.0.0.1', /private/],
    ['::ffff:169.254.169.254', /metadata/],
    ['::ffff:0:7f00:1', /loopback/], // SIIT (RFC 6145)
    ['::7f00:1', /IPv4-compatible/],
    ['64:ff9b::7f00:1', /loopback.*NAT64/],
    ['64:ff9b::a00:1', /private.*NAT64/],
    ['64:ff9b:1::a00:1', /local-use NAT64/],
    ['2002:7f00:1::', /loopback.*6to4/],
    ['2002:a00:1::', /private.*6to4/],
    ['2001:db8::1', /reserved/],
    ['2001:0:4136:e378::1', /Teredo/],
    ['fec0::1', /site-local/],
    ['not-an-ip', /not an IP/],
    ['0x7f.1', /not an IP/], // the classifier takes canonical forms; URLs are normalised first
  ];
  for (const [ip, why] of refused) {
    it(`${ip} is not public`, () => {
      const c = classifyAddress(ip);
      assert.equal(c.public, false);
      assert.match(c.description ?? '', why);
      assert.equal(isPublicAddress(ip), false);
    });
  }
});

describe('URLs refused with allowPrivateNetwork off', () => {
  // [url, expected message]; all are refused before any DNS or connection.
  const forms: [string, RegExp][] = [
    ['http://127.0.0.1/', /host not allowed: 127\.0\.0\.1 is a loopback address/],
    ['http://127.1/', /127\.0\.0\.1 is a loopback/],
    ['http://2130706433/', /127\.0\.0\.1 is a loopback/], // decimal
    ['http://017700000001/', /127\.0\.0\.1 is a loopback/], // octal, one part
    ['http://0177.0.0.1/', /127\.0\.0\.1 is a loopback/], // octal, dotted
    ['http://0x7f.1/', /127\.0\.0\.1 is a loopback/], // hex, short
    ['http://0x7f000001/', /127\.0\.0\.1 is a loopback/], // hex, one part
    ['http://0x7f.0x0.0x0.0x1/', /127\.0\.0\.1 is a loopback/], // hex, dotted
    ['https://127.0.0.1:8443/x', /loopback/],
    ['http://[::1]/', /::1 is a loopback/],
    ['http://[::ffff:127.0.0.1]/', /loopback address \(127\.0\.0\.1 mapped into IPv6\)/],
    ['http://[::ffff:7f00:1]/', /loopback address \(127\.0\.0\.1 mapped/],
    ['http://[0:0:0:0:0:ffff:127.0.0.1]/', /loopback address \(127\.0\.0\.1 mapped/],
    ['http://[::ffff:0:7f00:1]/', /loopback/],
    ['http://[::127.0.0.1]/', /IPv4-compatible/],
    ['http://0.0.0.0/', /0\.0\.0\.0 is an unspecified address/],
    ['http://0/', /0\.0\.0\.0 is an unspecified/],
    ['http://[::]/', /unspecified/],
    ['http://10.0.0.1/', /10\.0\.0\.1 is a private address/],
    ['http://10.255.255.255:8080/', /private/],
    ['http://172.16.0.1/', /private/],
    ['http://172.31.255.254/', /private/],
    ['http://192.168.1.1/', /private/],
    ['http://100.64.0.1/', /carrier-grade NAT/],
    ['http://100.127.255.254/', /carrier-grade NAT/],
    ['http://169.254.169.254/latest/meta-data/', /cloud metadata/],
    ['http://169.254.0.1/', /link-local/],
    ['http://[fd00:ec2::254]/latest/meta-data/', /cloud metadata/],
    ['http://[fe80::1]/', /link-local/],
    ['http://[fc00::1]/', /unique local/],
    ['http://224.0.0.1/', /multicast/],
    ['http://[ff02::1]/', /multicast/],
    ['http://255.255.255.255/', /broadcast/],
    ['http://240.0.0.1/', /reserved/],
    ['http://192.0.2.1/', /reserved/],
    ['http://[64:ff9b::7f00:1]/', /loopback address \(127\.0\.0\.1 behind NAT64\)/],
    ['http://[64:ff9b::10.0.0.1]/', /private address \(10\.0\.0\.1 behind NAT64\)/],
    ['http://[2002:7f00:1::]/', /loopback address \(127\.0\.0\.1 inside 6to4\)/],
    ['http://[2002:a9fe:a9fe::]/', /cloud metadata/],
    ['http://[::ffff:169.254.169.254]/', /cloud metadata/],
    ['http://[::ffff:a00:1]/', /private address \(10\.0\.0\.1 mapped/],
    ['http://localhost/', /localhost is a local name/],
    ['http://LOCALHOST.:8000/', /localhost is a local name/],
    ['http://api.localhost/', /local name/],
    ['http://printer.local/', /local name/],
    ['http://metadata.google.internal/computeMetadata/v1/', /cloud metadata endpoint/],
    ['http://metadata/computeMetadata/v1/', /cloud metadata endpoint/],
  ];

  it('covers at least 30 forms', () => assert.ok(forms.length >= 30, `${forms.length}`));

  for (const [url, message] of forms) {
    it(`refuses ${url}`, async () => {
      await rejectsWith(checkUrl(url, { lookup: noDns }), 'host_not_allowed', message);
      // And safeFetch refuses it the same way, before connecting (nothing listens there anyway).
      await rejectsWith(safeFetch(url, { maxBytes: 1000, timeoutMs: 2000, lookup: noDns }), 'host_not_allowed', message);
    });
  }

  it('refuses a zone-scoped link-local literal', async () => {
    // WHATWG URL rejects IPv6 zone ids outright.
    await rejectsWith(checkUrl('http://[fe80::1%25eth0]/', { lookup: noDns }), 'invalid_url');
  });

  it('never puts URL credentials in the message', async () => {
    const err = await rejectsWith(checkUrl('http://admin:hunter2@127.0.0.1/', { lookup: noDns }), 'host_not_allowed');
    assert.doesNotMatch(err.message, /hunter2|admin/);
    assert.equal(redactUrl('https://admin:hunter2@example.com/a?b=1'), 'https://example.com/a?b=1');
  });
});

describe('names that resolve to non-public addresses (injected resolver, no DNS traffic)', () => {
  const table: Record<string, string[]> = {
    'intranet.test': ['10.0.0.1'],
    'db.test': ['192.168.10.20'],
    'cgnat.test': ['100.64.1.1'],
    'loop.test': ['127.0.0.1'],
    'v6loop.test': ['::1'],
    'mapped.test': ['::ffff:127.0.0.1'],
    'ula.test': ['fd12::1'],
    'meta.test': ['169.254.169.254'],
    'mixed.test': ['93.184.216.34', '10.0.0.1'], // one bad answer is enough to refuse
    'public.test': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
  };
  const lookup = fakeResolver(table);

  for (const name of Object.keys(table).filter((n) => n !== 'public.test')) {
    it(`refuses ${name} (${table[name].join(', ')})`, async () => {
      const err = await rejectsWith(checkUrl(`https://${name}/image.png`, { lookup }), 'host_not_allowed');
      assert.match(err.message, new RegExp(`^host not allowed: ${name.replace('.', '\\.')} resolves to a`));
      // The internal address a name resolves to is not disclosed.
      for (const address of table[name]) assert.ok(!err.message.includes(address), err.message);
    });
  }

  it('says "resolves to a private address" for an RFC1918 answer', async () => {
    await rejectsWith(checkUrl('http://intranet.test/', { lookup }), 'host_not_allowed', /^host not allowed: intranet\.test resolves to a private address$/);
  });

  it('accepts a name whose every address is public, and pins to the first (no connection made)', async () => {
    const checked = await checkUrl('https://public.test/a.png', { lookup });
    assert.equal(checked.address, '93.184.216.34');
    assert.equal(checked.family, 4);
    assert.equal(checked.hostname, 'public.test');
  });

  it('accepts a public IP literal without DNS (classifier only, no connection made)', async () => {
    const checked = await checkUrl('http://93.184.216.34/x', { lookup: noDns });
    assert.equal(checked.address, '93.184.216.34');
    const v6 = await checkUrl('http://[2606:4700:4700::1111]/x', { lookup: noDns });
    assert.equal(v6.family, 6);
  });

  it('reports a name that does not resolve', async () => {
    const nx: HostResolver = async () => {
      throw Object.assign(new Error('nx'), { code: 'ENOTFOUND' });
    };
    await rejectsWith(checkUrl('https://nowhere.test/', { lookup: nx }), 'dns_failed', /could not resolve nowhere\.test: no such host/);
  });

  it('still refuses cloud metadata with allowPrivateNetwork on', async () => {
    await rejectsWith(checkUrl('http://meta.test/', { lookup, allowPrivateNetwork: true }), 'host_not_allowed', /metadata/);
    await rejectsWith(checkUrl('http://169.254.169.254/', { lookup: noDns, allowPrivateNetwork: true }), 'host_not_allowed', /metadata/);
    await rejectsWith(checkUrl('http://[fd00:ec2::254]/', { lookup: noDns, allowPrivateNetwork: true }), 'host_not_allowed', /metadata/);
    await rejectsWith(checkUrl('http://metadata.google.internal/', { lookup: noDns, allowPrivateNetwork: true }), 'host_not_allowed', /metadata/);
  });

  it('allowPrivateNetwork on lets loopback and private names through (check only)', async () => {
    assert.equal((await checkUrl('http://intranet.test/', { lookup, allowPrivateNetwork: true })).address, '10.0.0.1');
    assert.equal((await checkUrl('http://[::1]:9/', { lookup: noDns, allowPrivateNetwork: true })).address, '::1');
  });
});

describe('schemes', () => {
  const schemes = [
    'file:///etc/passwd',
    'file://localhost/etc/passwd',
    'ftp://example.com/image.png',
    'gopher://127.0.0.1:70/_GET%20/',
    'data:image/png;base64,iVBORw0KGgo=',
    'javascript:alert(1)',
    'ws://example.com/socket',
    'dict://127.0.0.1:11211/stat',
    'jar:http://example.com/a.jar!/x',
    'blob:https://example.com/uuid',
  ];
  for (const url of schemes) {
    for (const allowPrivateNetwork of [false, true]) {
      it(`refuses ${url} (allowPrivateNetwork ${allowPrivateNetwork ? 'on' : 'off'})`, async () => {
        await rejectsWith(safeFetch(url, { maxBytes: 1000, timeoutMs: 1000, allowPrivateNetwork, lookup: noDns }), 'scheme_not_allowed', /URL scheme not allowed/);
      });
    }
  }
  it('refuses something that is not a URL', async () => {
    await rejectsWith(checkUrl('not a url'), 'invalid_url', /not a valid URL/);
  });
});

describe('config', () => {
  it('allowPrivateNetwork is off by default and on with VISION_STUDIO_ALLOW_PRIVATE_NETWORK=1', () => {
    assert.equal(loadConfig({}).allowPrivateNetwork, false);
    assert.equal(loadConfig({ VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1' }).allowPrivateNetwork, true);
  });
});

describe('fetching from local servers', () => {
  let s: TestServer;
  let other: TestServer;
  const big = Buffer.alloc(64 * 1024, 7);

  before(async () => {
    other = await startServer({
      '/echo-auth': (req, res) => res.end(String(req.headers.authorization ?? 'none')),
    });
    s = await startServer({
      '/ok': (req, res) => {
        res.setHeader('content-type', 'image/png');
        res.end(`hello from ${req.headers.host}`);
      },
      '/auth': (req, res) => res.end(String(req.headers.authorization ?? 'none')),
      '/missing': (_req, res) => {
        res.statusCode = 404;
        res.end('nope');
      },
      '/error': (_req, res) => {
        res.statusCode = 500;
        res.end('boom');
      },
      '/r1': redirect('/r2', 301),
      '/r2': redirect('/r3', 307),
      '/r3': redirect('/ok', 308),
      '/loop': redirect('/loop'),
      '/chain5': (req, res) => {
        const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? 0);
        redirect(n >= 5 ? '/ok' : `/chain5?n=${n + 1}`)(req, res);
      },
      '/no-location': (_req, res) => {
        res.statusCode = 302;
        res.end();
      },
      '/big-declared': (_req, res) => {
        res.setHeader('content-length', String(big.length));
        res.end(big);
      },
      '/small-declared': (_req, res) => {
        res.setHeader('content-length', '200');
        res.end(Buffer.alloc(200, 1));
      },
      '/big-chunked': (_req, res) => {
        // No Content-Length: the cap must hold on the bytes actually read.
        for (let i = 0; i < 16; i++) res.write(big.subarray(0, 4096));
        res.end();
      },
      '/ten': (_req, res) => {
        res.setHeader('content-length', '10');
        res.end('0123456789');
      },
      '/hang': () => {
        // Never answers.
      },
      '/drip': (_req, res) => {
        res.setHeader('content-type', 'application/octet-stream');
        res.write('a');
        const t = setInterval(() => res.write('b'), 50);
        res.on('close', () => clearInterval(t));
      },
      '/to-other': (req, res) => redirect(`http://127.0.0.1:${other.port}/echo-auth`)(req, res),
      '/empty': (_req, res) => {
        res.statusCode = 204;
        res.end();
      },
    });
  });
  after(async () => {
    await s.close();
    await other.close();
  });

  it('fetches bytes, content type and final URL', async () => {
    const r = await safeFetch(`${s.origin}/ok`, local);
    assert.equal(r.bytes.toString(), `hello from 127.0.0.1:${s.port}`);
    assert.equal(r.contentType, 'image/png');
    assert.equal(r.finalUrl, `${s.origin}/ok`);
    assert.equal(r.status, 200);
    assert.equal(r.redirects, 0);
  });

  it('refuses the same server when allowPrivateNetwork is off (the default), without connecting', async () => {
    const before = s.hits.get('/ok') ?? 0;
    await rejectsWith(safeFetch(`${s.origin}/ok`, { maxBytes: 1000, timeoutMs: 1000 }), 'host_not_allowed', /loopback/);
    assert.equal(s.hits.get('/ok') ?? 0, before);
  });

  it('follows relative redirects (301, 307, 308) and reports the final URL', async () => {
    const r = await safeFetch(`${s.origin}/r1`, local);
    assert.equal(r.bytes.toString(), `hello from 127.0.0.1:${s.port}`);
    assert.equal(r.finalUrl, `${s.origin}/ok`);
    assert.equal(r.redirects, 3);
  });

  it('follows exactly 5 redirects', async () => {
    const r = await safeFetch(`${s.origin}/chain5?n=1`, local);
    assert.equal(r.redirects, 5);
  });

  it('stops after 5 redirects', async () => {
    const before = s.hits.get('/loop') ?? 0;
    await rejectsWith(safeFetch(`${s.origin}/loop`, local), 'too_many_redirects', /^too many redirects/);
    assert.equal((s.hits.get('/loop') ?? 0) - before, 6); // the first request + 5 followed redirects
    await rejectsWith(safeFetch(`${s.origin}/r1`, { ...local, maxRedirects: 2 }), 'too_many_redirects');
  });

  it('reports a redirect without Location', async () => {
    await rejectsWith(safeFetch(`${s.origin}/no-location`, local), 'upstream_status', /302 without a Location/);
  });

  it('reports upstream errors with their status', async () => {
    const e404 = await rejectsWith(safeFetch(`${s.origin}/missing`, local), 'upstream_status', /^upstream answered 404$/);
    assert.equal(e404.status, 404);
    const e500 = await rejectsWith(safeFetch(`${s.origin}/error`, local), 'upstream_status', /^upstream answered 500$/);
    assert.equal(e500.status, 500);
  });

  it('refuses a body whose Content-Length exceeds the cap', async () => {
    await rejectsWith(safeFetch(`${s.origin}/big-declared`, { ...local, maxBytes: 1000 }), 'too_large', /^response larger than 1000 bytes/);
  });

  it('discarding an over-long body leaves no stray error behind', async () => {
    // Regression: the destroyed body used to emit an unhandled 'error' (uncaught exception).
    await rejectsWith(safeFetch(`${s.origin}/small-declared`, { ...local, maxBytes: 100 }), 'too_large', /Content-Length: 200/);
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it('aborts a chunked body once it exceeds the cap', async () => {
    await rejectsWith(safeFetch(`${s.origin}/big-chunked`, { ...local, maxBytes: 10_000 }), 'too_large', /^response larger than 10000 bytes$/);
    const r = await safeFetch(`${s.origin}/big-chunked`, { ...local, maxBytes: 16 * 4096 });
    assert.equal(r.bytes.length, 16 * 4096);
  });

  it('accepts a body exactly at the cap', async () => {
    const r = await safeFetch(`${s.origin}/big-declared`, { ...local, maxBytes: big.length });
    assert.equal(r.bytes.length, big.length);
    const small = await safeFetch(`${s.origin}/ten`, { ...local, maxBytes: 10 });
    assert.equal(small.bytes.toString(), '0123456789');
  });

  it('times out a server that never answers', async () => {
    const t0 = Date.now();
    await rejectsWith(safeFetch(`${s.origin}/hang`, { ...local, timeoutMs: 300 }), 'timeout', /^timed out after 300 ms$/);
    const elapsed = Date.now() - t0;
    assert.ok(elapsed >= 250 && elapsed < 2000, `elapsed ${elapsed} ms`);
  });

  it('times out a body that drips too slowly (total time, not idle time)', async () => {
    const t0 = Date.now();
    await rejectsWith(safeFetch(`${s.origin}/drip`, { ...local, timeoutMs: 400 }), 'timeout', /^timed out after 400 ms$/);
    assert.ok(Date.now() - t0 < 2000);
  });

  it('reports a refused connection', async () => {
    const closed = await startServer({});
    const port = closed.port;
    await closed.close();
    await rejectsWith(safeFetch(`http://127.0.0.1:${port}/`, local), 'network', /connection refused/);
  });

  it('honours an outer abort signal', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await rejectsWith(safeFetch(`${s.origin}/hang`, { ...local, signal: controller.signal }), 'network', /aborted/);
  });

  it('returns an empty body for 204', async () => {
    const r = await safeFetch(`${s.origin}/empty`, local);
    assert.equal(r.bytes.length, 0);
  });

  it('sends URL credentials as Basic auth to the same origin only, and never reports them', async () => {
    const r = await safeFetch(`http://user:s3cret@127.0.0.1:${s.port}/auth`, local);
    assert.equal(r.bytes.toString(), `Basic ${Buffer.from('user:s3cret').toString('base64')}`);
    assert.equal(r.finalUrl, `${s.origin}/auth`);
    const err = await rejectsWith(safeFetch(`http://user:s3cret@127.0.0.1:${s.port}/missing`, local), 'upstream_status');
    assert.doesNotMatch(err.message, /s3cret|user/);
  });

  it('drops credentials and extra headers when a redirect changes origin', async () => {
    const r = await safeFetch(`http://user:s3cret@127.0.0.1:${s.port}/to-other`, { ...local, headers: { authorization: 'Bearer x' } });
    assert.equal(r.bytes.toString(), 'none');
    assert.equal(r.finalUrl, `${other.origin}/echo-auth`);
  });
});

describe('redirect hops are re-checked (allowPrivateNetwork off)', () => {
  // The first hop is a test name, `media.test`, resolved by the injected resolver to 127.0.0.1
  // and let through by a per-call `allowAddress` exception for that name only. Every redirect
  // target then goes through the real checks, with the private network NOT allowed: a refusal
  // here can only come from the per-hop re-check.
  let s: TestServer;
  let calls: string[];
  let opts: Parameters<typeof safeFetch>[1];

  before(async () => {
    s = await startServer({
      '/ok': (_req, res) => res.end('ok'),
      '/to-self': redirect('/ok'),
      '/to-loopback-ip': (_req, res) => redirect(`http://127.0.0.1:${s.port}/ok`)(_req, res),
      '/to-decimal': (_req, res) => redirect(`http://2130706433:${s.port}/ok`)(_req, res),
      '/to-mapped': (_req, res) => redirect(`http://[::ffff:127.0.0.1]:${s.port}/ok`)(_req, res),
      '/to-localhost': (_req, res) => redirect(`http://localhost:${s.port}/ok`)(_req, res),
      '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/iam/security-credentials/'),
      '/to-metadata-v6': redirect('http://[fd00:ec2::254]/latest/meta-data/'),
      '/to-intranet': redirect('http://intranet.test/secret'),
      '/to-file': redirect('file:///etc/passwd'),
      '/to-gopher': redirect('gopher://127.0.0.1:6379/_FLUSHALL'),
      '/to-bad': redirect('http://[not-valid/'),
      '/via-chain': redirect('/to-self'),
      '/via-chain-bad': redirect('/to-intranet'),
    });
    calls = [];
    opts = {
      maxBytes: 10_000,
      timeoutMs: 5_000,
      lookup: fakeResolver({ 'media.test': ['127.0.0.1'], 'intranet.test': ['10.0.0.1'] }, calls),
      allowAddress: (address, hostname) => hostname === 'media.test' && address === '127.0.0.1',
    };
  });
  after(() => s.close());

  const url = (path: string) => `http://media.test:${s.port}${path}`;

  it('the exception works for the allowed name (control)', async () => {
    const r = await safeFetch(url('/to-self'), opts);
    assert.equal(r.bytes.toString(), 'ok');
    assert.equal(r.redirects, 1);
    assert.equal(r.finalUrl, url('/ok'));
    const chained = await safeFetch(url('/via-chain'), opts);
    assert.equal(chained.redirects, 2);
  });

  const refusedHops: [string, MediaFetchReason, RegExp][] = [
    ['/to-loopback-ip', 'host_not_allowed', /127\.0\.0\.1 is a loopback address/],
    ['/to-decimal', 'host_not_allowed', /127\.0\.0\.1 is a loopback address/],
    ['/to-mapped', 'host_not_allowed', /loopback address \(127\.0\.0\.1 mapped/],
    ['/to-localhost', 'host_not_allowed', /localhost is a local name/],
    ['/to-metadata', 'host_not_allowed', /169\.254\.169\.254 is a cloud metadata address/],
    ['/to-metadata-v6', 'host_not_allowed', /cloud metadata/],
    ['/to-intranet', 'host_not_allowed', /intranet\.test resolves to a private address/],
    ['/to-file', 'scheme_not_allowed', /file:/],
    ['/to-gopher', 'scheme_not_allowed', /gopher:/],
    ['/to-bad', 'invalid_url', /invalid URL/],
    ['/via-chain-bad', 'host_not_allowed', /intranet\.test/],
  ];
  for (const [path, reason, message] of refusedHops) {
    it(`refuses the redirect of ${path}`, async () => {
      const okBefore = s.hits.get('/ok') ?? 0;
      await rejectsWith(safeFetch(url(path), opts), reason, message);
      assert.ok((s.hits.get(path) ?? 0) >= 1, 'the first hop was fetched');
      assert.equal(s.hits.get('/ok') ?? 0, okBefore, 'the refused target was never requested');
    });
  }

  it('refuses a redirect to cloud metadata even with allowPrivateNetwork on', async () => {
    await rejectsWith(safeFetch(url('/to-metadata'), { ...opts, allowPrivateNetwork: true }), 'host_not_allowed', /metadata/);
    await rejectsWith(safeFetch(url('/to-gopher'), { ...opts, allowPrivateNetwork: true }), 'scheme_not_allowed');
  });
});

describe('DNS pinning', () => {
  let s: TestServer;
  before(async () => {
    s = await startServer({ '/ok': (req, res) => res.end(`host header ${req.headers.host}`), '/again': redirect('/ok') });
  });
  after(() => s.close());

  it('connects to the address that was checked, even if the name later resolves elsewhere', async () => {
    // First answer 127.0.0.1 (where the server listens); any later answer 127.0.0.2 (nothing
    // listens there). A client that resolved again at connect time would get ECONNREFUSED.
    const calls: string[] = [];
    let n = 0;
    const rebinding: HostResolver = async (hostname) => {
      calls.push(hostname);
      return [{ address: n++ === 0 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    };
    const r = await safeFetch(`http://rebind.test:${s.port}/ok`, { ...local, lookup: rebinding });
    assert.equal(r.bytes.toString(), `host header rebind.test:${s.port}`);
    assert.deepEqual(calls, ['rebind.test']);
  });

  it('resolves again on every redirect hop, and pins each hop to its own answer', async () => {
    const calls: string[] = [];
    const lookup = fakeResolver({ 'pin.test': ['127.0.0.1'] }, calls);
    const r = await safeFetch(`http://pin.test:${s.port}/again`, { ...local, lookup });
    assert.equal(r.redirects, 1);
    assert.deepEqual(calls, ['pin.test', 'pin.test']);
  });
});

describe('kept connections (one shared agent, pools keyed by the vetted address)', () => {
  let s: TestServer;
  before(async () => {
    s = await startServer({ '/ok': (req, res) => res.end(`host header ${req.headers.host}`) });
  });
  after(() => s.close());
  /** Connections the server accepted, counted from the sockets of the requests it saw. */
  const sockets = () => new Set(s.requests.map((req) => req.socket)).size;

  it('reuses one connection for two downloads from the same vetted host', async () => {
    const lookup = fakeResolver({ 'pool.test': ['127.0.0.1'] });
    const before = sockets();
    const first = await safeFetch(`http://pool.test:${s.port}/ok`, { ...local, lookup });
    // undici hands a finished socket to the next request one event-loop turn later.
    await new Promise((resolve) => setImmediate(resolve));
    const second = await safeFetch(`http://pool.test:${s.port}/ok`, { ...local, lookup });
    assert.equal(first.bytes.toString(), `host header pool.test:${s.port}`);
    assert.equal(second.bytes.toString(), `host header pool.test:${s.port}`);
    assert.equal(sockets() - before, 1, 'the second download used the kept connection');
  });

  it('still refuses a host that resolves to a private address later, with a kept connection to its old address', async () => {
    // Allowed once through the per-call exception (127.0.0.1 for this name), which leaves a kept
    // connection to 127.0.0.1; then the name resolves to 10.0.0.1, and a caller without the
    // exception asks for the old address: both are refused before any request is sent.
    let answer = '127.0.0.1';
    const lookup: HostResolver = async () => [{ address: answer, family: 4 }];
    const strict = { maxBytes: 1_000, timeoutMs: 5_000, lookup };
    const excepted = { ...strict, allowAddress: (address: string, hostname: string) => hostname === 'later.test' && address === '127.0.0.1' };
    await safeFetch(`http://later.test:${s.port}/ok`, excepted);
    const seen = s.hits.get('/ok');
    answer = '10.0.0.1';
    await rejectsWith(safeFetch(`http://later.test:${s.port}/ok`, excepted), 'host_not_allowed', /later\.test resolves to a private address/);
    answer = '127.0.0.1';
    await rejectsWith(safeFetch(`http://later.test:${s.port}/ok`, strict), 'host_not_allowed', /loopback/);
    assert.equal(s.hits.get('/ok'), seen, 'no request reached the server');
  });

  it('connects to the newly vetted address when a name moves, never through the kept socket to the old one', async () => {
    let answer = '127.0.0.1';
    const lookup: HostResolver = async () => [{ address: answer, family: 4 }];
    await safeFetch(`http://moving.test:${s.port}/ok`, { ...local, lookup });
    answer = '127.0.0.2'; // allowed (private network on), but nothing listens there
    await rejectsWith(safeFetch(`http://moving.test:${s.port}/ok`, { ...local, lookup }), 'network', /connection refused/);
  });

  it('sends the host name as TLS server name while connecting to the vetted address', async () => {
    const names: string[] = [];
    const server = https.createServer({
      key: TEST_TLS_KEY,
      cert: TEST_TLS_CERT,
      SNICallback: (name, cb) => {
        names.push(name);
        cb(null, tls.createSecureContext({ key: TEST_TLS_KEY, cert: TEST_TLS_CERT }));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const lookup = fakeResolver({ 'tls.test': ['127.0.0.1'] });
      // The certificate is self-signed, so the handshake fails after the server saw the name.
      await rejectsWith(safeFetch(`https://tls.test:${port}/ok`, { ...local, lookup }), 'network', /tls\.test/);
      assert.deepEqual(names, ['tls.test']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

// A self-signed certificate for tls.test (test only: it signs nothing that is trusted).
const TEST_TLS_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgCwIQeIb+nfzfQz1L
M1oiiBbYgslNT1J9Dhh3G8d0bDuhRANCAAQbyN/7tH6LpuZ13YBJuKL2Mw/3Y3z1
KIFPaGpgk8LbQZJDvyy8jUBX2EtmMGZBmRqc+e6pYlLAY9PyU4w29JRE
-----END PRIVATE KEY-----`;
const TEST_TLS_CERT = `-----BEGIN CERTIFICATE-----
MIIBkzCCATigAwIBAgIUSiysoQi7xxhKxlaoSbA5YRZl5KowCgYIKoZIzj0EAwIw
EzERMA8GA1UEAwwIdGxzLnRlc3QwIBcNMjYxMTI1MjAyMTI2WhgPMjEyNjExMDEy
MDIxMjZaMBMxETAPBgNVBAMMCHRscy50ZXN0MFkwEwYHKoZIzj0CAQYIKoZIzj0D
AQcDQgAEG8jf+7R+i6bmdd2ASbii9jMP92N89SiBT2hqYJPC20GSQ78svI1AV9hL
ZjBmQZkanPnuqWJSwGPT8lOMNvSURKNoMGYwHQYDVR0OBBYEFNAKKDQ/BIQb+pDs
XXbKcuOWOVSGMB8GA1UdIwQYMBaAFNAKKDQ/BIQb+pDsXXbKcuOWOVSGMA8GA1Ud
EwEB/wQFMAMBAf8wEwYDVR0RBAwwCoIIdGxzLnRlc3QwCgYIKoZIzj0EAwIDSQAw
RgIhALFAWzL0XxhoN8q7jOvJUJVEN7IgP1bz3CX1L5eaUN4dAiEAse+SSGNp3+Pi
SbAu0qQ3QH6T64We+q+GhigAg3IEnOc=
-----END CERTIFICATE-----`;
