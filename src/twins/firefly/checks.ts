// The checks every Firefly async endpoint makes (size, seeds, variations, prompts, content class),
// collected as Adobe's validation_errors (loc, msg, type) in the Firefly twin.
import { isObject } from './media.js';

/** One entry of Firefly's `validation_errors`. */
export interface Problem {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** Checks the fields every async endpoint takes. */
export const checkCommon = (body: Record<string, unknown>, problems: Problem[]) => {
  const size = body.size;
  if (size !== undefined) {
    const ok = isObject(size) && [size.width, size.height].every((v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 4096);
    if (!ok) problems.push({ loc: ['body', 'size'], msg: 'width and height must be integers from 1 to 4096', type: 'value_error' });
  }
  const seeds = body.seeds;
  if (seeds !== undefined) {
    const ok = Array.isArray(seeds) && seeds.length >= 1 && seeds.length <= 4 && seeds.every(Number.isInteger) && new Set(seeds).size === seeds.length;
    if (!ok) problems.push({ loc: ['body', 'seeds'], msg: 'seeds must be 1 to 4 unique integers', type: 'value_error' });
  }
  const n = body.numVariations;
  if (n !== undefined && !(Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 4)) {
    problems.push({ loc: ['body', 'numVariations'], msg: 'numVariations must be from 1 to 4', type: 'value_error' });
  }
  if (n !== undefined && Array.isArray(seeds) && seeds.length !== n) {
    problems.push({ loc: ['body', 'seeds'], msg: 'the number of seeds must equal numVariations', type: 'value_error' });
  }
  for (const key of ['prompt', 'negativePrompt']) {
    const v = body[key];
    if (v !== undefined && (typeof v !== 'string' || v.length < 1 || v.length > 1024)) {
      problems.push({ loc: ['body', key], msg: 'must be a text of 1 to 1024 characters', type: 'value_error' });
    }
  }
  if (body.contentClass !== undefined && !['photo', 'art'].includes(body.contentClass as string)) {
    problems.push({ loc: ['body', 'contentClass'], msg: "value is not a valid enumeration member; permitted: 'photo', 'art'", type: 'type_error.enum' });
  }
};
