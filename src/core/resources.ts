// The resource registry: which API key each upstream resource the gateway handed out belongs to
// (a Firefly upload id, a BRIA LoRA project, …). Upstream accounts are shared by every key of the
// gateway, so the provider alone would let any key use any other key's ids; the gateway records
// who created what and answers each key only about its own. A provider receives the registry
// scoped to its own name and the caller's key (PrepareContext, HandlerContext): it can neither
// see another provider's records nor another key's, and never touches the database itself.
// What providers see is this interface; the gateway's store over the `upstream_resources` table
// is server/resource-store.ts. docs/resources.md describes the design.

/** A resource of the same provider, by its kind and upstream id. */
export interface ResourceRef {
  kind: string;
  id: string;
}

export interface ResourceRecord extends ResourceRef {
  /** The resource it belongs to: forgetting that one forgets this one too. */
  parent: ResourceRef | null;
  /** What the provider noted about it when recording it. */
  meta: Record<string, unknown>;
  createdAt: number;
  /** When the provider stops honouring it (epoch ms); null = until forgotten. */
  expiresAt: number | null;
}

export interface RecordOptions {
  parent?: ResourceRef | null;
  /** A few facts worth keeping (JSON, at most 4 KB): it is not a document store. */
  meta?: Record<string, unknown>;
  expiresAt?: number | null;
}

/**
 * One provider's upstream resources of one API key. Another key's resource, an expired one and
 * an id never handed out are alike: not found — so nothing tells a caller that an id exists.
 */
export interface ResourceRegistry {
  /**
   * Records a resource the upstream just created for the caller. An id already on record can
   * only be a leftover of a resource deleted outside the gateway: the new record replaces it.
   */
  record(kind: string, id: string, options?: RecordOptions): Promise<void>;
  /** The caller's live resource of this kind and id, or undefined. */
  find(kind: string, id: string): Promise<ResourceRecord | undefined>;
  /** The caller's live resources of one kind (those of one parent, if given), oldest first. */
  list(kind: string, filter?: { parent?: ResourceRef }): Promise<ResourceRecord[]>;
  /** Forgets one of the caller's resources and, with it, everything recorded under it. */
  forget(kind: string, id: string): Promise<void>;
}
