// One OpenAI request → one job: the model (or alias) resolved to its targets, each target's
// translation checked against its reference operation's schema (defaults filled in) and
// prepared by that operation's job spec, then one job submitted to the engine with its routing.
import type { FastifyRequest } from 'fastify';
import { components } from '../contract/components.js';
import { HttpError } from '../core/errors.js';
import type { JobSpec, OperationSpec, ProviderModule } from '../core/operation.js';
import { RequestValidationError, validatorCompiler } from '../core/validation.js';
import { baseUrl, prepareContext } from '../assets/intake.js';
import { isProviderConfigured } from '../core/provider-settings.js';
import { InputRecorder } from '../jobs/inputs.js';
import { admitJob, circuitOpenError, submitWithinBudget, type JobAdmission } from '../jobs/http.js';
import type { JobOutputsInHand } from '../jobs/engine-types.js';
import { providers } from '../providers/index.js';
import type { JobRow } from '../storage/schema.js';
import { capabilitiesOf, MODELS_BY_ID, modelNamed, retiredModel, type Capability, type ModelEntry, type Translation } from './catalog.js';
import { badParam, modelNotFound, OpenAIError } from './errors.js';
import { targetOrder, type Alias, type PreparedTarget, type Routing } from './routing.js';

interface Operation {
  op: OperationSpec;
  spec: JobSpec<any, any, any>;
  provider: ProviderModule;
  validate: (data: unknown) => { value?: unknown; error?: unknown };
}

const compile = validatorCompiler(components);
const operations = new Map<string, Operation>(
  providers.flatMap((provider) =>
    provider.operations.flatMap((op) =>
      op.job && op.body ? [[op.path, { op, spec: op.job, provider, validate: compile({ schema: op.body, httpPart: 'body' } as never) as Operation['validate'] }] as const] : [],
    ),
  ),
);

declare module 'fastify' {
  interface FastifyInstance {
    /** Aliases of the models file (src/compat/routing.ts). */
    modelAliases: Map<string, Alias>;
  }
}

/** A target's OpenAI parameters (the caller's, with the target's overrides) → its translation. */
export type Translate<P> = (model: ModelEntry, params: Record<string, unknown>) => Translation & { parsed?: P };

/** The model or alias asked for, as the targets to try; 404 when unknown, 400 when it cannot do this. */
function resolve(request: FastifyRequest, model: unknown, capability: Capability) {
  if (typeof model !== 'string' || model.length === 0) throw badParam('model', 'model is required: one of GET /v1/models', 'missing');
  const alias = request.server.modelAliases.get(model);
  const entry = modelNamed(model);
  if (!alias && !entry) throw retiredModel(model) ?? modelNotFound(model);
  const capabilities = alias ? alias.capabilities : capabilitiesOf(entry!);
  if (!capabilities.includes(capability)) {
    throw badParam('model', `${model} does not serve ${capability}; it serves ${capabilities.join(', ')}`, 'model_not_supported');
  }
  return alias ? targetOrder(alias).map((t) => ({ entry: MODELS_BY_ID.get(t.model)!, params: t.params })) : [{ entry: entry!, params: {} }];
}

/** A refusal of the reference body or its preparation, named by the caller's parameter. */
function asParamError(error: unknown, translation: Translation, model: string): unknown {
  if (!(error instanceof RequestValidationError)) return error;
  const first = error.detail[0];
  const field = first.loc.slice(1).join('.');
  const param = translation.params?.[field] ?? translation.params?.[String(first.loc[1])] ?? field;
  return badParam(param, `${model}: ${first.msg}`, first.type);
}

async function prepareTarget(request: FastifyRequest, model: ModelEntry, translation: Translation, admission: JobAdmission): Promise<PreparedTarget> {
  const operation = operations.get(translation.path);
  if (!operation) throw new Error(`no job operation at ${translation.path}`);
  try {
    const checked = operation.validate(structuredClone(translation.body));
    if (checked.error) throw checked.error;
    const body = { ...(checked.value as Record<string, unknown>), ...translation.override };
    const inputs = new InputRecorder();
    const prepared = operation.spec.prepare ? await operation.spec.prepare(body, prepareContext(request, operation.provider.name, inputs, admission)) : body;
    const jobRequest = translation.jobRequest ? { ...(prepared as Record<string, unknown>), ...translation.jobRequest } : prepared;
    return { model: model.id, provider: operation.provider.name, operation: operation.spec.key, request: jobRequest, inputs: inputs.record(body) };
  } catch (error) {
    throw asParamError(error, translation, model.id);
  }
}

/** The accepted job; with a wait, `outcome` ends it (see answers.ts). */
export interface CompatJob {
  job: JobRow;
  routing: Routing;
  outcome?: Promise<JobOutputsInHand | undefined>;
}

/**
 * Accepts an OpenAI request as a job. Targets whose provider is not configured or whose circuit
 * is open are skipped (and recorded); with none left, 503. `wait`: the caller waits for the job's
 * outputs in hand (answered from the bytes) or stored.
 */
export async function submitCompat(
  request: FastifyRequest,
  capability: Capability,
  rawParams: Record<string, unknown>,
  translate: (model: ModelEntry, params: Record<string, unknown>) => Translation,
  wait?: 'outputs' | 'stored',
): Promise<CompatJob> {
  const modelName = rawParams.model as string;
  const targets = resolve(request, rawParams.model, capability);
  return admitJob(request, (admission) => submitTargets(request, modelName, targets, rawParams, translate, admission, wait));
}

async function submitTargets(
  request: FastifyRequest,
  modelName: string,
  targets: ReturnType<typeof resolve>,
  rawParams: Record<string, unknown>,
  translate: (model: ModelEntry, params: Record<string, unknown>) => Translation,
  admission: JobAdmission,
  wait: 'outputs' | 'stored' | undefined,
): Promise<CompatJob> {
  const webhookUrl = await request.server.webhookUrl(request);
  const skipped: Routing['skipped'] = [];
  const prepared: PreparedTarget[] = [];
  let unavailable: HttpError | undefined;
  for (const { entry, params } of targets) {
    const provider = providers.find((p) => p.name === entry.provider)!;
    const paused = circuitOpenError(request, provider.name);
    const down = !isProviderConfigured(provider, request.server.config)
      ? new HttpError(503, `${provider.title} is not configured on this gateway: set ${provider.credentials}`)
      : paused;
    if (down) {
      skipped.push({ model: entry.id, reason: down.message });
      unavailable ??= down;
      continue;
    }
    const translation = translate(entry, { ...rawParams, ...params });
    const target = await prepareTarget(request, entry, translation, admission);
    prepared.push(translation.reports ? { ...target, reports: translation.reports } : target);
  }
  if (prepared.length === 0) {
    throw new OpenAIError(503, skipped.map((s) => `${s.model}: ${s.reason}`).join('; '), null, 'model_unavailable', unavailable?.headers);
  }
  const routing: Routing = { model: modelName, targets: prepared, active: 0, skipped };
  const first = prepared[0];
  const { job, outcome } = await submitWithinBudget(
    request,
    {
      owner: request.owner,
      provider: first.provider,
      operation: first.operation,
      request: first.request,
      webhookUrl,
      baseUrl: baseUrl(request),
      routing,
      inputs: first.inputs,
      limit: admission.limit(),
      alongside: admission.alongside(),
    },
    wait && { timeoutMs: request.server.config.syncWaitMs, inHand: wait === 'outputs' },
  );
  return { job, routing, outcome };
}
