// A form made from an operation's schema, its "Run" button, and the run's progress and result.
// The LoRA view uses it too, with some fields fixed (hidden) and its own button label.
import { useId, useState } from 'preact/hooks';
import type { Job } from '../../../clients/typescript/index.js';
import { buildRequest, errorsByField, fieldKey, initialValues, type BuiltRequest, type FieldError, type FormValues, type Operation } from '../form-model.js';
import { messageOf } from '../gateway.js';
import { runOperation, type Outcome } from '../run.js';
import { useStudio } from '../studio-context.js';
import { FieldControl } from './FieldControl.js';
import { RunView } from './RunView.js';

interface Props {
  operation: Operation;
  /** Values set by the caller, not shown (e.g. the dataset a LoRA upload goes to). */
  fixed?: FormValues;
  /** Values to start from instead of the defaults (e.g. a job run again). */
  start?: FormValues;
  submitLabel?: string;
  onOutcome?: (outcome: Outcome) => void;
  /** Show the result and the request's code under the form (default true). */
  showResult?: boolean;
}

export function OperationForm({ operation, fixed = {}, start, submitLabel = 'Run', onOutcome, showResult = true }: Props) {
  const { client, serves } = useStudio();
  const formId = useId();
  const [values, setValues] = useState<FormValues>(() => ({ ...initialValues(operation), ...start }));
  const [files, setFiles] = useState<Record<string, File>>({});
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [running, setRunning] = useState(false);
  const [job, setJob] = useState<Job>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [request, setRequest] = useState<BuiltRequest>();
  const [failure, setFailure] = useState<string>();

  const submit = async (event: Event) => {
    event.preventDefault();
    setErrors({});
    setFailure(undefined);
    setOutcome(undefined);
    setJob(undefined);
    let built: BuiltRequest;
    try {
      built = buildRequest(operation, { ...values, ...fixed });
    } catch (error) {
      setErrors(errorsByField([error as FieldError]));
      return;
    }
    const missing = operation.multipart ? operation.fields.filter((f) => f.kind === 'file' && f.required && !files[fieldKey(f)]) : [];
    if (missing.length > 0) return setErrors(Object.fromEntries(missing.map((f) => [fieldKey(f), ['Choose a file']])));
    setRequest(built);
    setRunning(true);
    try {
      const multipart = operation.multipart ? Object.fromEntries(Object.entries(files).map(([key, file]) => [key.replace(/^body\./, ''), file])) : undefined;
      const result = await runOperation(client, operation, built, { files: multipart, onJob: setJob, events: serves.events });
      const detail = (result.body as { detail?: unknown } | undefined)?.detail;
      if (result.status === 422 && Array.isArray(detail)) setErrors(errorsByField(detail));
      else if (result.status >= 400) setFailure(typeof detail === 'string' ? detail : `The gateway answered ${result.status}`);
      setOutcome(result);
      onOutcome?.(result);
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setRunning(false);
    }
  };

  const shown = operation.fields.filter((f) => !(fieldKey(f) in fixed));
  const before = Object.values(previews)[0];
  return (
    <>
      <form class="op-form" onSubmit={submit} noValidate>
        {shown.length === 0 && <p class="muted">This operation takes no input.</p>}
        {shown.map((field) => (
          <FieldControl
            key={fieldKey(field)}
            formId={formId}
            field={field}
            value={values[fieldKey(field)] ?? ''}
            errors={errors[fieldKey(field)]}
            onChange={(value) => setValues((v) => ({ ...v, [fieldKey(field)]: value }))}
            onFile={(file) => setFiles((f) => ({ ...f, [fieldKey(field)]: file }))}
            onPreview={(url) => setPreviews((p) => ({ ...p, [fieldKey(field)]: url }))}
          />
        ))}
        {errors[''] && (
          <p class="error" role="alert">
            {errors[''].join('; ')}
          </p>
        )}
        {Object.keys(errors).length > 0 && !errors[''] && (
          <p class="error" role="alert">
            The gateway refused some fields: see the messages next to them.
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={running}>
            {running ? 'Running…' : submitLabel}
          </button>
        </div>
      </form>
      {(running || outcome || failure) && (
        <RunView
          running={running}
          job={job}
          outcome={outcome}
          failure={failure}
          request={showResult ? request : undefined}
          operation={operation}
          before={before}
          showResult={showResult}
        />
      )}
    </>
  );
}
