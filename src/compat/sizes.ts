// OpenAI's `size` ("1536x1024") against what a provider offers (aspect ratios or pixel sizes):
// the nearest choice by aspect ratio, ties broken by pixel count.
import { badParam } from './errors.js';

export interface Size {
  width: number;
  height: number;
}

/** "WxH" → {width, height}; "auto" or absent → undefined; anything else is a 400 naming `size`. */
export function parseSize(value: unknown, param = 'size'): Size | undefined {
  if (value === undefined || value === null || value === 'auto') return undefined;
  const match = typeof value === 'string' ? /^(\d{2,5})x(\d{2,5})$/.exec(value.trim()) : null;
  if (!match) throw badParam(param, `${param} must be "auto" or WIDTHxHEIGHT in pixels (e.g. "1024x1024"), not ${JSON.stringify(value)}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** "16:9", "1280:720" or "1024x1024" → {width, height}. */
export const sizeOf = (choice: string): Size => {
  const [width, height] = choice.split(/[:x]/).map(Number);
  return { width, height };
};

/** The choice whose proportions are nearest the asked size (by log ratio), then nearest in pixels. */
export function nearest<T>(size: Size, choices: readonly T[], dimensions: (choice: T) => Size = (c) => sizeOf(String(c))): T {
  const score = (choice: T) => {
    const d = dimensions(choice);
    return [Math.abs(Math.log(d.width / d.height) - Math.log(size.width / size.height)), Math.abs(d.width * d.height - size.width * size.height)];
  };
  return [...choices].sort((a, b) => {
    const [ra, pa] = score(a);
    const [rb, pb] = score(b);
    return Math.abs(ra - rb) > 1e-9 ? ra - rb : pa - pb;
  })[0];
}

export const formatSize = (size: Size) => `${size.width}x${size.height}`;
