// A dataset: upload images (through the gateway's assets), edit their captions, complete it for training.
import { useState } from 'preact/hooks';
import { fileValue } from '../../files.js';
import { api, messageOf } from '../../gateway.js';
import { useLoad } from '../../hooks.js';
import { useStudio } from '../../studio-context.js';

export interface Dataset {
  id: number;
  name: string;
  status: 'draft' | 'completed';
}

interface DatasetImage {
  id: number;
  image_name: string;
  caption: string;
}

function Caption({ dataset, image }: { dataset: Dataset; image: DatasetImage }) {
  const { client } = useStudio();
  const [caption, setCaption] = useState(image.caption);
  const [status, setStatus] = useState<string>();
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await api(client, 'PUT', `/api/v1/bria-lora/datasets/${dataset.id}/images/${image.id}/caption`, { dataset_id: dataset.id, image_id: image.id, caption });
      setStatus('Saved');
    } catch (e) {
      setStatus(messageOf(e));
    }
  };
  const id = `caption-${image.id}`;
  return (
    <form class="caption" onSubmit={save}>
      <label for={id}>Caption of {image.image_name}</label>
      <textarea id={id} rows={2} value={caption} disabled={dataset.status === 'completed'} onInput={(e) => (setCaption(e.currentTarget.value), setStatus(undefined))} />
      {dataset.status === 'draft' && <button type="submit">Save caption</button>}
      {status && <span role="status"> {status}</span>}
    </form>
  );
}

export function DatasetPanel({ dataset, onChange }: { dataset: Dataset; onChange(): void }) {
  const { client, serves } = useStudio();
  const images = useLoad(() => api<DatasetImage[]>(client, 'GET', `/api/v1/bria-lora/datasets/${dataset.id}/images`), [client, dataset.id]);
  const [status, setStatus] = useState<string>();
  const upload = async (files: FileList) => {
    try {
      for (const [i, file] of [...files].entries()) {
        setStatus(`Uploading ${i + 1} of ${files.length}…`);
        const { value } = await fileValue(client, serves.uploads, file);
        await api(client, 'POST', `/api/v1/bria-lora/datasets/${dataset.id}/images`, { dataset_id: dataset.id, file_path: value, image_name: file.name });
      }
      setStatus(`${files.length} image(s) added`);
    } catch (e) {
      setStatus(`Upload failed: ${messageOf(e)}`);
    }
    images.reload();
  };
  const complete = async () => {
    try {
      await api(client, 'PUT', `/api/v1/bria-lora/datasets/${dataset.id}`, { dataset_id: dataset.id, status: 'completed' });
      onChange();
    } catch (e) {
      setStatus(messageOf(e));
    }
  };
  return (
    <div class="dataset card">
      <h4>
        Dataset “{dataset.name}” <span class={`state state-${dataset.status}`}>{dataset.status}</span>
      </h4>
      {images.error && (
        <p class="error" role="alert">
          {images.error}
        </p>
      )}
      {images.data?.length === 0 && <p class="muted">No images yet.</p>}
      {images.data?.map((image) => (
        <Caption key={image.id} dataset={dataset} image={image} />
      ))}
      {dataset.status === 'draft' && (
        <div class="actions">
          <label class="button">
            Add training images
            <input
              type="file"
              accept="image/*"
              multiple
              class="visually-hidden"
              aria-label="Add training images"
              onChange={(e) => e.currentTarget.files && upload(e.currentTarget.files)}
            />
          </label>
          <button type="button" onClick={complete} disabled={!images.data?.length}>
            Complete dataset
          </button>
        </div>
      )}
      {status && <p role="status">{status}</p>}
    </div>
  );
}
