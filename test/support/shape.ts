/**
 * `actual` cut to the keys `expected` has, item by item and key by key: to compare a request as
 * recorded or resent (with the defaults validation added, e.g. a mask's `invert`) with the one sent.
 */
export const shapedAs = (actual: any, expected: unknown): unknown =>
  expected && typeof expected === 'object' && actual && typeof actual === 'object'
    ? Array.isArray(expected)
      ? expected.map((item, i) => shapedAs(actual[i], item))
      : Object.fromEntries(Object.entries(expected).map(([key, item]) => [key, shapedAs(actual[key], item)]))
    : actual;
