// A twin's record of jobs and output files, kept as long as its provider keeps them: an entry
// goes `ttlMs` after it was first set, as providers' job ids and result links expire. A twin that
// runs for days (the sandbox, `vision-studio emulate`) so holds only the recent ones, instead of
// every output it ever made; the gateway copies an output as soon as its job ends.
export class ExpiringMap<K, V> extends Map<K, V> {
  /** When each key was first set, oldest first (insertion order). */
  private readonly setAt = new Map<K, number>();

  constructor(private readonly ttlMs: number) {
    super();
  }

  private expired(key: K, now: number): boolean {
    const at = this.setAt.get(key);
    return at !== undefined && now - at >= this.ttlMs;
  }

  override set(key: K, value: V): this {
    const now = Date.now();
    // The oldest entries come first: drop those past their time, up to the first that is not.
    for (const [oldKey, at] of this.setAt) {
      if (now - at < this.ttlMs) break;
      this.delete(oldKey);
    }
    if (!this.setAt.has(key)) this.setAt.set(key, now);
    return super.set(key, value);
  }

  override get(key: K): V | undefined {
    return this.expired(key, Date.now()) ? undefined : super.get(key);
  }

  override has(key: K): boolean {
    return !this.expired(key, Date.now()) && super.has(key);
  }

  override delete(key: K): boolean {
    this.setAt.delete(key);
    return super.delete(key);
  }

  override clear(): void {
    this.setAt.clear();
    super.clear();
  }
}
