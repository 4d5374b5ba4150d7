// The resource registry over the gateway database (core/resources.ts says what it is for):
// one table, `upstream_resources` (storage/schema.ts), one instance per app, scoped per
// provider and caller for the providers' contexts.
import type { Kysely } from 'kysely';
import type { ResourceRecord, ResourceRegistry } from '../core/resources.js';
import type { Storage } from '../storage/database.js';
import { prepared } from '../storage/prepared.js';
import type { Database, UpstreamResourceRow } from '../storage/schema.js';

const MAX_META_CHARS = 4096;
/** Expired records are deleted at most this often per process, as new ones with an expiry come in. */
const PURGE_EVERY_MS = 3_600_000;

function recordOf(row: Pick<UpstreamResourceRow, 'kind' | 'upstream_id' | 'parent_kind' | 'parent_id' | 'metadata' | 'created_at' | 'expires_at'>): ResourceRecord {
  return {
    kind: row.kind,
    id: row.upstream_id,
    parent: row.parent_kind !== null && row.parent_id !== null ? { kind: row.parent_kind, id: row.parent_id } : null,
    meta: row.metadata === null ? {} : (JSON.parse(row.metadata) as Record<string, unknown>),
    createdAt: Number(row.created_at),
    expiresAt: row.expires_at === null ? null : Number(row.expires_at),
  };
}

const COLUMNS = ['kind', 'upstream_id', 'parent_kind', 'parent_id', 'metadata', 'created_at', 'expires_at'] as const;

/** The registry over the gateway database: one instance per app, scoped per provider and caller. */
export class ResourceStore {
  private lastPurge = 0;
  private readonly upsert;
  private readonly findOne;
  private readonly listKind;
  private readonly listChildren;
  private readonly forgetTree;
  private readonly purge;

  constructor(storage: Storage) {
    this.upsert = prepared(storage, (db, row: UpstreamResourceRow) =>
      db
        .insertInto('upstream_resources')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['provider', 'kind', 'upstream_id']).doUpdateSet((eb) => ({
            owner: eb.ref('excluded.owner'),
            parent_kind: eb.ref('excluded.parent_kind'),
            parent_id: eb.ref('excluded.parent_id'),
            metadata: eb.ref('excluded.metadata'),
            created_at: eb.ref('excluded.created_at'),
            expires_at: eb.ref('excluded.expires_at'),
          })),
        ),
    );
    // A key's live records of one provider and kind (an expired one is as good as unknown).
    const live = (db: Kysely<Database>, provider: string, owner: string, kind: string, now: number) =>
      db
        .selectFrom('upstream_resources')
        .select(COLUMNS)
        .where('provider', '=', provider)
        .where('owner', '=', owner)
        .where('kind', '=', kind)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]));
    this.findOne = prepared(storage, (db, provider: string, owner: string, kind: string, now: number, id: string) =>
      live(db, provider, owner, kind, now).where('upstream_id', '=', id),
    );
    this.listKind = prepared(storage, (db, provider: string, owner: string, kind: string, now: number) =>
      live(db, provider, owner, kind, now).orderBy('created_at').orderBy('upstream_id'),
    );
    this.listChildren = prepared(storage, (db, provider: string, owner: string, kind: string, now: number, parentKind: string, parentId: string) =>
      live(db, provider, owner, kind, now).where('parent_kind', '=', parentKind).where('parent_id', '=', parentId).orderBy('created_at').orderBy('upstream_id'),
    );
    // The resource and everything under it, however deep, in one statement.
    this.forgetTree = prepared(storage, (db, provider: string, owner: string, kind: string, id: string) =>
      db
        .withRecursive('doomed(kind, upstream_id)', (qc) =>
          qc
            .selectFrom('upstream_resources')
            .select(['kind', 'upstream_id'])
            .where('provider', '=', provider)
            .where('owner', '=', owner)
            .where('kind', '=', kind)
            .where('upstream_id', '=', id)
            .union(
              qc
                .selectFrom('upstream_resources as child')
                .innerJoin('doomed', (join) => join.onRef('child.parent_kind', '=', 'doomed.kind').onRef('child.parent_id', '=', 'doomed.upstream_id'))
                .select(['child.kind', 'child.upstream_id'])
                .where('child.provider', '=', provider)
                .where('child.owner', '=', owner),
            ),
        )
        .deleteFrom('upstream_resources')
        .where('provider', '=', provider)
        .where('owner', '=', owner)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('doomed')
              .select('doomed.kind')
              .whereRef('doomed.kind', '=', 'upstream_resources.kind')
              .whereRef('doomed.upstream_id', '=', 'upstream_resources.upstream_id'),
          ),
        ),
    );
    this.purge = prepared(storage, (db, now: number) => db.deleteFrom('upstream_resources').where('expires_at', '<=', now));
  }

  /** The registry as one provider sees it for one caller. */
  scoped(provider: string, owner: string): ResourceRegistry {
    return {
      record: async (kind, id, options = {}) => {
        const metadata = options.meta && Object.keys(options.meta).length > 0 ? JSON.stringify(options.meta) : null;
        if (metadata && metadata.length > MAX_META_CHARS) throw new Error(`resource metadata of ${provider}/${kind} is over ${MAX_META_CHARS} characters`);
        const expiresAt = options.expiresAt ?? null;
        if (expiresAt !== null) await this.purgeExpiredNow();
        await this.upsert.run({
          provider,
          kind,
          upstream_id: id,
          owner,
          parent_kind: options.parent?.kind ?? null,
          parent_id: options.parent?.id ?? null,
          metadata,
          created_at: Date.now(),
          expires_at: expiresAt,
        });
      },
      find: async (kind, id) => {
        const row = await this.findOne.first(provider, owner, kind, Date.now(), id);
        return row && recordOf(row);
      },
      list: async (kind, filter = {}) => {
        const { parent } = filter;
        const rows = parent ? await this.listChildren.all(provider, owner, kind, Date.now(), parent.kind, parent.id) : await this.listKind.all(provider, owner, kind, Date.now());
        return rows.map(recordOf);
      },
      forget: async (kind, id) => {
        await this.forgetTree.run(provider, owner, kind, id);
      },
    };
  }

  /** Deletes every expired record (of every provider); returns how many. */
  async purgeExpired(now = Date.now()): Promise<number> {
    this.lastPurge = now;
    return this.purge.run(now);
  }

  private async purgeExpiredNow(): Promise<void> {
    if (Date.now() - this.lastPurge >= PURGE_EVERY_MS) await this.purgeExpired();
  }
}
