// Ownership of BRIA tailored-generation resources. BRIA's projects, datasets, images and models
// belong to the whole BRIA account behind BRIA_API_TOKEN; the gateway adds ownership per API key
// on top: it records who created each resource through it (table `bria_lora_resources`), lists
// only the caller's resources and answers 404 for anyone else's id — the same answer as for an
// id that does not exist, so other keys' ids cannot be probed.
import type { Kysely } from 'kysely';
import { HttpError } from '../../core/errors.js';
import type { Storage } from '../../storage/database.js';
import type { BriaLoraResourcesTable, Database } from '../../storage/schema.js';

export type ResourceKind = BriaLoraResourcesTable['kind'];

const NOUN: Record<ResourceKind, string> = { project: 'Project', dataset: 'Dataset', image: 'Image', model: 'Model' };

export const notFound = (kind: ResourceKind) => new HttpError(404, `${NOUN[kind]} not found`);

/** BRIA ids are positive integers; anything else cannot be one of the caller's resources. */
export function parseId(kind: ResourceKind, value: unknown): number {
  const text = String(value ?? '').trim();
  if (!/^[1-9]\d{0,15}$/.test(text)) throw notFound(kind);
  return Number(text);
}

export interface OwnedResource {
  id: number;
  projectId: number | null;
  datasetId: number | null;
}

export class Ownership {
  private readonly db: Kysely<Database>;

  constructor(storage: Storage, private readonly owner: string) {
    this.db = storage.db;
  }

  /** The caller's resource of this kind and id, or 404. */
  async require(kind: ResourceKind, value: unknown): Promise<OwnedResource> {
    const id = parseId(kind, value);
    const row = await this.db
      .selectFrom('bria_lora_resources')
      .select(['project_id', 'dataset_id'])
      .where('kind', '=', kind)
      .where('upstream_id', '=', String(id))
      .where('owner', '=', this.owner)
      .executeTakeFirst();
    if (!row) throw notFound(kind);
    return { id, projectId: row.project_id === null ? null : Number(row.project_id), datasetId: row.dataset_id === null ? null : Number(row.dataset_id) };
  }

  /** An image of the caller's, inside the given dataset, or 404. */
  async requireImage(datasetId: number, value: unknown): Promise<number> {
    const image = await this.require('image', value);
    if (image.datasetId !== datasetId) throw notFound('image');
    return image.id;
  }

  /** Ids of the caller's resources of one kind (to filter BRIA's account-wide lists). */
  async ids(kind: ResourceKind): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('bria_lora_resources')
      .select('upstream_id')
      .where('owner', '=', this.owner)
      .where('kind', '=', kind)
      .execute();
    return new Set(rows.map((r) => r.upstream_id));
  }

  /**
   * Records a resource BRIA just created for the caller. An id already on record can only be a
   * leftover of a resource deleted outside the gateway, so the new creator takes it over.
   */
  async record(kind: ResourceKind, id: number, links: { projectId?: number | null; datasetId?: number | null } = {}): Promise<void> {
    const row = {
      kind,
      upstream_id: String(id),
      owner: this.owner,
      project_id: links.projectId == null ? null : String(links.projectId),
      dataset_id: links.datasetId == null ? null : String(links.datasetId),
      created_at: Date.now(),
    };
    await this.db
      .insertInto('bria_lora_resources')
      .values(row)
      .onConflict((oc) => oc.columns(['kind', 'upstream_id']).doUpdateSet({ owner: row.owner, project_id: row.project_id, dataset_id: row.dataset_id, created_at: row.created_at }))
      .execute();
  }

  /** Forgets a deleted resource and what BRIA deleted with it (a project takes its datasets, images and models; a dataset its images). */
  async forget(kind: ResourceKind, id: number): Promise<void> {
    const key = String(id);
    let query = this.db.deleteFrom('bria_lora_resources').where('owner', '=', this.owner);
    if (kind === 'project') {
      query = query.where((eb) => eb.or([eb.and([eb('kind', '=', 'project'), eb('upstream_id', '=', key)]), eb('project_id', '=', key)]));
    } else if (kind === 'dataset') {
      query = query.where((eb) =>
        eb.or([eb.and([eb('kind', '=', 'dataset'), eb('upstream_id', '=', key)]), eb.and([eb('kind', '=', 'image'), eb('dataset_id', '=', key)])]),
      );
    } else {
      query = query.where('kind', '=', kind).where('upstream_id', '=', key);
    }
    await query.execute();
  }
}
