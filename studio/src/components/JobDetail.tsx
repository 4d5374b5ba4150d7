// One job: followed live until it ends, its result, cancel, and run again (its operation's form,
// prefilled from the job's record).
import { useEffect, useState } from 'preact/hooks';
import { followJob, isFinal, type Job } from '../../../clients/typescript/index.js';
import { operationOfJob } from '../form-model.js';
import { api, messageOf } from '../gateway.js';
import { href } from '../hooks.js';
import { jobResult } from '../run.js';
import { useStudio } from '../studio-context.js';
import { JobProgress } from './JobProgress.js';
import { ResultView } from './ResultView.js';

export function JobDetail({ id }: { id: string }) {
  const { client, serves, operations } = useStudio();
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const stop = new AbortController();
    setJob(undefined);
    setError(undefined);
    (async () => {
      for await (const update of followJob(client, id, { signal: stop.signal, events: serves.events })) setJob(update);
    })().catch((e) => !stop.signal.aborted && setError(messageOf(e)));
    return () => stop.abort();
  }, [client, id]);

  const operation = job && operationOfJob(operations, job.operation);

  const cancel = async () => {
    setBusy(true);
    try {
      setJob(await api<Job>(client, 'DELETE', `/api/v1/jobs/${encodeURIComponent(id)}`));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="job-detail">
      <p>
        <a href={href('jobs')}>← All jobs</a>
      </p>
      <h1>
        Job <code>{id}</code>
      </h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {job && (
        <>
          <dl class="facts">
            <dt>Operation</dt>
            <dd>{job.operation}</dd>
            <dt>Provider</dt>
            <dd>{job.provider}</dd>
            <dt>Created</dt>
            <dd>{new Date(job.created_at).toLocaleString()}</dd>
            {job.finished_at && (
              <>
                <dt>Finished</dt>
                <dd>{new Date(job.finished_at).toLocaleString()}</dd>
              </>
            )}
            <dt>Attempts</dt>
            <dd>{job.attempts}</dd>
          </dl>
          <JobProgress job={job} />
          <div class="actions">
            {!isFinal(job.state) && (
              <button type="button" onClick={cancel} disabled={busy}>
                Cancel job
              </button>
            )}
            {operation && (
              <a class="button" href={href('op', operation.id, 'from', id)}>
                Run again
              </a>
            )}
          </div>
          {job.state === 'succeeded' && <ResultView result={jobResult(job)} />}
        </>
      )}
    </section>
  );
}
