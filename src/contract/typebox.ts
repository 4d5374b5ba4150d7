// Small TypeBox builders for JSON Schema forms that TypeBox has no exact builder for.
// The reference is OpenAPI 3.1 (JSON Schema 2020-12), so each emits exactly that form.
import { Type, type SchemaOptions, type TSchema, type TUnsafe } from '@sinclair/typebox';

/** `{type: "string", enum: [...]}` — the form pydantic emits for a str Enum (TypeBox would emit anyOf/const). */
export function StringEnum<const T extends readonly string[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });
}

/** `{type: "integer", enum: [...]}` for integer-valued enums. */
export function IntegerEnum<const T extends readonly number[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, type: 'integer', enum: [...values] });
}

/** A fixed-length array in 2020-12 form (`prefixItems`), as pydantic emits for `tuple[int, int, ...]`. */
export function Tuple(items: TSchema[], options: SchemaOptions = {}): TUnsafe<unknown[]> {
  return Type.Unsafe<unknown[]>({ ...options, type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length });
}

/** An object with any properties (pydantic `dict[str, Any]`). */
export function FreeObject(options: SchemaOptions = {}): TUnsafe<Record<string, unknown>> {
  return Type.Unsafe<Record<string, unknown>>({ ...options, type: 'object', additionalProperties: true });
}
