// A LoRA project: its datasets and its models.
import { useState } from 'preact/hooks';
import { api } from '../../gateway.js';
import { useLoad } from '../../hooks.js';
import { useStudio } from '../../studio-context.js';
import { OperationForm } from '../OperationForm.js';
import { DatasetPanel, type Dataset } from './DatasetPanel.js';
import type { Project } from './LoraView.js';
import { ModelPanel, type Model } from './ModelPanel.js';

export function ProjectPanel({ project }: { project: Project }) {
  const { client, operation } = useStudio();
  const datasets = useLoad(() => api<Dataset[]>(client, 'GET', `/api/v1/bria-lora/projects/${project.id}/datasets`), [client, project.id]);
  const models = useLoad(() => api<Model[]>(client, 'GET', `/api/v1/bria-lora/projects/${project.id}/models`), [client, project.id]);
  const [datasetId, setDatasetId] = useState<number>();
  const dataset = datasets.data?.find((d) => d.id === datasetId);
  const createDataset = operation('POST', '/api/v1/bria-lora/datasets');
  const createModel = operation('POST', '/api/v1/bria-lora/models');
  const completed = datasets.data?.filter((d) => d.status === 'completed') ?? [];
  return (
    <article>
      <h2>{project.project_name}</h2>
      <h3>Datasets</h3>
      {datasets.error && (
        <p class="error" role="alert">
          {datasets.error}
        </p>
      )}
      <ul class="plain">
        {datasets.data?.map((d) => (
          <li key={d.id}>
            <button type="button" class="link" aria-current={d.id === datasetId ? 'true' : undefined} onClick={() => setDatasetId(d.id)}>
              {d.name}{' '}
              <span class="muted">
                #{d.id} · {d.status}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {createDataset && (
        <details open={datasets.data?.length === 0}>
          <summary>New dataset</summary>
          <OperationForm
            operation={createDataset}
            fixed={{ 'body.project_id': String(project.id) }}
            submitLabel="Create dataset"
            showResult={false}
            onOutcome={(o) => {
              if (o.status >= 400) return;
              datasets.reload();
              setDatasetId((o.body as { result: Dataset }).result.id);
            }}
          />
        </details>
      )}
      {dataset && <DatasetPanel key={dataset.id} dataset={dataset} onChange={datasets.reload} />}

      <h3>Models</h3>
      {models.error && (
        <p class="error" role="alert">
          {models.error}
        </p>
      )}
      {models.data?.map((m) => (
        <ModelPanel key={m.id} model={m} onChange={models.reload} />
      ))}
      {createModel && completed.length > 0 ? (
        <details open={models.data?.length === 0}>
          <summary>New model</summary>
          <p class="muted">Trained on dataset “{(dataset?.status === 'completed' ? dataset : completed[0])!.name}”.</p>
          <OperationForm
            operation={createModel}
            fixed={{ 'body.dataset_id': String((dataset?.status === 'completed' ? dataset : completed[0])!.id) }}
            submitLabel="Create model"
            showResult={false}
            onOutcome={(o) => o.status < 400 && models.reload()}
          />
        </details>
      ) : (
        <p class="muted">Complete a dataset to train a model on it.</p>
      )}
    </article>
  );
}
