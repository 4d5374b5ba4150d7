// One operation: what it is, its form (prefilled from a job when run again), and what its last
// run gave.
import type { Job } from '../../../clients/typescript/index.js';
import { rememberedRuns } from '../api.js';
import { valuesFromJob, type Operation } from '../form-model.js';
import { api } from '../gateway.js';
import { href, useLoad } from '../hooks.js';
import { useStudio } from '../studio-context.js';
import { OperationForm } from './OperationForm.js';

function FromJob({ operation, jobId }: { operation: Operation; jobId: string }) {
  const { client } = useStudio();
  const job = useLoad(() => api<Job>(client, 'GET', `/api/v1/jobs/${encodeURIComponent(jobId)}`), [client, jobId]);
  if (job.error)
    return (
      <p class="error" role="alert">
        Could not read job {jobId}: {job.error}
      </p>
    );
  if (!job.data) return <p class="muted">Reading job {jobId}…</p>;
  const sent = rememberedRuns()[jobId];
  const { values, unplaced } = valuesFromJob(operation, job.data.inputs, sent?.request);
  return (
    <>
      <p class="notice">
        Prefilled from job <a href={href('jobs', jobId)}>{jobId}</a>:{' '}
        {sent
          ? 'the request as this browser sent it.'
          : job.data.inputs.parameters
            ? 'its fields as they were sent, its input media as your assets.'
            : 'its prompt and input media (as your assets); other fields start at their defaults.'}
        {unplaced.length > 0 && (
          <>
            {' '}
            Its other input assets, for the fields they belong in:{' '}
            {unplaced.map((id) => (
              <code key={id}>{id} </code>
            ))}
          </>
        )}
      </p>
      <OperationForm operation={operation} start={values} />
    </>
  );
}

export function OperationPage({ operation, fromJob }: { operation: Operation; fromJob?: string }) {
  const [lead, ...more] = operation.description.split('\n\n');
  return (
    <article class="operation">
      <h1>{operation.summary}</h1>
      <p class="path">
        <span class={`method m-${operation.method.toLowerCase()}`}>{operation.method}</span> <code>{operation.path}</code>
        {operation.jobBacked && <span class="badge">job</span>}
      </p>
      <p>{lead}</p>
      {more.length > 0 && (
        <details class="description">
          <summary>More about this operation</summary>
          <pre>{more.join('\n\n')}</pre>
        </details>
      )}
      {fromJob ? <FromJob operation={operation} jobId={fromJob} /> : <OperationForm operation={operation} />}
    </article>
  );
}
