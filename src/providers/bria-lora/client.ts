// BRIA's tailored-generation (LoRA) wire protocol, on top of BriaClient (auth header `api_token`,
// error mapping to UpstreamError). Sources:
//   - docs.bria.ai/tailored-generation/training-endpoints/*.md (the v1 training API with
//     `training_version` light|max and `caption_prefix`), docs.bria.ai/tailored-generation/model.md
//     and the Tailored Generation OpenAPI bundle (docs.bria.ai/_bundle/tailored-generation.json,
//     mirrored in api-evangelist/bria openapi/_original/bria-tailored-generation-openapi-original.yml):
//     every training route is served from https://engine.prod.bria-api.com/v1 under /tailored-gen.
//   - Bria-AI/ComfyUI-BRIA-API nodes/tailored_gen_node.py: POST /v1/text-to-image/tailored/{model_id}
//     answers synchronously `{"result":[{"urls":[u], ...}]}`; nodes/tailored_model_info_node.py reads
//     `generation_prefix` and `training_version` from GET /v1/tailored-gen/models/{id}.
//   - docs.bria.ai/tailored-generation/generation-endpoints/text-to-vector-tailored.md: POST
//     /text-to-vector/tailored/{model_id}, same request fields and answer as text-to-image.
// Every upstream object is checked at the boundary: it must be an object with an integer `id`
// (lists: arrays of those); other fields are passed on as BRIA sends them.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { checkedAnswer } from '../../core/upstream-error.js';
import type { ConfigSection, ProviderSettings } from '../../core/provider-settings.js';
import { BriaClient, PROVIDER, type BriaConfig } from '../bria/client.js';

const TAILORED = '/v1/tailored-gen';

/** What BRIA LoRA's operations read of the configuration (`ctx.settings`): BRIA's section, and the polling values of regenerateCaptions. */
export type BriaLoraSettings = ProviderSettings<'bria-lora'>;

/** Any BRIA tailored-generation resource: an object with an integer id (more fields pass through). */
export const TailoredObject = Type.Object({ id: Type.Integer() }, { additionalProperties: true });
export type TailoredObject = Static<typeof TailoredObject> & Record<string, unknown>;
const TailoredList = Type.Array(TailoredObject);

/** Model status words (docs.bria.ai update-model.md / get-model: Created|InProgress|Completed|Failed|Stopping|Stopped). */
export const MODEL_STATUSES = ['Created', 'InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'] as const;

/**
 * A v1 tailored generation answer (sync): `{"result":[{"urls":[u], "seed"?, "uuid"?}]}`. With
 * content moderation on, BRIA "filters out unsafe generated images" (docs.bria.ai
 * text-to-vector-tailored): such an entry carries no `urls`. Entries are read one by one
 * (bria/v1.ts readGenerated), so one blocked image does not fail the others.
 */
export const TailoredGeneration = Type.Object({ result: Type.Array(Type.Unknown(), { minItems: 1 }) });
export type TailoredGeneration = Static<typeof TailoredGeneration>;

const checked = <T extends TSchema>(schema: T, body: unknown, what: string): Static<T> => checkedAnswer(schema, body, { provider: PROVIDER, upstream: 'BRIA', what });

/**
 * BRIA's documented convention for optional fields (Bria-AI/bria-client
 * contract/fixtures/payload-null-stripping.json): top-level null/undefined keys are not sent.
 */
export function withoutNulls(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null && v !== undefined));
}

const seg = (id: number | string) => encodeURIComponent(String(id));

export class TailoredClient {
  constructor(private readonly bria: BriaClient) {}

  static fromSettings(bria: ConfigSection<'bria'>, guard?: BriaConfig['guard']): TailoredClient {
    return new TailoredClient(BriaClient.fromSettings(bria, guard));
  }

  private async one(method: 'GET' | 'POST' | 'PUT', path: string, body: unknown, what: string, signal?: AbortSignal): Promise<TailoredObject> {
    const answer = await this.bria.call(method, `${TAILORED}${path}`, body, method === 'GET', signal);
    return checked(TailoredObject, answer.body, what) as TailoredObject;
  }

  private async list(path: string, what: string): Promise<TailoredObject[]> {
    const answer = await this.bria.call('GET', `${TAILORED}${path}`, undefined, true);
    return checked(TailoredList, answer.body, what) as TailoredObject[];
  }

  private async remove(path: string): Promise<void> {
    // 204 No Content (docs: delete-project, delete-dataset, delete-image, delete-model).
    await this.bria.call('DELETE', `${TAILORED}${path}`, undefined, false);
  }

  // Projects — GET|POST /projects, GET|PUT|DELETE /projects/{id}
  listProjects = () => this.list('/projects', 'the project list');
  createProject = (body: Record<string, unknown>) => this.one('POST', '/projects', body, 'the new project');
  getProject = (id: number) => this.one('GET', `/projects/${seg(id)}`, undefined, 'the project');
  updateProject = (id: number, body: Record<string, unknown>) => this.one('PUT', `/projects/${seg(id)}`, body, 'the updated project');
  deleteProject = (id: number) => this.remove(`/projects/${seg(id)}`);

  // Datasets — GET|POST /datasets, GET|PUT|DELETE /datasets/{id}, GET /projects/{id}/datasets
  listDatasets = () => this.list('/datasets', 'the dataset list');
  createDataset = (body: Record<string, unknown>) => this.one('POST', '/datasets', body, 'the new dataset');
  getDataset = (id: number, signal?: AbortSignal) => this.one('GET', `/datasets/${seg(id)}`, undefined, 'the dataset', signal);
  updateDataset = (id: number, body: Record<string, unknown>) => this.one('PUT', `/datasets/${seg(id)}`, body, 'the updated dataset');
  deleteDataset = (id: number) => this.remove(`/datasets/${seg(id)}`);
  /** `include_models` / `include_models_ids` are BRIA's own query flags (sent only when true). */
  projectDatasets(id: number, flags: { include_models?: boolean; include_models_ids?: boolean }) {
    const query = new URLSearchParams();
    if (flags.include_models) query.set('include_models', 'true');
    if (flags.include_models_ids) query.set('include_models_ids', 'true');
    const qs = query.toString() ? `?${query}` : '';
    return this.list(`/projects/${seg(id)}/datasets${qs}`, "the project's datasets");
  }

  // Dataset images — POST|GET /datasets/{id}/images, GET|PUT|DELETE /datasets/{id}/images/{image_id}
  uploadImage = (datasetId: number, body: Record<string, unknown>) => this.one('POST', `/datasets/${seg(datasetId)}/images`, body, 'the uploaded image');
  listImages = (datasetId: number) => this.list(`/datasets/${seg(datasetId)}/images`, 'the image list');
  getImage = (datasetId: number, imageId: number) => this.one('GET', `/datasets/${seg(datasetId)}/images/${seg(imageId)}`, undefined, 'the image');
  deleteImage = (datasetId: number, imageId: number) => this.remove(`/datasets/${seg(datasetId)}/images/${seg(imageId)}`);
  /** One image: `{caption}` (→ caption_source manual) XOR `{regenerate_caption: true}` (→ automatic). */
  updateCaption = (datasetId: number, imageId: number, body: Record<string, unknown>) =>
    this.one('PUT', `/datasets/${seg(datasetId)}/images/${seg(imageId)}`, body, 'the captioned image');
  /**
   * All images: PUT /datasets/{id}/images answers 202 with the dataset (captions_update_status
   * in_progress); the caller then polls GET /datasets/{id} until it is `completed`.
   */
  async regenerateCaptions(datasetId: number): Promise<unknown> {
    return (await this.bria.call('PUT', `${TAILORED}/datasets/${seg(datasetId)}/images`, undefined, false)).body;
  }

  // Models — GET|POST /models, GET|PUT|DELETE /models/{id}, GET /projects/{id}/models
  listModels = () => this.list('/models', 'the model list');
  createModel = (body: Record<string, unknown>) => this.one('POST', '/models', body, 'the new model');
  getModel = (id: number, signal?: AbortSignal) => this.one('GET', `/models/${seg(id)}`, undefined, 'the model', signal);
  updateModel = (id: number, body: Record<string, unknown>) => this.one('PUT', `/models/${seg(id)}`, body, 'the updated model');
  deleteModel = (id: number) => this.remove(`/models/${seg(id)}`);
  projectModels = (id: number) => this.list(`/projects/${seg(id)}/models`, "the project's models");

  // Training — POST /models/{id}/start_training | stop_training
  /** Answers the model (status InProgress). The body carries expert-mode parameters only: none here. */
  startTraining = (id: number) => this.one('POST', `/models/${seg(id)}/start_training`, {}, 'the training start');
  /** Answers 200; the docs give no body schema, so the body is returned as it is (maybe empty). */
  async stopTraining(id: number): Promise<unknown> {
    return (await this.bria.call('POST', `${TAILORED}/models/${seg(id)}/stop_training`, {}, false)).body;
  }

  // Generation (v1, synchronous with `sync: true`) — never resent: BRIA has no idempotency key.
  async generate(kind: 'image' | 'vector', modelId: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<TailoredGeneration> {
    const path = kind === 'image' ? '/v1/text-to-image/tailored/' : '/v1/text-to-vector/tailored/';
    const answer = await this.bria.call('POST', `${path}${seg(modelId)}`, body, false, signal);
    return checked(TailoredGeneration, answer.body, 'the generation');
  }
}
