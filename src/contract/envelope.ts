// Response shapes shared by every operation.
import { Type, type TSchema } from '@sinclair/typebox';
import { StringEnum } from './typebox.js';

/** `{"status":"success","result":…}` — the 200 body of every operation except Bria status. */
export const SuccessEnvelope = Type.Unsafe<{ status: 'success'; result: unknown }>({
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['success'] },
    result: {
      oneOf: [{ type: 'object' }, { type: 'array' }, { type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'null' }],
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

/** A provider's refusal or failure: which provider, its error code, the status it answered. */
export const ProviderError = Type.Object(
  {
    detail: Type.String({ title: 'Detail' }),
    provider: Type.String({ title: 'Provider' }),
    code: Type.String({ title: 'Code', description: 'e.g. content_moderation, invalid_request, upstream_error, timeout' }),
    upstream_status: Type.Optional(Type.Integer({ title: 'Upstream Status', description: 'The HTTP status the provider answered, when it answered' })),
    task_id: Type.Optional(Type.String({ title: 'Task Id', description: 'The job, for a job-backed operation' })),
  },
  { $id: 'ProviderError', title: 'ProviderError' },
);

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** One output of a job, the same for every provider (`outputs` of every answer carrying a job). */
export const OutputItemSchema = Type.Object(
  {
    asset_id: Type.String({ pattern: '^asset_', description: 'The output kept by the gateway; usable as a media input of another request' }),
    url: Type.String({ format: 'uri', description: 'Signed, expiring link that works without a key' }),
    content_type: Type.String({ description: 'Sniffed from the bytes' }),
    width: Nullable(Type.Integer({ description: 'Pixels (images); null where unknown' })),
    height: Nullable(Type.Integer({ description: 'Pixels (images); null where unknown' })),
    duration_seconds: Nullable(Type.Number({ description: 'Seconds (video, audio); null where unknown' })),
  },
  { $id: 'OutputItem', title: 'OutputItem' },
);

/**
 * The uniform part of a job-backed operation's `result`: the served document writes it into each
 * such operation's result, beside that provider's own fields (core/openapi.ts `jobResponse`).
 */
export const JobResult = Type.Object(
  {
    task_id: Type.String({ description: "The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route)" }),
    outputs: Type.Array(Type.Ref(OutputItemSchema), { description: 'The outputs kept by the gateway; empty until the job succeeds' }),
    status: Type.Optional(StringEnum(['queued', 'running'], { description: 'Only while the job is not finished' })),
    status_url: Type.Optional(Type.String({ format: 'uri', description: 'Only while the job is not finished' })),
  },
  { description: "The job's id and outputs; once it succeeded, the provider's own result fields beside them (as the reference documents them)." },
);
