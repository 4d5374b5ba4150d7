// Upstream JSON bodies that carry media inline as base64, without holding them in memory: a
// media value is an InlineBase64 marker in the body object, and jsonPayload turns the body into
// a stream in which the marker's bytes are read (e.g. from the asset store) and base64-encoded
// chunk by chunk while the request is sent. Neither the whole base64 text nor the whole JSON
// text ever exists. The length is known up front (base64 of n bytes is 4·⌈n/3⌉ characters), so
// the request keeps its Content-Length.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

/** Bytes that can be read from the start any number of times (a retried request reads them again). */
export interface ByteSource {
  size: number;
  read(): Promise<AsyncIterable<Uint8Array> | Iterable<Uint8Array>>;
  /** The same bytes, when they are in memory already (a small body is then written at once, not streamed). */
  bytes?: Uint8Array;
}

/** In a body given to jsonPayload: a JSON string holding `source`'s bytes as padded standard base64. */
export class InlineBase64 {
  constructor(readonly source: ByteSource) {}

  /** Bytes already in memory (they are encoded while sending, not before). */
  static of(bytes: Uint8Array): InlineBase64 {
    return new InlineBase64({ size: bytes.length, read: async () => [bytes], bytes });
  }

  get encodedLength(): number {
    return 4 * Math.ceil(this.source.size / 3);
  }
}

export interface JsonPayload {
  /** The JSON text itself when nothing is inlined (or only small bytes in memory), else a stream that reads the sources now. */
  body: string | Readable;
  /** Exact length of `body` in bytes (UTF-8). */
  length: number;
}

/**
 * Inlined bytes in memory up to this many are written into one JSON text instead of a stream: a
 * stream of a few chunks costs more CPU than encoding them (an async generator, a Readable, a
 * write per chunk), and the text is at most ~1.4 MB.
 */
const AT_ONCE_MAX_BYTES = 1024 * 1024;

/**
 * `value` as JSON text, exactly as JSON.stringify writes it with each InlineBase64 replaced by
 * its base64 string. Call it once per request sent: every call makes a new stream.
 */
export function jsonPayload(value: unknown): JsonPayload {
  const inlined: InlineBase64[] = [];
  // A random placeholder no caller's string will contain; it needs no escaping in JSON.
  const placeholder = `inline-base64-${randomUUID()}-`;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (!(v instanceof InlineBase64)) return v;
    inlined.push(v);
    return `${placeholder}${inlined.length - 1}`;
  });
  if (text === undefined) throw new TypeError('the body is not JSON-serialisable');
  if (inlined.length === 0) return { body: text, length: Buffer.byteLength(text) };
  // Split at the placeholders: text, index, text, index, …, text (a piece after a placeholder
  // starts with its index's digits). Not a RegExp: one compiled per call cost more than the rest.
  const [head, ...tails] = text.split(placeholder);
  const pieces = [head];
  for (const tail of tails) {
    let digits = 0;
    while (digits < tail.length && tail.charCodeAt(digits) >= 48 && tail.charCodeAt(digits) <= 57) digits++;
    pieces.push(tail.slice(0, digits), tail.slice(digits));
  }
  const segments = pieces.filter((_, i) => i % 2 === 0).map((piece) => Buffer.from(piece));
  const order = pieces.filter((_, i) => i % 2 === 1).map((index) => inlined[Number(index)]);
  const length = segments.reduce((sum, s) => sum + s.length, 0) + order.reduce((sum, m) => sum + m.encodedLength, 0);
  if (order.every((m) => m.source.bytes?.length === m.source.size) && order.reduce((sum, m) => sum + m.source.size, 0) <= AT_ONCE_MAX_BYTES) {
    let body = '';
    for (let i = 0; i < order.length; i++) {
      const bytes = order[i].source.bytes!;
      body += pieces[2 * i] + Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
    }
    return { body: body + pieces[2 * order.length], length };
  }
  async function* stream(): AsyncGenerator<Buffer> {
    for (let i = 0; i < order.length; i++) {
      yield segments[i];
      yield* base64Chunks(order[i].source);
    }
    yield segments[order.length];
  }
  return { body: Readable.from(stream(), { objectMode: false }), length };
}

/** The source's bytes as base64, chunk by chunk: each chunk encodes a multiple of 3 bytes (so no padding inside). */
async function* base64Chunks(source: ByteSource): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  let read = 0;
  for await (const chunk of await source.read()) {
    read += chunk.length;
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const whole = bytes.length - (bytes.length % 3);
    if (whole > 0) yield Buffer.from(bytes.toString('base64', 0, whole), 'latin1');
    carry = bytes.subarray(whole);
  }
  // The length was promised before the bytes were read: a source that changed must not be sent.
  if (read !== source.size) throw new Error(`an inlined source has ${read} bytes where ${source.size} were expected`);
  if (carry.length > 0) yield Buffer.from(carry.toString('base64'), 'latin1');
}
