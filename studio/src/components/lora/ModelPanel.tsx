// A model: start (or stop) its training, watch its status, then generate images with it.
import { useState } from 'preact/hooks';
import { api, messageOf } from '../../gateway.js';
import { useInterval, useLoad } from '../../hooks.js';
import { useStudio } from '../../studio-context.js';
import { OperationForm } from '../OperationForm.js';

export interface Model {
  id: number;
  name: string;
  status: 'Created' | 'InProgress' | 'Completed' | 'Failed' | 'Stopping' | 'Stopped';
  training_version: string;
}

export function ModelPanel({ model: listed, onChange }: { model: Model; onChange(): void }) {
  const { client, operation } = useStudio();
  const current = useLoad(() => api<Model>(client, 'GET', `/api/v1/bria-lora/models/${listed.id}`), [client, listed.id]);
  const model = current.data ?? listed;
  const [error, setError] = useState<string>();
  useInterval(current.reload, 1500, model.status === 'InProgress' || model.status === 'Stopping');
  const training = async (action: 'start' | 'stop') => {
    setError(undefined);
    try {
      await api(client, 'POST', `/api/v1/bria-lora/models/${model.id}/training/${action}`);
      current.reload();
      onChange();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const generate = operation('POST', '/api/v1/bria-lora/image/generation/generate-image');
  return (
    <div class="model card">
      <h4>
        Model “{model.name}”{' '}
        <span class={`state state-${model.status}`} role="status">
          {model.status}
        </span>
      </h4>
      <p class="muted">
        #{model.id} · {model.training_version}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        {model.status === 'Created' && (
          <button type="button" onClick={() => training('start')}>
            Start training
          </button>
        )}
        {model.status === 'InProgress' && (
          <button type="button" onClick={() => training('stop')}>
            Stop training
          </button>
        )}
      </div>
      {model.status === 'Completed' && generate && (
        <details open>
          <summary>Generate with “{model.name}”</summary>
          <OperationForm operation={generate} fixed={{ 'body.model_id': String(model.id) }} />
        </details>
      )}
    </div>
  );
}
