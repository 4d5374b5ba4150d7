// A run: its progress while it runs, then what it gave (or why not), and the request as code.
import type { Job } from '../../../clients/typescript/index.js';
import type { BuiltRequest, Operation } from '../form-model.js';
import { href } from '../hooks.js';
import { resultOf, taskIdOf, type Outcome } from '../run.js';
import { CodeSnippets } from './CodeSnippets.js';
import { JobProgress } from './JobProgress.js';
import { ResultView } from './ResultView.js';

interface Props {
  running: boolean;
  job?: Job;
  outcome?: Outcome;
  failure?: string;
  request?: BuiltRequest;
  operation: Operation;
  before?: string;
  showResult: boolean;
}

export function RunView({ running, job, outcome, failure, request, operation, before, showResult }: Props) {
  const taskId = job?.id ?? (outcome && taskIdOf(outcome.body));
  const ok = outcome && outcome.status < 400 && (!outcome.job || outcome.job.state === 'succeeded');
  return (
    <section class="run" aria-label="Run" aria-busy={running}>
      {running && !job && (
        <p role="status" class="progress-line">
          <span class="spinner" aria-hidden="true" /> Sending…
        </p>
      )}
      {job && (running || job.state !== 'succeeded') && <JobProgress job={job} />}
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      {taskId && (
        <p class="muted">
          Job <a href={href('jobs', taskId)}>{taskId}</a>
        </p>
      )}
      {showResult && ok && <ResultView result={resultOf(outcome)} before={before} />}
      {showResult && outcome && !ok && !failure && outcome.status < 400 && <ResultView result={outcome.job ?? outcome.body} />}
      {request && <CodeSnippets request={request} operation={operation} />}
    </section>
  );
}
