// What a result holds to look at: its media (the uniform `outputs`, else every gateway asset
// link in it) and its texts (captions, prompts).

export type MediaKind = 'image' | 'video' | 'audio';

export interface MediaItem {
  url: string;
  /** Unknown for a bare link: its Content-Type tells (see mediaKindOf). */
  kind?: MediaKind;
  width?: number | null;
  height?: number | null;
}

export const kindOfType = (type: string): MediaKind | undefined =>
  type.startsWith('image/') ? 'image' : type.startsWith('video/') ? 'video' : type.startsWith('audio/') ? 'audio' : undefined;

const isAssetLink = (value: string) => /^https?:\/\/[^/]+\/api\/v1\/assets\/asset_/.test(value);

export function mediaOf(result: unknown): MediaItem[] {
  const outputs = (result as { outputs?: unknown } | null)?.outputs;
  if (Array.isArray(outputs) && outputs.length > 0) {
    return outputs.flatMap((o: { url?: string; content_type?: string; width?: number; height?: number }) => {
      const kind = o.url && o.content_type ? kindOfType(o.content_type) : undefined;
      return kind ? [{ url: o.url!, kind, width: o.width, height: o.height }] : [];
    });
  }
  const found = new Map<string, MediaItem>();
  walk(result, '', (value) => {
    if (isAssetLink(value) && !found.has(value)) found.set(value, { url: value });
  });
  return [...found.values()];
}

/** Longer texts of the result that are not links or ids: captions, written prompts. */
export function textsOf(result: unknown): { label: string; text: string }[] {
  const texts: { label: string; text: string }[] = [];
  walk(result, '', (value, path) => {
    if (value.length >= 20 && /\s/.test(value) && !/^https?:\/\//.test(value)) texts.push({ label: path, text: value });
  });
  return texts;
}

function walk(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key, visit);
  }
}

/** What a gateway asset link holds, from its Content-Type (a HEAD request on the gateway). */
export async function mediaKindOf(url: string): Promise<MediaKind | undefined> {
  const response = await fetch(url, { method: 'HEAD' });
  return response.ok ? kindOfType(response.headers.get('content-type') ?? '') : undefined;
}
