// Ownership of BRIA tailored-generation resources. BRIA's projects, datasets, images and models
// belong to the whole BRIA account behind BRIA_API_TOKEN; the gateway adds ownership per API key
// on top: it records who created each resource through it (the resource registry,
// core/resources.ts), lists only the caller's resources and answers 404 for anyone else's id —
// the same answer as for an id that does not exist, so other keys' ids cannot be probed.
import { HttpError } from '../../core/errors.js';
import type { ResourceRegistry } from '../../core/resources.js';

export type ResourceKind = 'project' | 'dataset' | 'image' | 'model';

const NOUN: Record<ResourceKind, string> = { project: 'Project', dataset: 'Dataset', image: 'Image', model: 'Model' };

/**
 * What each kind is recorded under: what BRIA deletes it with (a project takes its datasets and
 * models, a dataset its images), so forgetting the one forgets the others.
 */
const PARENT: Record<ResourceKind, ResourceKind | undefined> = { project: undefined, dataset: 'project', image: 'dataset', model: 'project' };

export const notFound = (kind: ResourceKind) => new HttpError(404, `${NOUN[kind]} not found`);

/** BRIA ids are positive integers; anything else cannot be one of the caller's resources. */
export function parseId(kind: ResourceKind, value: unknown): number {
  const text = String(value ?? '').trim();
  if (!/^[1-9]\d{0,15}$/.test(text)) throw notFound(kind);
  return Number(text);
}

export interface OwnedResource {
  id: number;
  /** The id of what it belongs to (see PARENT): a dataset's project, an image's dataset, a model's project. */
  parentId: number | null;
}

export class Ownership {
  constructor(private readonly resources: ResourceRegistry) {}

  /** The caller's resource of this kind and id, or 404. */
  async require(kind: ResourceKind, value: unknown): Promise<OwnedResource> {
    const id = parseId(kind, value);
    const found = await this.resources.find(kind, String(id));
    if (!found) throw notFound(kind);
    return { id, parentId: found.parent ? Number(found.parent.id) : null };
  }

  /** An image of the caller's, inside the given dataset, or 404. */
  async requireImage(datasetId: number, value: unknown): Promise<number> {
    const image = await this.require('image', value);
    if (image.parentId !== datasetId) throw notFound('image');
    return image.id;
  }

  /** Ids of the caller's resources of one kind (to filter BRIA's account-wide lists). */
  async ids(kind: ResourceKind): Promise<Set<string>> {
    return new Set((await this.resources.list(kind)).map((r) => r.id));
  }

  /** Records a resource BRIA just created for the caller, under what it belongs to (a model also notes its dataset). */
  async record(kind: ResourceKind, id: number, parentId: number | null = null, meta?: { dataset_id: number }): Promise<void> {
    const parentKind = PARENT[kind];
    const parent = parentKind && parentId !== null ? { kind: parentKind, id: String(parentId) } : null;
    await this.resources.record(kind, String(id), { parent, meta });
  }

  /** Forgets a deleted resource and what BRIA deleted with it. */
  async forget(kind: ResourceKind, id: number): Promise<void> {
    await this.resources.forget(kind, String(id));
  }
}
