// What one API operation is: its place in the contract (method, path, schemas, docs) and,
// once its provider adapter exists, how it is carried out.
import type { TObject, TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface OperationSpec {
  method: HttpMethod;
  /** OpenAPI form, e.g. `/api/v1/bria/status/{task_id}`. */
  path: string;
  tags: string[];
  summary: string;
  description: string;
  params?: TObject;
  query?: TObject;
  /** `application/json` request body. */
  body?: TSchema;
  /** `multipart/form-data` request body (documented here; parts are checked by the handler). */
  multipart?: TObject;
  /** Schema of the 200 response. */
  response: TSchema;
  /** Served without an API key (only /health). */
  public?: boolean;
  /** Carries the operation out; absent until the provider adapter exists (then: 503). */
  handle?: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

export type ProviderName = 'bria' | 'bria-lora' | 'google' | 'openai' | 'firefly' | 'runway' | 'llm';

export interface ProviderModule {
  name: ProviderName;
  /** Human name used in messages. */
  title: string;
  /** Environment variables that configure it, named in the 503 answer when missing. */
  credentials: string;
  isConfigured(config: Config): boolean;
  operations: OperationSpec[];
}
