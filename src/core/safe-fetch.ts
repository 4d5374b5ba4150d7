// SSRF-safe fetching of URLs that a caller supplied (media inputs) or that an upstream returned
// (output links). Every hop is checked before any byte leaves the machine:
//   - only http: and https: (data: URIs are decoded by the media layer, never fetched);
//   - the host name is resolved here, and every address it resolves to must be public
//     (see classifyAddress: loopback, RFC1918, CGNAT, link-local, multicast, reserved, ULA,
//     cloud metadata, IPv4 embedded in IPv6 through mapping, NAT64 or 6to4 are refused);
//   - the connection is pinned to the vetted address: the request is sent to that address itself
//     (the Host header and the TLS server name carry the host name, so certificates are still
//     checked against the name), so a DNS answer that changes between check and connect
//     (rebinding) cannot redirect the request;
//   - connections are kept and reused (one shared undici Agent), which stays safe because its
//     pools are keyed by address: a kept socket is only ever used by a fetch that vetted that
//     same address itself, on its own hop, under its own options (allowPrivateNetwork,
//     allowAddress, lookup), and the Agent refuses to resolve any name on its own;
//   - redirects are followed by hand (at most 5), each new hop checked again; `maxRedirects: 0`
//     makes any redirect a failure (webhook deliveries), and a request with a body (POST) never
//     follows one;
//   - the response size (Content-Length and the bytes actually read) and the total time
//     are capped.
// IPs written as decimal/octal/hex (http://2130706433/, http://0x7f.1/) are normalised by WHATWG
// URL parsing to dotted quads before they are classified.
// `allowPrivateNetwork` (config / VISION_STUDIO_ALLOW_PRIVATE_NETWORK=1, off by default) lets
// tests and local twins reach loopback and private addresses; non-http(s) schemes and cloud
// metadata endpoints stay refused even then.
import { promises as dns } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { Agent, request } from 'undici';

/** Why a fetch was refused or failed; callers map it to 422 (user input) or 502 (upstream output). */
export type MediaFetchReason =
  | 'invalid_url'
  | 'scheme_not_allowed'
  | 'host_not_allowed'
  | 'dns_failed'
  | 'too_many_redirects'
  | 'too_large'
  | 'timeout'
  | 'upstream_status'
  | 'network';

export class MediaFetchError extends Error {
  constructor(
    readonly reason: MediaFetchReason,
    message: string,
    /** The upstream's HTTP status, for reason 'upstream_status' (and a refused redirect's status). */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'MediaFetchError';
  }
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has. Tests inject one; the default asks the OS resolver. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface CheckUrlOptions {
  /** Lets loopback/private/link-local... addresses through (tests, local twins). Default false. */
  allowPrivateNetwork?: boolean;
  /** Replaces the OS resolver (tests: map test names to addresses without any DNS traffic). */
  lookup?: HostResolver;
  /**
   * A per-call exception: an address the classifier refuses is accepted when this returns true
   * for it (e.g. a test server on 127.0.0.1 reached by one test name). Consulted on every hop,
   * so a redirect elsewhere is still checked. Never consulted for schemes or metadata endpoints.
   */
  allowAddress?: (address: string, hostname: string) => boolean;
}

export interface SafeFetchOptions extends CheckUrlOptions {
  /** Largest accepted response body, bytes. */
  maxBytes: number;
  /** Deadline for the whole fetch, redirects and body included, milliseconds. */
  timeoutMs: number;
  /** Default 5; 0 makes any redirect a failure ('too_many_redirects', with the redirect's status). */
  maxRedirects?: number;
  /** Extra request headers (sent to the first origin only; dropped when a redirect changes origin). */
  headers?: Record<string, string>;
  /** Default GET. A request with a body never follows a redirect (it fails as with maxRedirects 0). */
  method?: 'GET' | 'POST';
  /** Request body (POST). */
  body?: string | Buffer;
  /** Resolve with any final (non-redirect) status instead of throwing 'upstream_status'. Default false. */
  acceptAnyStatus?: boolean;
  /** A body larger than maxBytes is cut off there (result `truncated`) instead of failing 'too_large'. */
  truncateBody?: boolean;
  /** Aborts the fetch from outside (reported as a network error, not a timeout). */
  signal?: AbortSignal;
}

export interface SafeFetchResult {
  bytes: Buffer;
  /** The response's Content-Type as sent (not trusted: media callers sniff the bytes). */
  contentType?: string;
  /** The URL that answered, after redirects, without credentials. */
  finalUrl: string;
  status: number;
  /** How many redirects were followed. */
  redirects: number;
  /** Response headers of the final hop (names lower-cased). */
  headers: Record<string, string | string[] | undefined>;
  /** True when `truncateBody` cut the body off at maxBytes. */
  truncated?: boolean;
}

/** A URL that passed the checks, with the address its connection is pinned to. */
export interface CheckedUrl {
  url: URL;
  hostname: string;
  address: string;
  family: 4 | 6;
}

export const DEFAULT_MAX_REDIRECTS = 5;

// ---------------------------------------------------------------------------------------------
// Address classification

/** Cloud metadata endpoints: refused even with allowPrivateNetwork on. */
const METADATA_ADDRESSES = new Set([
  '169.254.169.254', // AWS, GCP, Azure, OpenStack, DigitalOcean...
  '169.254.170.2', // AWS ECS task metadata
  '100.100.100.200', // Alibaba Cloud
  '192.0.0.192', // Oracle Cloud (legacy)
  'fd00:ec2::254', // AWS IMDS over IPv6
]);

const METADATA_V6 = new Set([...METADATA_ADDRESSES].filter((a) => a.includes(':')).map((a) => ipaddr.IPv6.parse(a).toNormalizedString()));

/** Host names refused by name, before any DNS (metadata names: even with allowPrivateNetwork on). */
const METADATA_NAMES = new Set(['metadata.google.internal', 'metadata', 'instance-data', 'instance-data.ec2.internal']);

/** Names that never denote a public host (RFC 6761 localhost, mDNS .local, private-use .internal, home.arpa). */
function isLocalName(name: string): boolean {
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name.endsWith('.local') ||
    name === 'internal' ||
    name.endsWith('.internal') ||
    name === 'home.arpa' ||
    name.endsWith('.home.arpa')
  );
}

function parseIp(ip: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  // Only canonical forms: a resolver or a WHATWG-normalised host never yields "0x7f.1"; parse()
  // would accept such legacy forms, isValidFourPartDecimal keeps the classifier strict.
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return ipaddr.IPv4.parse(bare);
  if (ipaddr.IPv6.isValid(bare)) return ipaddr.IPv6.parse(bare);
  return undefined;
}

const ipv4FromParts = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);

const RANGE_WORDS: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT (100.64.0.0/10) address',
  private: 'a private address',
  reserved: 'a reserved address',
  as112: 'a reserved (AS112) address',
  amt: 'a reserved (AMT) address',
  benchmarking: 'a benchmarking address',
  uniqueLocal: 'a private (unique local) address',
  deprecatedSiteLocal: 'a site-local address',
  discard: 'a discard-only address',
  teredo: 'a Teredo tunnel address',
  orchid2: 'a reserved (ORCHID) address',
  deprecatedOrchid: 'a reserved (ORCHID) address',
  droneRemoteIdProtocolEntityTags: 'a reserved address',
  segmentRouting: 'a segment-routing address',
  as112v6: 'a reserved (AS112) address',
};

export interface AddressClass {
  /** True when a gateway may connect to it on a caller's behalf. */
  public: boolean;
  /** For a refused address: what it is, e.g. "a loopback address". */
  description?: string;
  /** Cloud metadata endpoint (refused even with allowPrivateNetwork on). */
  metadata?: boolean;
}

/** Classifies one IP address (v4 or v6, brackets allowed). Anything that does not parse is not public. */
export function classifyAddress(ip: string): AddressClass {
  const parsed = parseIp(ip);
  if (!parsed) return { public: false, description: 'not an IP address' };
  if (parsed.kind() === 'ipv4') return classifyV4(parsed as ipaddr.IPv4);
  const v6 = parsed as ipaddr.IPv6;
  if (v6.zoneId) return { public: false, description: 'a scoped (zone) address' };
  if (METADATA_V6.has(v6.toNormalizedString())) return { public: false, description: 'a cloud metadata address', metadata: true };
  const p = v6.parts;
  const range = v6.range();
  const embedded = (v4: ipaddr.IPv4, how: string): AddressClass => {
    const inner = classifyV4(v4);
    return inner.public ? inner : { ...inner, description: `${inner.description} (${v4.toString()} ${how})` };
  };
  switch (range) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
      return embedded(v6.toIPv4Address(), 'mapped into IPv6');
    case 'rfc6145': // ::ffff:0:a.b.c.d (SIIT)
      return embedded(ipv4FromParts(p[6], p[7]), 'translated into IPv6');
    case 'rfc6052': // 64:ff9b::a.b.c.d (NAT64); the local-use 64:ff9b:1::/48 is never public
      if (p[2] !== 0) return { public: false, description: 'a local-use NAT64 address' };
      return embedded(ipv4FromParts(p[6], p[7]), 'behind NAT64');
    case '6to4': // 2002:AABB:CCDD::
      return embedded(ipv4FromParts(p[1], p[2]), 'inside 6to4');
    case 'unicast':
      break;
    default:
      return { public: false, description: RANGE_WORDS[range] ?? `a special-purpose address (${range})` };
  }
  // IPv4-compatible ::a.b.c.d (deprecated, RFC 4291) and anything else in ::/96: never a real host.
  if (p.slice(0, 6).every((x) => x === 0)) return { public: false, description: 'an IPv4-compatible IPv6 address' };
  // Global unicast is 2000::/3; everything else is unassigned or special.
  if ((p[0] & 0xe000) !== 0x2000) return { public: false, description: 'an unassigned IPv6 address' };
  return { public: true };
}

function classifyV4(v4: ipaddr.IPv4): AddressClass {
  const text = v4.toString();
  if (METADATA_ADDRESSES.has(text)) return { public: false, description: 'a cloud metadata address', metadata: true };
  const range = v4.range();
  if (range === 'unicast') return { public: true };
  return { public: false, description: RANGE_WORDS[range] ?? `a special-purpose address (${range})` };
}

/** True when `ip` is a public unicast address that the gateway may fetch from on a caller's behalf. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip).public;
}

// ---------------------------------------------------------------------------------------------
// URL checks

/** The URL without user:password (for messages and `finalUrl`). */
export function redactUrl(url: URL | string): string {
  try {
    const u = new URL(String(url));
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}

const defaultResolver: HostResolver = async (hostname) => {
  const found = await dns.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** Parses and checks the syntax part (scheme, host names refused by name). No DNS. */
function parseAndCheckSyntax(input: string | URL, allowPrivateNetwork: boolean): { url: URL; hostname: string } {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    throw new MediaFetchError('invalid_url', 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new MediaFetchError('scheme_not_allowed', `URL scheme not allowed: ${url.protocol} (only http and https URLs are fetched)`);
  }
  // WHATWG parsing already lower-cased the host, turned IDN into punycode and normalised
  // decimal/octal/hex IPv4 forms into dotted quads. Strip IPv6 brackets and a trailing root dot.
  let hostname = url.hostname;
  if (hostname.startsWith('[') && hostname.endsWith(']')) hostname = hostname.slice(1, -1);
  const name = hostname.replace(/\.+$/, '');
  if (name === '') throw new MediaFetchError('invalid_url', 'the URL has no host');
  if (METADATA_NAMES.has(name)) {
    throw new MediaFetchError('host_not_allowed', `host not allowed: ${name} is a cloud metadata endpoint`);
  }
  if (!allowPrivateNetwork && parseIp(name) === undefined && isLocalName(name)) {
    throw new MediaFetchError('host_not_allowed', `host not allowed: ${name} is a local name`);
  }
  return { url, hostname };
}

/** Refuses an address unless it is public (or the private network is allowed, or the caller's exception holds). */
function vetAddress(address: string, hostname: string, isLiteral: boolean, options: CheckUrlOptions): void {
  const cls = classifyAddress(address);
  if (cls.public) return;
  if (!cls.metadata) {
    if (options.allowPrivateNetwork) return;
    if (options.allowAddress?.(address, hostname)) return;
  }
  // Name the host as the caller wrote it; for a name, do not reveal what it resolves to internally.
  const what = isLiteral ? `${hostname} is ${cls.description}` : `${hostname} resolves to ${cls.description?.replace(/ \(.*\)$/, '')}`;
  throw new MediaFetchError('host_not_allowed', `host not allowed: ${what}`);
}

/**
 * Checks one URL as a fetch target: scheme, host name, and every address the name resolves to.
 * Returns the address the connection must be pinned to. Throws MediaFetchError.
 */
export async function checkUrl(input: string | URL, options: CheckUrlOptions = {}): Promise<CheckedUrl> {
  const { url, hostname } = parseAndCheckSyntax(input, options.allowPrivateNetwork ?? false);
  const literal = parseIp(hostname);
  if (literal) {
    vetAddress(hostname, hostname, true, options);
    return { url, hostname, address: literal.toString(), family: literal.kind() === 'ipv6' ? 6 : 4 };
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await (options.lookup ?? defaultResolver)(hostname);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why = code === 'ENOTFOUND' || code === 'ENODATA' ? 'no such host' : 'name resolution failed';
    throw new MediaFetchError('dns_failed', `could not resolve ${hostname}: ${why}`);
  }
  if (addresses.length === 0) throw new MediaFetchError('dns_failed', `could not resolve ${hostname}: no addresses`);
  // Every answer must pass: a name with one public and one private address is refused, since
  // the OS (or a retry) could pick either.
  for (const a of addresses) vetAddress(a.address, hostname, false, options);
  const first = addresses[0];
  return { url, hostname, address: first.address, family: first.family };
}

// ---------------------------------------------------------------------------------------------
// Fetching

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Longest wait for a TCP (+TLS) connection; the fetch's own deadline still applies on top. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The one Agent every fetch goes through. Requests name the vetted IP address as their origin,
 * so its pools (one per origin) hold only sockets to addresses; `lookup` is never asked for an
 * address literal, so if it is asked at all, something tried to connect to a name: refused.
 */
const agent = new Agent({
  connect: {
    timeout: CONNECT_TIMEOUT_MS,
    lookup: (hostname: string, options: LookupOptions | number | LookupCallback, cb?: LookupCallback) => {
      const callback = (typeof options === 'function' ? options : cb) as LookupCallback;
      const err: NodeJS.ErrnoException = new Error(`safe fetch connects to vetted addresses only, not to the name ${hostname}`);
      err.code = 'ENOTFOUND';
      callback(err, '');
    },
  },
});

/** The request URL aimed at the vetted address itself (the host name goes in Host and SNI). */
function pinnedUrl(target: CheckedUrl): URL {
  const url = new URL(target.url);
  url.username = '';
  url.password = '';
  url.hash = '';
  url.hostname = target.family === 6 ? `[${target.address}]` : target.address;
  return url;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function networkMessage(err: unknown, hostname: string): string {
  const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return `could not connect to ${hostname}: connection refused`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `connection to ${hostname} was closed unexpectedly`;
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `could not connect to ${hostname}: connection timed out`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `could not connect to ${hostname}: unreachable`;
    case 'CERT_HAS_EXPIRED':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return `TLS certificate of ${hostname} is not valid (${code})`;
    default:
      return `could not fetch from ${hostname}${code ? ` (${code})` : ''}`;
  }
}

function basicAuth(url: URL): string | undefined {
  if (!url.username && !url.password) return undefined;
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  return `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
}

/**
 * Fetches `url` with every SSRF check applied on every hop; resolves with the body bytes.
 * Throws MediaFetchError with a reason and a message that never contains URL credentials.
 */
export async function safeFetch(input: string | URL, options: SafeFetchOptions): Promise<SafeFetchResult> {
  const method = options.method ?? 'GET';
  // A body is sent once, to the vetted first target only: never replayed to a redirect's target.
  const maxRedirects = options.body !== undefined || method !== 'GET' ? 0 : (options.maxRedirects ?? DEFAULT_MAX_REDIRECTS);
  const { maxBytes, timeoutMs } = options;
  const deadline = Date.now() + timeoutMs;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  const timeoutError = () => new MediaFetchError('timeout', `timed out after ${timeoutMs} ms`);

  /** Runs a step, turning our own abort into the right error. */
  const guarded = async <T>(step: Promise<T>): Promise<T> => {
    if (controller.signal.aborted) throw timedOut ? timeoutError() : new MediaFetchError('network', 'fetch aborted');
    let onAbort: () => void = () => {};
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(timedOut ? timeoutError() : new MediaFetchError('network', 'fetch aborted'));
      controller.signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([step, aborted]);
    } finally {
      controller.signal.removeEventListener('abort', onAbort);
    }
  };

  const firstOrigin = (() => {
    try {
      return new URL(String(input)).origin;
    } catch {
      return undefined;
    }
  })();
  let current: string | URL = input;
  let auth: string | undefined;
  try {
    for (let hop = 0; ; hop++) {
      const target = await guarded(checkUrl(current, options));
      if (hop === 0) auth = basicAuth(target.url);
      const sameOrigin = target.url.origin === firstOrigin;
      const headers: Record<string, string> = {
        accept: '*/*',
        'accept-encoding': 'identity',
        'user-agent': 'vision-studio-gateway',
        ...(sameOrigin ? options.headers : {}),
      };
      if (sameOrigin && auth) headers.authorization = auth;
      // undici takes the TLS server name (SNI, and the name the certificate is checked against)
      // from the Host header; an address literal sends none and is checked as an address.
      headers.host = target.url.host;
      // What a failed request or body read throws: its own MediaFetchError, the deadline, or the network's words.
      const failure = (err: unknown) => (err instanceof MediaFetchError ? err : timedOut ? timeoutError() : new MediaFetchError('network', networkMessage(err, target.hostname)));

      let response: Awaited<ReturnType<typeof request>>;
      try {
        response = await guarded(
          request(pinnedUrl(target), {
            method,
            headers,
            body: options.body,
            dispatcher: agent,
            signal: controller.signal,
            headersTimeout: Math.max(1, deadline - Date.now()),
            bodyTimeout: Math.max(1, deadline - Date.now()),
          }),
        );
      } catch (err) {
        throw failure(err);
      }
      const { statusCode, headers: rh, body } = response;
      // A body discarded or destroyed below (redirect, error status, too large) emits 'error'
      // (RequestAbortedError) with nobody listening; that must not become an uncaught exception.
      // The for-await reader further down still sees every error through its own listener.
      body.on('error', () => {});

      if (REDIRECTS.has(statusCode)) {
        body.resume();
        const location = rh.location;
        const loc = Array.isArray(location) ? location[0] : location;
        if (!loc) throw new MediaFetchError('upstream_status', `upstream answered ${statusCode} without a Location`, statusCode);
        if (maxRedirects === 0) {
          throw new MediaFetchError('too_many_redirects', `redirects are not followed (upstream answered ${statusCode})`, statusCode);
        }
        if (hop >= maxRedirects) throw new MediaFetchError('too_many_redirects', `too many redirects (more than ${maxRedirects})`);
        try {
          current = new URL(loc, target.url);
        } catch {
          throw new MediaFetchError('invalid_url', 'upstream redirected to an invalid URL');
        }
        continue;
      }
      if ((statusCode < 200 || statusCode >= 300) && !options.acceptAnyStatus) {
        body.resume();
        throw new MediaFetchError('upstream_status', `upstream answered ${statusCode}`, statusCode);
      }

      const declared = Number(rh['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes && !options.truncateBody) {
        body.destroy();
        throw new MediaFetchError('too_large', `response larger than ${maxBytes} bytes (Content-Length: ${declared})`);
      }
      const chunks: Buffer[] = [];
      let total = 0;
      let truncated = false;
      try {
        for await (const chunk of body) {
          const buf = chunk as Buffer;
          if (total + buf.length > maxBytes) {
            body.destroy();
            if (!options.truncateBody) throw new MediaFetchError('too_large', `response larger than ${maxBytes} bytes`);
            chunks.push(buf.subarray(0, maxBytes - total));
            total = maxBytes;
            truncated = true;
            break;
          }
          total += buf.length;
          chunks.push(buf);
        }
      } catch (err) {
        throw failure(err);
      }
      const contentType = Array.isArray(rh['content-type']) ? rh['content-type'][0] : rh['content-type'];
      return {
        bytes: Buffer.concat(chunks, total),
        contentType: contentType || undefined,
        finalUrl: redactUrl(target.url),
        status: statusCode,
        redirects: hop,
        headers: rh,
        ...(truncated ? { truncated } : {}),
      };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}
