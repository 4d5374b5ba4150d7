// Sample media in sandbox mode: the files in samples/ kept as assets with well-known ids, so the
// served examples ("Try it out" in /docs), the README's and a newcomer's first calls work with
// no upload and no third-party URL. They exist only in sandbox mode: stored when a sandbox
// gateway starts, readable by every key only while the gateway runs in sandbox mode (a data dir
// later served without --sandbox does not expose them), never written or deleted through the
// API (the asset routes only read) and left alone by retention.
import { readFileSync } from 'node:fs';
import type { Asset, AssetService } from './assets.js';
import { inPackage } from '../core/package-root.js';

/** The owner of the samples: no API key has this id (keys are `key_…`). */
export const SAMPLE_OWNER = 'sandbox-samples';

/** Id → file in samples/. */
export const SAMPLE_ASSETS = {
  /** A 512×384 PNG: an orange sun over a green strip, on blue. */
  asset_sample_image: 'sample.png',
  /** A 512×384 black-and-white PNG: white (edit) where the sun is. */
  asset_sample_mask: 'sample-mask.png',
  /** A 4 s 160×96 H.264 MP4. */
  asset_sample_video: 'sample.mp4',
} as const;

export type SampleId = keyof typeof SAMPLE_ASSETS;

export const isSampleId = (id: string): id is SampleId => Object.hasOwn(SAMPLE_ASSETS, id);

/** Stores the samples not stored yet (a sandbox gateway's start). */
export async function seedSamples(assets: AssetService): Promise<void> {
  for (const [id, file] of Object.entries(SAMPLE_ASSETS)) {
    if (await assets.get(id)) continue;
    const bytes = readFileSync(inPackage('samples', file));
    await assets.store(SAMPLE_OWNER, bytes, { id });
  }
}

/** Whether `owner`'s key may read `asset`: its own, or a sample in sandbox mode. */
export function mayRead(asset: Pick<Asset, 'owner'>, owner: string | undefined, sandbox: boolean): boolean {
  return asset.owner === owner || (sandbox && asset.owner === SAMPLE_OWNER);
}
