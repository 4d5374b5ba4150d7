// The request just sent, as curl and as TypeScript with the typed client.
import type { BuiltRequest, Operation } from '../form-model.js';
import { curlOf, typescriptOf } from '../snippets.js';

export function CodeSnippets({ request, operation }: { request: BuiltRequest; operation: Operation }) {
  const snippets: [string, string][] = [
    ['curl', curlOf(location.origin, request)],
    ['TypeScript', typescriptOf(location.origin, operation.path, request)],
  ];
  return (
    <div class="snippets">
      {snippets.map(([name, code]) => (
        <details key={name}>
          <summary>Request as {name}</summary>
          <pre>
            <code>{code}</code>
          </pre>
          <button type="button" onClick={() => navigator.clipboard?.writeText(code)}>
            Copy {name}
          </button>
        </details>
      ))}
    </div>
  );
}
