// Model aliases and fallbacks. A models file (VISION_STUDIO_MODELS_FILE, YAML) names aliases,
// each an ordered list of targets (a model id and parameter overrides, optionally a weight):
//
//   aliases:
//     house-image:
//       description: Our default image model
//       targets:
//         - model: openai/gpt-image-2
//           params: { quality: high }
//         - model: bria/image-base-3.2
//
// A job made through an alias is prepared for every target when it is accepted (so a request
// one target cannot honour is a 400 at once) and starts on the first one whose circuit is
// closed. When a step fails with 429, 5xx, a timeout or an open circuit, the engine moves the
// job to the next target (`failover`), never on a 4xx about the request. With weights, each
// job's order is a weighted random draw (load balancing), the rest staying as fallbacks. The
// job's `routing` column records the targets, the one serving and why the others were skipped.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ConfigError } from '../config.js';
import { UpstreamError } from '../core/upstream-error.js';
import type { JobPatch, JobRow } from '../storage/schema.js';
import type { JobInputRecord } from '../jobs/inputs.js';
import { capabilitiesOf, MODELS_BY_ID, retiredModel, type Capability } from './catalog.js';

export interface AliasTarget {
  model: string;
  params: Record<string, unknown>;
  weight?: number;
}

export interface Alias {
  id: string;
  description?: string;
  targets: AliasTarget[];
  /** What every target can do. */
  capabilities: Capability[];
}

/** A target as the job keeps it: everything needed to run it without the caller. */
export interface PreparedTarget {
  model: string;
  provider: string;
  operation: string;
  request: unknown;
  /** The OpenAI-side facts the answer reports (a video's seconds and size). */
  reports?: { seconds?: number; size?: string };
  /** Its input assets by the field of its operation's body (the job's record shows the active target's). */
  inputs?: JobInputRecord;
}

/** The `routing` column of a job made through /v1. */
export interface Routing {
  /** The model (or alias) the caller asked for. */
  model: string;
  targets: PreparedTarget[];
  /** Index of the target serving the job. */
  active: number;
  skipped: { model: string; reason: string }[];
}

/** A mistake in the models file: the start stops with its message (like any configuration error). */
export class ModelsFileError extends ConfigError {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads and checks the models file; any mistake stops the start with a message naming it. */
export function loadAliases(file: string | undefined): Map<string, Alias> {
  const aliases = new Map<string, Alias>();
  if (!file) return aliases;
  let document: unknown;
  try {
    document = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ModelsFileError(`VISION_STUDIO_MODELS_FILE ${file}: ${(error as Error).message}`);
  }
  const fail = (where: string, message: string): never => {
    throw new ModelsFileError(`VISION_STUDIO_MODELS_FILE ${file}: ${where}: ${message}`);
  };
  if (!isObject(document) || !isObject(document.aliases)) fail('/', 'expected a mapping with an `aliases` mapping');
  for (const [id, value] of Object.entries((document as { aliases: Record<string, unknown> }).aliases)) {
    const where = `aliases.${id}`;
    if (!/^[\w.\-/:]{1,100}$/.test(id)) fail(where, 'alias names are 1-100 letters, digits, and . - _ / :');
    if (MODELS_BY_ID.has(id)) fail(where, 'an alias cannot take the name of a model');
    if (!isObject(value) || !Array.isArray(value.targets) || value.targets.length === 0) fail(where, 'expected `targets`: a non-empty list');
    const spec = value as { description?: unknown; targets: unknown[] };
    const targets = spec.targets.map((target, i): AliasTarget => {
      const at = `${where}.targets[${i}]`;
      if (!isObject(target) || typeof target.model !== 'string') return fail(at, 'expected `model: <provider>/<model>`');
      const model =
        MODELS_BY_ID.get(target.model as string) ??
        fail(at, retiredModel(target.model as string)?.message ?? `unknown model ${JSON.stringify(target.model)} (GET /v1/models lists them)`);
      if (target.params !== undefined && !isObject(target.params)) fail(`${at}.params`, 'expected a mapping of OpenAI parameters');
      if (target.weight !== undefined && !(typeof target.weight === 'number' && target.weight > 0)) fail(`${at}.weight`, 'expected a positive number');
      return { model: model.id, params: (target.params as Record<string, unknown>) ?? {}, ...(target.weight !== undefined ? { weight: target.weight as number } : {}) };
    });
    const capabilities = capabilitiesOf(MODELS_BY_ID.get(targets[0].model)!).filter((c) => targets.every((t) => capabilitiesOf(MODELS_BY_ID.get(t.model)!).includes(c)));
    if (capabilities.length === 0) fail(where, 'its targets have no capability in common');
    aliases.set(id, { id, targets, capabilities, ...(typeof spec.description === 'string' ? { description: spec.description } : {}) });
  }
  return aliases;
}

/** The order to try an alias's targets in: as written, or a weighted random draw when weights are given. */
export function targetOrder(alias: Alias, random: () => number = Math.random): AliasTarget[] {
  if (!alias.targets.some((t) => t.weight !== undefined)) return alias.targets;
  const left = [...alias.targets];
  const order: AliasTarget[] = [];
  while (left.length > 0) {
    const total = left.reduce((sum, t) => sum + (t.weight ?? 1), 0);
    let draw = random() * total;
    const index = left.findIndex((t) => (draw -= t.weight ?? 1) < 0);
    order.push(...left.splice(index === -1 ? left.length - 1 : index, 1));
  }
  return order;
}

/** Failures that are the target's, not the request's: worth another target. */
export function failoverReason(error: unknown): string | undefined {
  if (!(error instanceof UpstreamError)) return undefined;
  if (error.status === 429 || error.code === 'rate_limited') return `rate limited (429): ${error.message}`;
  if (error.code === 'circuit_open' || error.code === 'bulkhead_full') return `circuit open: ${error.message}`;
  if (error.code === 'timeout' || error.code === 'network_error') return `${error.code}: ${error.message}`;
  if (error.status !== undefined && error.status >= 500) return `upstream ${error.status}: ${error.message}`;
  return undefined;
}

/** The engine's failover hook: a job with a target left moves to it; any other job is left alone. */
export function failover(job: JobRow, error: unknown): JobPatch | undefined {
  if (!job.routing) return undefined;
  const routing = JSON.parse(job.routing) as Routing;
  const next = routing.targets[routing.active + 1];
  const reason = failoverReason(error);
  if (!next || !reason) return undefined;
  const skipped = [...routing.skipped, { model: routing.targets[routing.active].model, reason: reason.slice(0, 300) }];
  return {
    provider: next.provider,
    operation: next.operation,
    request: JSON.stringify(next.request),
    inputs: next.inputs === undefined ? null : JSON.stringify(next.inputs),
    routing: JSON.stringify({ ...routing, active: routing.active + 1, skipped }),
    upstream_id: null,
    upstream_status: null,
    progress: null,
    attempts: 0,
    polls: 0,
    error: null,
  };
}

/** What the job view shows of a /v1 job's routing. */
export function routingView(job: JobRow) {
  if (!job.routing) return null;
  const routing = JSON.parse(job.routing) as Routing;
  return { model: routing.model, served_by: routing.targets[routing.active]?.model ?? null, skipped: routing.skipped };
}
