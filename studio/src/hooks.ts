// Small shared hooks: the hash route, and data loaded from the gateway.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { mediaKindOf, type MediaItem, type MediaKind } from './result-media.js';

/** The segments of the address after `#/`, e.g. ['jobs', 'job_…'] (the Studio is one page). */
export function useRoute(): string[] {
  const read = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const changed = () => setRoute(read());
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return route;
}

export const href = (...segments: string[]) => `#/${segments.map(encodeURIComponent).join('/')}`;

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload(): void;
}

/** Loads with `load` when its dependencies change; `reload()` loads again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState({ error: error instanceof Error ? error.message : String(error), loading: false }),
    );
    return () => void (live = false);
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

/** Calls `tick` every `ms` while `active`. */
export function useInterval(tick: () => void, ms: number, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  }, [active, ms, tick]);
}

/** A medium's kind: as listed, else from its link's Content-Type. */
export function useMediaKind(item: MediaItem | undefined): MediaKind | undefined {
  const [kind, setKind] = useState(item?.kind);
  useEffect(() => {
    setKind(item?.kind);
    if (item && !item.kind) mediaKindOf(item.url).then(setKind, () => setKind(undefined));
  }, [item?.url, item?.kind]);
  return kind;
}
