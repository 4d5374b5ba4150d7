// The key's jobs, newest first: thumbnail, operation, provider, state; refreshed while some run.
import { useState } from 'preact/hooks';
import { isFinal, type Job } from '../../../clients/typescript/index.js';
import { api } from '../gateway.js';
import { href, useInterval, useLoad, useMediaKind } from '../hooks.js';
import { mediaOf } from '../result-media.js';
import { jobResult } from '../run.js';
import { useStudio } from '../studio-context.js';

interface Page {
  jobs: Job[];
  next_cursor: string | null;
}

const STATES = ['queued', 'running', 'succeeded', 'failed', 'canceled', 'expired'];

export function Thumbnail({ job }: { job: Job }) {
  const first = mediaOf(jobResult(job))[0];
  const kind = useMediaKind(first);
  if (!first || !kind) return <span class="thumb empty" aria-hidden="true" />;
  if (kind === 'image') return <img class="thumb" src={first.url} alt={`${job.operation} result`} loading="lazy" />;
  return <span class="thumb">{kind}</span>;
}

export function JobsView() {
  const { client, apiKey } = useStudio();
  const [state, setState] = useState('');
  const [more, setMore] = useState<Page>();
  const page = (cursor?: string) => api<Page>(client, 'GET', `/api/v1/jobs?${new URLSearchParams({ limit: '50', ...(state ? { state } : {}), ...(cursor ? { cursor } : {}) })}`);
  const jobs = useLoad(() => (setMore(undefined), apiKey ? page() : Promise.resolve({ jobs: [], next_cursor: null })), [client, state]);
  const list = [...(jobs.data?.jobs ?? []), ...(more?.jobs ?? [])];
  const next = more ? more.next_cursor : jobs.data?.next_cursor;
  const loadMore = async () => {
    const following = await page(next!);
    setMore((m) => ({ jobs: [...(m?.jobs ?? []), ...following.jobs], next_cursor: following.next_cursor }));
  };
  useInterval(
    jobs.reload,
    3000,
    list.some((j) => !isFinal(j.state)),
  );
  return (
    <section class="jobs">
      <div class="toolbar">
        <h1>Jobs</h1>
        <label>
          State{' '}
          <select value={state} onChange={(e) => setState(e.currentTarget.value)}>
            <option value="">all</option>
            {STATES.map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={jobs.reload}>
          Refresh
        </button>
      </div>
      {jobs.error && (
        <p class="error" role="alert">
          {jobs.error}
        </p>
      )}
      {!jobs.loading && list.length === 0 && !jobs.error && <p class="muted">No jobs yet: run an operation.</p>}
      <ul class="job-list">
        {list.map((job) => (
          <li key={job.id}>
            <a href={href('jobs', job.id)} class="job-row">
              <Thumbnail job={job} />
              <span class="job-op">{job.operation}</span>
              <span class="job-provider">{job.provider}</span>
              <span class={`state state-${job.state}`}>{job.state}</span>
              <time dateTime={job.created_at}>{new Date(job.created_at).toLocaleString()}</time>
            </a>
          </li>
        ))}
      </ul>
      {next && (
        <button type="button" onClick={loadMore}>
          Older jobs
        </button>
      )}
    </section>
  );
}
