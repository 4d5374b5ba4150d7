// The served OpenAPI 3.1 document, built from the same operation list that registers the
// routes, so the document, the validators and the handlers cannot drift apart.
import type { TSchema } from '@sinclair/typebox';
import { HTTPError, HTTPValidationError, ValidationError } from '../contract/envelope.js';
import type { OperationSpec } from './operation.js';

export type OpenApiDocument = {
  openapi: string;
  info: Record<string, unknown>;
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
  { name: 'Jobs', description: 'Every provider\'s jobs in one place: state, result, cancel' },
  { name: 'Assets', description: 'Outputs (and inputs) kept by the gateway' },
  { name: 'Webhooks', description: 'Signed notifications of finished jobs' },
];

const COMPONENT_PREFIX = '#/components/schemas/';

/** Plain JSON of a TypeBox schema, with `$ref: "Name"` pointed at `#/components/schemas/Name`. */
export function toDocumentSchema(schema: TSchema): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === '$ref' && typeof value === 'string' && !value.startsWith('#') ? COMPONENT_PREFIX + value : value,
  );
}

const json = (schema: unknown) => ({ 'application/json': { schema } });

const errorResponse = (description: string) => ({
  description,
  content: json({ $ref: `${COMPONENT_PREFIX}HTTPError` }),
});

/** Gateway headers beyond the reference, on the operations they apply to. */
const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; ' +
    'the same key with a different request is 409.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};
const WEBHOOK_URL = {
  name: 'X-Webhook-Url',
  in: 'header',
  required: false,
  description:
    'Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends.',
  schema: { type: 'string', format: 'uri', maxLength: 2048 },
};

function parameters(op: OperationSpec): unknown[] {
  const list: unknown[] = [];
  if (op.method === 'POST' && (op.auth ?? 'api-key') !== 'none') list.push(IDEMPOTENCY_KEY);
  if (op.job) list.push(WEBHOOK_URL);
  for (const [where, schema] of [['query', op.query], ['path', op.params]] as const) {
    if (!schema) continue;
    const required = new Set(schema.required ?? []);
    for (const [name, property] of Object.entries(schema.properties)) {
      list.push({ name, in: where, required: where === 'path' || required.has(name), schema: toDocumentSchema(property) });
    }
  }
  return list;
}

function operationObject(op: OperationSpec): Record<string, unknown> {
  const object: Record<string, unknown> = { tags: op.tags, summary: op.summary, description: op.description };
  const auth = op.auth ?? 'api-key';
  if (auth === 'api-key') object.security = [{ APIKeyHeader: [] }];
  if (auth === 'api-key-or-signature') object.security = [{ APIKeyHeader: [] }, {}];
  const params = parameters(op);
  if (params.length > 0) object.parameters = params;
  if (op.body) object.requestBody = { required: true, content: json(toDocumentSchema(op.body)) };
  if (op.multipart) {
    object.requestBody = { required: true, content: { 'multipart/form-data': { schema: toDocumentSchema(op.multipart) } } };
  }
  if (op.rawMediaBody) {
    const binary = { schema: { type: 'string', format: 'binary' } };
    const content = (object.requestBody as { content: Record<string, unknown> } | undefined)?.content ?? {};
    object.requestBody = { required: true, content: { ...content, 'image/*': binary, 'video/*': binary, 'audio/*': binary } };
  }
  if (op.textLimits) object['x-gateway-limits'] = { max_characters: op.textLimits };
  const ok = op.responseContentType
    ? { [op.responseContentType]: { schema: toDocumentSchema(op.response) } }
    : json(toDocumentSchema(op.response));
  const responses: Record<string, unknown> = { '200': { description: 'OK', content: ok } };
  if (auth !== 'none') {
    responses['401'] = errorResponse('Missing or invalid API key');
    responses['422'] = { description: 'Unprocessable Content', content: json({ $ref: `${COMPONENT_PREFIX}HTTPValidationError` }) };
    responses['503'] = errorResponse('The provider is not configured, or its circuit is open');
  }
  object.responses = responses;
  return object;
}

export function buildOpenApiDocument(
  operations: OperationSpec[],
  components: TSchema[],
  info: { title: string; version: string; description: string },
): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const op of operations) {
    (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op);
  }
  const schemas: Record<string, unknown> = {};
  for (const schema of [...components, ValidationError, HTTPValidationError, HTTPError]) {
    const { $id, ...rest } = toDocumentSchema(schema);
    schemas[$id as string] = rest;
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      schemas,
      securitySchemes: { APIKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
    },
    tags: TAGS,
  };
}
