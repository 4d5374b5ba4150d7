// The served OpenAPI 3.1 document, built from the same operation list that registers the
// routes, so the document, the validators and the handlers cannot drift apart.
import type { TSchema } from '@sinclair/typebox';
import { HTTPError, HTTPValidationError, JobResult, ProviderError, ValidationError } from '../contract/envelope.js';
import { resultSchemas } from '../contract/results.js';
import { makeExamplesWork } from '../contract/examples.js';
import type { OperationSpec } from './operation.js';

export type OpenApiDocument = {
  openapi: string;
  info: Record<string, unknown>;
  servers: { url: string; description: string }[];
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  tags: { name: string; description: string }[];
};

// Tag order and descriptions as in the reference.
const TAGS: { name: string; description: string }[] = [
  { name: 'Health', description: 'Health check endpoints' },
  { name: 'Status', description: 'Status check endpoints' },
  { name: 'Upload', description: 'Upload endpoints' },
  { name: 'Prompt Enhancement', description: 'Prompt generation and enhancement services' },
  { name: 'Media Captioning', description: 'Image and video captioning services' },
  { name: 'Image Editing', description: 'Basic image editing operations' },
  { name: 'Image Generation', description: 'Image generation services' },
  { name: 'Image Editing Generation', description: 'Advanced image editing with AI generation' },
  { name: 'Video Editing', description: 'Basic video editing operations' },
  { name: 'Video Generation', description: 'Video generation services' },
  { name: 'Video Editing Generation', description: 'Advanced video editing with AI generation' },
  { name: 'LoRA Project Management', description: 'LoRA project management services' },
  { name: 'LoRA Training', description: 'LoRA training services' },
  { name: 'Audio Generation', description: 'Audio generation services' },
  // The gateway's own, beyond the reference:
  { name: 'Jobs', description: "Every provider's jobs in one place: state, result, cancel" },
  { name: 'Assets', description: 'Outputs (and inputs) kept by the gateway' },
  { name: 'Webhooks', description: 'Signed notifications of finished jobs' },
];

const COMPONENT_PREFIX = '#/components/schemas/';

/** Plain JSON of a TypeBox schema, with `$ref: "Name"` pointed at `#/components/schemas/Name`. */
export function toDocumentSchema(schema: TSchema): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema), (key, value) => (key === '$ref' && typeof value === 'string' && !value.startsWith('#') ? COMPONENT_PREFIX + value : value));
}

const json = (schema: unknown) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `${COMPONENT_PREFIX}${name}` });

const errorResponse = (description: string, schema: unknown = ref('HTTPError'), headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: json(schema),
});

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } } };

/** Gateway headers beyond the reference, on the operations they apply to. */
const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; ' + 'the same key with a different request is 409.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};
const WEBHOOK_URL = {
  name: 'X-Webhook-Url',
  in: 'header',
  required: false,
  description: 'Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends.',
  schema: { type: 'string', format: 'uri', maxLength: 2048 },
};

/** One operation as the document describes it, with the provider that serves it (if any). */
export interface DocumentedOperation {
  op: OperationSpec;
  provider?: { name: string };
}

const takesIdempotencyKey = (op: OperationSpec) => op.method === 'POST' && (op.auth ?? 'api-key') !== 'none';

function parameters(op: OperationSpec): unknown[] {
  const list: unknown[] = [];
  if (takesIdempotencyKey(op)) list.push(IDEMPOTENCY_KEY);
  if (op.job) list.push(WEBHOOK_URL);
  for (const [where, schema] of [
    ['query', op.query],
    ['path', op.params],
  ] as const) {
    if (!schema) continue;
    const required = new Set(schema.required ?? []);
    for (const [name, property] of Object.entries(schema.properties)) {
      list.push({ name, in: where, required: where === 'path' || required.has(name), schema: toDocumentSchema(property) });
    }
  }
  return list;
}

const words = (text: string): string[] => text.match(/[A-Za-z0-9]+/g) ?? [];
const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A stable camelCase id per operation: its provider, then its summary (`briaRemoveBackground`,
 * `fireflyCancelJob`); a summary that already starts with the provider's name does not repeat it.
 */
export function operationId({ op, provider }: DocumentedOperation): string {
  const prefix = provider && provider.name !== 'llm' ? words(provider.name) : [];
  let summary = words(op.summary);
  if (prefix.length > 0 && summary[0]?.toLowerCase() === prefix[0].toLowerCase()) summary = summary.slice(1);
  const [first, ...rest] = [...prefix, ...summary];
  return first.toLowerCase() + rest.map(capitalized).join('');
}

/**
 * The 200 body of a job-backed operation: one closed object, the uniform part (`task_id`,
 * `outputs`, and while the job runs, `status` and `status_url`) beside the provider's own fields
 * (contract/results.ts: present once the job succeeded). A provider list also named `outputs`
 * (Firefly's) is the uniform list, each item with the provider's fields too.
 */
function jobResponse(op: OperationSpec): unknown {
  const key = op.job!.key;
  const provider = resultSchemas[key];
  if (!provider) throw new Error(`job ${key} has no result schema: add it to src/contract/results.ts`);
  const uniform = toDocumentSchema(JobResult) as { properties: Record<string, Record<string, unknown>> };
  const own = toDocumentSchema(provider) as { properties: Record<string, Record<string, unknown>>; description?: string };
  const properties = { ...uniform.properties, ...own.properties };
  if (own.properties.outputs) {
    const items = (own.properties.outputs as { items: unknown }).items;
    properties.outputs = { ...uniform.properties.outputs, items: { allOf: [ref('OutputItem'), items] } };
  }
  const result = {
    type: 'object',
    description: `${own.description ?? "The provider's result"}, once the job succeeded, beside the job's id and outputs.`,
    properties,
    required: ['task_id', 'outputs'],
    additionalProperties: false,
  };
  return {
    type: 'object',
    properties: { status: { type: 'string', enum: ['success'] }, result },
    required: ['status', 'result'],
  };
}

/** The statuses an operation really answers, besides 200 (and 400/405/408/414 for malformed HTTP). */
function errorResponses(op: OperationSpec, provider: string | undefined): Record<string, unknown> {
  const auth = op.auth ?? 'api-key';
  const responses: Record<string, unknown> = {};
  const reachesUpstream = provider !== undefined && !op.withoutCredentials;
  if (auth !== 'none') {
    responses['401'] = errorResponse(auth === 'api-key' ? 'Missing or invalid API key' : 'Missing or invalid API key, or an invalid or expired signed link');
  }
  if (op.params) responses['404'] = errorResponse("No such resource for this key (another key's is not found either)");
  if (takesIdempotencyKey(op) || op.job) {
    responses['409'] = errorResponse(
      op.job
        ? 'The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited'
        : 'The Idempotency-Key was used with another request or is still in flight',
    );
  }
  if (op.body || op.multipart || op.rawMediaBody) responses['413'] = errorResponse('The body is larger than VISION_STUDIO_BODY_LIMIT');
  if (op.body || op.multipart || op.rawMediaBody || op.params || op.query) {
    responses['422'] = {
      description: reachesUpstream
        ? 'The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image)'
        : 'The request does not match the contract',
      content: json(reachesUpstream ? { oneOf: [ref('HTTPValidationError'), ref('ProviderError')] } : ref('HTTPValidationError')),
    };
  }
  responses['429'] = errorResponse(
    reachesUpstream
      ? 'Rate limit of this key or of the provider, or too many jobs in progress for this key'
      : auth === 'none'
        ? 'Rate limit of this client address'
        : 'Rate limit of this key',
    ref('HTTPError'),
    RETRY_AFTER,
  );
  if (reachesUpstream) {
    responses['502'] = errorResponse("The provider failed, or refused the gateway's credentials", ref('ProviderError'));
    responses['503'] = errorResponse('The provider is not configured, or the gateway paused calls to it (circuit open)', ref('HTTPError'), RETRY_AFTER);
    responses['504'] = errorResponse('The provider gave no result in time', ref('ProviderError'));
  }
  return responses;
}

function operationObject(documented: DocumentedOperation): Record<string, unknown> {
  const { op } = documented;
  const object: Record<string, unknown> = { tags: op.tags, summary: op.summary, description: op.description, operationId: operationId(documented) };
  const auth = op.auth ?? 'api-key';
  if (auth === 'api-key') object.security = [{ APIKeyHeader: [] }];
  if (auth === 'api-key-or-signature') object.security = [{ APIKeyHeader: [] }, {}];
  if (auth === 'none') object.security = [];
  const params = parameters(op);
  if (params.length > 0) object.parameters = params;
  if (op.body) {
    object.requestBody = { required: true, content: { 'application/json': { schema: toDocumentSchema(op.body), ...(op.example ? { example: op.example } : {}) } } };
  }
  if (op.multipart) {
    object.requestBody = { required: true, content: { 'multipart/form-data': { schema: toDocumentSchema(op.multipart) } } };
  }
  if (op.rawMediaBody) {
    const binary = { schema: { type: 'string', format: 'binary' } };
    const content = (object.requestBody as { content: Record<string, unknown> } | undefined)?.content ?? {};
    object.requestBody = { required: true, content: { ...content, 'image/*': binary, 'video/*': binary, 'audio/*': binary } };
  }
  if (op.textLimits) object['x-gateway-limits'] = { max_characters: op.textLimits };
  // The `operation` its jobs record (GET /api/v1/jobs/{id}): how a job finds its form again.
  if (op.job) object['x-job-operation'] = op.job.key;
  const schema = op.job ? jobResponse(op) : toDocumentSchema(op.response);
  const ok = op.responseContentType ? Object.fromEntries([op.responseContentType].flat().map((type) => [type, { schema }])) : json(schema);
  object.responses = { '200': { description: 'OK', content: ok }, ...errorResponses(op, documented.provider?.name) };
  return object;
}

export function buildOpenApiDocument(
  operations: DocumentedOperation[],
  components: TSchema[],
  info: { title: string; version: string; description: string; license?: { name: string; identifier: string } },
): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  const ids = new Set<string>();
  for (const documented of operations) {
    const object = operationObject(documented);
    if (ids.has(object.operationId as string)) throw new Error(`two operations would share the operationId ${object.operationId}`);
    ids.add(object.operationId as string);
    (paths[documented.op.path] ??= {})[documented.op.method.toLowerCase()] = object;
  }
  const schemas: Record<string, unknown> = {};
  for (const schema of [...components, ValidationError, HTTPValidationError, HTTPError, ProviderError]) {
    const { $id, ...rest } = toDocumentSchema(schema);
    schemas[$id as string] = rest;
  }
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info,
    // Relative: the gateway that serves the document (and "Try it out" on its docs page).
    servers: [{ url: '/', description: 'This gateway' }],
    paths,
    components: {
      schemas,
      securitySchemes: { APIKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
    },
    tags: TAGS,
  };
  makeExamplesWork(document);
  return document;
}
