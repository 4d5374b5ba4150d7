// Operations: the browser on the left, the chosen operation's form and result on the right.
import { useStudio } from '../studio-context.js';
import { OperationBrowser } from './OperationBrowser.js';
import { OperationPage } from './OperationPage.js';

export function OperationsView({ selected, fromJob }: { selected?: string; fromJob?: string }) {
  const { operations } = useStudio();
  const operation = operations.find((op) => op.id === selected);
  return (
    <div class="split">
      <OperationBrowser selected={selected} />
      <section class="pane" aria-label="Operation">
        {operation ? (
          <OperationPage key={`${operation.id} ${fromJob ?? ''}`} operation={operation} fromJob={fromJob} />
        ) : (
          <div class="intro">
            <h1>Try any operation</h1>
            <p>Pick an operation on the left: its form is made from the gateway's own schema. Run it and see the result; every run is a job you find again under Jobs.</p>
          </div>
        )}
      </section>
    </div>
  );
}
