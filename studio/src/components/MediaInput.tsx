// A media field: a URL or asset id typed in, or a file picked or dropped. Files are uploaded
// through POST /api/v1/assets (the field then holds the asset id, or its link where the schema
// takes only URLs); a gateway without uploads gets the file inline, as a data URI.
import { useState } from 'preact/hooks';
import { fileValue } from '../files.js';
import type { Field } from '../form-model.js';
import { messageOf } from '../gateway.js';
import { useStudio } from '../studio-context.js';

interface Props {
  field: Field;
  inputProps: Record<string, unknown>;
  value: string;
  onChange(value: string): void;
  onPreview(url: string): void;
}

export function MediaInput({ field, inputProps, value, onChange, onPreview }: Props) {
  const { client, serves } = useStudio();
  const [status, setStatus] = useState<string>();
  const [preview, setPreview] = useState<{ url: string; type: string }>();
  const [over, setOver] = useState(false);

  const take = async (file: File) => {
    setStatus(`Uploading ${file.name}…`);
    try {
      const { value, asset } = await fileValue(client, serves.uploads, file, field.urlOnly);
      onChange(value);
      if (asset) {
        setPreview({ url: asset.url, type: asset.content_type });
        onPreview(asset.url);
      }
      setStatus(asset ? `${file.name} uploaded as ${asset.asset_id}` : `${file.name} attached inline`);
    } catch (error) {
      setStatus(`Upload failed: ${messageOf(error)}`);
    }
  };

  const inline = value.startsWith('data:');
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the upload button inside is the accessible control
    <div
      class={`media${over ? ' over' : ''}`}
      onDragOver={(e) => (e.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file) void take(file);
      }}
    >
      <input
        type="text"
        {...inputProps}
        placeholder={
          inline
            ? `Inline data (${Math.ceil(value.length / 1024)} KB): type a URL or upload a file to replace it`
            : field.urlOnly
              ? 'https://… (or upload a file)'
              : 'URL, asset id (asset_…) or upload a file'
        }
        value={inline ? '' : value}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <label class="button file-button">
        Upload a file
        <input type="file" class="visually-hidden" aria-label={`Upload a file for ${field.name}`} onChange={(e) => e.currentTarget.files?.[0] && take(e.currentTarget.files[0])} />
      </label>
      <span class="drop-hint">or drop it here</span>
      {status && (
        <p class="upload-status" role="status">
          {status}
        </p>
      )}
      {preview && preview.type.startsWith('image/') && <img class="thumb" src={preview.url} alt={`${field.name} input`} />}
      {preview && preview.type.startsWith('video/') && <video class="thumb" src={preview.url} muted />}
    </div>
  );
}
