// Response shapes shared by every operation (DESIGN.md "Response shapes").
import { Type } from '@sinclair/typebox';

/** `{"status":"success","result":…}` — the 200 body of every operation except Bria status. */
export const SuccessEnvelope = Type.Unsafe<{ status: 'success'; result: unknown }>({
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['success'] },
    result: {
      oneOf: [
        { type: 'object' },
        { type: 'array' },
        { type: 'string' },
        { type: 'number' },
        { type: 'boolean' },
        { type: 'null' },
      ],
    },
  },
  required: ['status', 'result'],
  additionalProperties: false,
});

/** One FastAPI validation error: where (`loc`), what (`msg`) and its machine-readable `type`. */
export const ValidationError = Type.Object(
  {
    loc: Type.Array(Type.Union([Type.String(), Type.Integer()]), { title: 'Location' }),
    msg: Type.String({ title: 'Message' }),
    type: Type.String({ title: 'Error Type' }),
  },
  { $id: 'ValidationError', title: 'ValidationError' },
);

export const HTTPValidationError = Type.Object(
  { detail: Type.Array(Type.Ref(ValidationError), { title: 'Detail' }) },
  { $id: 'HTTPValidationError', title: 'HTTPValidationError' },
);

/** Every non-validation error: auth, not found, provider not configured, upstream failure. */
export const HTTPError = Type.Object(
  {
    detail: Type.String({ title: 'Detail' }),
    provider: Type.Optional(Type.String({ title: 'Provider' })),
    upstream_status: Type.Optional(Type.Integer({ title: 'Upstream Status' })),
  },
  { $id: 'HTTPError', title: 'HTTPError' },
);
