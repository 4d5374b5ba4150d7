// One operation: what it is, its form, and what its last run gave.
import type { Operation } from '../form-model.js';
import { OperationForm } from './OperationForm.js';

export function OperationPage({ operation }: { operation: Operation }) {
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
      <OperationForm operation={operation} />
    </article>
  );
}
