// Hot queries, built with Kysely once and then run on the database driver directly.
//
// Building and compiling a Kysely query costs more than running it: a primary-key read cost
// ~30–45 µs through Kysely against ~15 µs on the driver (bench/). The gateway runs a handful
// of SQL texts thousands of times a second, so each is compiled once per argument shape with
// stand-ins for the arguments, and later calls only put the real values in their places.
import type { CompiledQuery, Compilable, Kysely } from 'kysely';
import type { Statement, Storage } from './database.js';
import type { Database } from './schema.js';

/** Stands in for one argument (or one field of an object argument) while the SQL is compiled. */
class Slot {
  constructor(
    readonly arg: number,
    readonly field?: string,
  ) {}

  read(args: readonly unknown[]): unknown {
    const value = this.field === undefined ? args[this.arg] : (args[this.arg] as Record<string, unknown>)[this.field];
    // SQL has no undefined; an optional field left out is NULL.
    return value === undefined ? null : value;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

/**
 * The shape of the arguments, which decides the SQL: an object argument contributes its
 * defined keys (an update's SET list, an insert's columns), anything else is one value.
 */
function shapeOf(args: readonly unknown[]): string {
  let shape = '';
  for (const arg of args)
    shape += isRecord(arg)
      ? `{${Object.keys(arg)
          .filter((k) => arg[k] !== undefined)
          .join(',')}}`
      : '_';
  return shape;
}

function standIns(args: readonly unknown[]): unknown[] {
  return args.map((arg, i) =>
    isRecord(arg)
      ? Object.fromEntries(
          Object.keys(arg)
            .filter((k) => arg[k] !== undefined)
            .map((k) => [k, new Slot(i, k)]),
        )
      : new Slot(i),
  );
}

export interface PreparedQuery<Args extends unknown[], Row> {
  /** Every row the statement returns (none for a write without RETURNING). */
  all(...args: Args): Promise<Row[]>;
  first(...args: Args): Promise<Row | undefined>;
  /** Rows changed by a write. */
  run(...args: Args): Promise<number>;
  /** The statement with these values, to run with others (Storage.transaction). */
  statement(...args: Args): Statement;
}

/**
 * A query run many times with different values. `build` receives stand-ins for the arguments
 * and must use each only as a whole value (no arithmetic, no `if` on it: compute outside and
 * pass the result); the SQL may depend on which fields an object argument has, as in
 * `.set(patch)` or `.values(row)`, and is compiled once per such shape.
 */
export function prepared<Args extends unknown[], Row>(storage: Storage, build: (db: Kysely<Database>, ...args: Args) => Compilable<Row>): PreparedQuery<Args, Row> {
  const compiled = new Map<string, CompiledQuery>();
  const compile = (args: Args): CompiledQuery => {
    const shape = shapeOf(args);
    let query = compiled.get(shape);
    if (!query) {
      query = build(storage.db, ...(standIns(args) as Args)).compile();
      const misused = query.parameters.find((p) => typeof p === 'string' && p.includes('[object Object]'));
      if (misused !== undefined) throw new Error(`prepared query computes with an argument instead of passing it: ${query.sql}`);
      compiled.set(shape, query);
    }
    return query;
  };
  const statement = (args: Args): Statement => {
    const query = compile(args);
    return { sql: query.sql, parameters: query.parameters.map((p) => (p instanceof Slot ? p.read(args) : p)) };
  };
  const execute = (args: Args) => {
    const { sql, parameters } = statement(args);
    return storage.execute(sql, parameters);
  };
  return {
    statement: (...args) => statement(args),
    all: async (...args) => (await execute(args)).rows as Row[],
    first: async (...args) => (await execute(args)).rows[0] as Row | undefined,
    run: async (...args) => (await execute(args)).changes,
  };
}
