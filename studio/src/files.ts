// A picked file as a media field's value: uploaded through POST /api/v1/assets where the gateway
// serves it (the asset id, or its link for fields that take only URLs), else inline as a data URI.
import { uploadAsset, type UploadedAsset, type VisionStudioClient } from '../../clients/typescript/index.js';

export interface FileValue {
  value: string;
  /** The uploaded asset (absent when sent inline). */
  asset?: UploadedAsset;
}

const dataUri = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

export async function fileValue(client: VisionStudioClient, uploads: boolean, file: File, urlOnly = false): Promise<FileValue> {
  if (!uploads) return { value: await dataUri(file) };
  const asset = await uploadAsset(client, file, file.name);
  return { value: urlOnly ? asset.url : asset.asset_id, asset };
}
