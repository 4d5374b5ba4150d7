// Request body parsing: JSON as FastAPI reads it (syntax errors are 422 `json_invalid`), with
// prototype-pollution keys dropped and nesting limited; multipart for uploads, with size limits.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { RequestValidationError } from './validation.js';

function jsonSyntaxError(error: unknown): RequestValidationError {
  const position = /position (\d+)/.exec(String((error as Error)?.message))?.[1];
  return new RequestValidationError([
    {
      loc: position === undefined ? ['body'] : ['body', Number(position)],
      msg: 'JSON decode error',
      type: 'json_invalid',
      ctx: { error: 'the request body is not valid JSON' },
    },
  ]);
}

/**
 * Deepest nesting of arrays/objects a JSON body may have. No request schema nests beyond a few
 * levels; a deeper body is an attack on the recursive code that reads it later (JSON.stringify,
 * the validator, loggers), which would otherwise fail with a stack overflow (a 500).
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Where `text` first nests deeper than `limit` (its character position), or undefined. One pass
 * over the text, without recursion; string contents are skipped with indexOf, so a body of long
 * base64 strings costs little. Syntax is not checked here: JSON.parse does that afterwards.
 */
export function excessiveNesting(text: string, limit = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Find the closing quote: one not preceded by an odd run of backslashes.
      let end = text.indexOf('"', i + 1);
      for (;;) {
        if (end < 0) return undefined; // unterminated string: a syntax error for JSON.parse
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c /* \ */) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      i = end;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return undefined;
}

function tooDeep(position: number): RequestValidationError {
  return new RequestValidationError([
    {
      loc: ['body', position],
      msg: 'JSON decode error',
      type: 'json_invalid',
      ctx: { error: `the request body nests arrays/objects deeper than ${MAX_JSON_DEPTH} levels` },
    },
  ]);
}

/** Raw upload bodies: these media types are read as bytes. */
const RAW_MEDIA_TYPE = /^(image|video|audio)\/[\w.+-]+\s*(;.*)?$/i;

export async function installBodyParsers(app: FastifyInstance, bodyLimit: number): Promise<void> {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(/^application\/([\w.+-]+\+)?json\s*(;.*)?$/i, { parseAs: 'string', bodyLimit }, (_request, text, done) => {
    if ((text as string).trim() === '') return done(null, undefined);
    const deep = excessiveNesting(text as string);
    if (deep !== undefined) return done(tooDeep(deep), undefined);
    try {
      done(null, secureJson.parse(text as string, undefined, { protoAction: 'remove', constructorAction: 'remove' }));
    } catch (error) {
      done(jsonSyntaxError(error), undefined);
    }
  });
  // Raw uploads (POST /api/v1/assets, the one route that takes them): the bytes as they are; what they are is sniffed, not trusted.
  app.addContentTypeParser(RAW_MEDIA_TYPE, { parseAs: 'buffer', bodyLimit }, (_request, bytes, done) => done(null, bytes));
  await app.register(multipart, {
    limits: { fileSize: bodyLimit, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25, headerPairs: 200 },
  });
}
