// LoRA (BRIA tailored generation): projects → datasets (images, captions) → models (training) →
// images generated with a trained model. Everything goes through the /api/v1/bria-lora operations.
import { useState } from 'preact/hooks';
import { api } from '../../gateway.js';
import { useLoad } from '../../hooks.js';
import { useStudio } from '../../studio-context.js';
import { OperationForm } from '../OperationForm.js';
import { ProjectPanel } from './ProjectPanel.js';

export interface Project {
  id: number;
  project_name: string;
  ip_type: string;
  ip_medium: string;
}

const idOf = (body: unknown) => (body as { result?: { id?: number } })?.result?.id;

export function LoraView() {
  const { client, apiKey, operation } = useStudio();
  const projects = useLoad(() => (apiKey ? api<Project[]>(client, 'GET', '/api/v1/bria-lora/projects') : Promise.resolve([])), [client]);
  const [selected, setSelected] = useState<number>();
  const create = operation('POST', '/api/v1/bria-lora/projects');
  const project = projects.data?.find((p) => p.id === selected);
  return (
    <div class="split lora">
      <section class="browser" aria-label="Projects">
        <h1>LoRA projects</h1>
        {projects.error && (
          <p class="error" role="alert">
            {projects.error}
          </p>
        )}
        <ul class="plain">
          {projects.data?.map((p) => (
            <li key={p.id}>
              <button type="button" class="link" aria-current={p.id === selected ? 'true' : undefined} onClick={() => setSelected(p.id)}>
                {p.project_name}{' '}
                <span class="muted">
                  #{p.id} · {p.ip_medium}, {p.ip_type}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {create && (
          <details open={projects.data?.length === 0}>
            <summary>New project</summary>
            <OperationForm
              operation={create}
              submitLabel="Create project"
              showResult={false}
              onOutcome={(o) => {
                if (o.status >= 400) return;
                projects.reload();
                setSelected(idOf(o.body));
              }}
            />
          </details>
        )}
      </section>
      <section class="pane" aria-label="Project">
        {project ? (
          <ProjectPanel key={project.id} project={project} />
        ) : (
          <p class="muted">Choose or create a project: its datasets hold the training images, its models are trained on them.</p>
        )}
      </section>
    </div>
  );
}
