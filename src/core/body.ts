// Request body parsing: JSON as FastAPI reads it (syntax errors are 422 `json_invalid`), with
// prototype-pollution keys dropped; multipart for uploads, with size limits.
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

export async function installBodyParsers(app: FastifyInstance, bodyLimit: number): Promise<void> {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(
    /^application\/([\w.+-]+\+)?json\s*(;.*)?$/i,
    { parseAs: 'string', bodyLimit },
    (_request, text, done) => {
      if ((text as string).trim() === '') return done(null, undefined);
      try {
        done(null, secureJson.parse(text as string, undefined, { protoAction: 'remove', constructorAction: 'remove' }));
      } catch (error) {
        done(jsonSyntaxError(error), undefined);
      }
    },
  );
  await app.register(multipart, {
    limits: { fileSize: bodyLimit, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25, headerPairs: 200 },
  });
}
