// Reads a `multipart/form-data` body into memory, checking its parts against the operation's
// documented form (every required part present), and answering like FastAPI when they are not.
import type { TObject } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';
import { RequestValidationError } from './validation.js';

export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Buffer;
}

export async function readUpload(request: FastifyRequest, form: TObject): Promise<Record<string, UploadedFile | string>> {
  if (!request.isMultipart()) {
    throw new RequestValidationError(
      (form.required ?? []).map((name) => ({
        loc: ['body', name],
        msg: 'Field required; send the request as multipart/form-data',
        type: 'missing',
      })),
    );
  }
  const values: Record<string, UploadedFile | string> = {};
  await forEachPart(request, async (part) => {
    if (!(part.fieldname in form.properties)) {
      if (part.type === 'file') part.file.resume();
      return;
    }
    if (part.type === 'file') {
      const data = await part.toBuffer();
      values[part.fieldname] = { filename: part.filename, mimetype: part.mimetype, data };
    } else {
      values[part.fieldname] = String(part.value);
    }
  });
  const missing = (form.required ?? []).filter((name) => !(name in values));
  if (missing.length > 0) {
    throw new RequestValidationError(missing.map((name) => ({ loc: ['body', name], msg: 'Field required', type: 'missing' })));
  }
  return values;
}

type Part = Awaited<ReturnType<FastifyRequest['parts']> extends AsyncIterable<infer P> ? P : never>;

/** The names of the parts each multipart request had, as read (partNamesOf). */
const partNames = new WeakMap<FastifyRequest, string[]>();

/** The part names of the request's multipart body, in order (`image[]` as sent), once it was read; undefined before. */
export const partNamesOf = (request: FastifyRequest): readonly string[] | undefined => partNames.get(request);

/** Visits each part of a multipart body in order; a broken body is a 400, never a 500. */
export async function forEachPart(request: FastifyRequest, visit: (part: Part) => Promise<void>, options?: Parameters<FastifyRequest['parts']>[0]): Promise<void> {
  const names: string[] = [];
  partNames.set(request, names);
  try {
    for await (const part of request.parts(options)) {
      names.push(part.fieldname);
      await visit(part);
    }
  } catch (error) {
    // The multipart parser's own errors (a truncated body, a malformed part header) carry no
    // status: the body is broken, answered 400 as FastAPI does — not a 500. Limits keep their 413.
    if ((error as { statusCode?: number }).statusCode === undefined) throw new HttpError(400, 'There was an error parsing the body');
    throw error;
  }
}
