// What every twin needs to make its real output media repeatable: numbers and colours derived
// from the request's text (a prompt, a seed), so the same request draws the same picture.
import { createHash } from 'node:crypto';

/** SHA-256 of a text: the bytes every derived number and colour is read from. */
export const digest = (text: string) => createHash('sha256').update(text).digest();

/** A stable number from a text (prompt, scene description), for repeatable "generations". */
export const seedOf = (text: string) => digest(text).readUInt32BE(0);

/** An RGB colour read from the text's digest at `offset`. */
export function colourOf(text: string, offset = 0): { r: number; g: number; b: number } {
  const h = digest(text);
  return { r: h[offset], g: h[offset + 1], b: h[offset + 2] };
}

/** `#rrggbb` of an RGB colour. */
export const hexOf = (c: { r: number; g: number; b: number }) => `#${[c.r, c.g, c.b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
